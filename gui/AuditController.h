#pragma once

#include "checklist/Checklist.h"
#include "checklist/Progress.h"
#include "checklist/ProgressStore.h"
#include "checklist/Scoring.h"
#include "common/Catalog.h"
#include "common/Clock.h"
#include "incidents/Incident.h"
#include "incidents/NoticeDocument.h"
#include "links/LinkAnalyzer.h"
#include "links/LinkHistory.h"
#include "links/LinkInspector.h"
#include "passwords/PasswordCheck.h"

#include <QList>
#include <QObject>
#include <QString>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

/**
 * The GUI's one door into the core: it owns the loaded content, the person's progress and its
 * store, and turns each user action into one core call followed by a save. It decides nothing
 * itself; pages read from it and call it, and redraw when it says progress changed.
 */
class QThread;

class AuditController : public QObject
{
    Q_OBJECT

public:
    AuditController(std::filesystem::path contentDir,
                    std::filesystem::path dataDir,
                    const auditor::Clock& clock,
                    QObject* parent = nullptr);
    ~AuditController() override;

    /** Loads content, messages and progress. False with `errorText` set when the app cannot start. */
    bool load(QString* errorText);
    /** A warning from loading (a damaged store that was set aside), empty when none. */
    QString loadWarning() const
    {
        return m_loadWarning;
    }

    const auditor::Content& content() const
    {
        return m_content;
    }
    const auditor::Progress& progress() const
    {
        return m_progress;
    }
    const auditor::Catalog& catalog() const
    {
        return *m_catalog;
    }
    const auditor::Clock& clock() const
    {
        return m_clock;
    }
    const std::filesystem::path& dataDir() const
    {
        return m_store.dataDir();
    }
    QString language() const
    {
        return QString::fromStdString(m_progress.language);
    }
    /** A content text in the chosen language. */
    QString text(const auditor::LocalText& t) const
    {
        return QString::fromStdString(t.in(m_progress.language));
    }
    /** A core message (checks/messages) in the chosen language. */
    QString message(const std::string& key, const std::map<std::string, std::string>& params = {}) const
    {
        return QString::fromStdString(m_catalog->text(key, params));
    }

    bool firstRunDone() const
    {
        return m_progress.firstRunDone;
    }

    /** Marks a check. On refusal (no reason) returns false and sets `errorText`. */
    bool setStatus(const std::string& checkId, auditor::CheckStatus status, const QString& reason, QString* errorText);
    void clearStatus(const std::string& checkId);
    /** Records the accounts chosen on the accounts page, and that the first run is over. */
    bool setAccounts(const std::set<std::string>& personal, const std::set<std::string>& pageAdmin, QString* errorText);
    bool setLanguage(const QString& lang, QString* errorText);

    auditor::ScoreSummary scores() const;
    auditor::Score score(const std::string& platformId) const;
    auditor::CheckState state(const auditor::Check& check) const;

    /**
     * The offline link checker, built on first use (brands, lists in the data folder). Null with
     * `errorText` set when the content cannot be loaded.
     */
    const auditor::LinkAnalyzer* linkAnalyzer(QString* errorText);
    /**
     * The online inspection of one link (only when the person asks), on a worker thread; `done`
     * runs on the GUI thread with the result, unless `context` is gone by then.
     */
    void inspectLink(const std::string& link, QObject* context, std::function<void(const auditor::Inspection&)> done);
    /** The links checked on this computer, newest first (loaded on first use). */
    const std::vector<auditor::LinkHistoryEntry>& linkHistory();
    void recordLinkChecks(const std::vector<auditor::LinkVerdict>& verdicts, bool online);
    bool clearLinkHistory(QString* errorText);

