#include "passwords/RangeApi.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

using namespace auditor;
using namespace auditor::passwords;

namespace {

// The 35-character suffix of SHA-1("foo") = 0BEEC|7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33.
constexpr std::string_view kFooSuffix = "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33";

// A made-up range answer for prefix 0BEEC in the API's shape: sorted suffixes, "SUFFIX:COUNT",
// CRLF line ends as the live API sends them, two count-0 padding lines (Add-Padding: true).
const std::string kFooRange = "0018A45C4D1DEF81644B54AB7F969B88D65:3\r\n"
                              "00D4F6E8FA6EECAD2A3AA415EEC418D38EC:0\r\n"
                              "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:123\r\n"
                              "A0E1C9E2D52BFD0F9B0C34D6D1AE0E1F1E2:0\r\n"
                              "FFFA9E8D4C6F4B8A5D8A1C0F6AE5E3C2B11:7\r\n";

} // namespace

TEST_CASE("The range request carries only the prefix and fixed headers", "[passwords]")
{
    const auto request = rangeRequest("0beec");
    REQUIRE(request);
    CHECK(request->path == "/range/0BEEC");
    using Header = std::pair<std::string, std::string>;
    CHECK(request->headers == std::vector<Header>{{"User-Agent", "AccountAuditor"}, {"Add-Padding", "true"}});
    CHECK(kRangeApiHost == "api.pwnedpasswords.com");

    CHECK(rangeRequest("0BEE").error().code == "password.bad_prefix");
    CHECK(rangeRequest("0BEEC7").error().code == "password.bad_prefix");
    CHECK(rangeRequest("0BEEG").error().code == "password.bad_prefix");
}

TEST_CASE("A range answer gives the count of the matching suffix", "[passwords]")
{
    SECTION("present with CRLF line ends")
    {
        const auto count = parseRangeResponse(kFooRange, kFooSuffix);
        REQUIRE(count);
        CHECK(*count == 123);
    }
    SECTION("present with LF line ends and no final newline")
    {
        const auto count = parseRangeResponse("0018A45C4D1DEF81644B54AB7F969B88D65:3\n"
                                              "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:123",
                                              kFooSuffix);
        REQUIRE(count);
        CHECK(*count == 123);
    }
    SECTION("case does not matter")
    {
        CHECK(*parseRangeResponse("7b5ea3f0fdbc95d0dd47f3c5bc275da8a33:9\n", kFooSuffix) == 9);
        CHECK(*parseRangeResponse(kFooRange, "7b5ea3f0fdbc95d0dd47f3c5bc275da8a33") == 123);
    }
    SECTION("absent")
    {
        const auto count = parseRangeResponse(kFooRange, "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A34");
        REQUIRE(count);
        CHECK(*count == 0);
    }
    SECTION("a padding line with count 0 is not a match")
    {
        const auto count = parseRangeResponse(kFooRange, "00D4F6E8FA6EECAD2A3AA415EEC418D38EC");
        REQUIRE(count);
        CHECK(*count == 0);
    }
    SECTION("counts up to 2^64 - 1")
    {
        CHECK(*parseRangeResponse("7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:18446744073709551615\n", kFooSuffix)
              == 18446744073709551615ull);
    }
}

TEST_CASE("A malformed range answer is an error with its line number", "[passwords]")
{
    const auto lineOf = [](const std::string& body) {
        const auto result = parseRangeResponse(body, kFooSuffix);
        REQUIRE_FALSE(result);
        CHECK(result.error().code == "password.range_malformed");
        return result.error().params.at("line");
    };
    const std::string good = "0018A45C4D1DEF81644B54AB7F969B88D65:3\r\n";
    CHECK(lineOf(good + "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33\r\n") == "2"); // no count
    CHECK(lineOf(good + good + "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A3:1\r\n") == "3"); // 34 hex
    CHECK(lineOf(good + "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:-1\r\n") == "2");
    CHECK(lineOf(good + "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:12 \r\n") == "2");
    CHECK(lineOf(good + "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:18446744073709551616\n") == "2"); // 2^64
    CHECK(lineOf(good + "\r\n" + good) == "2"); // a blank line inside
    // A captive portal's page instead of the answer: it fails, it does not read as "not found".
    CHECK(lineOf("<!DOCTYPE html>\n<html><body>Please log in</body></html>\n") == "1");
    // A malformed line after the match still fails the whole answer.
    CHECK(lineOf("7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:123\nGARBAGE\n") == "2");

    CHECK(parseRangeResponse("", kFooSuffix).error().code == "password.range_empty");
    CHECK(parseRangeResponse(kFooRange, "7B5EA3").error().code == "password.bad_suffix");
}

