#include "readiness/StaffReport.h"

#include "checklist/ContentLoader.h"
#include "common/Json.h"

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
