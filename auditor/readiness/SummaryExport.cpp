#include "readiness/Summary.h"

#include <nlohmann/json.hpp>

#include <array>

using nlohmann::json;

namespace auditor {

namespace {

constexpr const char* kSummaryFormat = "account-auditor/readiness-summary";
constexpr int kSummaryVersion = 1;

const std::array<const char*, 5> kBandIds{"none", "at_risk", "fair", "good", "complete"};

json bandsToJson(const std::array<int, 5>& bands)
{
    json out = json::object();
    for (std::size_t b = 0; b < bands.size(); ++b) {
        out[kBandIds[b]] = bands[b];
    }
    return out;
}

json unitToJson(const UnitSummary& u)
{
    return json{{"id", u.id},
                {"name", u.name},
                {"expected", u.expected},
                {"reported", u.reported},
                {"current", u.current},
                {"stale", u.stale},
                {"not_reported", u.notReported},
                {"average_percent", u.averagePercent},
                {"open_incidents", u.openIncidents},
                {"bands", bandsToJson(u.bands)}};
}

json cellToJson(const CellStats& c)
{
    const int percent = c.percentDone();
    return json{{"people", c.people},
                {"done", c.done},
                {"stale", c.stale},
                {"open", c.open},
                {"not_done", c.notDone},
                {"not_applicable", c.notApplicable},
                {"risk_accepted", c.riskAccepted},
                {"missing", c.missing},
                {"percent_done", percent < 0 ? json(nullptr) : json(percent)}};
}

/** One CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break (RFC 4180). */
void field(std::string& out, const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        out += text;
        return;
    }
    out += '"';
    for (char c : text) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
}

/** One CSV record from its fields, ended by CRLF. */
void record(std::string& out, const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        field(out, fields[i]);
    }
    out += "\r\n";
}

std::string num(int n)
{
    return std::to_string(n); // plain digits: no thousands separator for Excel to misread
}

std::string percentText(int percent)
{
    return percent < 0 ? std::string() : std::to_string(percent);
}

/** Header words of the CSV tables: a spreadsheet for the department, not a message of the app. */
struct Words
{
    const char* vi;
    const char* en;
    std::string in(const std::string& lang) const
    {
        return lang == "en" ? en : vi;
    }
};

std::vector<std::string> header(const std::vector<Words>& words, const std::string& lang)
{
    std::vector<std::string> out;
    for (const Words& w : words) {
        out.push_back(w.in(lang));
    }
    return out;
}

const std::vector<Words> kCountWords{
    {"Số người", "People"},
    {"Đã làm", "Done"},
    {"Cần kiểm tra lại", "Due for a re-check"},
    {"Chưa trả lời", "Not answered"},
    {"Chưa làm", "Not done"},
    {"Không áp dụng", "Not applicable"},
    {"Chấp nhận rủi ro", "Risk accepted"},
    {"Thiếu nền tảng bắt buộc", "Required platform missing"},
    {"Tỷ lệ đã làm (%)", "Done (%)"},
};

std::vector<std::string> cellFields(const CellStats& c)
{
    return {num(c.people),
            num(c.done),
            num(c.stale),
            num(c.open),
            num(c.notDone),
            num(c.notApplicable),
            num(c.riskAccepted),
            num(c.missing),
            percentText(c.percentDone())};
}

std::string checksCsv(const ReadinessSummary& s, const std::string& lang)
{
    std::string out;
    std::vector<Words> words{{"Mã đơn vị", "Unit id"},
                             {"Đơn vị", "Unit"},
                             {"Nền tảng", "Platform"},
                             {"Mã việc", "Check id"},
                             {"Việc cần làm", "Check"},
                             {"Bắt buộc", "Required"}};
    words.insert(words.end(), kCountWords.begin(), kCountWords.end());
    record(out, header(words, lang));
    const std::string yes = lang == "en" ? "yes" : "có";
    const std::string no = lang == "en" ? "no" : "không";
    const std::string all = lang == "en" ? "All units" : "Tất cả đơn vị";
    for (const CheckRow& row : s.checks) {
        auto line = [&](const std::string& unitId, const std::string& unitName, const CellStats& cell) {
            std::vector<std::string> fields{
                unitId, unitName, row.platform, row.check, row.title, row.required ? yes : no};
            const std::vector<std::string> counts = cellFields(cell);
            fields.insert(fields.end(), counts.begin(), counts.end());
            record(out, fields);
        };
        for (std::size_t u = 0; u < row.cells.size() && u < s.units.size(); ++u) {
            line(s.units[u].id, s.units[u].name, row.cells[u]);
        }
        line("", all, row.total);
    }
    return out;
}

