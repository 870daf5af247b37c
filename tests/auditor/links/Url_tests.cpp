#include "links/Url.h"

#include <catch2/catch.hpp>

using namespace auditor;

TEST_CASE("Links are read the way people paste them", "[url]")
{
    using Row = std::tuple<std::string, std::string, std::string>; // input, ASCII host, normalized
    const auto row = GENERATE(table<std::string, std::string, std::string>({
        Row{"https://www.Facebook.com/groups/abc", "www.facebook.com", "https://www.facebook.com/groups/abc"},
        Row{"facebook.com", "facebook.com", "http://facebook.com/"},
        Row{"(https://zalo.me/g/abc).", "zalo.me", "https://zalo.me/g/abc"},
        Row{"https://vi.wikipedia.org/wiki/Hu\xe1\xba\xBF_(th\xc3\xa0nh_ph\xe1\xbb\x91)", "vi.wikipedia.org", ""},
        Row{"\xe2\x80\x8bhttps://face\xe2\x80\x8b"
            "book.com/login\xef\xbb\xbf",
            "facebook.com",
            "https://facebook.com/login"},
        Row{"HTTPS://MAIL.GOOGLE.COM/mail/u/0/", "mail.google.com", "https://mail.google.com/mail/u/0/"},
        Row{"https://vietc\xc3\xb3mbank.vn/", "xn--vietcmbank-kbb.vn", "https://xn--vietcmbank-kbb.vn/"},
        Row{"http://0x7f000001/", "127.0.0.1", "http://127.0.0.1/"},
        Row{"http://0177.0.0.1/", "127.0.0.1", "http://127.0.0.1/"},
        Row{"http://3279880203/blah", "195.127.0.11", "http://195.127.0.11/blah"},
        Row{"http://[::ffff:10.0.0.1]:8080/x", "::ffff:a00:1", "http://[::ffff:a00:1]:8080/x"},
        Row{"https://facebook.com@evil.example/", "evil.example", "https://evil.example/"},
        Row{"http://evil.example\\@facebook.com/", "evil.example", ""},
        Row{"https:///example.org//a", "example.org", ""},
        Row{"example.org:8443/path?q=1#frag", "example.org", "http://example.org:8443/path?q=1"},
    }));
    const auto& [input, host, normalized] = row;
    CAPTURE(input);
    const auto parsed = parseUrl(input);
    REQUIRE(parsed);
    CHECK(parsed->hostAscii == host);
    if (!normalized.empty()) {
        CHECK(parsed->normalized == normalized);
    }
}

TEST_CASE("Hosts keep their Unicode form for display", "[url]")
{
    const auto parsed = parseUrl("xn--vietcmbank-kbb.vn");
    REQUIRE(parsed);
    CHECK(parsed->hostUnicode == "vietc\xc3\xb3mbank.vn");
}

TEST_CASE("User info and obfuscated addresses are kept for the analyser", "[url]")
{
    auto p = parseUrl("https://facebook.com:login@evil.example/");
    REQUIRE(p);
    CHECK(p->userinfo == "facebook.com:login");
    p = parseUrl("http://0x7f.1/");
    REQUIRE(p);
    CHECK(p->hostKind == HostKind::IPv4);
    CHECK(p->ipObfuscated);
    CHECK(p->hostAscii == "127.0.0.1");
    p = parseUrl("http://[::ffff:127.0.0.1]/");
    REQUIRE(p);
    CHECK(p->ipv4Mapped);
}

TEST_CASE("Schemes without a web host come back for the analyser to judge", "[url]")
{
    const auto scheme = GENERATE(as<std::string>{}, "javascript", "data", "file", "mailto");
    const auto p = parseUrl(scheme + ":something");
    REQUIRE(p);
    CHECK(p->scheme == scheme);
    CHECK(p->hostKind == HostKind::None);
}

TEST_CASE("Input that is no link is refused with a reason", "[url]")
{
    CHECK(parseUrl("").error().code == "url.empty");
    CHECK(parseUrl("   ").error().code == "url.empty");
    CHECK(parseUrl(std::string(10000, 'a')).error().code == "url.too_long");
    CHECK(parseUrl("http://exa mple.com/").error().code == "url.bad_host");
    CHECK(parseUrl("xem tại https://zalo.me").error().code == "url.bad_host"); // a sentence: use extractUrls
    CHECK_FALSE(parseUrl("http://a..b/"));
    CHECK_FALSE(parseUrl("http://example.com:99999/"));
}

TEST_CASE("Loose IPv4 parsing follows inet_aton", "[url]")
{
    CHECK(parseIpv4Loose("1.2.3.4") == 0x01020304u);
    CHECK(parseIpv4Loose("0x01020304") == 0x01020304u);
    CHECK(parseIpv4Loose("1.2.772") == 0x01020304u);
    CHECK(parseIpv4Loose("16909060") == 0x01020304u);
    CHECK_FALSE(parseIpv4Loose("1.2.3.4.5"));
    CHECK_FALSE(parseIpv4Loose("256.1.1.1"));
    CHECK_FALSE(parseIpv4Loose("08.1.1.1"));
    CHECK_FALSE(parseIpv4Loose("example.com"));
}

TEST_CASE("Links are pulled out of a whole message", "[url]")
{
    const auto links = extractUrls("Chào chị, TK của chị sắp bị khóa, vào https://vcb-xacminh.top/login ngay. "
                                   "Hoặc www.example.org, hay zalo.me/g/abc! Cảm ơn.");
    REQUIRE(links.size() == 3);
    CHECK(links[0] == "https://vcb-xacminh.top/login");
    CHECK(links[1] == "www.example.org");
    CHECK(links[2] == "zalo.me/g/abc");
    CHECK(extractUrls("Không có liên kết nào ở đây. Số 3.14 thôi.").empty());
}
