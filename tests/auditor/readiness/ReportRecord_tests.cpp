#include "readiness/ReportRecord.h"

#include "common/Json.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace auditor;
namespace fs = std::filesystem;

namespace {

const SchemaValidator& reportSchema()
{
    static const fs::path schema = fs::path(TEST_CHECKS_DIR) / "schema" / "staff-report.schema.json";
    static auto validator = SchemaValidator::fromFile(schema);
    REQUIRE(validator);
    return *validator;
}

std::string dataFile(const std::string& name)
{
    return test::readText(fs::path(TEST_DATA_DIR) / name);
}

} // namespace

TEST_CASE("Check states read back from their report names", "[store]")
{
    for (CheckState state : {CheckState::Open,
                             CheckState::Done,
                             CheckState::Stale,
                             CheckState::NotDone,
                             CheckState::NotApplicable,
                             CheckState::RiskAccepted,
                             CheckState::NotRelevant}) {
        CAPTURE(toString(state));
        CHECK(checkStateFromString(toString(state)) == state);
    }
    CHECK(checkStateFromString("hacked") == CheckState::Open);
    CHECK(checkStateFromString("") == CheckState::Open);
}

TEST_CASE("A full version 2 report becomes a record with every field", "[store]")
{
    const TimePoint received = test::testEpoch();
    std::vector<JsonIssue> issues;
    const auto parsed = parseStaffReport(dataFile("report-v2-full.json"), reportSchema(), received, &issues);
    REQUIRE(parsed);
    CHECK(issues.empty());
    const ReportRecord& r = *parsed;
    CHECK(r.reportId == "0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    CHECK(r.profileId == "so-gd-khanh-hoa");
    CHECK(r.unit == "thpt-binh-minh");
    CHECK(r.personId == "5e1f0c2a9b8d7e6f5a4b3c2d1e0f9a8b");
    CHECK(r.personName == "Nguyễn Thị Hoa");
    CHECK(r.personEmail == "hoa.nt@binhminh.edu.vn");
    CHECK(formatIsoUtc(r.generatedAt) == "2030-01-06T09:30:00Z");
    CHECK(r.receivedAt == received);
    CHECK(r.appVersion == "0.9.0");
    CHECK(r.contentVersion == "2026.11");
    CHECK(r.percent == 55);
    CHECK(r.achieved == 5);
    CHECK(r.possible == 9);
    CHECK(r.openIncidents == 1);

    REQUIRE(r.platforms.size() == 2);
    CHECK(r.platforms[0].id == "facebook");
    CHECK(r.platforms[0].percent == 66);
    CHECK(r.platforms[0].achieved == 4);
    CHECK(r.platforms[0].possible == 6);
    CHECK(r.platforms[1].id == "zalo");
    CHECK(r.platforms[1].percent == 33);

    REQUIRE(r.checks.size() == 5);
    CHECK(r.checks[0].id == "facebook.two_factor_app");
    CHECK(r.checks[0].state == CheckState::Done);
    REQUIRE(r.checks[0].setAt);
    CHECK(formatIsoUtc(*r.checks[0].setAt) == "2030-01-02T08:00:00Z");
    CHECK(r.checks[1].state == CheckState::Stale);
    CHECK(r.checks[3].id == "zalo.two_layer_verification");
    CHECK(r.checks[3].state == CheckState::Open);
    CHECK_FALSE(r.checks[3].setAt);
    CHECK(r.checks[4].state == CheckState::RiskAccepted);
}

TEST_CASE("A minimal version 2 report names only the person's random id", "[store]")
{
    const auto parsed = parseStaffReport(dataFile("report-v2-minimal.json"), reportSchema(), test::testEpoch());
    REQUIRE(parsed);
    CHECK(parsed->personId == "00112233445566778899aabbccddeeff");
    CHECK(parsed->personName.empty());
    CHECK(parsed->personEmail.empty());
    CHECK(parsed->profileId.empty());
    CHECK(parsed->platforms.empty());
    CHECK(parsed->checks.empty());
}

TEST_CASE("Broken reports are refused with where and why", "[store]")
{
    std::vector<JsonIssue> issues;

    SECTION("a syntax error names its line and column")
    {
        const auto parsed
            = parseStaffReport(dataFile("report-v2-broken-syntax.json"), reportSchema(), test::testEpoch(), &issues);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == "report.syntax");
        CHECK(parsed.error().params.at("line") == "4");
        CHECK(parsed.error().params.at("column") == "13"); // the end of the unexpected "report_id"
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].line == 4);
        CHECK(issues[0].column == 13);
    }
    SECTION("a schema violation names its JSON pointer")
    {
        const auto parsed
            = parseStaffReport(dataFile("report-v2-broken-state.json"), reportSchema(), test::testEpoch(), &issues);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == "report.invalid");
        CHECK(parsed.error().params.at("pointer") == "/platforms/0/checks/1/state");
        REQUIRE_FALSE(issues.empty());
        CHECK(issues[0].pointer == "/platforms/0/checks/1/state");
    }
    SECTION("a version 2 report without the person is invalid")
    {
        const auto parsed
            = parseStaffReport(dataFile("report-v2-broken-no-person.json"), reportSchema(), test::testEpoch(), &issues);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == "report.invalid");
        CHECK_FALSE(issues.empty());
    }
    SECTION("a version 1 report is refused as from an app too old")
    {
        const auto parsed
            = parseStaffReport(dataFile("report-v2-old-version1.json"), reportSchema(), test::testEpoch(), &issues);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == "report.version");
        CHECK(parsed.error().params.at("version") == "1");
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].pointer == "/version");
    }
    SECTION("a version the schema does not know is invalid at /version")
    {
        auto doc = nlohmann::json::parse(dataFile("report-v2-full.json"));
        doc["version"] = 3;
        const auto parsed = parseStaffReport(doc.dump(), reportSchema(), test::testEpoch(), &issues);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == "report.invalid");
        CHECK(parsed.error().params.at("pointer") == "/version");
    }
    SECTION("JSON that is not an object is invalid")
    {
        const auto parsed = parseStaffReport("[1, 2]", reportSchema(), test::testEpoch(), &issues);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == "report.invalid");
    }
}
