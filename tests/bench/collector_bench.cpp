// Durable ingest by the collector: reports/s over real TLS on loopback into a real SQLite file
// (WAL, synchronous=FULL), each report acknowledged only after its group's commit. Clients keep
// their connection alive and send one report after the other, as `auditor report submit` from
// many staff machines at once would (without the handshake: BM_SubmitReport measures that).
#include "net/ReportServer.h"

#include "CollectorClient.h"
#include "CollectorFixture.h"
#include "TestConfig.h"

#include "common/Json.h"
#include "readiness/ReportStore.h"
#include "readiness/Submit.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <random>
#include <stdexcept>
#include <thread>

using namespace auditor;

namespace {

constexpr int kReportsPerClient = 20; // per iteration

/** One collector for the whole run, in a fresh temporary folder. */
struct Bench
{
    Bench()
        : clock(TimePoint(std::chrono::seconds(1893916800)))
    {
        std::random_device random;
        dir = std::filesystem::temp_directory_path() / ("collector-bench-" + std::to_string(random()));
        std::filesystem::create_directories(dir);
        store = std::move(*openSqliteReportStore(dir / "reports.sqlite"));
        validator.emplace(std::move(*SchemaValidator::fromFile(TEST_CHECKS_DIR "/schema/staff-report.schema.json")));
        identity = *net::loadOrCreateServerIdentity(dir / "c.key", dir / "c.crt", "localhost", clock.now());
        net::ServerSettings settings;
        settings.address = "127.0.0.1";
        settings.port = 0;
        settings.keyPem = identity.keyPem;
        settings.certificatePem = identity.certificatePem;
        settings.token = test::kCollectorToken;
        settings.profileId = "so-gd-khanh-hoa";
        settings.units = {"thpt-binh-minh", "thcs-hoa-sen"};
        settings.threads = 2;
        server = std::make_unique<net::ReportServer>(settings, *store, *validator, clock);
        port = *server->start();
    }
    ~Bench()
    {
        server.reset();
        store.reset();
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }

    std::filesystem::path dir;
    FixedClock clock;
    std::unique_ptr<ReportStore> store;
    std::optional<SchemaValidator> validator;
    net::ServerIdentity identity;
    std::unique_ptr<net::ReportServer> server;
    std::uint16_t port = 0;
    std::atomic<unsigned long long> next{0};
};

Bench& bench()
{
    static Bench b;
    return b;
}

void BM_DurableIngest(benchmark::State& state)
{
    Bench& b = bench();
    const int clients = static_cast<int>(state.range(0));
    std::vector<std::unique_ptr<test::CollectorClient>> connections;
    for (int i = 0; i < clients; ++i) {
        connections.push_back(std::make_unique<test::CollectorClient>(b.port));
    }
    std::atomic<long> failures{0};
    long reports = 0;
    for (auto _ : state) {
        // Each body is made in the loop: ~20 µs, small beside what the collector does per report.
        std::vector<std::thread> threads;
        for (int i = 0; i < clients; ++i) {
            threads.emplace_back([&, i] {
                for (int k = 0; k < kReportsPerClient; ++k) {
                    const unsigned long long n = b.next++;
                    const auto a = connections[i]->post(test::collectorReport(n, n % 5000), test::kCollectorToken);
                    if (a.status != 201) {
                        ++failures;
                    }
                }
            });
        }
        for (std::thread& t : threads) {
            t.join();
        }
        reports += static_cast<long>(clients) * kReportsPerClient;
    }
    if (failures > 0) {
        state.SkipWithError("a report was not stored");
    }
    state.counters["reports/s"] = benchmark::Counter(static_cast<double>(reports), benchmark::Counter::kIsRate);
    state.counters["stored"] = static_cast<double>(*b.store->count());
}
BENCHMARK(BM_DurableIngest)->Arg(1)->Arg(50)->UseRealTime()->Unit(benchmark::kMillisecond);

/** One `auditor report submit`: a new TLS connection (pinned), one report, its acknowledgement. */
void BM_SubmitReport(benchmark::State& state)
{
    Bench& b = bench();
    const CollectorSettings collector{
        "https://127.0.0.1:" + std::to_string(b.port), b.identity.fingerprint, test::kCollectorToken};
    long reports = 0;
    for (auto _ : state) {
        const unsigned long long n = b.next++;
        auto receipt = submitReport(collector, test::collectorReport(n, n % 5000));
        if (!receipt) {
            state.SkipWithError(receipt.error().code.c_str());
            break;
        }
        ++reports;
    }
    state.counters["reports/s"] = benchmark::Counter(static_cast<double>(reports), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SubmitReport)->UseRealTime()->Unit(benchmark::kMillisecond);

/** What the collector does per report before the store: parse and check against the schema. */
void BM_ParseStaffReport(benchmark::State& state)
{
    Bench& b = bench();
    const std::string body = test::collectorReport(1, 1);
    for (auto _ : state) {
        auto record = parseStaffReport(body, *b.validator, b.clock.now());
        benchmark::DoNotOptimize(record);
    }
}
BENCHMARK(BM_ParseStaffReport)->Unit(benchmark::kMicrosecond);

/** The client side's own cost per report in the ingest benchmarks: making the body. */
void BM_MakeReportBody(benchmark::State& state)
{
    unsigned long long n = 0;
    for (auto _ : state) {
        ++n;
        benchmark::DoNotOptimize(test::collectorReport(n, n % 5000));
    }
}
BENCHMARK(BM_MakeReportBody)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
