#pragma once

#include "AuditController.h"

#include <QPointer>
#include <QWidget>

class OrgProfileEditor;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;
class SendReportDialog;

/**
 * "My school": the staff member's side of the organisation. Without a profile it says what it is
 * for and imports one (a file or a pasted code); with a profile it joins a unit; once joined it
 * says what is shared, when the last report went and whether a new one is due, and sends or saves
 * the report. The IT lead opens the profile editor from here. Every decision is the core's.
 */
class OrgPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrgPage(AuditController& controller, QWidget* parent = nullptr);

    /** Which of the three states is shown. */
    enum class State
    {
        NoProfile,
        NotJoined,
        Joined,
    };
    State state() const
    {
        return m_state;
    }

    // The actions behind the buttons, past their file dialogs (for tests).
    bool importFile(const QString& path);
    bool saveReportTo(const QString& path);
    /** Opens the "paste a code" dialog (window-modal, returns at once). */
    QDialog* showPasteCode();
    /** Opens the send dialog (window-modal, returns at once). */
    SendReportDialog* showSendDialog();
    /** Opens the profile editor on `path` (the installed profile when empty), or a new profile. */
    OrgProfileEditor* showEditor(const QString& path = QString(), bool create = false);

    QComboBox* unitBox() const
    {
        return m_unit;
    }
    QLineEdit* nameEdit() const
    {
        return m_name;
    }
    QLineEdit* emailEdit() const
    {
        return m_email;
    }
    QPushButton* joinButton() const
    {
        return m_join;
    }
    QPushButton* sendButton() const
    {
        return m_send;
    }
    /** The last error or confirmation shown on the page. */
    QString noticeText() const;

    void refresh();

private:
    void buildNoProfile(QVBoxLayout* layout);
    void buildNotJoined(QVBoxLayout* layout, const AuditController::OrgView& view);
    void buildJoined(QVBoxLayout* layout, const AuditController::OrgView& view);
    void addProfileActions(QVBoxLayout* layout, bool replacing);
    void showNotice(const QString& text, bool error);
    void join();

    AuditController& m_controller;
    State m_state = State::NoProfile;
    bool m_changing = false; // a member choosing another unit (or leaving)
    QWidget* m_body = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_notice = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QPushButton* m_join = nullptr;
    QPushButton* m_send = nullptr;
    QPointer<QDialog> m_paste;
    QPointer<SendReportDialog> m_sendDialog;
    QPointer<OrgProfileEditor> m_editor;
};
