#include "cli/CollectorProfile.h"

#include "cli/Session.h"
#include "readiness/Enrolment.h"

namespace auditor::cli {

Result<ReadinessProfile> loadCollectorProfile(const std::filesystem::path& file,
                                              const std::filesystem::path& contentDir,
                                              std::vector<JsonIssue>* issues)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        return Error("collector.no_profile", {{"file", file.string()}});
    }
    auto full = loadFullProfile(file, contentDir, issues);
    if (!full) {
        return full.error();
    }
    return std::move(full->readiness);
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
