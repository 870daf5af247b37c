// The collector (ReportServer) on 127.0.0.1 with a real SQLite store in a temporary folder, and
// the pinned submission client (submitReport) against it.
#include "net/ReportServer.h"

#include "CollectorClient.h"
#include "CollectorFixture.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include "common/Json.h"
#include "readiness/ReportStore.h"
#include "readiness/Submit.h"

#include <catch2/catch.hpp>

#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <thread>

#ifndef _WIN32
#include <sys/stat.h>
#endif

using namespace auditor;
using auditor::test::CollectorAnswer;
using auditor::test::CollectorClient;
using auditor::test::collectorReport;
using auditor::test::kCollectorToken;

namespace {

/** A collector serving the profile of tests/data/collector-org-profile.json from a fresh store. */
struct Collector
{
    explicit Collector(std::chrono::milliseconds readTimeout = std::chrono::milliseconds(5000))
        : clock(test::testEpoch())
    {
        auto opened = openSqliteReportStore(dir / "reports.sqlite");
        REQUIRE(opened);
        store = std::move(*opened);
        auto schema = SchemaValidator::fromFile(TEST_CHECKS_DIR "/schema/staff-report.schema.json");
        REQUIRE(schema);
        validator.emplace(std::move(*schema));
        auto made
            = net::loadOrCreateServerIdentity(dir / "collector.key", dir / "collector.crt", "localhost", clock.now());
        REQUIRE(made);
        identity = *made;
        net::ServerSettings settings;
        settings.address = "127.0.0.1";
        settings.port = 0;
        settings.keyPem = identity.keyPem;
        settings.certificatePem = identity.certificatePem;
        settings.token = kCollectorToken;
        settings.readTimeout = readTimeout;
        settings.bodyLimit = 64 * 1024;
        settings.profileId = "so-gd-khanh-hoa";
        settings.units = {"thpt-binh-minh", "thcs-hoa-sen"};
        settings.threads = 2;
        server = std::make_unique<net::ReportServer>(settings, *store, *validator, clock);
        auto bound = server->start();
        REQUIRE(bound);
        port = *bound;
    }

    std::size_t count() const
    {
        auto n = store->count();
        REQUIRE(n);
        return *n;
    }

    CollectorSettings collectorSettings() const
    {
        return {"https://127.0.0.1:" + std::to_string(port), identity.fingerprint, kCollectorToken};
    }

    test::TempDir dir;
    FixedClock clock;
    std::unique_ptr<ReportStore> store;
    std::optional<SchemaValidator> validator;
    net::ServerIdentity identity;
    std::unique_ptr<net::ReportServer> server;
    std::uint16_t port = 0;
};

} // namespace

TEST_CASE("The collector stores every report of many concurrent clients once", "[collector]")
{
    Collector c;
    constexpr int kClients = 24;
    constexpr int kEach = 6;
    std::atomic<int> stored{0};
    std::atomic<int> other{0};
    std::vector<std::thread> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.emplace_back([&, i] {
            CollectorClient client(c.port);
            for (int k = 0; k < kEach; ++k) {
                // Each client is one person sending newer and newer reports.
                const CollectorAnswer a = client.post(collectorReport(i * 100 + k, i), kCollectorToken);
                (a.status == 201 && a.body.value("status", "") == "stored" ? stored : other)++;
            }
        });
    }
    for (std::thread& t : clients) {
        t.join();
    }
    CHECK(other == 0);
    CHECK(stored == kClients * kEach);
    CHECK(c.count() == kClients * kEach);
    int people = 0;
    REQUIRE(c.store->forEachLatest([&](const ReportRecord&) { ++people; }));
    CHECK(people == kClients);

    SECTION("a report sent again is a duplicate and stored once")
    {
        CollectorClient client(c.port);
        const CollectorAnswer a = client.post(collectorReport(3 * 100 + 2, 3), kCollectorToken);
        CHECK(a.status == 200);
        CHECK(a.body["status"] == "duplicate");
        CHECK(a.body["report_id"] == test::hexId(302, 0xa11ce));
        CHECK(a.keepAlive);
        CHECK(c.count() == kClients * kEach);
    }
}

