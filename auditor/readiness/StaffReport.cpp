#include "readiness/StaffReport.h"

#include "checklist/Scoring.h"
#include "checklist/StatusView.h"
#include "common/Files.h"
#include "common/Json.h"

#include <nlohmann/json.hpp>

#include <random>

using nlohmann::json;

namespace auditor {

std::string newReportId()
{
    std::random_device rd;
    static const char* hex = "0123456789abcdef";
    std::string id;
    for (int i = 0; i < 32; ++i) {
        id += hex[rd() & 0xF];
    }
    return id;
}

json buildStaffReport(const Content& content, const Progress& progress, TimePoint now, const std::string& reportId)
{
    const ScoreSummary summary = computeScores(content, progress, now);
    json platforms = json::array();
    for (const Score& score : summary.platforms) {
        const Platform* platform = content.platform(score.platformId);
        json checks = json::array();
        for (const Check& check : platform->checks) {
            const CheckState state = stateOf(check, progress, now);
            if (state == CheckState::NotRelevant) {
                continue;
            }
            json c{{"id", check.id}, {"topic", check.topic}, {"state", toString(state)}};
            if (const CheckRecord* rec = progress.record(check.id)) {
                c["set_at"] = formatIsoUtc(rec->setAt);
                c["reason_given"] = !rec->reason.empty();
            }
            checks.push_back(c);
        }
        json types = json::array();
        for (AccountType t : progress.accountTypes(score.platformId)) {
            types.push_back(toString(t));
        }
        platforms.push_back(json{
            {"id", score.platformId}, {"account_types", types}, {"score", scoreToJson(score)}, {"checks", checks}});
    }
    return json{{"format", kStaffReportFormat},
                {"version", kStaffReportVersion},
                {"report_id", reportId},
                {"generated_at", formatIsoUtc(now)},
                {"app_version", AUDITOR_VERSION},
                {"content_version", content.version()},
                {"overall", scoreToJson(summary.overall)},
                {"platforms", platforms}};
}

Status writeStaffReport(const Content& content,
                        const Progress& progress,
                        TimePoint now,
                        const std::filesystem::path& schemaPath,
                        const std::filesystem::path& out)
{
    const json report = buildStaffReport(content, progress, now, newReportId());
    auto validator = SchemaValidator::fromFile(schemaPath);
    if (!validator) {
        return validator.error();
    }
    if (const auto issues = validator->validate(report, out); !issues.empty()) {
        return Error("report.invalid", {{"pointer", issues.front().pointer}}, issues.front().message);
    }
    return writeFileAtomically(out, report.dump(2) + "\n", WriteOptions{false, false});
}

} // namespace auditor
