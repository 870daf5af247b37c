#pragma once

#include "passwords/PasswordCheck.h"

#include <QWidget>

#include <optional>

class AuditController;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

/**
 * "Has my password leaked?": a masked field, the strength at once, and the exposure check only
 * after the person ticks the box that says exactly what leaves the computer (or picks a
 * downloaded list file). The field is cleared after each check. A finished check can be
 * recorded on the "password not exposed" checklist item: the date and the outcome, never the password.
 */
class PasswordPage : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordPage(AuditController& controller, QWidget* parent = nullptr);

    QLineEdit* passwordField() const
    {
        return m_password;
    }
    QCheckBox* consentBox() const
    {
        return m_consent;
    }
    QPushButton* checkButton() const
    {
        return m_check;
    }
    QPushButton* recordButton() const
    {
        return m_record;
    }
    QWidget* resultCard() const
    {
        return m_result;
    }
    /** Uses a downloaded list file instead of the online check (the "Choose…" button's action). */
    void setOfflineFile(const QString& path);
    void check();

Q_SIGNALS:
    void checkFinished();

private:
    void showResult(const auditor::passwords::PasswordCheckResult& result);

    AuditController& m_controller;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_consent = nullptr;
    QLabel* m_offlineLabel = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_record = nullptr;
    QWidget* m_result = nullptr;
    QLabel* m_exposureText = nullptr;
    QLabel* m_strengthText = nullptr;
    QLabel* m_recordedText = nullptr;
    QString m_offlineFile;
    std::optional<auditor::passwords::Exposure> m_lastExposure;
};