    /**
     * Checks a password on a worker thread: strength always; exposure online (only when the
     * person agreed on the page that says what leaves the machine) or from a list file. The
     * password's bytes are wiped once copied; `done` runs on the GUI thread.
     */
    void checkPassword(QString password,
                       bool online,
                       const QString& offlineFile,
                       QObject* context,
                       std::function<void(const auditor::passwords::PasswordCheckResult&)> done);
    /** Records a finished exposure check on the "password not exposed" items; their count, or -1. */
    int recordPasswordCheck(const auditor::passwords::Exposure& exposure, QString* errorText);

    // Incidents: the guided recovery flow and its documents (checks/incidents, checks/notices).

    /** A triage question: which TriageAnswers field it sets, and its text. */
    struct RecoveryQuestion
    {
        std::string field;
        QString text;
        QString help;
    };
    /** A step of the recovery plan for one incident, with its official link and whether it is done. */
    struct RecoveryStep
    {
        std::string id;
        QString title;
        QString why;
        QString url;
        QString place; // where to find it in an app, when there is no web address
        QString source;
        QString asOf;
        bool done = false;
    };

    /** The incidents on this computer, open ones first. A damaged file is set aside and named in `warning`. */
    std::vector<auditor::Incident> incidents(QString* warning);
    std::optional<auditor::Incident> createIncident(const std::string& platform,
                                                    auditor::IncidentKind kind,
                                                    const QString& account,
                                                    const auditor::TriageAnswers& answers,
                                                    QString* errorText);
    bool saveIncident(auditor::Incident& incident, QString* errorText);
    /** Deletes the incident's file for good. */
    bool deleteIncident(const std::string& id, QString* errorText);
    bool setIncidentClosed(auditor::Incident& incident, bool closed, QString* errorText);
    /** Ticks or unticks a recovery step; ticking records the time. */
    bool setStepDone(auditor::Incident& incident, const std::string& stepId, bool done, QString* errorText);
    bool addEvidenceFile(auditor::Incident& incident, const QString& path, const QString& note, QString* errorText);
    bool addEvidenceUrl(auditor::Incident& incident, const QString& url, const QString& note, QString* errorText);
    bool addEvidenceMessage(auditor::Incident& incident, const QString& text, const QString& note, QString* errorText);
    bool removeEvidence(auditor::Incident& incident, int index, QString* errorText);

    QList<RecoveryQuestion> recoveryQuestions(QString* errorText);
    std::optional<auditor::IncidentKind> suggestKind(const auditor::TriageAnswers& answers);
    QList<RecoveryStep> recoveryPlan(const auditor::Incident& incident, QString* errorText);
    QString incidentKindName(auditor::IncidentKind kind) const;

    /**
     * Composes the chosen documents and writes them into `folder` (PDF for every kind, plain text
     * as well for provider, contacts and internal). `written` receives the files' paths.
     */
    bool writeNotices(const auditor::Incident& incident,
                      const std::vector<auditor::NoticeKind>& kinds,
                      bool blank,
                      const QString& folder,
                      QStringList* written,
                      QString* errorText);
    /** The composed documents, for a preview or the printer. */
    std::optional<std::vector<auditor::NoticeDocument>> composeNotices(const auditor::Incident& incident,
                                                                       const std::vector<auditor::NoticeKind>& kinds,
                                                                       bool blank,
                                                                       QString* errorText);

    /** Writes the staff report (JSON) to `path`. */
    bool exportReport(const QString& path, QString* errorText);

    // Readiness D1 (dashboard)
    /** The content folder (checks/), for the dashboard's profile loading. */
    const std::filesystem::path& contentDir() const
    {
        return m_contentDir;
    }

Q_SIGNALS:
    void progressChanged();
    void accountsChanged();
    void languageChanged();
    void linkHistoryChanged();
    void incidentsChanged();

