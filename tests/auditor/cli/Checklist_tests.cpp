// Drives the terminal walkthrough as a person would: answers typed line by line on stdin.
#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace auditor;
using auditor::test::runCli;
using Catch::Matchers::Contains;
using nlohmann::json;

namespace {

json statusOf(const std::filesystem::path& dir, const Clock& clock)
{
    return json::parse(runCli(dir, {"status", "--format", "json"}, clock).out);
}

} // namespace

TEST_CASE("A first run asks for the language and the accounts and walks the checks", "[walkthrough]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    // Language: Enter (Vietnamese). Accounts: the numbers of the master mailbox (1) and Zalo (6).
    // Then for each Zalo/mailbox check: done, not yet, not applicable with a reason, then stop.
    const std::string input = "\n1 6\nx\nc\nk\nTôi không dùng máy tính chung\nq\n";
    const auto r = runCli(dir.path(), {"checklist"}, clock, input);
    INFO(r.out);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Contains("Chọn ngôn ngữ"));
    CHECK_THAT(r.out, Contains("Bạn đang dùng những tài khoản nào?"));
    CHECK_THAT(r.out, Contains("Vì sao:"));
    CHECK_THAT(r.out, Contains("KẾT QUẢ"));

    const json status = statusOf(dir.path(), clock);
    REQUIRE(status["platforms"].size() == 2);
    CHECK(status["platforms"][0]["id"] == "email_master");
    CHECK(status["platforms"][1]["id"] == "zalo");
    const auto& checks = status["platforms"][0]["checks"];
    CHECK(checks[0]["state"] == "done");
    CHECK(checks[1]["state"] == "not_done");
    CHECK(checks[2]["state"] == "not_applicable");
    CHECK(checks[2]["reason"] == "Tôi không dùng máy tính chung");
    CHECK(checks[3]["state"] == "open");

    SECTION("the next run resumes with what is still open, without asking again")
    {
        const auto again = runCli(dir.path(), {"checklist", "--platform", "email_master"}, clock, "q\n");
        REQUIRE(again.code == 0);
        CHECK_THAT(again.out, !Contains("Bạn đang dùng những tài khoản nào?"));
        CHECK_THAT(again.out, Contains("[1/7]")); // 9 checks, 2 answered for good: not_done comes back
    }
}

TEST_CASE("The walkthrough can be finished to the end in English", "[walkthrough]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    std::string input = "2\n11\n"; // English, Telegram only
    for (int i = 0; i < 7; ++i) {
        input += "d\n";
    }
    const auto r = runCli(dir.path(), {"checklist"}, clock, input);
    INFO(r.out);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Contains("Which accounts do you use?"));
    CHECK_THAT(r.out, Contains("100% – All done"));
    CHECK_THAT(r.out, Contains("does not make an account impossible to attack"));
    const json status = statusOf(dir.path(), clock);
    CHECK(status["language"] == "en");
    CHECK(status["overall"]["percent"] == 100);

    SECTION("a year later the re-check intervals bring items back")
    {
        clock.advanceDays(400);
        const json later = statusOf(dir.path(), clock);
        CHECK(later["overall"]["stale"].get<int>() > 0);
        CHECK(later["overall"]["percent"].get<int>() < 100);
        const auto again = runCli(dir.path(), {"checklist"}, clock, "q\n");
        CHECK_THAT(again.out, Contains("due for a re-check"));
    }
}

TEST_CASE("Page admins get the pages topic and page-admin checks", "[walkthrough]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const auto r = runCli(dir.path(), {"checklist"}, clock, "1\n3\nc\nq\n"); // Vietnamese, Facebook, yes I admin a page
    INFO(r.out);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Contains("quản trị trang"));
    const json status = statusOf(dir.path(), clock);
    REQUIRE(status["platforms"].size() == 2);
    CHECK(status["platforms"][0]["id"] == "facebook");
    CHECK(status["platforms"][0]["account_types"] == json::array({"personal", "page_admin"}));
    CHECK(status["platforms"][1]["id"] == "pages_admin");
}

TEST_CASE("Unclear answers are asked again and a missing reason is insisted on", "[walkthrough]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const auto r = runCli(dir.path(), {"checklist"}, clock, "\nabc\n99\n11\nmaybe\nk\n\n\nKhông dùng\nq\n");
    INFO(r.out);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Contains("Chưa hiểu lựa chọn này"));
    CHECK_THAT(r.out, Contains("Cần có lý do"));
    const json status = statusOf(dir.path(), clock);
    REQUIRE(status["platforms"].size() == 1);
    CHECK(status["platforms"][0]["checks"][0]["state"] == "not_applicable");
    CHECK(status["platforms"][0]["checks"][0]["reason"] == "Không dùng");
}

TEST_CASE("The end of input saves and stops cleanly", "[walkthrough]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    // Language, accounts (the defaults), page admin (no), then one check done before input ends.
    const auto r = runCli(dir.path(), {"checklist"}, clock, "\n\n\nx\n");
    REQUIRE(r.code == 0);
    const json status = statusOf(dir.path(), clock);
    CHECK(status["overall"]["done"] == 1);
}
