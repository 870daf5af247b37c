#include "links/LinkInspector.h"
#include "links/LinkSetup.h"

#include "NetFixture.h"
#include "TestConfig.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace auditor;
using namespace auditor::test;

namespace {

const LinkAnalyzer& analyzer()
{
    static const std::unique_ptr<LinkAnalyzer> instance = [] {
        TempDir empty;
        auto a = makeLinkAnalyzer(TEST_CHECKS_DIR, empty.path());
        REQUIRE(a);
        return std::move(*a);
    }();
    return *instance;
}

const LinkReason* reason(const LinkVerdict& v, const std::string& code)
{
    const auto it
        = std::find_if(v.reasons.begin(), v.reasons.end(), [&](const LinkReason& r) { return r.code == code; });
    return it == v.reasons.end() ? nullptr : &*it;
}

/** Two servers that play the web: plain HTTP and HTTPS, both on loopback, with a test CA. */
struct Web
{
    FixedClock clock{testEpoch()};
    TestPki pki{testEpoch()};
    NetHooks hooks{pki};
    std::unique_ptr<TestServer> http = TestServer::http();
    std::unique_ptr<TestServer> https = TestServer::https(
        withChain(pki.leaf({"good.test", "shop.test", "evil.test", "facebook-verify.test"}), pki.ca));
    net::HttpClient client{quickSettings(), &clock};
    LinkInspector inspector{analyzer(), client};

    std::string secure(const char* host, const std::string& path) const
    {
        return at(host, *https, path);
    }
    std::string plain(const char* host, const std::string& path) const
    {
        return at(host, *http, path, "http");
    }
};

} // namespace

TEST_CASE("A short link is followed through its redirect to the landing page", "[links][net]")
{
    Web web;
    web.http->route("/s", {301, {{"Location", web.secure("shop.test", "/landing?id=7")}}, ""});
    web.https->route("/landing", {200, {{"Content-Type", "text/html"}}, "<html><body>Áo dài</body></html>"});

    const Inspection r = web.inspector.inspect(web.plain("good.test", "/s"));
    REQUIRE(r.hops.size() == 2);
    CHECK(r.reachedEnd);
    CHECK(r.hops[0].via == "start");
    CHECK(r.hops[0].answer()->status == 301);
    CHECK(r.hops[0].requests.size() == 1); // HEAD only: the redirect was enough
    CHECK(r.hops[1].via == "redirect");
    CHECK(r.hops[1].url == web.secure("shop.test", "/landing?id=7"));
    REQUIRE(r.hops[1].requests.size() == 2); // HEAD, then GET for the landing page
    CHECK(r.hops[1].requests[1].body.find("Áo dài") != std::string::npos);
    CHECK(r.hops[1].answer()->tls->chainVerified);
    CHECK(r.final.host == "shop.test");
    CHECK(reason(r.final, "redirect_cross_domain") != nullptr);
    CHECK(r.final.verdict != Verdict::Dangerous);
    // The server saw HEAD /landing then GET /landing, nothing else.
    const auto seen = web.https->requests();
    REQUIRE(seen.size() == 2);
    CHECK(seen[0].method == "HEAD");
    CHECK(seen[1].method == "GET");
}

TEST_CASE("A relative Location is resolved against the hop it came from", "[links][net]")
{
    Web web;
    web.https->route("/a/b", {302, {{"Location", "../c?x=1"}}, ""});
    web.https->route("/c", {200, {}, "ok"});
    const Inspection r = web.inspector.inspect(web.secure("good.test", "/a/b"));
    REQUIRE(r.hops.size() == 2);
    CHECK(r.hops[1].url == web.secure("good.test", "/c?x=1"));
    CHECK(r.reachedEnd);
    CHECK(reason(r.final, "redirect_cross_domain") == nullptr);
}

TEST_CASE("A redirect into a private address is refused and makes the link suspicious", "[links][net]")
{
    Web web;
    web.https->route("/p", {302, {{"Location", "http://intranet.test/admin"}}, ""});
    const Inspection r = web.inspector.inspect(web.secure("good.test", "/p"));
    REQUIRE(r.hops.size() == 2);
    REQUIRE(r.hops[1].answer() != nullptr);
    CHECK(r.hops[1].answer()->error->code == "net.address_refused");
    CHECK(r.hops[1].answer()->addresses.at(0).address == "10.1.2.3");
    const LinkReason* why = reason(r.final, "redirect_to_private");
    REQUIRE(why != nullptr);
    CHECK(why->params.at("kind") == "private");
    CHECK(r.final.verdict == Verdict::Suspicious);
    CHECK_FALSE(r.reachedEnd);
}

