#include "checklist/ContentLoader.h"
#include "cli/Commands.h"
#include "cli/Session.h"
#include "incidents/Directory.h"
#include "incidents/NoticeComposer.h"
#include "incidents/OrgProfileLoader.h"
#include "incidents/Recovery.h"
#include "readiness/Enrolment.h"

#include <CLI/CLI.hpp>

namespace auditor::cli {

/**
 * `auditor checks lint [DIR]`: validates the content the way the app loads it and prints every
 * problem as "file:line:column: message" (syntax) or "file: /json/pointer: message".
 */
class ChecksLintCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* checks = parent.add_subcommand("checks", help.text("cli.checks.description"));
        checks->require_subcommand(1);
        CLI::App* lint = checks->add_subcommand("lint", help.text("cli.checks.lint.description"));
        lint->add_option("dir", m_dir, help.text("cli.checks.lint.dir"))->type_name("DIR");
        lint->add_option("--profile", m_profile, help.text("recovery.cli.lint_profile"))->type_name("FILE");
        return lint;
    }

    int execute(Session& s) override
    {
        const std::filesystem::path dir = m_dir.empty() ? s.options().contentDir : std::filesystem::path(m_dir);
        ContentReport report = loadContent(dir, formatIsoDate(s.clock().now()));
        // The incident directory (providers, authorities, legal references) is content too.
        DirectoryReport directory = loadDirectory(dir, report.content);
        report.issues.insert(report.issues.end(), directory.issues.begin(), directory.issues.end());
        report.filesRead += directory.filesRead;
        // The guided recovery flow links into both, so it is checked once they are loaded.
        if (directory.clean()) {
            (void)Recovery::load(dir, report.content, directory.directory, &report.issues);
            ++report.filesRead;
            // An organisation profile overrides the directory: same shapes, known ids.
            if (!m_profile.empty()) {
                auto profile = loadOrgProfile(m_profile, dir, &report.issues);
                if (profile) {
                    (void)applyProfile(directory.directory, profile->profile, &report.issues, m_profile);
                    // Its readiness part: unique units, a sane re-check policy, and only
                    // platforms and checks this content has.
                    if (auto readiness = readReadinessProfile(*profile, &report.issues, m_profile)) {
                        checkRequirements(*readiness, report.content, report.issues, m_profile);
                    }
                }
                ++report.filesRead;
            }
        }
        // So are the notice templates (checks/notices/*.json).
        std::vector<JsonIssue> noticeIssues;
        if (!NoticeTemplates::load(dir, &noticeIssues) && noticeIssues.empty()) {
            noticeIssues.push_back({dir / "schema" / "notice.schema.json", {}, 0, 0, "cannot load the schema"});
        }
        report.issues.insert(report.issues.end(), noticeIssues.begin(), noticeIssues.end());
        report.filesRead += 5;
        for (const JsonIssue& issue : report.issues) {
            s.out() << issue.file.string();
            if (issue.line > 0) {
                s.out() << ":" << issue.line << ":" << issue.column;
            }
            s.out() << ": " << (issue.pointer.empty() ? "" : issue.pointer + ": ") << issue.message << "\n";
        }
        const std::map<std::string, std::string> params{
            {"files", std::to_string(report.filesRead)},
            {"platforms", std::to_string(report.content.platforms().size())},
            {"checks", std::to_string(report.checkCount)},
            {"unverified", std::to_string(report.unverifiedCount)},
            {"errors", std::to_string(report.issues.size())},
            {"dir", dir.string()}};
        if (!report.clean()) {
            s.err() << s.tr("cli.checks.lint.failed", params) << "\n";
            return kExitProblemsFound;
        }
        s.out() << s.tr("cli.checks.lint.clean", params) << "\n";
        return kExitOk;
    }

private:
    std::string m_dir;
    std::string m_profile;
};

std::unique_ptr<Command> makeChecksLintCommand()
{
    return std::make_unique<ChecksLintCommand>();
}

} // namespace auditor::cli
