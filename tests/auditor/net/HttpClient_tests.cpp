#include "NetFixture.h"

#include "net/Certificates.h"
#include "net/HttpClient.h"

#include <catch2/catch.hpp>
#include <openssl/x509_vfy.h>

#include <cstdlib>

using namespace auditor;
using namespace auditor::test;

namespace {

struct Servers
{
    FixedClock clock{testEpoch()};
    TestPki pki{testEpoch()};
};

} // namespace

TEST_CASE("A server with a good chain from the test CA answers and its TLS facts are read", "[net]")
{
    Servers s;
    NetHooks hooks(s.pki);
    auto server = TestServer::https(withChain(s.pki.leaf({"good.test"}), s.pki.ca));
    server->route("/hello", {200, {{"Content-Type", "text/plain"}}, "xin chào"});

    net::HttpClient client(quickSettings(), &s.clock);
    const auto r = client.fetch("GET", at("good.test", *server, "/hello"));
    INFO((r.error ? r.error->code + " " + r.error->detail : std::string()));
    REQUIRE(r.ok());
    CHECK(r.status == 200);
    CHECK(r.body == "xin chào");
    CHECK(r.header("content-type") == "text/plain");
    REQUIRE(r.tls.has_value());
    CHECK(r.tls->chainVerified);
    CHECK(r.tls->hostNameMatches);
    CHECK(r.tls->issuer.find("Account Auditor Test CA") != std::string::npos);
    CHECK(r.tls->subject.find("good.test") != std::string::npos);
    CHECK(r.tls->daysSinceIssue == 30);
    CHECK(r.tls->daysUntilExpiry == 60);
    CHECK(r.tls->protocol.rfind("TLSv1.", 0) == 0);
    REQUIRE(r.addresses.size() == 1);
    CHECK(r.addresses[0].address == "127.0.0.1");
    CHECK(r.addresses[0].kind == "loopback");

    const auto requests = server->requests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].method == "GET");
    CHECK(requests[0].target == "/hello");
    CHECK(requests[0].headers.at("user-agent") == "AccountAuditor");
    CHECK(requests[0].headers.at("host") == "good.test:" + std::to_string(server->port()));
    CHECK(requests[0].headers.count("cookie") == 0);
}

TEST_CASE("HEAD reads the status and headers without a body", "[net]")
{
    Servers s;
    NetHooks hooks(s.pki);
    auto server = TestServer::https(withChain(s.pki.leaf({"good.test"}), s.pki.ca));
    server->route("/", {200, {}, std::string(5000, 'a')});
    const auto r = net::HttpClient(quickSettings(), &s.clock).fetch("HEAD", at("good.test", *server));
    REQUIRE(r.ok());
    CHECK(r.status == 200);
    CHECK(r.body.empty());
    CHECK(r.header("Content-Length") == "5000");
    CHECK(server->requests().at(0).method == "HEAD");
}

TEST_CASE("Certificates that fail are reported with their facts and nothing is sent", "[net]")
{
    Servers s;
    NetHooks hooks(s.pki);
    net::KeyAndCertificate identity;
    std::string code;
    int x509Error = 0;
    SECTION("expired")
    {
        identity = withChain(s.pki.leaf({"good.test"}, -400, -10), s.pki.ca);
        code = "net.tls_untrusted";
        x509Error = X509_V_ERR_CERT_HAS_EXPIRED;
    }
    SECTION("not yet valid")
    {
        identity = withChain(s.pki.leaf({"good.test"}, 5, 90), s.pki.ca);
        code = "net.tls_untrusted";
        x509Error = X509_V_ERR_CERT_NOT_YET_VALID;
    }
    SECTION("self-signed")
    {
        identity = s.pki.selfSigned({"good.test"});
        code = "net.tls_untrusted";
        x509Error = X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT;
    }
    SECTION("for another host")
    {
        identity = withChain(s.pki.leaf({"other.test"}), s.pki.ca);
        code = "net.tls_host_mismatch";
    }
    auto server = TestServer::https(identity);
    server->route("/", {200, {}, "must not be asked"});
    const auto r = net::HttpClient(quickSettings(), &s.clock).fetch("GET", at("good.test", *server));
    REQUIRE(r.error.has_value());
    CHECK(r.error->code == code);
    REQUIRE(r.tls.has_value());
    CHECK(r.tls->chainErrorCode == x509Error);
    CHECK(r.tls->chainVerified == (x509Error == 0));
    CHECK(r.tls->hostNameMatches == (code != "net.tls_host_mismatch"));
    CHECK(r.status == 0);
    CHECK(server->requests().empty());
}