TEST_CASE("The collector tells the client what was wrong with a request", "[collector]")
{
    Collector c;
    CollectorClient client(c.port);
    REQUIRE(client.connected());

    SECTION("health needs no token and says nothing about reports")
    {
        const CollectorAnswer a = client.get("/v1/health");
        CHECK(a.status == 200);
        CHECK(a.body == nlohmann::json{{"status", "ok"}});
    }
    SECTION("a wrong token is 401 and stores nothing")
    {
        const CollectorAnswer a = client.post(collectorReport(1, 1), "kh-2030-enrol-7f3a9c21d4e8b60X");
        CHECK(a.status == 401);
        CHECK(a.body["error"] == "auth.token");
        CHECK_THAT(a.wwwAuthenticate, Catch::Matchers::StartsWith("Bearer"));
        CHECK(c.count() == 0);
    }
    SECTION("a missing token is 401")
    {
        const CollectorAnswer a = client.post(collectorReport(1, 1), "");
        CHECK(a.status == 401);
        CHECK(a.body["error"] == "auth.token");
    }
    SECTION("a body over the limit is 413, answered before the body is sent")
    {
        // Only the header: the collector must answer from the Content-Length alone.
        const CollectorAnswer a
            = client.raw("POST /v1/reports HTTP/1.1\r\nHost: c\r\nAuthorization: Bearer " + kCollectorToken
                         + "\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n");
        CHECK(a.status == 413);
        CHECK(a.body["error"] == "request.too_large");
        CHECK(a.body["limit"] == 64 * 1024);
        CHECK_FALSE(a.keepAlive);
    }
    SECTION("a chunked body over the limit is 413 too")
    {
        // One chunk of 128 KiB announced: refused at its chunk header, before its data.
        const CollectorAnswer a
            = client.raw("POST /v1/reports HTTP/1.1\r\nHost: c\r\nAuthorization: Bearer " + kCollectorToken
                         + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                           "20000\r\n");
        CHECK(a.status == 413);
    }
    SECTION("malformed JSON is 400 with its line and column")
    {
        const CollectorAnswer a
            = client.post("{\n  \"format\": \"account-auditor/staff-report\",\n  \"version\": 2,,\n}", kCollectorToken);
        CHECK(a.status == 400);
        CHECK(a.body["error"] == "report.syntax");
        CHECK(a.body["line"] == 3);
        CHECK(a.body["column"].get<int>() > 0);
        CHECK(a.keepAlive); // the body was read: the connection stays usable
        CHECK(client.get("/v1/health").status == 200);
    }
    SECTION("a report breaking the schema is 400 with the JSON pointer")
    {
        nlohmann::json report = nlohmann::json::parse(collectorReport(1, 1));
        report["platforms"][0]["checks"][1]["state"] = "maybe";
        const CollectorAnswer a = client.post(report.dump(), kCollectorToken);
        CHECK(a.status == 400);
        CHECK(a.body["error"] == "report.invalid");
        CHECK(a.body["pointer"] == "/platforms/0/checks/1/state");
        CHECK(c.count() == 0);
    }
    SECTION("a version 1 report is refused as too old")
    {
        const CollectorAnswer a
            = client.post(test::readText(TEST_DATA_DIR "/report-v2-old-version1.json"), kCollectorToken);
        CHECK(a.status == 400);
        CHECK(a.body["error"] == "report.version");
        CHECK(a.body["pointer"] == "/version");
    }
    SECTION("a report of another profile is 400")
    {
        nlohmann::json report = nlohmann::json::parse(collectorReport(1, 1));
        report["profile_id"] = "so-gd-ninh-thuan";
        const CollectorAnswer a = client.post(report.dump(), kCollectorToken);
        CHECK(a.status == 400);
        CHECK(a.body["error"] == "report.wrong_profile");
        CHECK(a.body["pointer"] == "/profile_id");
    }
    SECTION("a report of a unit the profile does not list is 400")
    {
        const CollectorAnswer a = client.post(collectorReport(1, 1, "thpt-khong-co"), kCollectorToken);
        CHECK(a.status == 400);
        CHECK(a.body["error"] == "report.unknown_unit");
        CHECK(a.body["pointer"] == "/unit");
    }
    SECTION("the same report id with other content is 409 and the first is kept")
    {
        REQUIRE(client.post(collectorReport(7, 1), kCollectorToken).status == 201);
        nlohmann::json changed = nlohmann::json::parse(collectorReport(7, 1));
        changed["overall"]["percent"] = 100;
        const CollectorAnswer a = client.post(changed.dump(), kCollectorToken);
        CHECK(a.status == 409);
        CHECK(a.body["error"] == "report.conflict");
        CHECK(c.count() == 1);
        auto body = c.store->body(test::hexId(7, 0xa11ce));
        REQUIRE(body);
        CHECK(nlohmann::json::parse(*body)["overall"]["percent"] == 55);
    }
    SECTION("a body that is not JSON by its type is 415")
    {
        const CollectorAnswer a = client.post(collectorReport(1, 1), kCollectorToken, "/v1/reports", "text/plain");
        CHECK(a.status == 415);
    }
    SECTION("an unknown path is 404 and a wrong method 405")
    {
        CHECK(client.get("/v1/report").status == 404);
        const CollectorAnswer a = client.get("/v1/reports");
        CHECK(a.status == 405);
        CHECK(a.body["error"] == "request.method");
    }
}

