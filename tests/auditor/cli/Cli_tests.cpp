#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace auditor;
using auditor::test::runCli;
using Catch::Matchers::Contains;
using nlohmann::json;

TEST_CASE("Every command answers --help", "[cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const auto args = GENERATE(as<std::vector<std::string>>{},
                               std::vector<std::string>{"--help"},
                               std::vector<std::string>{"checklist", "--help"},
                               std::vector<std::string>{"accounts", "--help"},
                               std::vector<std::string>{"accounts", "add", "--help"},
                               std::vector<std::string>{"check", "set", "--help"},
                               std::vector<std::string>{"status", "--help"},
                               std::vector<std::string>{"report", "export", "--help"},
                               std::vector<std::string>{"checks", "lint", "--help"});
    CAPTURE(args);
    const auto r = runCli(dir.path(), args, clock);
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Contains("--data-dir") || Contains("Usage") || Contains("--lang"));
}

TEST_CASE("Help is in Vietnamese by default and in English on request", "[cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    CHECK_THAT(runCli(dir.path(), {"--help"}, clock).out, Contains("Tự kiểm tra an toàn tài khoản"));
    CHECK_THAT(runCli(dir.path(), {"--lang", "en", "--help"}, clock).out, Contains("Account Auditor"));
}

TEST_CASE("A status set through the CLI shows in status --format json", "[cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    REQUIRE(runCli(dir.path(), {"accounts", "add", "google", "zalo"}, clock).code == 0);

    auto r = runCli(dir.path(), {"check", "set", "google.two_step", "done"}, clock);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Contains("Đã lưu"));

    clock.advanceDays(1);
    r = runCli(dir.path(),
               {"check", "set", "zalo.app_lock", "risk_accepted", "--reason", "Điện thoại đã có khóa màn hình"},
               clock);
    INFO(r.err);
    REQUIRE(r.code == 0);

    r = runCli(dir.path(), {"status", "--format", "json"}, clock);
    REQUIRE(r.code == 0);
    const json status = json::parse(r.out);
    REQUIRE(status["platforms"].size() == 2);
    bool sawGoogle = false, sawZalo = false;
    for (const auto& p : status["platforms"]) {
        for (const auto& c : p["checks"]) {
            if (c["id"] == "google.two_step") {
                sawGoogle = true;
                CHECK(c["state"] == "done");
                CHECK(c["set_at"] == "2030-01-07T08:00:00Z");
            }
            if (c["id"] == "zalo.app_lock") {
                sawZalo = true;
                CHECK(c["state"] == "risk_accepted");
                CHECK(c["reason"] == "Điện thoại đã có khóa màn hình");
                CHECK(c["set_at"] == "2030-01-08T08:00:00Z");
            }
        }
    }
    CHECK(sawGoogle);
    CHECK(sawZalo);
    CHECK(status["overall"]["done"] == 1);
    CHECK(status["overall"]["risk_accepted"] == 1);
    CHECK(status["overall"]["achieved"].get<int>() > 0);

    SECTION("open forgets the answer")
    {
        REQUIRE(runCli(dir.path(), {"check", "set", "google.two_step", "open"}, clock).code == 0);
        const json after
            = json::parse(runCli(dir.path(), {"status", "--format", "json", "--platform", "google"}, clock).out);
        REQUIRE(after["platforms"].size() == 1);
        CHECK(after["platforms"][0]["score"]["done"] == 0);
    }
}

TEST_CASE("Wrong input to check set is refused with a clear message and exit code 2", "[cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    SECTION("unknown check id")
    {
        const auto r = runCli(dir.path(), {"check", "set", "facebook.nope", "done"}, clock);
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Contains("facebook.nope"));
    }
    SECTION("missing reason")
    {
        const auto r = runCli(dir.path(), {"--lang", "en", "check", "set", "zalo.app_lock", "not_applicable"}, clock);
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Contains("needs a reason"));
    }
    SECTION("unknown status word")
    {
        const auto r = runCli(dir.path(), {"check", "set", "zalo.app_lock", "finished"}, clock);
        CHECK(r.code == 2);
    }
}

TEST_CASE("Setting a check of a platform not chosen adds that platform", "[cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const auto r = runCli(dir.path(), {"check", "set", "telegram.two_step_password", "done"}, clock);
    INFO(r.err);
    REQUIRE(r.code == 0);
    const json accounts = json::parse(runCli(dir.path(), {"accounts", "list", "--format", "json"}, clock).out);
    bool telegram = false;
    for (const auto& a : accounts) {
        if (a["id"] == "telegram") {
            telegram = a["selected"].get<bool>();
        }
    }
    CHECK(telegram);
}

