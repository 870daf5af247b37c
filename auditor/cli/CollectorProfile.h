#pragma once

#include "common/Json.h"
#include "common/Result.h"
#include "readiness/Profile.h"

#include <filesystem>
#include <vector>

namespace auditor::cli {

class Session;

/**
 * The readiness part of the organisation profile at `file` (loadFullProfile), for `auditor serve`
 * (id, units, token) and `auditor report submit` (the collector). Errors: "collector.no_profile"
 * when there is no such file (with "file"), else loadFullProfile's, with its issues.
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