TEST_CASE("The collector cuts off a client that sends its request too slowly", "[collector]")
{
    Collector c(std::chrono::milliseconds(300));
    CollectorClient client(c.port);
    REQUIRE(client.connected());
    // Half the headers, then nothing: the server must close the connection when its timeout ends.
    const std::string half = "POST /v1/reports HTTP/1.1\r\nHost: c\r\nAuthorization: Bearer ";
    boost::system::error_code ec;
    boost::asio::write(client.stream(), boost::asio::buffer(half), ec);
    REQUIRE_FALSE(ec);

    // Wait for the socket to close (or give up after 10 s: then the test fails, it never hangs).
    boost::asio::io_context& ioc = client.ioc();
    ioc.restart();
    char byte = 0;
    bool closed = false;
    boost::system::error_code readError;
    client.stream().async_read_some(boost::asio::buffer(&byte, 1),
                                    [&](const boost::system::error_code& e, std::size_t) {
                                        closed = true;
                                        readError = e;
                                    });
    ioc.run_for(std::chrono::seconds(10));
    CHECK(closed);
    CHECK(readError); // end of stream, or a truncated TLS stream: no answer, just closed
    // The collector still serves others.
    CollectorClient other(c.port);
    CHECK(other.get("/v1/health").status == 200);
}