TEST_CASE("Page-admin accounts can be added only where a platform has them", "[cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    CHECK(runCli(dir.path(), {"accounts", "add", "facebook", "--page-admin"}, clock).code == 0);
    CHECK(runCli(dir.path(), {"accounts", "add", "telegram", "--page-admin"}, clock).code == 2);
    CHECK(runCli(dir.path(), {"accounts", "add", "myspace"}, clock).code == 2);
    const json status = json::parse(runCli(dir.path(), {"status", "--format", "json"}, clock).out);
    REQUIRE(status["platforms"].size() == 2); // facebook and the pages topic
    CHECK(status["platforms"][0]["account_types"] == json::array({"personal", "page_admin"}));
    CHECK(status["platforms"][1]["id"] == "pages_admin");
}

TEST_CASE("report export writes a staff report without reasons", "[cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    REQUIRE(
        runCli(dir.path(), {"check", "set", "zalo.app_lock", "not_applicable", "--reason", "bí mật riêng"}, clock).code
        == 0);
    const auto out = dir / "out/report.json";
    const auto r = runCli(dir.path(), {"report", "export", "--out", out.string()}, clock);
    INFO(r.err);
    REQUIRE(r.code == 0);
    const std::string text = test::readText(out);
    const json report = json::parse(text);
    CHECK(report["format"] == "account-auditor/staff-report");
    CHECK(report["platforms"][0]["id"] == "zalo");
    CHECK(text.find("bí mật riêng") == std::string::npos);
}

TEST_CASE("checks lint reports the file and pointer and exits 1", "[cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    SECTION("the shipped content is clean")
    {
        const auto r = runCli(dir.path(), {"checks", "lint", TEST_CHECKS_DIR}, clock);
        CHECK(r.code == 0);
        CHECK_THAT(r.out, Contains("Không có lỗi") && Contains("25 tệp") && Contains("14 trang nội dung"));
    }
    SECTION("a broken copy fails")
    {
        test::copyContent(dir / "content");
        json doc = json::parse(test::readText(dir / "content/platforms/instagram.json"));
        doc["checks"][3]["steps"] = json::array();
        test::writeText(dir / "content/platforms/instagram.json", doc.dump());
        const auto r = runCli(dir.path(), {"checks", "lint", (dir / "content").string()}, clock);
        CHECK(r.code == 1);
        CHECK_THAT(r.out, Contains("instagram.json: /checks/3/steps"));
        CHECK_THAT(r.err, Contains("1 lỗi"));
    }
    SECTION("a broken notice template fails")
    {
        test::copyContent(dir / "content");
        json doc = json::parse(test::readText(dir / "content/notices/unit.json"));
        doc["texts"]["subject"].erase("impersonated");
        test::writeText(dir / "content/notices/unit.json", doc.dump());
        const auto r = runCli(dir.path(), {"checks", "lint", (dir / "content").string()}, clock);
        CHECK(r.code == 1);
        CHECK_THAT(r.out, Contains("unit.json: /texts/subject"));
    }
}

TEST_CASE("A damaged store is reported and set aside and the command still works", "[cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    test::writeText(dir / "progress.json", "{ not json");
    const auto r = runCli(dir.path(), {"--lang", "en", "status"}, clock);
    CHECK(r.code == 0);
    CHECK_THAT(r.err, Contains("damaged") && Contains("progress.json.corrupt-"));
}

TEST_CASE("Content that fails validation stops commands with exit code 3", "[cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    test::copyContent(dir / "content");
    test::writeText(dir / "content/platforms/zalo.json", "{}");
    std::vector<std::string> args{
        "auditor", "--data-dir", dir.path().string(), "--content", (dir / "content").string(), "status"};
    std::vector<const char*> raw;
    for (auto& a : args) {
        raw.push_back(a.c_str());
    }
    std::istringstream in;
    std::ostringstream out, err;
    cli::Context context{in, out, err, clock, {}};
    CHECK(cli::run(static_cast<int>(raw.size()), raw.data(), context) == 3);
    CHECK_THAT(err.str(), Contains("zalo.json"));
}

TEST_CASE("Administering a page turns on the pages topic and removing it turns it off", "[cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    REQUIRE(runCli(dir.path(), {"accounts", "add", "zalo"}, clock).code == 0);
    REQUIRE(runCli(dir.path(), {"accounts", "add", "facebook", "--page-admin"}, clock).code == 0);
    json status = json::parse(runCli(dir.path(), {"status", "--format", "json"}, clock).out);
    std::vector<std::string> ids;
    for (const auto& p : status["platforms"]) {
        ids.push_back(p["id"]);
    }
    CHECK(ids == std::vector<std::string>{"facebook", "zalo", "pages_admin"});

    REQUIRE(runCli(dir.path(), {"accounts", "remove", "facebook"}, clock).code == 0);
    status = json::parse(runCli(dir.path(), {"status", "--format", "json"}, clock).out);
    REQUIRE(status["platforms"].size() == 1);
    CHECK(status["platforms"][0]["id"] == "zalo");
    CHECK(runCli(dir.path(), {"accounts", "add", "pages_admin"}, clock).code == 2);
}
