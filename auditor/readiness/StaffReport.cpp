#include "readiness/StaffReport.h"

#include "checklist/Scoring.h"
#include "checklist/StatusView.h"
#include "common/Digest.h"
#include "common/Files.h"
#include "common/Json.h"
#include "incidents/IncidentStore.h"
#include "readiness/Enrolment.h"

#include <nlohmann/json.hpp>

#include <random>

using nlohmann::json;

namespace auditor {

namespace fs = std::filesystem;

std::string newReportId()
{
    std::random_device rd;
    static const char* hex = "0123456789abcdef";
    std::string id;
    for (int i = 0; i < 32; ++i) {
        id += hex[rd() & 0xF];
    }
    return id;
}

namespace {

json reportBody(
    const Content& content, const Progress& progress, TimePoint now, const std::string& reportId, int version)
{
    const ScoreSummary summary = computeScores(content, progress, now);
    json platforms = json::array();
    for (const Score& score : summary.platforms) {
        const Platform* platform = content.platform(score.platformId);
        json checks = json::array();
        for (const Check& check : platform->checks) {
            const CheckState state = stateOf(check, progress, now);
            if (state == CheckState::NotRelevant) {
                continue;
            }
            json c{{"id", check.id}, {"topic", check.topic}, {"state", toString(state)}};
            if (const CheckRecord* rec = progress.record(check.id)) {
                c["set_at"] = formatIsoUtc(rec->setAt);
                c["reason_given"] = !rec->reason.empty();
            }
            checks.push_back(c);
        }
        json types = json::array();
        for (AccountType t : progress.accountTypes(score.platformId)) {
            types.push_back(toString(t));
        }
        platforms.push_back(json{
            {"id", score.platformId}, {"account_types", types}, {"score", scoreToJson(score)}, {"checks", checks}});
    }
    return json{{"format", kStaffReportFormat},
                {"version", version},
                {"report_id", reportId},
                {"generated_at", formatIsoUtc(now)},
                {"app_version", AUDITOR_VERSION},
                {"content_version", content.version()},
                {"overall", scoreToJson(summary.overall)},
                {"platforms", platforms}};
}

int countOpenIncidents(const fs::path& dataDir, const Clock& clock)
{
    const IncidentList list = IncidentStore(dataDir, clock).list();
    int open = 0;
    for (const Incident& incident : list.incidents) {
        open += incident.closedAt ? 0 : 1;
    }
    return open;
}

} // namespace

json buildStaffReport(const Content& content, const Progress& progress, TimePoint now, const std::string& reportId)
{
    return reportBody(content, progress, now, reportId, 1);
}

json buildStaffReport(const Content& content,
                      const Progress& progress,
                      TimePoint now,
                      const std::string& reportId,
                      const ReportIdentity& identity,
                      int openIncidents)
{
    json report = reportBody(content, progress, now, reportId, kStaffReportVersion);
    report["profile_id"] = identity.profileId;
    report["unit"] = identity.unit;
    json person{{"id", identity.personId}};
    if (!identity.name.empty()) {
        person["name"] = identity.name;
    }
    if (!identity.email.empty()) {
        person["email"] = identity.email;
    }
    report["person"] = person;
    report["open_incidents"] = openIncidents;
    return report;
}

Status validateStaffReport(const json& report, const fs::path& schemaPath)
{
    auto validator = SchemaValidator::fromFile(schemaPath);
    if (!validator) {
        return validator.error();
    }
    if (const auto issues = validator->validate(report, "staff report"); !issues.empty()) {
        return Error("report.invalid", {{"pointer", issues.front().pointer}}, issues.front().message);
    }
    return Ok{};
}

std::string staffReportText(const json& report)
{
    return report.dump(2) + "\n";
}

Status writeStaffReport(const json& report, const fs::path& schemaPath, const fs::path& out)
{
    // A report that breaks its own schema is a bug: nothing is written.
    if (auto st = validateStaffReport(report, schemaPath); !st) {
        return st;
    }
    return writeFileAtomically(out, staffReportText(report), WriteOptions{false, false});
}

Status writeStaffReport(
    const Content& content, const Progress& progress, TimePoint now, const fs::path& schemaPath, const fs::path& out)
{
    return writeStaffReport(buildStaffReport(content, progress, now, newReportId()), schemaPath, out);
}

Result<OutgoingReport> prepareStaffReport(const Content& content,
                                          const Progress& progress,
                                          const Clock& clock,
                                          const fs::path& dataDir,
                                          const fs::path& contentDir,
                                          std::vector<JsonIssue>* issues)
{
    OutgoingReport out;
    std::error_code ec;
    const fs::path profileFile = installedProfilePath(dataDir);
    if (fs::exists(profileFile, ec)) {
        auto full = loadFullProfile(profileFile, contentDir, issues);
        if (!full) {
            return full.error();
        }
        out.hasProfile = true;
        out.profile = std::move(full->readiness);
    }

    auto membership = loadMembership(dataDir);
    bool changed = false;
    if (membership) {
        out.membership = *membership;
    } else if (membership.error().code == "membership.missing") {
        // Personal use: a stable random id all the same, made once.
        out.membership = newMembership(out.profile.profileId, "", "", "");
        changed = true;
    } else {
        return membership.error();
    }
    if (out.membership.profileId != out.profile.profileId) {
        // Another organisation's profile was installed (or it was removed): the old unit means nothing there.
        out.membership.profileId = out.profile.profileId;
        if (!out.profile.unit(out.membership.unit)) {
            out.membership.unit.clear();
        }
        changed = true;
    }
    if (changed) {
        if (auto st = saveMembership(dataDir, out.membership); !st) {
            return st.error();
        }
    }

    out.openIncidents = countOpenIncidents(dataDir, clock);
    const TimePoint now = clock.now();
    out.report = buildStaffReport(
        content, progress, now, std::string(32, '0'), reportIdentity(out.profile, out.membership), out.openIncidents);
    // The id names this content at this second: show and submit agree byte for byte.
    auto digest = sha256Hex(out.report.dump());
    if (!digest) {
        return digest.error();
    }
    out.report["report_id"] = digest->substr(0, 32);
    return out;
}

} // namespace auditor
