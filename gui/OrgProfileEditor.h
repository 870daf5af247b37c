#pragma once

#include <QDialog>

#include <nlohmann/json.hpp>

class AuditController;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

/**
 * The IT lead's editor for the organisation profile: the organisation's name and parent body, its
 * units, what every staff member must cover, how often they report, what a report may say about a
 * person, and the collector. It edits the profile's JSON as a whole, so the keys it does not show
 * (the signer, recipients, directory overrides) stay as they were. The core checks the profile on
 * Save and writes it atomically; "Copy code for staff" gives the pasteable code.
 */
class OrgProfileEditor : public QDialog
{
    Q_OBJECT

public:
    explicit OrgProfileEditor(AuditController& controller, QWidget* parent = nullptr);

    /** Opens a profile file; false (with the problem shown) when it cannot be read. */
    bool openFile(const QString& path);
    /** A new profile from the core's template, saved to the installed profile unless another file is chosen. */
    void startNew();

    /** Checks and writes the profile to its file. */
    bool save();
    /** Copies the staff code of the saved profile to the clipboard and shows it. */
    QString copyCode();

    /** The profile as the fields now say (the unshown keys as they were read). */
    nlohmann::json profile() const;
    QString filePath() const
    {
        return m_path;
    }
    QString errorText() const;

    // Fields, for tests and screenshots.
    QLineEdit* orgNameEdit() const
    {
        return m_orgName;
    }
    QLineEdit* parentEdit() const
    {
        return m_parent;
    }
    QTableWidget* unitsTable() const
    {
        return m_units;
    }
    QCheckBox* platformBox(const std::string& platformId) const;
    QTreeWidget* checksTree() const
    {
        return m_checks;
    }
    QSpinBox* reportEveryBox() const
    {
        return m_every;
    }
    QSpinBox* staleAfterBox() const
    {
        return m_stale;
    }
    QCheckBox* includeNameBox() const
    {
        return m_includeName;
    }
    QCheckBox* includeEmailBox() const
    {
        return m_includeEmail;
    }
    QCheckBox* showPeopleBox() const
    {
        return m_showPeople;
    }
    QLineEdit* collectorUrlEdit() const
    {
        return m_url;
    }
    QLineEdit* fingerprintEdit() const
    {
        return m_fingerprint;
    }
    QLineEdit* tokenEdit() const
    {
        return m_token;
    }
    QPlainTextEdit* codeView() const
    {
        return m_code;
    }
    void addUnit(const QString& id, const QString& name, const QString& kind, int expectedStaff);

private:
    void load(const nlohmann::json& profile);
    void showErrors(const QString& text);
    QString fieldName(const std::string& pointer) const;

    AuditController& m_controller;
    nlohmann::json m_json = nlohmann::json::object(); // as read: the keys this editor does not show stay
    QString m_path;
    QLabel* m_file = nullptr;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_orgName = nullptr;
    QLineEdit* m_parent = nullptr;
    QTableWidget* m_units = nullptr;
    std::vector<std::pair<std::string, QCheckBox*>> m_platforms;
    QTreeWidget* m_checks = nullptr;
    QSpinBox* m_every = nullptr;
    QSpinBox* m_stale = nullptr;
    QCheckBox* m_includeName = nullptr;
    QCheckBox* m_includeEmail = nullptr;
    QCheckBox* m_showPeople = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_fingerprint = nullptr;
    QLineEdit* m_token = nullptr;
    QLabel* m_errors = nullptr;
    QPlainTextEdit* m_code = nullptr;
};