    // Readiness D2 (organisation)
public:
    /** What the organisation page shows: the profile handed out, the person's membership, the last report sent. */
    struct OrgUnitView
    {
        QString id;
        QString name;
    };
    struct OrgView
    {
        QString problem; // the profile file is there but cannot be used; empty when fine
        bool hasProfile = false;
        QString profileId;
        QString orgName;
        QString parentName;
        QList<OrgUnitView> units;
        bool allowsName = false; // the profile lets a report carry the person's name
        bool allowsEmail = false;
        bool hasCollector = false; // a collector address, fingerprint and token are set
        QString collectorUrl;
        int reportEveryDays = 0;
        bool joined = false; // a membership of this very profile
        QString unitId;
        QString unitName;
        QString name; // as the report will carry it (empty unless allowed)
        QString email;
        std::optional<auditor::TimePoint> lastSent;
        bool reportDue = true;
    };
    OrgView orgView() const;
    /** <data>/org-profile.json. */
    QString orgProfilePath() const;
    /** Installs a profile from a file or a pasted code (checked by the core); problems listed in `errorText`. */
    bool importProfileFile(const QString& path, QString* errorText);
    bool importProfileCode(const QString& code, QString* errorText);
    /** Joins the installed profile's unit (a fresh person id, or the old one when changing unit). */
    bool joinOrganisation(const QString& unitId, const QString& name, const QString& email, QString* errorText);
    /** Forgets the membership (the person can join again, in another unit). */
    bool leaveOrganisation(QString* errorText);
    /** The version 2 staff report exactly as it would be sent (a fresh report id each call). */
    bool orgReport(std::string* reportJson, QString* errorText);
    /** Writes `reportJson` (from orgReport) to a file, for schools without a network. */
    bool saveOrgReport(const std::string& reportJson, const QString& path, QString* errorText);
    /** The outcome of sending one report. */
    struct SendOutcome
    {
        bool ok = false;
        std::string code; // "stored", "duplicate", or the error code ("submit.pin_mismatch"…)
        QString detail; // the core's words for an error (the collector's reason when rejected)
    };
    /** Sends `reportJson` to the profile's collector on a worker thread; `done` runs on the GUI thread. */
    void sendOrgReport(std::string reportJson, QObject* context, std::function<void(const SendOutcome&)> done);
    // The IT lead's profile editor: the profile's JSON as a whole, so keys the editor does not show stay.
    bool loadProfileJson(const QString& path, nlohmann::json* profile, QString* errorText) const;
    nlohmann::json newProfileJson(const QString& id, const QString& orgName, const QString& parentName) const;
    /** Checks `profile` with the core and writes it atomically to `path`; each problem in `issues`. */
    bool saveProfileJson(const QString& path,
                         const nlohmann::json& profile,
                         std::vector<auditor::JsonIssue>* issues,
                         QString* errorText);
    QString profileCode(const nlohmann::json& profile) const;
    QString newCollectorToken() const;
Q_SIGNALS:
    /** The profile or the membership changed (import, join, leave, the editor saved the installed profile). */
    void organisationChanged();

private:
    bool save(QString* errorText);
    struct IncidentSupport;
    /** The directory, recovery flow, notice templates and profile, loaded on first use. */
    IncidentSupport* incidentSupport(QString* errorText);
    bool changeIncident(auditor::Incident& incident,
                        const std::function<auditor::Result<auditor::Incident>()>& change,
                        QString* errorText);

    std::filesystem::path m_contentDir;
    const auditor::Clock& m_clock;
    auditor::ProgressStore m_store;
    auditor::Content m_content;
    auditor::Progress m_progress;
    std::optional<auditor::Catalog> m_catalog;
    QString m_loadWarning;
    std::unique_ptr<auditor::LinkAnalyzer> m_linkAnalyzer;
    std::optional<auditor::LinkHistory> m_linkHistory;
    std::shared_ptr<const auditor::passwords::StrengthChecker> m_strength;
    QList<QThread*> m_workers;
    std::shared_ptr<IncidentSupport> m_incidentSupport; // shared_ptr: the type is complete only in its own file
};
