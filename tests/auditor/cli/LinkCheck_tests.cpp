#include "CliRunner.h"
#include "NetFixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace auditor;
using auditor::test::runCli;
using Catch::Matchers::Contains;
using nlohmann::json;

TEST_CASE("link check words its verdict in Vietnamese and English", "[cli][links]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    auto r = runCli(dir.path(), {"link", "check", "https://faceb00k.com/login"}, clock);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Contains("NGUY HIỂM") && Contains("Facebook"));
    r = runCli(dir.path(), {"--lang", "en", "link", "check", "https://www.facebook.com/"}, clock);
    CHECK_THAT(r.out, Contains("OFFICIAL SITE"));
}

TEST_CASE("jsonl gives exactly one object per input line in input order", "[cli][links]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const std::string input
        = "https://www.facebook.com/\n\nnot a link\nvietcombank-xacminh.xyz\njavascript:alert(1)\r\nexample.org\n";
    const auto r = runCli(dir.path(), {"link", "check", "--batch", "-", "--format", "jsonl"}, clock, input);
    INFO(r.err);
    REQUIRE(r.code == 0);
    std::istringstream lines(r.out);
    std::vector<json> rows;
    for (std::string line; std::getline(lines, line);) {
        rows.push_back(json::parse(line));
    }
    REQUIRE(rows.size() == 6);
    const char* expected[] = {"trusted", "invalid", "invalid", "dangerous", "dangerous", "no_known_risk"};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(i);
        CHECK(rows[i]["verdict"] == expected[i]);
        for (const char* key : {"input", "verdict", "reasons", "registrable_domain", "impersonates"}) {
            CHECK(rows[i].contains(key));
        }
    }
    CHECK(rows[3]["impersonates"] == "vietcombank");
    CHECK(rows[3]["registrable_domain"] == "vietcombank-xacminh.xyz");
    CHECK(rows[3]["reasons"][0]["message"].get<std::string>().find("Vietcombank") != std::string::npos);
    CHECK(rows[4]["input"] == "javascript:alert(1)");
    CHECK(rows[1]["impersonates"].is_null());
}

TEST_CASE("A whole message given as an argument is split into its links", "[cli][links]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const auto r
        = runCli(dir.path(),
                 {"link", "check", "--format", "json", "Vào https://zalo-hotro.online/x hoặc https://zalo.me/abc nhé"},
                 clock);
    REQUIRE(r.code == 0);
    const json out = json::parse(r.out);
    REQUIRE(out.size() == 2);
    CHECK(out[0]["verdict"] == "dangerous");
    CHECK(out[1]["verdict"] == "trusted");
}

TEST_CASE("links import keeps a list that later checks use", "[cli][links]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    test::writeText(dir / "list.txt", "scam.example\n");
    auto r = runCli(dir.path(), {"links", "import", (dir / "list.txt").string(), "--name", "truong"}, clock);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Contains("truong"));
    r = runCli(dir.path(), {"link", "check", "--format", "json", "https://scam.example/"}, clock);
    CHECK(json::parse(r.out)[0]["verdict"] == "dangerous");
    CHECK(runCli(dir.path(), {"links", "import", (dir / "missing.txt").string(), "--name", "x"}, clock).code == 2);
}

TEST_CASE("link check --online shows the redirect chain and says what it will contact", "[cli][links][net]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    test::TestPki pki(test::testEpoch());
    test::NetHooks hooks(pki);
    auto http = test::TestServer::http();
    auto https = test::TestServer::https(test::withChain(pki.leaf({"shop.test"}), pki.ca));
    http->route("/s", {301, {{"Location", test::at("shop.test", *https, "/landing")}}, ""});
    https->route("/landing", {200, {}, "<html>shop</html>"});
    const std::string link = test::at("good.test", *http, "/s", "http");

    auto r = runCli(dir.path(), {"--lang", "en", "link", "check", "--online", link}, clock);
    INFO(r.out << r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.err, Contains("will contact good.test"));
    CHECK_THAT(r.out,
               Contains("Where the link goes:") && Contains("HTTP 301") && Contains("HTTP 200") && Contains("issued by")
                   && Contains("takes you to another site: shop.test"));

    r = runCli(dir.path(), {"link", "check", "--online", "--format", "json", link}, clock);
    REQUIRE(r.code == 0);
    const json j = json::parse(r.out).at(0);
    CHECK(j["host"] == "shop.test");
    REQUIRE(j["online"]["hops"].size() == 2);
    CHECK(j["online"]["hops"][0]["requests"][0]["status"] == 301);
    CHECK(j["online"]["hops"][1]["requests"][1]["tls"]["chain_verified"] == true);
    CHECK(j["online"]["reached_end"] == true);
    // Two runs, HEAD + GET of the landing page each time: nothing else was asked.
    CHECK(https->requests().size() == 4);
}

TEST_CASE("link check goes online only when asked", "[cli][links][net]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    test::TestPki pki(test::testEpoch());
    test::NetHooks hooks(pki);
    auto http = test::TestServer::http();
    http->route("/", {200, {}, "hello"});
    const auto r = runCli(dir.path(), {"link", "check", test::at("good.test", *http, "/", "http")}, clock);
    REQUIRE(r.code == 0);
    CHECK(http->requests().empty());
    CHECK_FALSE(runCli(dir.path(), {"link", "check", "--online", "--batch", "-"}, clock, "x.com\n").code == 0);
}

TEST_CASE("link history lists the links checked one by one and can be cleared", "[cli][links]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    REQUIRE(runCli(dir.path(), {"link", "check", "https://faceb00k.com/login"}, clock).code == 0);
    REQUIRE(runCli(dir.path(), {"link", "check", "--batch", "-"}, clock, "https://batch.example/\n").code == 0);
    auto r = runCli(dir.path(), {"link", "history", "--format", "json"}, clock);
    REQUIRE(r.code == 0);
    const json j = json::parse(r.out);
    REQUIRE(j.size() == 1); // batch runs are not kept
    CHECK(j[0]["input"] == "https://faceb00k.com/login");
    CHECK(j[0]["verdict"] == "dangerous");
    CHECK(j[0]["impersonates"] == "facebook");
    r = runCli(dir.path(), {"--lang", "en", "link", "history", "--clear"}, clock);
    CHECK_THAT(r.out, Contains("cleared"));
    r = runCli(dir.path(), {"--lang", "en", "link", "history"}, clock);
    CHECK_THAT(r.out, Contains("No links checked yet"));
}