TEST_CASE("Without the test hook the test CA is not trusted", "[net]")
{
    Servers s;
    auto server = TestServer::https(withChain(s.pki.leaf({"localhost", "127.0.0.1"}), s.pki.ca));
    net::TestHooks hooks; // loopback and the port allowed, but no extra CA and no system store
    hooks.allowLoopback = true;
    hooks.allowAnyPort = true;
    hooks.skipSystemStore = true;
    net::setTestHooks(hooks);
    const auto r = net::HttpClient(quickSettings(), &s.clock).fetch("GET", at("127.0.0.1", *server));
    net::setTestHooks(std::nullopt);
    REQUIRE(r.error.has_value());
    CHECK(r.error->code == "net.tls_untrusted");
    CHECK(server->requests().empty());
}

TEST_CASE("Loopback private CGNAT and mapped addresses are refused before connecting", "[net]")
{
    Servers s;
    NetHooks hooks(s.pki, /*allowLoopback=*/false);
    auto server = TestServer::http();
    net::HttpClient client(quickSettings(), &s.clock);

    struct Row
    {
        std::string url;
        const char* kind;
    };
    const std::string port = std::to_string(server->port());
    const Row rows[] = {
        {"http://127.0.0.1:" + port + "/", "loopback"},
        {"http://good.test:" + port + "/", "loopback"}, // a name that resolves to loopback
        {"http://mapped.test:" + port + "/", "loopback"}, // ::ffff:127.0.0.1
        {"http://[::ffff:127.0.0.1]:" + port + "/", "loopback"},
        {"http://0x7f000001:" + port + "/", "loopback"},
        {"http://intranet.test/", "private"},
        {"http://192.168.1.1/", "private"},
        {"http://100.64.0.7/", "cgnat"},
        {"http://169.254.169.254/latest/meta-data/", "link_local"},
        {"http://0.0.0.0/", "unspecified"},
        {"http://224.0.0.1/", "multicast"},
    };
    for (const Row& row : rows) {
        INFO(row.url);
        const auto r = client.fetch("GET", row.url);
        REQUIRE(r.error.has_value());
        CHECK(r.error->code == "net.address_refused");
        CHECK(r.error->params.at("kind") == row.kind);
        REQUIRE_FALSE(r.addresses.empty());
        CHECK_FALSE(r.addresses[0].allowed);
    }
    CHECK(server->requests().empty());
}

TEST_CASE("Only http and https on their own ports and without userinfo are fetched", "[net]")
{
    Servers s;
    net::HttpClient client(quickSettings(), &s.clock);
    CHECK(client.fetch("GET", "ftp://example.com/").error->params.at("why") == "scheme");
    CHECK(client.fetch("GET", "https://user@example.com/").error->params.at("why") == "userinfo");
    CHECK(client.fetch("GET", "https://example.com:8443/").error->params.at("why") == "port");
    CHECK(client.fetch("GET", "javascript:alert(1)").error->code == "net.refused_url");
}

TEST_CASE("A server that never answers times out at the handshake", "[net]")
{
    Servers s;
    NetHooks hooks(s.pki);
    auto server = TestServer::silent();
    auto settings = quickSettings();
    settings.stepTimeout = std::chrono::milliseconds(300);
    const auto r = net::HttpClient(settings, &s.clock).fetch("GET", at("good.test", *server));
    REQUIRE(r.error.has_value());
    CHECK(r.error->code == "net.timeout");
    CHECK(r.error->params.at("step") == "handshake");
}

TEST_CASE("The overall deadline ends a request whose steps each stay within their timeout", "[net]")
{
    Servers s;
    NetHooks hooks(s.pki);
    auto server = TestServer::silent();
    auto settings = quickSettings();
    settings.stepTimeout = std::chrono::milliseconds(5000);
    settings.deadline = std::chrono::milliseconds(300);
    const auto r = net::HttpClient(settings, &s.clock).fetch("GET", at("good.test", *server));
    REQUIRE(r.error.has_value());
    CHECK(r.error->code == "net.deadline");
}