TEST_CASE("submitReport sends to the collector whose certificate is pinned", "[collector]")
{
    Collector c;
    const CollectorSettings settings = c.collectorSettings();
    const std::string report = collectorReport(42, 4);

    SECTION("stored, then a duplicate")
    {
        auto first = submitReport(settings, report);
        REQUIRE(first);
        CHECK(first->status == 201);
        CHECK(first->outcome == "stored");
        CHECK(first->reportId == test::hexId(42, 0xa11ce));
        auto again = submitReport(settings, report);
        REQUIRE(again);
        CHECK(again->status == 200);
        CHECK(again->outcome == "duplicate");
        CHECK(c.count() == 1);
    }
    SECTION("the fingerprint compares whatever its case and separators")
    {
        CollectorSettings lower = settings;
        lower.fingerprint = normalizeFingerprint(settings.fingerprint);
        for (char& ch : lower.fingerprint) {
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        }
        CHECK(submitReport(lower, report));
    }
    SECTION("another certificate at the address is refused before anything is sent")
    {
        CollectorSettings other = settings;
        auto stranger
            = net::loadOrCreateServerIdentity(c.dir / "other.key", c.dir / "other.crt", "localhost", c.clock.now());
        REQUIRE(stranger);
        other.fingerprint = stranger->fingerprint;
        auto r = submitReport(other, report);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == "submit.pin_mismatch");
        CHECK(r.error().params.at("seen") == c.identity.fingerprint);
        CHECK(r.error().params.at("expected") == stranger->fingerprint);
        CHECK(c.count() == 0);
    }
    SECTION("the collector's refusal comes back with its code and message")
    {
        CollectorSettings wrong = settings;
        wrong.token = "not-the-token";
        auto r = submitReport(wrong, report);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == "submit.rejected");
        CHECK(r.error().params.at("status") == "401");
        CHECK(r.error().params.at("code") == "auth.token");
        CHECK_FALSE(r.error().params.at("message").empty());

        auto bad = submitReport(settings, "{\"version\": 2");
        REQUIRE_FALSE(bad);
        CHECK(bad.error().params.at("code") == "report.syntax");
        CHECK(bad.error().params.at("line") == "1");
    }
    SECTION("nothing listening is a connection failure")
    {
        CollectorSettings gone = settings;
        c.server->stop();
        auto r = submitReport(gone, report, std::chrono::seconds(5));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == "submit.connect");
    }
    SECTION("an http URL or an unset collector is refused")
    {
        CollectorSettings plain = settings;
        plain.url = "http://127.0.0.1:" + std::to_string(c.port);
        CHECK(submitReport(plain, report).error().code == "submit.bad_url");
        CHECK(submitReport(CollectorSettings{}, report).error().code == "submit.not_configured");
    }
}

TEST_CASE("The collector's certificate is made once, kept private and checked against its key", "[collector]")
{
    test::TempDir dir;
    const TimePoint now = test::testEpoch();
    auto first = net::loadOrCreateServerIdentity(dir / "c" / "k.key", dir / "c" / "k.crt", "192.168.1.10", now);
    REQUIRE(first);
    CHECK(first->created);
    CHECK(first->fingerprint.size() == 95);
#ifndef _WIN32
    struct stat st
    { };
    REQUIRE(::stat((dir / "c" / "k.key").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
#endif
    auto again = net::loadOrCreateServerIdentity(dir / "c" / "k.key", dir / "c" / "k.crt", "192.168.1.10", now);
    REQUIRE(again);
    CHECK_FALSE(again->created);
    CHECK(again->fingerprint == first->fingerprint);

    SECTION("a key of another certificate is refused")
    {
        auto other = net::loadOrCreateServerIdentity(dir / "o.key", dir / "o.crt", "localhost", now);
        REQUIRE(other);
        test::writeText(dir / "c" / "k.key", other->keyPem);
        auto r = net::loadOrCreateServerIdentity(dir / "c" / "k.key", dir / "c" / "k.crt", "192.168.1.10", now);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == "collector.key_mismatch");
    }
    SECTION("a certificate without its key is never silently replaced")
    {
        std::filesystem::remove(dir / "c" / "k.key");
        auto r = net::loadOrCreateServerIdentity(dir / "c" / "k.key", dir / "c" / "k.crt", "192.168.1.10", now);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == "collector.identity_incomplete");
        CHECK(test::readText(dir / "c" / "k.crt") == first->certificatePem);
    }
}

TEST_CASE("Fingerprints are compared by their hex digits only", "[collector]")
{
    CHECK(normalizeFingerprint("ab:01:Cd") == "AB01CD");
    CHECK(formatFingerprint("ab01cd") == "AB:01:CD");
}
