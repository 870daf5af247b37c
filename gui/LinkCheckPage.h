#pragma once

#include <QWidget>

#include "links/LinkInspector.h"

class AuditController;
class QFrame;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

/**
 * "Is this link safe?": paste or drop a link or a whole message; each link found gets its verdict
 * in large plain words with colour and icon, the reasons, and what to do next. Offline, unless the
 * person presses "Check online" on a card (it says first what will be contacted). Below: the
 * links checked recently on this computer.
 */
class LinkCheckPage : public QWidget
{
    Q_OBJECT

public:
    explicit LinkCheckPage(AuditController& controller, QWidget* parent = nullptr);

    QPlainTextEdit* input() const
    {
        return m_input;
    }
    QPushButton* checkButton() const
    {
        return m_check;
    }
    /** Runs the check on the text in the box (the button's action). */
    void check();
    QListWidget* history() const
    {
        return m_history;
    }
    /** The cards currently shown, in order. */
    QList<QFrame*> cards() const;

Q_SIGNALS:
    /** An online check finished and its card was redrawn (for tests and screenshots). */
    void onlineCheckFinished();

private:
    QFrame* makeCard(const auditor::LinkVerdict& v, const auditor::Inspection* inspection);
    void checkOnline(QFrame* card, const std::string& link);
    void refreshHistory();

    AuditController& m_controller;
    QPlainTextEdit* m_input = nullptr;
    QPushButton* m_check = nullptr;
    QVBoxLayout* m_results = nullptr;
    QWidget* m_resultsHost = nullptr;
    QListWidget* m_history = nullptr;
    QPushButton* m_clearHistory = nullptr;
};