TEST_CASE("A server that takes the request and stalls times out at the read", "[net]")
{
    Servers s;
    NetHooks hooks(s.pki);
    auto server = TestServer::https(withChain(s.pki.leaf({"good.test"}), s.pki.ca));
    Route stall;
    stall.stall = true;
    server->route("/", stall);
    auto settings = quickSettings();
    settings.stepTimeout = std::chrono::milliseconds(300);
    const auto r = net::HttpClient(settings, &s.clock).fetch("GET", at("good.test", *server));
    REQUIRE(r.error.has_value());
    CHECK(r.error->code == "net.timeout");
    CHECK(r.error->params.at("step") == "read");
    CHECK(server->requests().size() == 1);
}

TEST_CASE("A huge body is cut at the limit", "[net]")
{
    Servers s;
    NetHooks hooks(s.pki);
    auto server = TestServer::https(withChain(s.pki.leaf({"good.test"}), s.pki.ca));
    Route huge;
    huge.generatedBodyBytes = 20 * 1024 * 1024;
    server->route("/", huge);
    const auto r = net::HttpClient(quickSettings(), &s.clock).fetch("GET", at("good.test", *server));
    REQUIRE(r.ok());
    CHECK(r.status == 200);
    CHECK(r.body.size() == 64 * 1024);
    CHECK(r.bodyTruncated);
}

TEST_CASE("Plain HTTP works without TLS facts", "[net]")
{
    Servers s;
    NetHooks hooks(s.pki);
    auto server = TestServer::http();
    server->route("/a", {302, {{"Location", "/b"}}, ""});
    const auto r = net::HttpClient(quickSettings(), &s.clock).fetch("HEAD", at("good.test", *server, "/a", "http"));
    REQUIRE(r.ok());
    CHECK(r.status == 302);
    CHECK(r.header("location") == "/b");
    CHECK_FALSE(r.tls.has_value());
}

TEST_CASE("HTTPS goes through an HTTP CONNECT proxy unless NO_PROXY names the host", "[net]")
{
    Servers s;
    NetHooks hooks(s.pki);
    auto server = TestServer::https(withChain(s.pki.leaf({"good.test"}), s.pki.ca));
    server->route("/", {200, {}, "via proxy"});
    auto proxy = TestServer::connectProxy({{"good.test", "127.0.0.1"}});

    auto settings = quickSettings();
    settings.httpsProxy = net::ProxySettings{"127.0.0.1", proxy->port(), {}};
    const auto r = net::HttpClient(settings, &s.clock).fetch("GET", at("good.test", *server));
    INFO((r.error ? r.error->code + " " + r.error->detail : std::string()));
    REQUIRE(r.ok());
    CHECK(r.viaProxy);
    CHECK(r.body == "via proxy");
    CHECK(r.tls->chainVerified); // end to end through the tunnel
    REQUIRE(proxy->tunnels().size() == 1);
    CHECK(proxy->tunnels()[0] == "good.test:" + std::to_string(server->port()));

    settings.noProxy = {".test"};
    const auto direct = net::HttpClient(settings, &s.clock).fetch("GET", at("good.test", *server));
    REQUIRE(direct.ok());
    CHECK_FALSE(direct.viaProxy);
    CHECK(proxy->tunnels().size() == 1);
}

TEST_CASE("Proxy settings come from the environment", "[net]")
{
    ::setenv("https_proxy", "http://user:pw@proxy.school.vn:3128", 1);
    ::setenv("NO_PROXY", "localhost, .school.vn ,10.0.0.0", 1);
    const auto settings = net::ClientSettings::fromEnvironment();
    ::unsetenv("https_proxy");
    ::unsetenv("NO_PROXY");
    REQUIRE(settings.httpsProxy.has_value());
    CHECK(settings.httpsProxy->host == "proxy.school.vn");
    CHECK(settings.httpsProxy->port == 3128);
    CHECK(settings.httpsProxy->userinfo == "user:pw");
    CHECK(settings.noProxy == std::vector<std::string>{"localhost", ".school.vn", "10.0.0.0"});
}

TEST_CASE("A certificate's fingerprint is SHA-256 in hex pairs", "[net]")
{
    TestPki pki(testEpoch());
    const auto fp = net::certificateFingerprint(pki.ca.certificatePem);
    REQUIRE(fp.ok());
    CHECK(fp->size() == 32 * 3 - 1);
    CHECK(*fp == *net::certificateFingerprint(pki.ca.certificatePem));
    CHECK(*fp != *net::certificateFingerprint(pki.leaf({"good.test"}).certificatePem));
    CHECK_FALSE(net::certificateFingerprint("not a certificate").ok());
}
