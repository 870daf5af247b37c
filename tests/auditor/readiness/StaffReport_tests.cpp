#include "readiness/StaffReport.h"

#include "checklist/ContentLoader.h"
#include "common/Json.h"
#include "readiness/Enrolment.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace auditor;

TEST_CASE("The staff report matches its schema and holds no free text", "[report]")
{
    const ContentReport content = loadContent(TEST_CHECKS_DIR);
    REQUIRE(content.clean());
    FixedClock clock(test::testEpoch());
    Progress progress;
    progress.select("facebook", {AccountType::Personal, AccountType::PageAdmin});
    progress.select("zalo", {});
    const std::string secretReason = "mật khẩu của tôi là hunter2";
    const std::string firstZalo = content.content.platform("zalo")->checks.front().id;
    const std::string firstFacebook = content.content.platform("facebook")->checks.front().id;
    REQUIRE(progress.setStatus(content.content, firstZalo, CheckStatus::RiskAccepted, secretReason, clock));
    REQUIRE(progress.setStatus(content.content, firstFacebook, CheckStatus::Done, "", clock));

    const std::string id = newReportId();
    const nlohmann::json report = buildStaffReport(content.content, progress, clock.now(), id);

    auto validator = SchemaValidator::fromFile(std::string(TEST_CHECKS_DIR) + "/schema/staff-report.schema.json");
    REQUIRE(validator);
    const auto issues = validator->validate(report, "report.json");
    for (const auto& i : issues) {
        UNSCOPED_INFO(i.pointer << ": " << i.message);
    }
    CHECK(issues.empty());

    CHECK(report["report_id"] == id);
    CHECK(report["generated_at"] == "2030-01-07T08:00:00Z");
    CHECK(report["platforms"].size() == 2);
    const std::string dumped = report.dump();
    CHECK(dumped.find("hunter2") == std::string::npos);
    CHECK(dumped.find("reason_given\":true") != std::string::npos);

    SECTION("the report ids differ")
    {
        CHECK(newReportId() != newReportId());
    }
    SECTION("a tampered report fails the schema with a pointer")
    {
        nlohmann::json bad = report;
        bad["platforms"][0]["checks"][0]["state"] = "hacked";
        const auto badIssues = validator->validate(bad, "report.json");
        REQUIRE_FALSE(badIssues.empty());
        CHECK(badIssues[0].pointer == "/platforms/0/checks/0/state");
    }
}

namespace {

const std::filesystem::path kSampleProfile
    = std::filesystem::path(TEST_CHECKS_DIR).parent_path() / "docs/examples/org-profile.json";

std::vector<JsonIssue> schemaIssues(const nlohmann::json& report)
{
    auto validator = SchemaValidator::fromFile(std::string(TEST_CHECKS_DIR) + "/schema/staff-report.schema.json");
    REQUIRE(validator);
    auto issues = validator->validate(report, "report.json");
    for (const auto& i : issues) {
        UNSCOPED_INFO(i.pointer << ": " << i.message);
    }
    return issues;
}

} // namespace

