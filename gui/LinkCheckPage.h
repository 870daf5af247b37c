#pragma once

#include <QWidget>

class AuditController;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

/**
 * "Is this link safe?": paste or drop a link or a whole message; each link found gets its verdict
 * in large plain words with colour and icon, the reasons, and what to do next. Offline only.
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

private:
    AuditController& m_controller;
    QPlainTextEdit* m_input = nullptr;
    QPushButton* m_check = nullptr;
    QVBoxLayout* m_results = nullptr;
    QWidget* m_resultsHost = nullptr;
};