TEST_CASE("Redirects stop after ten", "[links][net]")
{
    Web web;
    web.https->handler([&](const RecordedRequest& request) {
        const int n = std::stoi(request.target.substr(3)); // "/r/<n>"
        return Route{302, {{"Location", "/r/" + std::to_string(n + 1)}}, ""};
    });
    const Inspection r = web.inspector.inspect(web.secure("good.test", "/r/0"));
    CHECK(r.hops.size() == LinkInspector::kMaxRedirects + 1);
    CHECK(r.hops.back().fetched == false);
    CHECK(web.https->requests().size() == LinkInspector::kMaxRedirects);
    CHECK(reason(r.final, "too_many_redirects") != nullptr);
    CHECK(r.final.verdict == Verdict::Suspicious);
}

TEST_CASE("A hop the offline checker calls dangerous is never contacted", "[links][net]")
{
    Web web;
    web.http->route("/go", {302, {{"Location", web.secure("facebook-verify.test", "/login?victim=123")}}, ""});
    const Inspection r = web.inspector.inspect(web.plain("good.test", "/go"));
    REQUIRE(r.hops.size() == 2);
    CHECK_FALSE(r.hops[1].fetched);
    CHECK(r.hops[1].offline.verdict == Verdict::Dangerous);
    CHECK(web.https->requests().empty());
    CHECK(r.final.verdict == Verdict::Dangerous);
    CHECK(r.final.impersonates == std::optional<std::string>("facebook"));
    CHECK(reason(r.final, "not_contacted_dangerous") != nullptr);
}

TEST_CASE("A password form naming a protected brand on another site is dangerous", "[links][net]")
{
    Web web;
    web.https->route("/dang-nhap",
                     {200,
                      {{"Content-Type", "text/html"}},
                      "<html><title>Vietcombank - Xác thực tài khoản</title><form method=post>"
                      "<input name=u><INPUT TYPE=\"password\" name=p></form></html>"});
    const Inspection r = web.inspector.inspect(web.secure("evil.test", "/dang-nhap"));
    CHECK(r.reachedEnd);
    const LinkReason* why = reason(r.final, "password_form_brand");
    REQUIRE(why != nullptr);
    CHECK(why->params.at("brand") == "Vietcombank");
    CHECK(r.final.verdict == Verdict::Dangerous);
    CHECK(r.final.impersonates == std::optional<std::string>("vietcombank"));
}

TEST_CASE("A meta refresh is followed and a script redirect is only reported", "[links][net]")
{
    Web web;
    web.https->route("/m", {200, {}, "<html><head><META http-equiv='Refresh' content='0; URL=/next'></head></html>"});
    web.https->route("/next", {200, {}, "<script>window.location.href = \"https://facebook-verify.test/x\";</script>"});
    const Inspection r = web.inspector.inspect(web.secure("good.test", "/m"));
    REQUIRE(r.hops.size() == 3);
    CHECK(r.hops[1].via == "meta_refresh");
    CHECK(r.hops[1].url == web.secure("good.test", "/next"));
    CHECK(r.hops[2].via == "script");
    CHECK_FALSE(r.hops[2].fetched);
    CHECK(r.hops[2].offline.verdict == Verdict::Dangerous);
    CHECK(reason(r.final, "script_redirect") != nullptr);
    CHECK(r.final.host == "good.test"); // the landing page is the one we read, not the script's target
    CHECK(r.final.verdict == Verdict::Dangerous); // its lookalike reasons count
}

TEST_CASE("A certificate the system would not trust makes the link suspicious", "[links][net]")
{
    Web web;
    auto selfSigned = TestServer::https(web.pki.selfSigned({"good.test"}));
    selfSigned->route("/", {200, {}, "hello"});
    const Inspection r = web.inspector.inspect(at("good.test", *selfSigned));
    REQUIRE(r.hops.size() == 1);
    CHECK(reason(r.final, "tls_untrusted") != nullptr);
    CHECK(r.final.verdict == Verdict::Suspicious);
    CHECK(selfSigned->requests().empty());
}

TEST_CASE("Text that is no link is judged offline and nothing is fetched", "[links][net]")
{
    Web web;
    const Inspection r = web.inspector.inspect("javascript:alert(1)");
    REQUIRE(r.hops.size() == 1);
    CHECK_FALSE(r.hops[0].fetched);
    CHECK(r.final.verdict == Verdict::Dangerous);
    const Inspection empty = web.inspector.inspect("   ");
    CHECK(empty.final.verdict == Verdict::Invalid);
}
