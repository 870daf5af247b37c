#pragma once

#include "cli/Command.h"

#include <memory>

namespace auditor::cli {

std::unique_ptr<Command> makeChecksLintCommand();
std::unique_ptr<Command> makeAccountsCommand();
std::unique_ptr<Command> makeChecklistCommand();
std::unique_ptr<Command> makeCheckSetCommand();
std::unique_ptr<Command> makeStatusCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeLinkCheckCommand();
std::unique_ptr<Command> makeLinkHistoryCommand();
std::unique_ptr<Command> makePasswordCheckCommand();
std::unique_ptr<Command> makeLinksImportCommand();
std::unique_ptr<Command> makeRecoveryCommand();
std::unique_ptr<Command> makeIncidentCommand();
std::unique_ptr<Command> makeNoticeCommand();
// Readiness (issue 5)
std::unique_ptr<Command> makeOrgCommand(); // A
std::unique_ptr<Command> makeReportShowCommand(); // A: adds `show` to `report`
std::unique_ptr<Command> makeServeCommand(); // B
std::unique_ptr<Command> makeReportSubmitCommand(); // B: adds `submit` to `report`
std::unique_ptr<Command> makeReadinessImportCommand(); // B
std::unique_ptr<Command> makeReadinessSummaryCommand(); // C

} // namespace auditor::cli
