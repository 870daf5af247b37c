#pragma once

#include "checklist/Scoring.h"
#include "common/Clock.h"
#include "common/Json.h"
#include "common/Result.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace auditor {

class SchemaValidator;

/** One check in a received report. */
struct ReportCheck
{
    std::string id; // "facebook.two_factor"
    CheckState state = CheckState::Open; // never NotRelevant (such checks are not in reports)
    std::optional<TimePoint> setAt;
};

struct ReportPlatform
{
    std::string id;
    int percent = 0;
    int achieved = 0;
    int possible = 0;
};

/**
 * A staff report (version 2) as the collector keeps and counts it. The JSON as received is kept
 * apart (ReportStore::body); this is what aggregation reads.
 */
struct ReportRecord
{
    std::string reportId; // 32 hex digits, idempotency key
    std::string profileId;
    std::string unit;
    std::string personId; // 32 hex digits; the newest report per person counts
    std::string personName; // empty unless the profile allows it
    std::string personEmail;
    TimePoint generatedAt{};
    TimePoint receivedAt{};
    std::string appVersion;
    std::string contentVersion;
    int percent = 0;
    int achieved = 0;
    int possible = 0;
    int openIncidents = 0;
    std::vector<ReportPlatform> platforms;
    std::vector<ReportCheck> checks;
};

CheckState checkStateFromString(std::string_view text); // inverse of toString(CheckState); Open if unknown

/** Reads a report already checked against staff-report.schema.json (version 2). */
ReportRecord recordFromReport(const nlohmann::json& report, TimePoint receivedAt);

/**
 * Checks text as a staff report: JSON syntax (issue at line and column), the schema (issues at
 * JSON pointers), version 2. Error codes: "report.syntax", "report.invalid", "report.version"
 * (a version 1 report from an older app: it names no person, so it cannot be counted).
 */
Result<ReportRecord> parseStaffReport(std::string_view text,
                                      const SchemaValidator& validator,
                                      TimePoint receivedAt,
                                      std::vector<JsonIssue>* issues = nullptr);

} // namespace auditor
