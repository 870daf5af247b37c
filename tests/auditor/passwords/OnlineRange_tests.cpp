#include "passwords/OnlineRange.h"
#include "passwords/PasswordHash.h"

#include "NetFixture.h"

#include <catch2/catch.hpp>

using namespace auditor;
using namespace auditor::test;

namespace {

/** Our own range API on loopback, answering for api.pwnedpasswords.com through the test hooks. */
struct RangeServer
{
    FixedClock clock{testEpoch()};
    TestPki pki{testEpoch()};
    std::unique_ptr<TestServer> server = TestServer::https(withChain(pki.leaf({"api.pwnedpasswords.com"}), pki.ca));

    RangeServer()
    {
        net::TestHooks hooks;
        hooks.extraCaPem = pki.ca.certificatePem;
        hooks.skipSystemStore = true;
        hooks.allowLoopback = true;
        hooks.resolve["api.pwnedpasswords.com"] = "127.0.0.1";
        hooks.ports["api.pwnedpasswords.com"] = server->port();
        net::setTestHooks(hooks);
        // Generated data: for the prefix of SHA-1("foo"), its suffix with a count, padding with 0.
        server->handler([](const RecordedRequest& request) {
            Route r;
            if (request.target.rfind("/range/", 0) != 0 || request.target.size() != 12) {
                return Route{400, {}, "bad request"};
            }
            r.body = "0000000000000000000000000000000000A:0\r\n";
            if (request.target == "/range/0BEEC") { // SHA-1 of "foo" starts 0BEEC
                r.body += "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:123\r\n";
            }
            if (request.target == "/range/62CDB") { // SHA-1 of "bar": only a padding line
                r.body += "7020DE8E2EB3C1D76B8F16D55D12A3E8E3A:0\r\n";
            }
            for (int i = 0; i < 900; ++i) {
                char line[48];
                std::snprintf(line, sizeof line, "F%034d:0\r\n", i);
                r.body += line;
            }
            return r;
        });
    }
    ~RangeServer()
    {
        net::setTestHooks(std::nullopt);
    }
};

std::string everythingReceived(const RecordedRequest& r)
{
    std::string all = r.method + " " + r.target + "\n" + r.body;
    for (const auto& [name, value] : r.headers) {
        all += name + ": " + value + "\n";
    }
    return all;
}

} // namespace

TEST_CASE("Only the five-character prefix reaches the range server", "[passwords][net]")
{
    RangeServer range;
    auto settings = quickSettings();
    settings.bodyLimit = 1024 * 1024;
    const net::HttpClient client(settings, &range.clock);
    const auto fetch = passwords::httpsRangeFetcher(client);

    const passwords::SecretString foo("foo");
    const auto exposure = passwords::checkOnline(foo, fetch);
    INFO((exposure ? std::string() : exposure.error().code + " " + exposure.error().detail));
    REQUIRE(exposure.ok());
    CHECK(exposure->count == 123);
    CHECK(exposure->exposed());

    const auto seen = range.server->requests();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].method == "GET");
    CHECK(seen[0].target == "/range/0BEEC");
    CHECK(seen[0].body.empty());
    CHECK(seen[0].headers.at("add-padding") == "true");
    CHECK(seen[0].headers.at("user-agent") == "AccountAuditor");
    const std::string received = everythingReceived(seen[0]);
    // Nothing of the password, nor of the hash beyond its prefix, arrived.
    CHECK(received.find("foo") == std::string::npos);
    CHECK(received.find("7B5EA") == std::string::npos);
    CHECK(received.find("0BEEC7") == std::string::npos);

    SECTION("a suffix present only as padding is not exposed")
    {
        const auto bar = passwords::checkOnline(passwords::SecretString("bar"), fetch);
        REQUIRE(bar.ok());
        CHECK(bar->count == 0);
        CHECK_FALSE(bar->exposed());
    }
}

TEST_CASE("A failing range server gives an error and never not exposed", "[passwords][net]")
{
    RangeServer range;
    range.server->handler([](const RecordedRequest&) { return Route{503, {}, "busy"}; });
    const net::HttpClient client(quickSettings(), &range.clock);
    const auto result = passwords::checkOnline(passwords::SecretString("foo"), passwords::httpsRangeFetcher(client));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == "password.fetch_failed");
    CHECK(result.error().params.at("status") == "503");

    net::setTestHooks(std::nullopt); // without the hooks the test CA is not trusted: still an error
    const auto untrusted = passwords::checkOnline(passwords::SecretString("foo"), passwords::httpsRangeFetcher(client));
    REQUIRE_FALSE(untrusted.ok());
    CHECK(untrusted.error().code == "password.fetch_failed");
}
