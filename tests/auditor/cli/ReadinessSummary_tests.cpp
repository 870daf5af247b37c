#include "CliRunner.h"
#include "TestPrograms.h"
#include "common/Json.h"
#include "readiness/ReportStore.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace auditor;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {

TimePoint daysAgo(int days)
{
    return test::testEpoch() - std::chrono::days(days);
}

/** A report of the real content's checks (facebook, and zalo when `zalo` is set). */
IncomingReport report(const std::string& person,
                      const std::string& unit,
                      const std::string& name,
                      TimePoint generatedAt,
                      CheckState twoFactor,
                      std::optional<CheckState> zalo,
                      int percent)
{
    IncomingReport in;
    ReportRecord& r = in.record;
    r.reportId = std::string(32, person[0]);
    r.personId = person + std::string(32 - person.size(), '0');
    r.profileId = "so-gd-khanh-hoa";
    r.unit = unit;
    r.personName = name;
    r.generatedAt = generatedAt;
    r.receivedAt = generatedAt;
    r.percent = percent;
    r.achieved = percent;
    r.possible = 100;
    r.platforms.push_back({"facebook", percent, percent, 100});
    r.checks.push_back({"facebook.two_factor_app", twoFactor, generatedAt - std::chrono::days(10)});
    // Done 100 days ago: its 90-day re-check interval has passed by now.
    r.checks.push_back({"facebook.where_logged_in", CheckState::Done, daysAgo(100)});
    if (zalo) {
        r.platforms.push_back({"zalo", percent, percent, 100});
        r.checks.push_back({"zalo.two_layer_verification", *zalo, generatedAt});
    }
    in.body = nlohmann::json{{"report_id", r.reportId}}.dump();
    return in;
}

/**
 * A data folder with the organisation profile (people shown, names included) and a store of
 * three people: Hoa (Bình Minh, current), Nam (Bình Minh, 60 days old: stale, no Zalo), Hồng
 * (Hoa Sen, all done).
 */
struct Collected
{
    test::TempDir data;
    FixedClock clock{test::testEpoch()};
    fs::path db;

    Collected()
    {
        fs::copy_file(fs::path(TEST_DATA_DIR) / "summary-org-profile.json", data / "org-profile.json");
        db = data / "collector" / "reports.sqlite";
        auto store = openSqliteReportStore(db);
        REQUIRE(store);
        REQUIRE((*store)->putMany(
            {report("a1", "thpt-binh-minh", "Nguyễn Thị Hoa", daysAgo(5), CheckState::Done, CheckState::NotDone, 60),
             report("b2", "thpt-binh-minh", "Trần Văn Nam", daysAgo(60), CheckState::NotDone, std::nullopt, 0),
             report("c3", "thcs-hoa-sen", "Lê Thị Hồng", daysAgo(2), CheckState::Done, CheckState::Done, 100)}));
    }

    test::CliResult run(std::vector<std::string> args) const
    {
        return test::runCli(data.path(), std::move(args), clock);
    }
};

const nlohmann::json& cellOf(const nlohmann::json& summary, const std::string& check, std::size_t unit)
{
    for (const auto& row : summary["checks"]) {
        if (row["check"] == check) {
            return row["cells"][unit];
        }
    }
    FAIL("no row " << check);
    throw std::logic_error("unreachable");
}

void requireValidSummary(const nlohmann::json& doc)
{
    auto validator = SchemaValidator::fromFile(fs::path(TEST_CHECKS_DIR) / "schema" / "readiness-summary.schema.json");
    REQUIRE(validator);
    const auto issues = validator->validate(doc, "summary.json");
    for (const JsonIssue& i : issues) {
        UNSCOPED_INFO(i.pointer << ": " << i.message);
    }
    REQUIRE(issues.empty());
}

} // namespace

