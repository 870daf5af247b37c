#pragma once

#include "common/Json.h"
#include "common/Result.h"
#include "incidents/OrgProfileLoader.h"
#include "readiness/Profile.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace auditor {

/**
 * The staff side of an organisation profile: the profile handed out by the IT lead (a file or a
 * pasted code), and the person's own membership. Files live in the data folder:
 * <data>/org-profile.json and <data>/membership.json, written atomically; a file replaced by an
 * import is moved aside first, never lost.
 */

/** "AAP1-" + base64url(the profile's compact JSON) + "-" + 8 hex digits of its SHA-256: pasteable into chat. */
std::string encodeProfileCode(const nlohmann::json& profile);
/** Inverse of encodeProfileCode; whitespace and line breaks in `code` are ignored. Errors: "profile_code.format", "profile_code.checksum". */
Result<nlohmann::json> decodeProfileCode(std::string_view code);

/**
 * Checks `profile` (schema, directory overrides, readiness part) and installs it as
 * <data>/org-profile.json. Problems go to `issues` (pointer into the profile; `origin` names its source).
 */
Result<LoadedOrgProfile> installProfile(const std::filesystem::path& dataDir,
                                        const std::filesystem::path& contentDir,
                                        const nlohmann::json& profile,
                                        std::vector<JsonIssue>* issues = nullptr,
                                        const std::filesystem::path& origin = {});

/** A new profile for `auditor org init` and the GUI editor: valid against the schema, one unit, no collector. */
nlohmann::json newProfileTemplate(const std::string& id, const std::string& orgName, const std::string& parentName);

/** <data>/membership.json; error "membership.missing" when the person has not joined. */
Result<Membership> loadMembership(const std::filesystem::path& dataDir);
Status saveMembership(const std::filesystem::path& dataDir, const Membership& membership);
/** A membership with a fresh random person id. */
Membership newMembership(const std::string& profileId,
                         const std::string& unit,
                         const std::string& name,
                         const std::string& email);

/** What the next staff report says about the person: the membership filtered by the profile's rules. */
struct ReportIdentity
{
    std::string profileId;
    std::string unit;
    std::string personId;
    std::string name; // empty unless the profile allows it
    std::string email; // empty unless the profile allows it
};
ReportIdentity reportIdentity(const ReadinessProfile& profile, const Membership& membership);

} // namespace auditor
