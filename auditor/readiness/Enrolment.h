#pragma once

#include "checklist/Checklist.h"
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
/** Inverse of encodeProfileCode; whitespace and line breaks in `code` are ignored. Errors: "profile_code.format",
 * "profile_code.checksum". */
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

/** <data>/org-profile.json, where installProfile puts the profile and the staff side reads it. */
std::filesystem::path installedProfilePath(const std::filesystem::path& dataDir);
/** <data>/membership.json. */
std::filesystem::path membershipPath(const std::filesystem::path& dataDir);

/**
 * Loads a profile file and its readiness part in one go (loadOrgProfile + readReadinessProfile);
 * every problem goes to `issues` with the file and JSON pointer.
 */
struct FullProfile
{
    LoadedOrgProfile loaded;
    ReadinessProfile readiness;
};
Result<FullProfile> loadFullProfile(const std::filesystem::path& file,
                                    const std::filesystem::path& contentDir,
                                    std::vector<JsonIssue>* issues = nullptr);

/**
 * Checks a profile held in memory exactly as loadFullProfile checks a file (the loader reads
 * files: a private staging copy in `stagingDir` is made and removed). Issues name `origin`.
 */
Result<FullProfile> checkProfileJson(const nlohmann::json& profile,
                                     const std::filesystem::path& contentDir,
                                     const std::filesystem::path& stagingDir,
                                     std::vector<JsonIssue>* issues = nullptr,
                                     const std::filesystem::path& origin = {});

/** Writes a profile file atomically (private: the token is inside), keeping the previous copy as .bak. */
Status saveProfileFile(const std::filesystem::path& file, const nlohmann::json& profile);

/**
 * Required platforms and checks the content does not have, each at its pointer
 * ("/requirements/platforms/1"): a profile written for other content would otherwise require
 * what nobody can ever do.
 */
void checkRequirements(const ReadinessProfile& profile,
                       const Content& content,
                       std::vector<JsonIssue>& issues,
                       const std::filesystem::path& origin = {});

/** A fresh enrolment token: 32 characters of [A-Za-z0-9_-] from OpenSSL's random generator. */
std::string newEnrolmentToken();
/** The token as it may be shown: "••••••••wxyz" (only its last 4 characters). */
std::string maskToken(const std::string& token);

} // namespace auditor
