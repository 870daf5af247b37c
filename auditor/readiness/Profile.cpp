#include "readiness/Profile.h"

#include "incidents/OrgProfileLoader.h"

#include <algorithm>
#include <set>

namespace auditor {

using nlohmann::json;

const OrgUnit* ReadinessProfile::unit(const std::string& id) const
{
    for (const OrgUnit& u : units) {
        if (u.id == id) {
            return &u;
        }
    }
    return nullptr;
}

namespace {

std::vector<std::string> strings(const json& node)
{
    std::vector<std::string> out;
    for (const json& s : node) {
        out.push_back(s.get<std::string>());
    }
    return out;
}

} // namespace

Result<ReadinessProfile> readReadinessProfile(const LoadedOrgProfile& loaded,
                                              std::vector<JsonIssue>* issuesOut,
                                              const std::filesystem::path& origin)
{
    std::vector<JsonIssue> local;
    std::vector<JsonIssue>& issues = issuesOut ? *issuesOut : local;
    const std::size_t before = issues.size();
    const json& keys = loaded.otherKeys;

    ReadinessProfile p;
    p.profileId = loaded.profile.id;
    p.orgName = loaded.profile.name;
    p.parentName = loaded.profile.parentName;
    // The schema has checked every shape; what is read here is only what it cannot express.
    std::set<std::string> seen;
    const json units = keys.value("units", json::array());
    for (std::size_t i = 0; i < units.size(); ++i) {
        OrgUnit u;
        u.id = units[i].value("id", "");
        u.name = units[i].value("name", "");
        u.kind = units[i].value("kind", "school");
        u.expectedStaff = units[i].value("expected_staff", 0);
        if (!seen.insert(u.id).second) {
            issues.push_back({origin,
                              "/units/" + std::to_string(i) + "/id",
                              0,
                              0,
                              "the unit id \"" + u.id + "\" is used twice; each unit needs its own id"});
        }
        p.units.push_back(std::move(u));
    }
    const json requirements = keys.value("requirements", json::object());
    p.requiredPlatforms = strings(requirements.value("platforms", json::array()));
    p.requiredChecks = strings(requirements.value("checks", json::array()));
    const json recheck = keys.value("recheck", json::object());
    p.reportEveryDays = recheck.value("report_every_days", p.reportEveryDays);
    p.staleAfterDays = recheck.value("stale_after_days", std::max(p.staleAfterDays, p.reportEveryDays));
    if (p.staleAfterDays < p.reportEveryDays) {
        issues.push_back({origin,
                          "/recheck/stale_after_days",
                          0,
                          0,
                          "stale_after_days (" + std::to_string(p.staleAfterDays)
                              + ") is shorter than report_every_days (" + std::to_string(p.reportEveryDays)
                              + "): staff who report on time would show as stale"});
    }
    const json privacy = keys.value("privacy", json::object());
    p.includeName = privacy.value("name", false);
    p.includeEmail = privacy.value("email", false);
    p.showPeople = privacy.value("show_people", false);
    const json collector = keys.value("collector", json::object());
    p.collector.url = collector.value("url", "");
    p.collector.fingerprint = collector.value("fingerprint", "");
    p.collector.token = collector.value("token", "");

    if (issues.size() > before) {
        const JsonIssue& first = issues[before];
        return Error("org_profile.invalid",
                     {{"file", first.file.string()},
                      {"pointer", first.pointer},
                      {"count", std::to_string(issues.size() - before)}},
                     first.message);
    }
    return p;
}

} // namespace auditor
