#include "cli/Commands.h"

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
    return commands;
}

} // namespace auditor::cli
