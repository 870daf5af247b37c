#include "common/Clock.h"

#include <catch2/catch.hpp>

using namespace auditor;

TEST_CASE("UTC times are written and read back in ISO 8601 form", "[clock]")
{
    const auto t = parseIsoUtc("2026-11-28T01:25:07Z");
    REQUIRE(t);
    CHECK(formatIsoUtc(*t) == "2026-11-28T01:25:07Z");
    CHECK(formatIsoDate(*t) == "2026-11-28");
    CHECK(t->time_since_epoch().count() == 1795829107);
}

TEST_CASE("A plain date reads as midnight UTC", "[clock]")
{
    const auto t = parseIsoUtc("2024-02-29");
    REQUIRE(t);
    CHECK(formatIsoUtc(*t) == "2024-02-29T00:00:00Z");
}

TEST_CASE("Malformed or impossible times are refused", "[clock]")
{
    const auto text = GENERATE(as<std::string>{},
                               "",
                               "2026-02-30",
                               "2026-13-01T00:00:00Z",
                               "2026-11-28T24:00:00Z",
                               "2026-11-28 01:25:07Z",
                               "2026-11-28T01:25:07",
                               "2026-11-28T01:25:07+07",
                               "yesterday");
    CAPTURE(text);
    CHECK_FALSE(parseIsoUtc(text));
}

TEST_CASE("A fixed clock moves only when told", "[clock]")
{
    FixedClock clock(*parseIsoUtc("2026-01-01T00:00:00Z"));
    CHECK(formatIsoUtc(clock.now()) == "2026-01-01T00:00:00Z");
    clock.advanceDays(31);
    CHECK(formatIsoUtc(clock.now()) == "2026-02-01T00:00:00Z");
}
