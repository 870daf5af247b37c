#include "DashboardController.h"

#include "ReadinessReport.h"
#include "checklist/Checklist.h"
#include "common/Files.h"
#include "incidents/OrgProfileLoader.h"

#include <nlohmann/json.hpp>

#include <system_error>

using namespace auditor;
namespace fs = std::filesystem;

namespace {

fs::path toPath(const QString& path)
{
    return fs::path(path.toStdU16String());
}

} // namespace

DashboardController::DashboardController(fs::path contentDir,
                                         fs::path dataDir,
                                         const Content& content,
                                         const Catalog& catalog,
                                         const Clock& clock,
                                         std::string lang,
                                         QObject* parent)
    : QObject(parent)
    , m_contentDir(std::move(contentDir))
    , m_dataDir(std::move(dataDir))
    , m_content(content)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_lang(std::move(lang))
{ }

DashboardController::~DashboardController() = default;

fs::path DashboardController::defaultStorePath() const
{
    return m_dataDir / "collector" / "reports.sqlite";
}

fs::path DashboardController::defaultProfilePath() const
{
    return m_dataDir / "org-profile.json";
}

QString DashboardController::errorText(const Error& error) const
{
    return QString::fromStdString(m_catalog.error(error));
}

DashboardController::State DashboardController::open(const fs::path& storeFile)
{
    m_storeFile = storeFile;
    m_store.reset();
    m_problem.clear();
    m_profileProblem.clear();
    m_profile = ReadinessProfile{};
    m_hasProfile = false;

    std::error_code ec;
    if (!fs::exists(storeFile, ec)) {
        m_state = State::NoStore; // opening would create an empty store: nothing collected yet
        return m_state;
    }
    auto store = openSqliteReportStore(storeFile);
    if (!store) {
        m_problem = errorText(store.error());
        m_state = State::Failed;
        return m_state;
    }
    m_store = std::move(*store);

    // Without a profile the reports still count; units are then the ones the reports name.
    const fs::path profileFile = defaultProfilePath();
    if (fs::exists(profileFile, ec)) {
        std::vector<JsonIssue> issues;
        auto loaded = loadOrgProfile(profileFile, m_contentDir, &issues);
        if (loaded) {
            auto readiness = readReadinessProfile(*loaded, &issues, profileFile);
            if (readiness) {
                m_profile = std::move(*readiness);
                m_hasProfile = true;
            } else {
                m_profileProblem = errorText(readiness.error());
            }
        } else {
            m_profileProblem = errorText(loaded.error());
        }
    }
    m_state = State::Ready;
    return m_state;
}

bool DashboardController::summarize(const SummaryFilter& filter, ReadinessSummary* out, QString* errorText) const
{
    if (!m_store) {
        return false;
    }
    auto summary = auditor::summarize(*m_store, m_profile, &m_content, m_lang, m_clock.now(), filter);
    if (!summary) {
        *errorText = this->errorText(summary.error());
        return false;
    }
    *out = std::move(*summary);
    return true;
}

bool DashboardController::people(const std::string& unit,
                                 const std::string& check,
                                 const std::vector<CheckState>& states,
                                 bool missing,
                                 std::vector<PersonLine>* out,
                                 QString* errorText) const
{
    if (!m_store) {
        return false;
    }
    auto lines = drillDown(*m_store, m_profile, &m_content, m_clock.now(), unit, check, states, missing);
    if (!lines) {
        *errorText = this->errorText(lines.error());
        return false;
    }
    *out = std::move(*lines);
    return true;
}

bool DashboardController::exportCsv(const ReadinessSummary& summary,
                                    const QString& path,
                                    QString* errorText,
                                    CsvTable table) const
{
    // 0600 like the PDF: the JSON lists people when the profile shows them.
    const Status written
        = writeFileAtomically(toPath(path), summaryToCsv(summary, m_lang, table), WriteOptions{false, true});
    if (!written.ok()) {
        *errorText = this->errorText(written.error());
        return false;
    }
    return true;
}

bool DashboardController::exportJson(const ReadinessSummary& summary, const QString& path, QString* errorText) const
{
    const Status written
        = writeFileAtomically(toPath(path), summaryToJson(summary).dump(2) + "\n", WriteOptions{false, true});
    if (!written.ok()) {
        *errorText = this->errorText(written.error());
        return false;
    }
    return true;
}

bool DashboardController::exportPdf(const ReadinessSummary& summary, const QString& path, QString* errorText) const
{
    const Status written = writeReadinessPdf(summary, m_lang, toPath(path), platformNames());
    if (!written.ok()) {
        *errorText = this->errorText(written.error());
        return false;
    }
    return true;
}

std::map<std::string, std::string> DashboardController::platformNames() const
{
    std::map<std::string, std::string> names;
    for (const Platform& platform : m_content.platforms()) {
        names[platform.id] = platform.name.in(m_lang);
    }
    return names;
}
