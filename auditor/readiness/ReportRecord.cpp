#include "readiness/ReportRecord.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace auditor {

namespace {

/** A field the schema guarantees; empty (or 0) when it is absent or of another type, never an exception. */
std::string stringAt(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int intAt(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<int>() : 0;
}

TimePoint timeAt(const json& object, const char* key)
{
    const auto parsed = parseIsoUtc(stringAt(object, key));
    return parsed ? *parsed : TimePoint{};
}

} // namespace

CheckState checkStateFromString(std::string_view text)
{
    if (text == "done") {
        return CheckState::Done;
    }
    if (text == "stale") {
        return CheckState::Stale;
    }
    if (text == "not_done") {
        return CheckState::NotDone;
    }
    if (text == "not_applicable") {
        return CheckState::NotApplicable;
    }
    if (text == "risk_accepted") {
        return CheckState::RiskAccepted;
    }
    if (text == "not_relevant") {
        return CheckState::NotRelevant;
    }
    return CheckState::Open;
}

ReportRecord recordFromReport(const json& report, TimePoint receivedAt)
{
    ReportRecord r;
    r.reportId = stringAt(report, "report_id");
    r.profileId = stringAt(report, "profile_id");
    r.unit = stringAt(report, "unit");
    if (const auto person = report.find("person"); person != report.end() && person->is_object()) {
        r.personId = stringAt(*person, "id");
        r.personName = stringAt(*person, "name");
        r.personEmail = stringAt(*person, "email");
    }
    r.generatedAt = timeAt(report, "generated_at");
    r.receivedAt = receivedAt;
    r.appVersion = stringAt(report, "app_version");
    r.contentVersion = stringAt(report, "content_version");
    if (const auto overall = report.find("overall"); overall != report.end() && overall->is_object()) {
        r.percent = intAt(*overall, "percent");
        r.achieved = intAt(*overall, "achieved");
        r.possible = intAt(*overall, "possible");
    }
    r.openIncidents = intAt(report, "open_incidents");
    const auto platforms = report.find("platforms");
    if (platforms == report.end() || !platforms->is_array()) {
        return r;
    }
    for (const json& p : *platforms) {
        ReportPlatform platform;
        platform.id = stringAt(p, "id");
        if (const auto score = p.find("score"); score != p.end() && score->is_object()) {
            platform.percent = intAt(*score, "percent");
            platform.achieved = intAt(*score, "achieved");
            platform.possible = intAt(*score, "possible");
        }
        r.platforms.push_back(std::move(platform));
        const auto checks = p.find("checks");
        if (checks == p.end() || !checks->is_array()) {
            continue;
        }
        for (const json& c : *checks) {
            ReportCheck check;
            check.id = stringAt(c, "id");
            check.state = checkStateFromString(stringAt(c, "state"));
            if (c.contains("set_at")) {
                check.setAt = parseIsoUtc(stringAt(c, "set_at"));
            }
            r.checks.push_back(std::move(check));
        }
    }
    return r;
}

Result<ReportRecord> parseStaffReport(std::string_view text,
                                      const SchemaValidator& validator,
                                      TimePoint receivedAt,
                                      std::vector<JsonIssue>* issues)
{
    JsonIssue syntax;
    auto document = parseJson(std::string(text), {}, &syntax);
    if (!document) {
        if (issues) {
            issues->push_back(syntax);
        }
        return Error("report.syntax",
                     {{"line", std::to_string(syntax.line)}, {"column", std::to_string(syntax.column)}},
                     syntax.message);
    }
    // A version 1 report is well formed but names no person: say the app is too old, not that
    // the report is broken (the schema alone would accept it).
    if (document->is_object()) {
        const auto version = document->find("version");
        if (version != document->end() && version->is_number_integer() && version->get<long long>() == 1) {
            if (issues) {
                issues->push_back(
                    JsonIssue{{}, "/version", 0, 0, "version 1 report: made by an app too old for collection"});
            }
            return Error("report.version", {{"version", "1"}, {"pointer", "/version"}});
        }
    }
    const std::vector<JsonIssue> problems = validator.validate(*document, {});
    if (!problems.empty()) {
        if (issues) {
            issues->insert(issues->end(), problems.begin(), problems.end());
        }
        return Error("report.invalid",
                     {{"pointer", problems.front().pointer.empty() ? "/" : problems.front().pointer},
                      {"count", std::to_string(problems.size())}},
                     problems.front().message);
    }
    return recordFromReport(*document, receivedAt);
}

} // namespace auditor
