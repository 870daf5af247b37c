#include "cli/Commands.h"

#include <CLI/CLI.hpp>

namespace auditor::cli {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeChecklistCommand());
    commands.push_back(makeAccountsCommand());
    commands.push_back(makeCheckSetCommand());
    commands.push_back(makeStatusCommand());
    commands.push_back(makeReportCommand());
    commands.push_back(makeLinkCheckCommand());
    commands.push_back(makeLinkHistoryCommand()); // after link check: it adds to `link`
    commands.push_back(makeLinksImportCommand());
    commands.push_back(makePasswordCheckCommand());
    commands.push_back(makeIncidentCommand());
    commands.push_back(makeNoticeCommand());
    commands.push_back(makeChecksLintCommand());
    commands.push_back(makeRecoveryCommand());
    commands.push_back(makeOrgCommand());
    commands.push_back(makeReportShowCommand()); // after `report`
    commands.push_back(makeReportSubmitCommand()); // after `report`
    commands.push_back(makeServeCommand());
    commands.push_back(makeReadinessImportCommand());
    commands.push_back(makeReadinessSummaryCommand()); // after `readiness import`: adds to `readiness`
    return commands;
}

CLI::App* groupCommand(CLI::App& parent, const std::string& name, const std::string& description)
{
    const std::vector<CLI::App*> found = parent.get_subcommands([&](CLI::App* sub) { return sub->get_name() == name; });
    if (!found.empty()) {
        return found.front();
    }
    CLI::App* group = parent.add_subcommand(name, description);
    group->require_subcommand(1);
    return group;
}

} // namespace auditor::cli
