#pragma once

#include "checklist/Checklist.h"
#include "checklist/Progress.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <filesystem>

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace auditor {

inline constexpr const char* kStaffReportFormat = "account-auditor/staff-report";
inline constexpr int kStaffReportVersion = 1; // H1: becomes 2 with the identity fields

struct ReportIdentity;

/**
 * The staff report: what an IT lead may see of one person's audit. It holds statuses, dates and
 * scores, never secrets and never the free-text reasons (only whether one was given). Its form is
 * checks/schema/staff-report.schema.json.
 */
nlohmann::json buildStaffReport(const Content& content,
                                const Progress& progress,
                                TimePoint now,
                                const std::string& reportId);

/**
 * Version 2, for collection: adds profile_id, unit, person {id, name?, email?} (as the profile
 * allows, see reportIdentity) and open_incidents (a count, no details).
 */
nlohmann::json buildStaffReport(const Content& content,
                                const Progress& progress,
                                TimePoint now,
                                const std::string& reportId,
                                const ReportIdentity& identity,
                                int openIncidents);

/**
 * Builds the staff report, checks it against `schemaPath` (a report that breaks its own schema is
 * a bug: error "report.invalid", nothing written) and writes it atomically to `out`.
 */
Status writeStaffReport(const Content& content,
                        const Progress& progress,
                        TimePoint now,
                        const std::filesystem::path& schemaPath,
                        const std::filesystem::path& out);

/** A fresh random report id (32 hex digits). */
std::string newReportId();

} // namespace auditor
