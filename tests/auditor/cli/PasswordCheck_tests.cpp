#include "CliRunner.h"
#include "NetFixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace auditor;
using auditor::test::runCli;
using Catch::Matchers::Contains;
using nlohmann::json;

namespace {

/** A sorted HASH:COUNT list holding SHA-1("foo") = 0BEEC7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33. */
std::filesystem::path writeCorpus(const test::TempDir& dir)
{
    const auto path = dir / "pwned.txt";
    test::writeText(path,
                    "0A4D55A8D778E5022FAB701977C5D840BBC486D0:4\n"
                    "0BEEC7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:123\n"
                    "7C4A8D09CA3762AF61E59520943DC26494F8941B:37359195\n");
    return path;
}

} // namespace

TEST_CASE("password check against an offline list: the exit code says exposed or not", "[cli][passwords]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const auto corpus = writeCorpus(dir).string();
    auto r = runCli(dir.path(), {"--lang", "en", "password", "check", "--offline", corpus}, clock, "foo\n");
    CHECK(r.code == 1);
    CHECK_THAT(r.out, Contains("exposed up to 1,000 times (123 times)") || Contains("123"));
    r = runCli(dir.path(),
               {"password", "check", "--offline", corpus, "--format", "json"},
               clock,
               "ngựa-vằn-bay-qua-đồi-xanh-2031!\n");
    INFO(r.out << r.err);
    CHECK(r.code == 0);
    const json j = json::parse(r.out);
    CHECK(j["exposure"]["exposed"] == false);
    CHECK(j["exposure"]["source"] == "offline_list");
    CHECK(j["strength"]["band"].is_string());
    CHECK(r.out.find("ngựa") == std::string::npos); // the password is never echoed
}

TEST_CASE("password check online asks for consent and sends only the prefix", "[cli][passwords][net]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    test::TestPki pki(test::testEpoch());
    auto server = test::TestServer::https(test::withChain(pki.leaf({"api.pwnedpasswords.com"}), pki.ca));
    server->handler([](const test::RecordedRequest& request) {
        test::Route r;
        r.body = request.target == "/range/0BEEC"
            ? "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:123\r\nFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0\r\n"
            : "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0\r\n";
        return r;
    });
    net::TestHooks hooks;
    hooks.extraCaPem = pki.ca.certificatePem;
    hooks.skipSystemStore = true;
    hooks.allowLoopback = true;
    hooks.resolve["api.pwnedpasswords.com"] = "127.0.0.1";
    hooks.ports["api.pwnedpasswords.com"] = server->port();
    net::setTestHooks(hooks);

    // No consent, no terminal to ask on: nothing is sent.
    auto r = runCli(dir.path(), {"--lang", "en", "password", "check"}, clock, "foo\n");
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Contains("only the first 5 characters") && Contains("--yes"));
    CHECK(server->requests().empty());

    r = runCli(dir.path(), {"--lang", "en", "password", "check", "--yes"}, clock, "foo\n");
    INFO(r.out << r.err);
    CHECK(r.code == 1);
    REQUIRE(server->requests().size() == 1);
    CHECK(server->requests()[0].target == "/range/0BEEC");

    // A server that fails: the answer is unknown (exit 5), never "not exposed".
    server->handler([](const test::RecordedRequest&) { return test::Route{500, {}, ""}; });
    r = runCli(dir.path(), {"--lang", "en", "password", "check", "--yes"}, clock, "foo\n");
    CHECK(r.code == 5);
    CHECK_THAT(r.out, Contains("unknown"));
    net::setTestHooks(std::nullopt);
}

TEST_CASE("password check --record marks the checklist item with the date and never the password", "[cli][passwords]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    REQUIRE(runCli(dir.path(), {"accounts", "add", "zalo"}, clock).code == 0);
    const auto corpus = writeCorpus(dir).string();
    const std::string password = "Mây-trắng-bay-về-Hòn-Chồng-2031";
    auto r = runCli(
        dir.path(), {"--lang", "en", "password", "check", "--offline", corpus, "--record"}, clock, password + "\n");
    INFO(r.out << r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Contains("recorded on 1 checklist item"));
    const std::string stored = test::readText(dir / "progress.json");
    const json progress = json::parse(stored);
    const json& rec = progress["checks"]["email_master.password_not_exposed"];
    CHECK(rec["status"] == "done");
    CHECK(rec["evidence"] == "password_check:offline_list");
    CHECK(rec["set_at"] == "2030-01-07T08:00:00Z");
    CHECK(stored.find("Mây") == std::string::npos);
    CHECK(stored.find("2031") == std::string::npos);

    // The same item goes back to not done when an exposed password is checked.
    r = runCli(dir.path(), {"password", "check", "--offline", corpus, "--record"}, clock, "foo\n");
    CHECK(r.code == 1);
    CHECK(json::parse(test::readText(dir / "progress.json"))["checks"]["email_master.password_not_exposed"]["status"]
          == "not_done");
}
