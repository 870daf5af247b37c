#include "links/HostList.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace auditor;

TEST_CASE("Domains match on label boundaries only", "[lists]")
{
    HostList list = HostList::fromText("evil.example\n", "t");
    CHECK(list.match("evil.example", "/") == HostList::Match::Domain);
    CHECK(list.match("a.b.evil.example", "/x") == HostList::Match::Domain);
    CHECK(list.match("notevil.example", "/") == HostList::Match::None);
    CHECK(list.match("evil.example.org", "/") == HostList::Match::None);
}

TEST_CASE("Every supported list format is read", "[lists]")
{
    const std::string text = "# comment\n! adblock comment\n"
                             "plain.example\n"
                             "0.0.0.0 hosts.example # trailing\n"
                             "127.0.0.1 localhost\n"
                             "*.wild.example\n"
                             "||adblock.example^\n"
                             "https://url.example/path/to/page\n"
                             "CHONGLUADAO.example/Login/*\n";
    HostList list = HostList::fromText(text, "t");
    CHECK(list.size() == 6); // localhost is skipped
    CHECK(list.match("plain.example", "/") == HostList::Match::Domain);
    CHECK(list.match("hosts.example", "/") == HostList::Match::Domain);
    CHECK(list.match("x.wild.example", "/") == HostList::Match::Domain);
    CHECK(list.match("adblock.example", "/") == HostList::Match::Domain);
    CHECK(list.match("url.example", "/path/to/page") == HostList::Match::UrlPrefix);
    CHECK(list.match("url.example", "/path/to/page/deeper") == HostList::Match::UrlPrefix);
    CHECK(list.match("url.example", "/path/to") == HostList::Match::None);
    CHECK(list.match("url.example", "/path/to/pages") == HostList::Match::None);
    CHECK(list.match("chongluadao.example", "/Login") == HostList::Match::UrlPrefix);
    CHECK(list.match("localhost", "/") == HostList::Match::None);
}

TEST_CASE("A JSON list and a broken one", "[lists]")
{
    test::TempDir dir;
    test::writeText(dir / "ok.json", R"({"urls": ["a.example", {"domain": "b.example"}]})");
    auto ok = HostList::fromFile(dir / "ok.json", "ok");
    REQUIRE(ok);
    CHECK(ok->match("b.example", "/") == HostList::Match::Domain);
    test::writeText(dir / "bad.json", "[\"a.example\",");
    const auto bad = HostList::fromFile(dir / "bad.json", "bad");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == "json.syntax");
}
