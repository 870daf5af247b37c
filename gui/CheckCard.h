#pragma once

#include "checklist/Checklist.h"
#include "checklist/Progress.h"

#include <QFrame>

class AuditController;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

/**
 * One check as a readable card: why it matters, the steps (phone and computer), a button that
 * opens the settings page, the sources with their date, and the person's answer with its date.
 * "Not applicable" and "risk accepted" ask for a reason before anything is saved.
 */
class CheckCard : public QFrame
{
    Q_OBJECT

public:
    CheckCard(AuditController& controller, const auditor::Check& check, QWidget* parent = nullptr);

    const std::string& checkId() const
    {
        return m_check.id;
    }
    /** Re-reads the answer from the controller (after any change). */
    void refresh();

    // For tests and keyboard users: the controls by role.
    QRadioButton* statusButton(auditor::CheckStatus status) const;
    QLineEdit* reasonEdit() const
    {
        return m_reasonEdit;
    }
    QPushButton* saveReasonButton() const
    {
        return m_saveReason;
    }
    QPushButton* openSettingsButton() const
    {
        return m_openSettings;
    }

private:
    void onStatusClicked(int id);
    void onSaveReason();
    void showReasonRow(bool visible);

    AuditController& m_controller;
    const auditor::Check& m_check;
    QButtonGroup* m_group = nullptr;
    QLabel* m_stateBadge = nullptr;
    QLabel* m_stateDate = nullptr;
    QWidget* m_reasonRow = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    QPushButton* m_saveReason = nullptr;
    QPushButton* m_openSettings = nullptr;
    QLabel* m_error = nullptr;
};
