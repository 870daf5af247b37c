#pragma once

#include "common/Json.h"
#include "common/Result.h"
#include "readiness/Profile.h"

#include <filesystem>
#include <vector>

namespace auditor::cli {

class Session;

/**
 * What `auditor serve` and `auditor report submit` need of the organisation profile: its id, its
 * units and its "collector" ({"url", "fingerprint", "token"}). Read from the profile's own keys
 * (as `readiness import` does) so that collection does not wait for the readiness part of the
 * profile reader; the schema of the profile itself is checked by loadOrgProfile.
 * Errors: "collector.no_profile" (no such file, with "file"), else loadOrgProfile's.
 */
Result<ReadinessProfile> loadCollectorProfile(const std::filesystem::path& file,
                                              const std::filesystem::path& contentDir,
                                              std::vector<JsonIssue>* issues);

/** Prints a profile problem and each issue (file, line or JSON pointer, message) to stderr. */
void printProfileProblem(Session& s,
                         const Error& error,
                         const std::vector<JsonIssue>& issues,
                         const std::filesystem::path& file);

} // namespace auditor::cli