std::string unitsCsv(const ReadinessSummary& s, const std::string& lang)
{
    std::string out;
    record(out,
           header({{"Mã đơn vị", "Unit id"},
                   {"Đơn vị", "Unit"},
                   {"Số người dự kiến", "Expected"},
                   {"Đã gửi báo cáo", "Reported"},
                   {"Còn mới", "Current"},
                   {"Quá hạn", "Stale"},
                   {"Chưa gửi", "Not reported"},
                   {"Điểm trung bình (%)", "Average score (%)"},
                   {"Sự cố đang mở", "Open incidents"},
                   {"Chưa có điểm", "No score"},
                   {"Dễ bị chiếm tài khoản", "Easy to take over"},
                   {"Cần làm thêm", "More to do"},
                   {"Khá tốt", "Good"},
                   {"Đã làm đủ", "All done"}},
                  lang));
    auto line = [&](const UnitSummary& u, const std::string& name) {
        std::vector<std::string> fields{u.id,
                                        name,
                                        num(u.expected),
                                        num(u.reported),
                                        num(u.current),
                                        num(u.stale),
                                        num(u.notReported),
                                        num(u.averagePercent),
                                        num(u.openIncidents)};
        for (int b : u.bands) {
            fields.push_back(num(b));
        }
        record(out, fields);
    };
    for (const UnitSummary& u : s.units) {
        line(u, u.name);
    }
    line(s.total, lang == "en" ? "All units" : "Tất cả đơn vị");
    return out;
}

std::string peopleCsv(const ReadinessSummary& s, const std::string& lang)
{
    std::string out;
    record(out,
           header({{"Mã đơn vị", "Unit id"},
                   {"Người", "Person"},
                   {"Mã người", "Person id"},
                   {"Ngày báo cáo", "Report date"},
                   {"Điểm (%)", "Score (%)"},
                   {"Báo cáo quá hạn", "Report stale"},
                   {"Sự cố đang mở", "Open incidents"}},
                  lang));
    const std::string yes = lang == "en" ? "yes" : "có";
    const std::string no = lang == "en" ? "no" : "không";
    if (!s.peopleShown) {
        return out;
    }
    for (const PersonLine& p : s.people) {
        record(out,
               {p.unit,
                p.label,
                p.personId,
                formatIsoDate(p.generatedAt),
                num(p.percent),
                p.stale ? yes : no,
                num(p.openIncidents)});
    }
    return out;
}

} // namespace

json summaryToJson(const ReadinessSummary& s)
{
    json units = json::array();
    for (const UnitSummary& u : s.units) {
        units.push_back(unitToJson(u));
    }
    json checks = json::array();
    for (const CheckRow& row : s.checks) {
        json cells = json::array();
        for (std::size_t u = 0; u < row.cells.size() && u < s.units.size(); ++u) {
            json cell = cellToJson(row.cells[u]);
            cell["unit"] = s.units[u].id;
            cells.push_back(cell);
        }
        checks.push_back(json{{"platform", row.platform},
                              {"check", row.check},
                              {"title", row.title},
                              {"required", row.required},
                              {"cells", cells},
                              {"total", cellToJson(row.total)}});
    }
    json trend = json::array();
    for (const TrendPoint& p : s.trend) {
        trend.push_back(json{{"week_ending", p.weekEnding},
                             {"people", p.people},
                             {"average_percent", p.averagePercent},
                             {"complete", p.complete}});
    }
    json people = json::array();
    for (const PersonLine& p : s.people) {
        people.push_back(json{{"person_id", p.personId},
                              {"label", p.label},
                              {"unit", p.unit},
                              {"generated_at", formatIsoUtc(p.generatedAt)},
                              {"percent", p.percent},
                              {"stale", p.stale},
                              {"open_incidents", p.openIncidents}});
    }
    return json{{"format", kSummaryFormat},
                {"version", kSummaryVersion},
                {"generated_at", formatIsoUtc(s.generatedAt)},
                {"profile_id", s.profileId},
                {"org_name", s.orgName},
                {"stale_after_days", s.staleAfterDays},
                {"filter", {{"units", s.filter.units}, {"platforms", s.filter.platforms}}},
                {"units", units},
                {"total", unitToJson(s.total)},
                {"checks", checks},
                {"histogram", s.histogram},
                {"trend", trend},
                {"people_shown", s.peopleShown},
                {"people", people},
                {"other_profile_reports", s.otherProfileReports}};
}

std::string summaryToCsv(const ReadinessSummary& summary, const std::string& lang, CsvTable table)
{
    std::string out = "\xEF\xBB\xBF"; // the BOM: Excel then reads UTF-8 (Vietnamese) instead of the ANSI code page
    switch (table) {
    case CsvTable::Checks:
        out += checksCsv(summary, lang);
        break;
    case CsvTable::Units:
        out += unitsCsv(summary, lang);
        break;
    case CsvTable::People:
        out += peopleCsv(summary, lang);
        break;
    }
    return out;
}

} // namespace auditor