TEST_CASE("readiness summary prints the dashboard in Vietnamese", "[summary]")
{
    Collected c;
    const auto r = c.run({"readiness", "summary"});
    INFO(r.out << r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
    CHECK_THAT(r.out, Contains("Trường THPT Bình Minh, Cam Lâm"));
    CHECK_THAT(r.out, Contains("2/4")); // reported of expected
    CHECK_THAT(r.out, Contains("Chưa gửi báo cáo: 4 người"));
    CHECK_THAT(r.out, Contains("Báo cáo quá hạn: 1 người"));
    CHECK_THAT(r.out, Contains("Các việc bắt buộc"));
    CHECK_THAT(r.out, Contains("(facebook.two_factor_app)"));
    CHECK_THAT(r.out, Contains("Xu hướng 12 tuần"));
    CHECK(r.out.find("Nguyễn Thị Hoa") == std::string::npos); // counts, never names, on the dashboard

    SECTION("and in English")
    {
        const auto en = c.run({"--lang", "en", "readiness", "summary"});
        REQUIRE(en.code == 0);
        CHECK_THAT(en.out, Contains("Account security readiness"));
        CHECK_THAT(en.out, Contains("Not reported yet: 4 people"));
    }
}

TEST_CASE("readiness summary as JSON counts as the rules say", "[summary]")
{
    Collected c;
    const auto r = c.run({"readiness", "summary", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    const auto doc = nlohmann::json::parse(r.out);
    requireValidSummary(doc);
    CHECK(doc["total"]["reported"] == 3);
    CHECK(doc["units"][0]["stale"] == 1);
    CHECK(doc["units"][0]["not_reported"] == 2);
    CHECK(doc["units"][1]["not_reported"] == 2);
    const auto& twoFactor = cellOf(doc, "facebook.two_factor_app", 0);
    CHECK(twoFactor["done"] == 1);
    CHECK(twoFactor["not_done"] == 1);
    CHECK(twoFactor["percent_done"] == 50);
    CHECK(cellOf(doc, "facebook.where_logged_in", 0)["stale"] == 2); // re-check interval passed
    CHECK(cellOf(doc, "zalo.two_layer_verification", 0)["missing"] == 1); // Nam has no Zalo
    CHECK(doc["people_shown"] == true);
    CHECK(doc["people"].size() == 3);

    SECTION("filters by unit and platform")
    {
        const auto f
            = c.run({"readiness", "summary", "--format", "json", "--unit", "thcs-hoa-sen", "--platform", "zalo"});
        REQUIRE(f.code == 0);
        const auto one = nlohmann::json::parse(f.out);
        REQUIRE(one["units"].size() == 1);
        CHECK(one["units"][0]["reported"] == 1);
        for (const auto& row : one["checks"]) {
            CHECK(row["platform"] == "zalo");
        }
    }
    SECTION("an unknown unit is refused with the valid ids")
    {
        const auto bad = c.run({"readiness", "summary", "--unit", "thpt-khong-co"});
        CHECK(bad.code == 2);
        CHECK_THAT(bad.err, Contains("thpt-khong-co"));
        CHECK_THAT(bad.err, Contains("thpt-binh-minh, thcs-hoa-sen"));
    }
}

TEST_CASE("readiness summary explains how to collect when there is nothing yet", "[summary]")
{
    test::TempDir data;
    FixedClock clock(test::testEpoch());
    fs::copy_file(fs::path(TEST_DATA_DIR) / "summary-org-profile.json", data / "org-profile.json");

    SECTION("no database: exit 4 with the way to collect, and no file made")
    {
        const auto r = test::runCli(data.path(), {"readiness", "summary"}, clock);
        CHECK(r.code == 4);
        CHECK_THAT(r.err, Contains("auditor readiness import"));
        CHECK_THAT(r.err, Contains("auditor serve"));
        CHECK_FALSE(fs::exists(data / "collector" / "reports.sqlite"));
    }
    SECTION("an empty database: the empty dashboard and the hint")
    {
        REQUIRE(openSqliteReportStore(data / "collector" / "reports.sqlite"));
        const auto r = test::runCli(data.path(), {"readiness", "summary"}, clock);
        CHECK(r.code == 0);
        CHECK_THAT(r.out, Contains("chưa có báo cáo nào"));
        CHECK_THAT(r.out, Contains("Chưa gửi báo cáo: 7 người"));
    }
    SECTION("no profile: say where it was looked for")
    {
        fs::remove(data / "org-profile.json");
        const auto r = test::runCli(data.path(), {"readiness", "summary"}, clock);
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Contains("org-profile.json"));
        CHECK_THAT(r.err, Contains("--profile"));
    }
}

TEST_CASE("readiness export writes CSV for Excel and JSON", "[summary]")
{
    Collected c;
    SECTION("CSV of checks")
    {
        const auto r = c.run({"readiness", "export", "--format", "csv", "--out", (c.data / "bao-cao.csv").string()});
        INFO(r.err);
        REQUIRE(r.code == 0);
        const std::string csv = test::readText(c.data / "bao-cao.csv");
        CHECK(csv.rfind("\xEF\xBB\xBFMã đơn vị,", 0) == 0);
        CHECK_THAT(csv, Contains("\"Trường THPT Bình Minh, Cam Lâm\""));
        CHECK_THAT(csv, Contains("\r\n"));
        CHECK_THAT(r.out, Contains("bao-cao.csv"));
    }
    SECTION("CSV of units in English")
    {
        const auto r = c.run({"--lang",
                              "en",
                              "readiness",
                              "export",
                              "--format",
                              "csv",
                              "--what",
                              "units",
                              "--out",
                              (c.data / "units.csv").string()});
        REQUIRE(r.code == 0);
        const std::string csv = test::readText(c.data / "units.csv");
        CHECK(csv.rfind("\xEF\xBB\xBFUnit id,Unit,Expected,Reported", 0) == 0);
        CHECK_THAT(csv, Contains("thpt-binh-minh,\"Trường THPT Bình Minh, Cam Lâm\",4,2,1,1,2,"));
    }
    SECTION("CSV of people, as the profile allows")
    {
        const auto r = c.run(
            {"readiness", "export", "--format", "csv", "--what", "people", "--out", (c.data / "people.csv").string()});
        REQUIRE(r.code == 0);
        CHECK_THAT(test::readText(c.data / "people.csv"), Contains("Lê Thị Hồng"));
    }
    SECTION("JSON, valid against its schema")
    {
        const auto r = c.run({"readiness", "export", "--format", "json", "--out", (c.data / "summary.json").string()});
        REQUIRE(r.code == 0);
        requireValidSummary(nlohmann::json::parse(test::readText(c.data / "summary.json")));
    }
    SECTION("PDF only in the build with the GUI")
    {
        const fs::path pdf = c.data / "bao-cao.pdf";
        const auto r = c.run({"readiness", "export", "--format", "pdf", "--out", pdf.string()});
#ifdef AUDITOR_WITH_PDF
        REQUIRE(r.code == 0);
        CHECK(test::readText(pdf).rfind("%PDF", 0) == 0);
#else
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Contains("PDF"));
        CHECK_FALSE(fs::exists(pdf));
#endif
    }
}

TEST_CASE("readiness people drills down to the people of a cell", "[summary]")
{
    Collected c;
    SECTION("by state, with names as the profile allows")
    {
        const auto r = c.run({"readiness", "people", "--check", "facebook.two_factor_app", "--state", "not_done"});
        INFO(r.err);
        REQUIRE(r.code == 0);
        CHECK_THAT(r.out, Contains("Trần Văn Nam"));
        CHECK_THAT(r.out, Contains("(báo cáo quá hạn)"));
        CHECK(r.out.find("Nguyễn Thị Hoa") == std::string::npos);
    }
    SECTION("missing a required platform, as JSON")
    {
        const auto r = c.run({"readiness",
                              "people",
                              "--check",
                              "zalo.two_layer_verification",
                              "--unit",
                              "thpt-binh-minh",
                              "--state",
                              "missing",
                              "--format",
                              "json"});
        REQUIRE(r.code == 0);
        const auto doc = nlohmann::json::parse(r.out);
        REQUIRE(doc["people"].size() == 1);
        CHECK(doc["people"][0]["label"] == "Trần Văn Nam");
        CHECK(doc["people"][0]["stale"] == true);
    }
    SECTION("an unknown check is refused")
    {
        const auto r = c.run({"readiness", "people", "--check", "facebook.khong_co"});
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Contains("facebook.khong_co"));
    }
}

TEST_CASE("readiness people and people exports are refused when the profile keeps people private", "[summary]")
{
    Collected c;
    const std::string privateProfile = (fs::path(TEST_DATA_DIR) / "summary-org-profile-private.json").string();
    const auto people
        = c.run({"readiness", "people", "--profile", privateProfile, "--check", "facebook.two_factor_app"});
    CHECK(people.code == 2);
    CHECK_THAT(people.err, Contains("show_people"));
    CHECK(people.out.find("Trần") == std::string::npos);

    const auto csv = c.run({"readiness",
                            "export",
                            "--profile",
                            privateProfile,
                            "--format",
                            "csv",
                            "--what",
                            "people",
                            "--out",
                            (c.data / "people.csv").string()});
    CHECK(csv.code == 2);
    CHECK_FALSE(fs::exists(c.data / "people.csv"));

    const auto json = c.run({"readiness", "summary", "--profile", privateProfile, "--format", "json"});
    REQUIRE(json.code == 0);
    CHECK(json.out.find("Trần") == std::string::npos);
    CHECK(json.out.find("\"people_shown\": false") != std::string::npos);
}