TEST_CASE("Version 2 of the staff report carries the identity the profile allows", "[org]")
{
    const ContentReport content = loadContent(TEST_CHECKS_DIR);
    REQUIRE(content.clean());
    FixedClock clock(test::testEpoch());
    Progress progress;
    progress.select("zalo", {});
    const std::string firstZalo = content.content.platform("zalo")->checks.front().id;
    REQUIRE(progress.setStatus(content.content, firstZalo, CheckStatus::Done, "", clock));

    ReportIdentity identity{"kh-thpt-binh-minh-example", "to-toan-tin", std::string(32, 'c'), "", ""};
    nlohmann::json report = buildStaffReport(content.content, progress, clock.now(), newReportId(), identity, 2);
    CHECK(schemaIssues(report).empty());
    CHECK(report["version"] == 2);
    CHECK(report["profile_id"] == "kh-thpt-binh-minh-example");
    CHECK(report["unit"] == "to-toan-tin");
    CHECK(report["open_incidents"] == 2);
    CHECK(report["person"] == nlohmann::json{{"id", std::string(32, 'c')}});

    identity.name = "Lê Thị Ví Dụ";
    report = buildStaffReport(content.content, progress, clock.now(), newReportId(), identity, 0);
    CHECK(schemaIssues(report).empty());
    CHECK(report["person"]["name"] == "Lê Thị Ví Dụ");

    SECTION("version 1 still validates and has no identity")
    {
        const nlohmann::json v1 = buildStaffReport(content.content, progress, clock.now(), newReportId());
        CHECK(v1["version"] == 1);
        CHECK_FALSE(v1.contains("person"));
        CHECK(schemaIssues(v1).empty());
    }
    SECTION("a version 2 report without its person fails the schema")
    {
        report.erase("person");
        CHECK_FALSE(schemaIssues(report).empty());
    }
}

TEST_CASE("The outgoing report follows the installed profile and the membership", "[org]")
{
    const ContentReport content = loadContent(TEST_CHECKS_DIR);
    REQUIRE(content.clean());
    FixedClock clock(test::testEpoch());
    Progress progress;
    progress.select("facebook", {AccountType::Personal});
    test::TempDir data;

    SECTION("without a profile a stable random person id is made once")
    {
        auto first = prepareStaffReport(content.content, progress, clock, data.path(), TEST_CHECKS_DIR);
        REQUIRE(first.ok());
        CHECK_FALSE(first->hasProfile);
        CHECK(schemaIssues(first->report).empty());
        CHECK(first->report["profile_id"] == "");
        CHECK(first->report["unit"] == "");
        CHECK(std::filesystem::exists(membershipPath(data.path())));
        auto second = prepareStaffReport(content.content, progress, clock, data.path(), TEST_CHECKS_DIR);
        REQUIRE(second.ok());
        CHECK(second->report["person"]["id"] == first->report["person"]["id"]);
        // Same state, same second: the same bytes, report id included.
        CHECK(staffReportText(second->report) == staffReportText(first->report));
        clock.advanceDays(1);
        auto later = prepareStaffReport(content.content, progress, clock, data.path(), TEST_CHECKS_DIR);
        REQUIRE(later.ok());
        CHECK(later->report["report_id"] != first->report["report_id"]);
    }
    SECTION("a name the profile does not ask for is never in the report")
    {
        nlohmann::json profile = nlohmann::json::parse(test::readText(kSampleProfile));
        profile["privacy"]["name"] = false;
        REQUIRE(installProfile(data.path(), TEST_CHECKS_DIR, profile).ok());
        REQUIRE(saveMembership(
            data.path(),
            newMembership("kh-thpt-binh-minh-example", "to-ngu-van", "Phạm Văn Bí Mật", "bimat@example.vn")));
        auto out = prepareStaffReport(content.content, progress, clock, data.path(), TEST_CHECKS_DIR);
        REQUIRE(out.ok());
        CHECK(schemaIssues(out->report).empty());
        const std::string text = staffReportText(out->report);
        CHECK(text.find("Bí Mật") == std::string::npos);
        CHECK(text.find("bimat@") == std::string::npos);
        CHECK(out->report["unit"] == "to-ngu-van");
        CHECK(out->membership.name == "Phạm Văn Bí Mật"); // kept locally

        profile["privacy"]["name"] = true;
        REQUIRE(installProfile(data.path(), TEST_CHECKS_DIR, profile).ok());
        auto allowed = prepareStaffReport(content.content, progress, clock, data.path(), TEST_CHECKS_DIR);
        REQUIRE(allowed.ok());
        CHECK(allowed->report["person"]["name"] == "Phạm Văn Bí Mật");
        CHECK_FALSE(allowed->report["person"].contains("email"));
    }
}
