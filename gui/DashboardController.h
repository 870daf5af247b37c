#pragma once

#include "common/Catalog.h"
#include "common/Clock.h"
#include "readiness/Profile.h"
#include "readiness/ReportStore.h"
#include "readiness/Summary.h"

#include <QObject>
#include <QString>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace auditor {
class Content;
}

/**
 * The school-readiness dashboard's door into the core: it holds the collector's report store and
 * the organisation profile, and turns each action of the page into one core call (summarize,
 * drillDown, summaryToCsv, summaryToJson, writeReadinessPdf). It decides nothing itself.
 */
class DashboardController : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NoStore, // no report store yet: the page explains how to collect reports
        Ready,
        Failed, // the store could not be opened (problem() says why)
    };

    DashboardController(std::filesystem::path contentDir,
                        std::filesystem::path dataDir,
                        const auditor::Content& content,
                        const auditor::Catalog& catalog,
                        const auditor::Clock& clock,
                        std::string lang,
                        QObject* parent = nullptr);
    ~DashboardController() override;

    /** <data>/collector/reports.sqlite and <data>/org-profile.json: where `auditor serve` and the CLI keep them. */
    std::filesystem::path defaultStorePath() const;
    std::filesystem::path defaultProfilePath() const;

    /**
     * Opens a report store (never creates one: a missing file is State::NoStore) and reads the
     * organisation profile beside it in the data folder, if there is one.
     */
    State open(const std::filesystem::path& storeFile);
    State state() const
    {
        return m_state;
    }
    const std::filesystem::path& storeFile() const
    {
        return m_storeFile;
    }
    /** Why the store could not be opened (State::Failed), in the person's language. */
    QString problem() const
    {
        return m_problem;
    }
    /** Why the profile was not used (missing or invalid); empty when it was read. */
    QString profileProblem() const
    {
        return m_profileProblem;
    }
    bool hasProfile() const
    {
        return m_hasProfile;
    }
    const auditor::ReadinessProfile& profile() const
    {
        return m_profile;
    }
    const std::string& language() const
    {
        return m_lang;
    }

    /** The core's summary at the clock's now; false with `errorText` on a store error. */
    bool summarize(const auditor::SummaryFilter& filter, auditor::ReadinessSummary* out, QString* errorText) const;
    /**
     * The people of one heat-map cell whose check is in `states` (stale as the summary counts it),
     * and with `missing` those whose report lacks the check's required platform; empty when the
     * profile shows no people.
     */
    bool people(const std::string& unit,
                const std::string& check,
                const std::vector<auditor::CheckState>& states,
                bool missing,
                std::vector<auditor::PersonLine>* out,
                QString* errorText) const;

    /** One of the core's CSV tables (checks × units, units, people). */
    bool exportCsv(const auditor::ReadinessSummary& summary,
                   const QString& path,
                   QString* errorText,
                   auditor::CsvTable table = auditor::CsvTable::Checks) const;
    bool exportJson(const auditor::ReadinessSummary& summary, const QString& path, QString* errorText) const;
    bool exportPdf(const auditor::ReadinessSummary& summary, const QString& path, QString* errorText) const;

    /** Platform id → its name in the language, for the filter and the report. */
    std::map<std::string, std::string> platformNames() const;

private:
    QString errorText(const auditor::Error& error) const;

    std::filesystem::path m_contentDir;
    std::filesystem::path m_dataDir;
    const auditor::Content& m_content;
    const auditor::Catalog& m_catalog;
    const auditor::Clock& m_clock;
    std::string m_lang;
    State m_state = State::NoStore;
    std::filesystem::path m_storeFile;
    std::unique_ptr<auditor::ReportStore> m_store;
    auditor::ReadinessProfile m_profile;
    bool m_hasProfile = false;
    QString m_problem;
    QString m_profileProblem;
};
