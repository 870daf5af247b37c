#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace auditor;
using auditor::test::runCli;
using Catch::Matchers::Contains;
using nlohmann::json;

TEST_CASE("recovery questions lists every triage question with its answer id", "[cli][recovery]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    auto r = runCli(dir.path(), {"recovery", "questions"}, clock);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Contains("Bạn còn đăng nhập được") && Contains("--answer still_has_access=yes|no"));
    // The credit to the Digital First Aid Kit (wrapped, so only its first word is matched).
    CHECK_THAT(r.out, Contains("(Digital"));

    r = runCli(dir.path(), {"--lang", "en", "recovery", "questions", "--format", "json"}, clock);
    REQUIRE(r.code == 0);
    const json doc = json::parse(r.out);
    REQUIRE(doc["questions"].size() == 5);
    CHECK(doc["questions"][0]["id"] == "still_has_access");
    CHECK(doc["questions"][0]["text"] == "Can you still sign in to this account?");
    CHECK(doc["credits"][0]["title"].get<std::string>().find("Digital First Aid Kit") != std::string::npos);
}

TEST_CASE("recovery plan prints the steps with the official links", "[cli][recovery]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const auto r
        = runCli(dir.path(), {"recovery", "plan", "--platform", "google", "--kind", "suspicious_signin"}, clock);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Contains("Việc cần làm ngay: Tài khoản Google (Gmail) – Đăng nhập"));
    CHECK_THAT(r.out,
               Contains("[check_mail_forwarding]") && Contains("https://mail.google.com/mail/u/0/#settings/fwdandpop"));
    CHECK_THAT(r.out, Contains("[sign_out_sessions]") && Contains("https://myaccount.google.com/device-activity"));
    CHECK_THAT(r.out, Contains("Nguồn:"));
    // Given a kind, nothing is suggested.
    CHECK_THAT(r.out, !Contains("Loại sự cố gợi ý"));
}

TEST_CASE("recovery plan suggests the kind from the answers", "[cli][recovery]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const auto r = runCli(dir.path(),
                          {"recovery",
                           "plan",
                           "--platform",
                           "zalo",
                           "--answer",
                           "still_has_access=no",
                           "--answer",
                           "money_lost=có",
                           "--format",
                           "json"},
                          clock);
    INFO(r.err);
    REQUIRE(r.code == 0);
    const json doc = json::parse(r.out);
    CHECK(doc["kind"] == "lost_control");
    CHECK(doc["kind_suggested"] == true);
    CHECK_FALSE(doc["kind_why"].get<std::string>().empty());
    CHECK(doc["answers"]["still_has_access"] == false);
    CHECK(doc["answers"]["money_lost"] == true);
    CHECK(doc["answers"]["email_also_affected"].is_null());
    REQUIRE(doc["steps"].size() > 3);
    CHECK(doc["steps"][0]["id"] == "bank_if_money");
    CHECK(doc["steps"][0]["links"].empty());
    CHECK_FALSE(doc["steps"][0]["no_link_note"].get<std::string>().empty());
    bool recover = false;
    for (const json& step : doc["steps"]) {
        CHECK(step["done"] == false);
        CHECK_FALSE(step["sources"].empty());
        for (const json& link : step["links"]) {
            CHECK_FALSE(link["sources"].empty());
            CHECK((link["url"].is_string() || link["in_app_path"].is_string() || !link["steps"].empty()
                   || link["channel_type"] == "in_person"));
        }
        if (step["id"] == "recover_access") {
            recover = true;
            CHECK(step["links"][0]["id"] == "zalo.disabled_account");
        }
    }
    CHECK(recover);
}

TEST_CASE("recovery plan refuses a bad answer an unknown kind and an unknown platform", "[cli][recovery]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    auto r = runCli(dir.path(), {"recovery", "plan", "--platform", "zalo", "--answer", "money_lost=maybe"}, clock);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Contains("money_lost=maybe"));
    r = runCli(dir.path(), {"recovery", "plan", "--platform", "zalo", "--answer", "is_it_bad=yes"}, clock);
    CHECK(r.code == 2);
    r = runCli(dir.path(), {"recovery", "plan", "--platform", "zalo", "--kind", "hacked"}, clock);
    CHECK(r.code == 2);
    r = runCli(
        dir.path(), {"--lang", "en", "recovery", "plan", "--platform", "myspace", "--kind", "lost_control"}, clock);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Contains("myspace"));
}

TEST_CASE("checks lint validates an organisation profile", "[cli][recovery]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const std::string sample
        = (std::filesystem::path(TEST_CHECKS_DIR).parent_path() / "docs/examples/org-profile.json").string();
    auto r = runCli(dir.path(), {"checks", "lint", "--profile", sample}, clock);
    INFO(r.out << r.err);
    CHECK(r.code == 0);

    json doc = json::parse(test::readText(sample));
    doc["directory_overrides"]["authorities"][0].erase("add");
    test::writeText(dir / "profile.json", doc.dump(2));
    r = runCli(dir.path(), {"checks", "lint", "--profile", (dir / "profile.json").string()}, clock);
    CHECK(r.code == 1);
    CHECK_THAT(r.out, Contains("profile.json: /directory_overrides/authorities/0/id: no authority"));
}

TEST_CASE("checks lint reports a broken recovery file", "[cli][recovery]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    test::copyContent(dir / "content");
    json doc = json::parse(test::readText(dir / "content/incidents/recovery.json"));
    doc["steps"][0]["links"]["zalo"] = json::array({{{"check", "zalo.no_such_check"}}});
    test::writeText(dir / "content/incidents/recovery.json", doc.dump(2));
    const auto r = runCli(dir.path(), {"checks", "lint", (dir / "content").string()}, clock);
    CHECK(r.code == 1);
    CHECK_THAT(r.out, Contains("recovery.json: /steps/0/links/zalo/0/check: no checklist item \"zalo.no_such_check\""));
}