TEST_CASE("The online check hands the fetcher only the five-character prefix", "[passwords]")
{
    std::vector<std::string> received; // everything the "network" saw
    const RangeFetcher recording = [&](std::string_view prefix) -> Result<std::string> {
        received.emplace_back(prefix);
        return kFooRange;
    };

    const auto exposure = checkOnline(SecretString("foo"), recording);
    REQUIRE(exposure);
    CHECK(exposure->exposed());
    CHECK(exposure->count == 123);
    CHECK(exposure->band() == ExposureBand::UpTo1000);
    CHECK(exposure->source == ExposureSource::RangeApi);
    REQUIRE(received.size() == 1);
    CHECK(received[0] == "0BEEC");
    for (const std::string& sent : received) {
        CHECK(sent.size() == 5);
        CHECK(sent.find("foo") == std::string::npos);
    }

    // SHA-1("bar") = 62CDB7020FF920E5AA642C3D4066950DD1F01F4D: another prefix, not in the answer.
    const auto other = checkOnline(SecretString("bar"), [&](std::string_view prefix) -> Result<std::string> {
        received.emplace_back(prefix);
        return kFooRange;
    });
    REQUIRE(other);
    CHECK_FALSE(other->exposed());
    CHECK(other->band() == ExposureBand::None);
    CHECK(received.back() == "62CDB");
}

TEST_CASE("The fetcher made for the HTTPS client sends the range request", "[passwords]")
{
    std::string host;
    RangeRequest sent;
    int calls = 0;
    const RangeFetcher fetch = makeRangeFetcher([&](std::string_view h, const RangeRequest& r) -> Result<std::string> {
        host = h;
        sent = r;
        ++calls;
        return kFooRange;
    });
    const auto exposure = checkOnline(SecretString("foo"), fetch);
    REQUIRE(exposure);
    CHECK(exposure->count == 123);
    CHECK(calls == 1);
    CHECK(host == "api.pwnedpasswords.com");
    CHECK(sent.path == "/range/0BEEC");
    CHECK(sent.headers.size() == 2);

    // A prefix that is not 5 hex characters never reaches the client.
    const auto bad = fetch("0BEEC7");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == "password.bad_prefix");
    CHECK(calls == 1);
    CHECK_FALSE(makeRangeFetcher(HttpsGet())("0BEEC"));
}

TEST_CASE("A fetcher failure is an error and never reads as not exposed", "[passwords]")
{
    SECTION("the fetcher returns an error")
    {
        const auto result = checkOnline(SecretString("foo"), [](std::string_view) -> Result<std::string> {
            return Error("net.timeout", {{"host", "api.pwnedpasswords.com"}}, "no answer in 10 s");
        });
        REQUIRE_FALSE(result);
        CHECK(result.error().code == "net.timeout"); // passed through as it is
        CHECK(result.error().params.at("host") == "api.pwnedpasswords.com");
    }
    SECTION("the fetcher throws")
    {
        const auto result = checkOnline(SecretString("foo"), [](std::string_view) -> Result<std::string> {
            throw std::runtime_error("connection reset");
        });
        REQUIRE_FALSE(result);
        CHECK(result.error().code == "password.fetch_failed");
        CHECK(result.error().detail == "connection reset");
    }
    SECTION("the answer is not a range answer")
    {
        const auto result = checkOnline(SecretString("foo"), [](std::string_view) -> Result<std::string> {
            return std::string("<html>captive portal</html>");
        });
        REQUIRE_FALSE(result);
        CHECK(result.error().code == "password.range_malformed");
    }
    SECTION("the answer is empty")
    {
        const auto result
            = checkOnline(SecretString("foo"), [](std::string_view) -> Result<std::string> { return std::string(); });
        REQUIRE_FALSE(result);
        CHECK(result.error().code == "password.range_empty");
    }
    SECTION("there is no fetcher")
    {
        const auto result = checkOnline(SecretString("foo"), RangeFetcher());
        REQUIRE_FALSE(result);
        CHECK(result.error().code == "password.no_fetcher");
    }
}

TEST_CASE("Exposure counts fall into KeePassXC's bands", "[passwords]")
{
    using B = ExposureBand;
    const auto [count, band, code] = GENERATE(table<std::uint64_t, B, std::string>({
        {0, B::None, "none"},
        {1, B::Once, "once"},
        {2, B::UpTo10, "up_to_10"},
        {10, B::UpTo10, "up_to_10"},
        {11, B::UpTo100, "up_to_100"},
        {100, B::UpTo100, "up_to_100"},
        {1000, B::UpTo1000, "up_to_1000"},
        {10000, B::UpTo10000, "up_to_10000"},
        {100000, B::UpTo100000, "up_to_100000"},
        {1000000, B::UpToMillion, "up_to_1000000"},
        {1000001, B::Millions, "millions"},
        {52256179, B::Millions, "millions"},
    }));
    CAPTURE(count);
    CHECK(exposureBand(count) == band);
    CHECK(exposureBandCode(band) == code);
}
