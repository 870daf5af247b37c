#include "links/LinkAnalyzer.h"
#include "links/LinkSetup.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace auditor;

namespace {

const LinkAnalyzer& analyzer()
{
    static const std::unique_ptr<LinkAnalyzer> instance = [] {
        test::TempDir empty;
        auto a = makeLinkAnalyzer(TEST_CHECKS_DIR, empty.path());
        REQUIRE(a);
        return std::move(*a);
    }();
    return *instance;
}

bool hasReason(const LinkVerdict& v, const std::string& code)
{
    return std::any_of(v.reasons.begin(), v.reasons.end(), [&](const LinkReason& r) { return r.code == code; });
}

} // namespace

TEST_CASE("Verdicts for typical links", "[links]")
{
    using Row = std::tuple<std::string, Verdict, std::string, std::string>; // input, verdict, reason, brand
    const auto row = GENERATE(table<std::string, Verdict, std::string, std::string>({
        Row{"https://www.facebook.com/groups/abc", Verdict::Trusted, "official_domain", ""},
        Row{"https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org", Verdict::Trusted, "official_domain", ""},
        Row{"youtu.be/dQw4w9WgXcQ", Verdict::Trusted, "official_domain", ""},
        Row{"https://vietcombank.com.vn/", Verdict::Trusted, "official_domain", ""},
        Row{"https://faceb00k.com/login", Verdict::Dangerous, "lookalike_of", "facebook"},
        Row{"https://www.googIe.com", Verdict::Dangerous, "lookalike_of", "google"},
        Row{"https://vietc\xc3\xb3mbank.vn/", Verdict::Dangerous, "lookalike_of", "vietcombank"},
        Row{"http://\xd0\xb0\xd1\x80\xd1\x80\xd3\x8f\xd0\xb5.com/", Verdict::Dangerous, "lookalike_of", "apple"},
        Row{"https://facebook.com.evil-site.xyz/login", Verdict::Dangerous, "brand_in_subdomain", "facebook"},
        Row{"jp.zaloapp.com.1861694.camwimpy.com", Verdict::Dangerous, "brand_in_subdomain", "zalo"},
        Row{"https://vietcombank-xacminh.xyz/", Verdict::Dangerous, "brand_with_lure", "vietcombank"},
        Row{"acb.vn-banking.xyz", Verdict::Dangerous, "brand_with_lure", "acb"},
        Row{"facebook-dangnhap.com", Verdict::Dangerous, "brand_with_lure", "facebook"},
        Row{"new-vietcombank.com", Verdict::Suspicious, "brand_in_domain", "vietcombank"},
        Row{"https://facebook.com@evil.example/", Verdict::Dangerous, "userinfo_brand", "facebook"},
        Row{"http://3279880203/blah", Verdict::Dangerous, "ip_obfuscated", ""},
        Row{"http://192.0.2.10/", Verdict::Suspicious, "ip_host", ""},
        Row{"bit.ly/3abc", Verdict::Suspicious, "shortener", ""},
        Row{"javascript:alert(1)", Verdict::Dangerous, "dangerous_scheme", ""},
        Row{"mailto:a@b.c", Verdict::Invalid, "not_a_web_link", ""},
        Row{"http://example.org/dang-nhap", Verdict::Suspicious, "http_login", ""},
        Row{"https://dichvucong.khanhhoa.gov.vn/", Verdict::NoKnownRisk, "", ""},
        Row{"https://www.debian.org/doc/", Verdict::NoKnownRisk, "", ""},
        Row{"not a link at all", Verdict::Invalid, "invalid_url", ""},
        Row{"https://docs.google.com/forms/d/e/abc/viewform", Verdict::NoKnownRisk, "user_content", ""},
        Row{"https://tpbank.com.vn/", Verdict::NoKnownRisk, "", ""},
        Row{"https://www.mail.com/", Verdict::NoKnownRisk, "", ""},
    }));
    const auto& [input, verdict, reason, brand] = row;
    const LinkVerdict v = analyzer().analyze(input);
    CAPTURE(input, toString(v.verdict));
    for (const auto& r : v.reasons) {
        UNSCOPED_INFO(r.code);
    }
    CHECK(v.verdict == verdict);
    if (!reason.empty()) {
        CHECK(hasReason(v, reason));
    }
    if (!brand.empty()) {
        REQUIRE(v.impersonates);
        CHECK(*v.impersonates == brand);
    }
}

