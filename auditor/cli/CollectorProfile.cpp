#include "cli/CollectorProfile.h"

#include "cli/Session.h"
#include "incidents/OrgProfileLoader.h"

#include <nlohmann/json.hpp>

namespace auditor::cli {

namespace {

std::string stringAt(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

Result<ReadinessProfile> loadCollectorProfile(const std::filesystem::path& file,
                                              const std::filesystem::path& contentDir,
                                              std::vector<JsonIssue>* issues)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        return Error("collector.no_profile", {{"file", file.string()}});
    }
    auto loaded = loadOrgProfile(file, contentDir, issues);
    if (!loaded) {
        return loaded.error();
    }
    ReadinessProfile profile;
    profile.profileId = loaded->profile.id;
    const nlohmann::json& keys = loaded->otherKeys;
    if (const auto units = keys.find("units"); units != keys.end() && units->is_array()) {
        for (const nlohmann::json& u : *units) {
            if (!u.is_object()) {
                continue;
            }
            OrgUnit unit;
            unit.id = stringAt(u, "id");
            unit.name = stringAt(u, "name");
            unit.kind = stringAt(u, "kind");
            if (!unit.id.empty()) {
                profile.units.push_back(std::move(unit));
            }
        }
    }
    if (const auto collector = keys.find("collector"); collector != keys.end() && collector->is_object()) {
        profile.collector.url = stringAt(*collector, "url");
        profile.collector.fingerprint = stringAt(*collector, "fingerprint");
        profile.collector.token = stringAt(*collector, "token");
    }
    return profile;
}

void printProfileProblem(Session& s,
                         const Error& error,
                         const std::vector<JsonIssue>& issues,
                         const std::filesystem::path& file)
{
    s.printError(error);
    for (const JsonIssue& issue : issues) {
        s.err() << "  " << (issue.file.empty() ? file : issue.file).string();
        if (issue.line > 0) {
            s.err() << ":" << issue.line << ":" << issue.column;
        }
        s.err() << ": " << (issue.pointer.empty() ? "" : issue.pointer + ": ") << issue.message << "\n";
    }
}

} // namespace auditor::cli
