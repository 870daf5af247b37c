#pragma once

#include "checklist/Checklist.h"
#include "checklist/Progress.h"
#include "common/Clock.h"
#include "common/Json.h"
#include "common/Result.h"
#include "readiness/Profile.h"

#include <filesystem>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace auditor {

inline constexpr const char* kStaffReportFormat = "account-auditor/staff-report";
inline constexpr int kStaffReportVersion = 2; // 2: profile, unit, person as the profile allows, open incidents

struct ReportIdentity;

/**
 * The staff report: what an IT lead may see of one person's audit. It holds statuses, dates and
 * scores, never secrets and never the free-text reasons (only whether one was given). Its form is
 * checks/schema/staff-report.schema.json. This overload makes version 1 (no identity), kept for
 * the GUI's export until it moves to prepareStaffReport.
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

/** Checks a report against its schema: error "report.invalid" with the first problem's pointer. */
Status validateStaffReport(const nlohmann::json& report, const std::filesystem::path& schemaPath);

/** Checks `report` against `schemaPath` and writes staffReportText(report) atomically to `out`. */
Status writeStaffReport(const nlohmann::json& report,
                        const std::filesystem::path& schemaPath,
                        const std::filesystem::path& out);

/** The report's bytes as written by `report export`, shown by `report show --format json` and sent by `report submit`.
 */
std::string staffReportText(const nlohmann::json& report);

/** The next report of the person using this data folder, and what it was made from. */
struct OutgoingReport
{
    nlohmann::json report; // version 2
    bool hasProfile = false; // an organisation profile is installed (<data>/org-profile.json)
    ReadinessProfile profile; // its readiness part (defaults when none: nothing about the person)
    Membership membership; // as kept on the machine (name and e-mail even when not sent)
    int openIncidents = 0;
};

/**
 * Builds the version 2 report from the data folder: the installed profile (if any), the
 * membership (made and saved with a fresh random person id the first time, so personal use
 * works without a profile; re-pointed to the installed profile when it changed), the progress
 * and the count of open incidents. The report id is derived from the rest of the report (SHA-256),
 * so the same state at the same second gives the same bytes: what `report show` prints is what
 * `report submit` sends. Errors: the profile's ("org_profile.invalid"), "membership.corrupt", "file.*".
 */
Result<OutgoingReport> prepareStaffReport(const Content& content,
                                          const Progress& progress,
                                          const Clock& clock,
                                          const std::filesystem::path& dataDir,
                                          const std::filesystem::path& contentDir,
                                          std::vector<JsonIssue>* issues = nullptr);

/** A fresh random report id (32 hex digits). */
std::string newReportId();

} // namespace auditor
