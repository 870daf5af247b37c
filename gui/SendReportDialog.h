#pragma once

#include <QDialog>

#include <string>

class AuditController;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

/**
 * Shows the staff member exactly what will be sent before anything is: a readable view (who it
 * goes to, what it says about them, each account's score and checks, the open incident count, and
 * what is never sent) and, on request, the JSON text byte for byte. "Send" hands that very text to
 * the core's submitReport on a worker thread and says in words how it went.
 */
class SendReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SendReportDialog(AuditController& controller, QWidget* parent = nullptr);

    /** The text that is shown and would be sent (empty when the report could not be made). */
    const std::string& reportJson() const
    {
        return m_json;
    }
    QPushButton* sendButton() const
    {
        return m_sendButton;
    }
    QPushButton* showDataButton() const
    {
        return m_showData;
    }
    QPlainTextEdit* dataView() const
    {
        return m_data;
    }
    QTextBrowser* readableView() const
    {
        return m_readable;
    }
    QString resultText() const;
    bool busy() const;

    void send();

Q_SIGNALS:
    /** Sending ended (`ok`: the collector has the report). */
    void sendFinished(bool ok);

private:
    QString readableHtml() const;

    AuditController& m_controller;
    std::string m_json;
    QTextBrowser* m_readable = nullptr;
    QPushButton* m_showData = nullptr;
    QPlainTextEdit* m_data = nullptr;
    QLabel* m_result = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_sendButton = nullptr;
    QPushButton* m_close = nullptr;
};