TEST_CASE("Unknown domains are never called trusted", "[links]")
{
    const auto input
        = GENERATE(as<std::string>{}, "https://example.org/", "https://some-school.edu.vn/", "https://vnexpress.net/");
    CAPTURE(input);
    CHECK(analyzer().analyze(input).verdict == Verdict::NoKnownRisk);
}

TEST_CASE("Block and allow lists are honoured", "[links]")
{
    test::TempDir dir;
    test::writeText(dir / "block.txt",
                    "# a ChongLuaDao-style list\nevil.example\n*.phish.test\nhost.example/bad/path\n");
    test::writeText(dir / "allow.txt", "0.0.0.0 mytruong.edu.vn\n");
    LinkSources sources;
    sources.block.push_back(dir / "block.txt");
    sources.allow.push_back(dir / "allow.txt");
    auto a = makeLinkAnalyzer(TEST_CHECKS_DIR, dir / "data", sources);
    REQUIRE(a);
    CHECK((*a)->analyze("https://login.evil.example/").verdict == Verdict::Dangerous);
    CHECK((*a)->analyze("https://x.phish.test/").verdict == Verdict::Dangerous);
    CHECK((*a)->analyze("https://host.example/bad/path/more").verdict == Verdict::Dangerous);
    CHECK((*a)->analyze("https://host.example/good").verdict == Verdict::NoKnownRisk);
    CHECK((*a)->analyze("https://www.mytruong.edu.vn/").verdict == Verdict::Trusted);
    CHECK((*a)->analyze("https://notevil.example/").verdict == Verdict::NoKnownRisk);
}

TEST_CASE("An imported list is kept with its source and used afterwards", "[links]")
{
    test::TempDir dir;
    test::writeText(dir / "feed.json", R"([{"url": "scam.example"}, {"url": "*.bad.test"}, "other.example/x"])");
    FixedClock clock(test::testEpoch());
    const auto imported = importList(dir / "data", dir / "feed.json", "my-feed", "block", clock);
    REQUIRE(imported);
    CHECK(imported->entries == 3);
    CHECK(test::readText(dir / "data/lists/my-feed.json").find("2030-01-07T08:00:00Z") != std::string::npos);
    auto a = makeLinkAnalyzer(TEST_CHECKS_DIR, dir / "data");
    REQUIRE(a);
    const LinkVerdict v = (*a)->analyze("https://a.bad.test/");
    CHECK(v.verdict == Verdict::Dangerous);
    CHECK(v.reasons.front().params.at("list") == "my-feed");
    CHECK(importList(dir / "data", dir / "feed.json", "Bad Name", "block", clock).error().code == "list.bad_name");
}

TEST_CASE("Extra brands can be given as plain domains", "[links]")
{
    test::TempDir dir;
    test::writeText(dir / "brands.txt", "# our school\nthptnguyentrai.edu.vn\n");
    LinkSources sources;
    sources.brands.push_back(dir / "brands.txt");
    auto a = makeLinkAnalyzer(TEST_CHECKS_DIR, dir / "data", sources);
    REQUIRE(a);
    CHECK((*a)->analyze("https://thptnguyentrai.edu.vn/").verdict == Verdict::Trusted);
    const LinkVerdict v = (*a)->analyze("https://thptnguyentral.edu.vn/");
    CHECK(v.verdict == Verdict::Dangerous);
    CHECK(v.impersonates == std::optional<std::string>("thptnguyentrai.edu.vn"));
}
