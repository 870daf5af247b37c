#include "links/LinkHistory.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace auditor;

namespace {

LinkVerdict verdict(const std::string& input, Verdict v)
{
    LinkVerdict out;
    out.input = input;
    out.verdict = v;
    out.host = "example.org";
    out.hostUnicode = "example.org";
    return out;
}

} // namespace

TEST_CASE("The link history keeps the newest first and a link once", "[links]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    LinkHistory history(dir.path());
    REQUIRE(history.load(clock));
    CHECK(history.entries().empty());
    REQUIRE(history.add(verdict("https://a.example/", Verdict::NoKnownRisk), false, clock));
    clock.advanceDays(1);
    REQUIRE(history.add(verdict("https://b.example/", Verdict::Dangerous), true, clock));
    clock.advanceDays(1);
    REQUIRE(history.add(verdict("https://a.example/", Verdict::Suspicious), true, clock));

    LinkHistory again(dir.path());
    auto loaded = again.load(clock);
    REQUIRE(loaded);
    CHECK_FALSE(loaded->has_value());
    REQUIRE(again.entries().size() == 2);
    CHECK(again.entries()[0].input == "https://a.example/");
    CHECK(again.entries()[0].verdict == Verdict::Suspicious);
    CHECK(again.entries()[0].online);
    CHECK(again.entries()[0].checkedAt == "2030-01-09T08:00:00Z");
    CHECK(again.entries()[1].input == "https://b.example/");

    REQUIRE(again.clear());
    LinkHistory cleared(dir.path());
    REQUIRE(cleared.load(clock));
    CHECK(cleared.entries().empty());
    // Cleared means gone: no backup copy keeps the old list.
    CHECK_FALSE(std::filesystem::exists(dir / "link-history.json.bak"));
    CHECK(test::readText(dir / "link-history.json").find("a.example") == std::string::npos);
}

TEST_CASE("The link history keeps only the last 200 links", "[links]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    LinkHistory history(dir.path());
    for (int i = 0; i < 250; ++i) {
        REQUIRE(
            history.add(verdict("https://x" + std::to_string(i) + ".example/", Verdict::NoKnownRisk), false, clock));
    }
    CHECK(history.entries().size() == LinkHistory::kMaxEntries);
    CHECK(history.entries().front().input == "https://x249.example/");
    CHECK(history.entries().back().input == "https://x50.example/");
}

TEST_CASE("A damaged history file is moved aside and the history starts afresh", "[links]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    test::writeText(dir / "link-history.json", "{\"entries\": [ {\"input\": ");
    LinkHistory history(dir.path());
    auto loaded = history.load(clock);
    REQUIRE(loaded);
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->code == "history.corrupt");
    CHECK(history.entries().empty());
    CHECK(std::filesystem::exists(dir / "link-history.json.corrupt-2030-01-07T08-00-00Z"));
    CHECK(test::readText(dir / "link-history.json.corrupt-2030-01-07T08-00-00Z") == "{\"entries\": [ {\"input\": ");
}

TEST_CASE("Pasted text without a link is never kept in the history", "[links]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    LinkHistory history(dir.path());
    LinkVerdict text;
    text.input = "MatKhau@2024 la mat khau cua toi";
    text.verdict = Verdict::Invalid;
    REQUIRE(history.add(text, false, clock));
    CHECK(history.entries().empty());
    CHECK_FALSE(std::filesystem::exists(dir / "link-history.json"));
}
