#pragma once

#include "incidents/Incident.h"
#include "incidents/NoticeDocument.h"

#include <QWidget>

#include <optional>
#include <string>

class AuditController;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

/**
 * "My account was taken over": the guided flow. A list of incidents, then four steps: what
 * happened (triage questions, platform, kind) → what to do now (the recovery plan, each step
 * ticked with its time) → the details the documents need → the documents, written into a folder
 * in one click, previewed and printed. Every action is one AuditController call; the page only
 * shows and collects.
 */
class IncidentPage : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentPage(AuditController& controller, QWidget* parent = nullptr);

    enum Step
    {
        ListStep,
        TriageStep,
        PlanStep,
        DetailsStep,
        DocumentsStep,
    };
    /** Shows the list of incidents. */
    void showList();
    /** Opens an incident where its flow stands (plan when steps remain, else documents). */
    bool openIncident(const std::string& id);
    /** Starts a new incident with the triage questions. */
    void startNew();
    void goTo(Step step);
    Step currentStep() const;
    const std::optional<auditor::Incident>& incident() const
    {
        return m_incident;
    }

private:
    QWidget* buildList();
    QWidget* buildTriage();
    QWidget* buildPlan();
    QWidget* buildDetails();
    QWidget* buildDocuments();
    void refreshList();
    void refreshPlan();
    void refreshDetails();
    void refreshEvidence();
    void refreshDocuments();
    void updateSuggestion();
    auditor::TriageAnswers answers() const;
    void createFromTriage();
    /** Copies the detail fields into the incident and saves it; false (with a message shown) on error. */
    bool saveDetails();
    std::vector<auditor::NoticeKind> chosenKinds() const;
    void writeDocuments();
    void previewDocuments();
    void showError(const QString& text);

    AuditController& m_controller;
    std::optional<auditor::Incident> m_incident;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_stepTitle = nullptr;

    // List
    QVBoxLayout* m_listRows = nullptr;
    QLabel* m_listWarning = nullptr;
    // Triage
    QComboBox* m_platform = nullptr;
    QLineEdit* m_account = nullptr;
    std::vector<std::pair<std::string, QButtonGroup*>> m_questions;
    QComboBox* m_kind = nullptr;
    QLabel* m_suggestion = nullptr;
    // Plan
    QLabel* m_planTitle = nullptr;
    QVBoxLayout* m_planRows = nullptr;
    // Details
    std::vector<std::pair<QLineEdit*, std::string*>> m_fieldBindings;
    std::vector<std::pair<QLineEdit*, std::string>> m_fields; // key → edit
    QDateTimeEdit* m_occurred = nullptr;
    QCheckBox* m_occurredUnknown = nullptr;
    QDateTimeEdit* m_discovered = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_damage = nullptr;
    QListWidget* m_evidence = nullptr;
    // Documents
    std::vector<std::pair<QCheckBox*, int>> m_kindBoxes;
    QCheckBox* m_blank = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_written = nullptr;
    QPushButton* m_closeIncident = nullptr;
};
