// The collector's SQLite store at a province's scale: 100,000 staff reports of ~30 checks each.
// Aggregation (part C) must read them all in well under 2 s, so forEachLatest must not parse JSON;
// storing must stay durable (one fsync per putMany) without being slow.
#include "readiness/ReportStore.h"

#include "TestSupport.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

using namespace auditor;

namespace {

constexpr int kPeople = 100000;
constexpr int kChecks = 30;

std::string hexId(std::uint64_t n, char tag)
{
    char text[33];
    std::snprintf(text, sizeof text, "%c%031llx", tag, static_cast<unsigned long long>(n));
    return text;
}

/** A realistic report: 30 checks over 4 platforms, with the JSON body the app would send. */
IncomingReport makeReport(std::uint64_t n, char tag)
{
    const TimePoint generated = test::testEpoch() - std::chrono::minutes(n % 50000);
    IncomingReport in;
    ReportRecord& r = in.record;
    r.reportId = hexId(n, tag);
    r.personId = hexId(n % kPeople, 'p');
    r.profileId = "so-gd-khanh-hoa";
    r.unit = "thpt-" + std::to_string(n % 300);
    r.generatedAt = generated;
    r.receivedAt = generated;
    r.appVersion = "0.9.0";
    r.contentVersion = "2026.11";
    r.percent = static_cast<int>(n % 101);
    nlohmann::json platforms = nlohmann::json::array();
    for (const char* platform : {"facebook", "zalo", "google", "microsoft"}) {
        r.platforms.push_back({platform, 50, 5, 10});
        nlohmann::json checks = nlohmann::json::array();
        for (int c = 0; c < kChecks / 4 + 1 && r.checks.size() < kChecks; ++c) {
            const std::string id = std::string(platform) + ".check_number_" + std::to_string(c);
            const CheckState state = static_cast<CheckState>((n + c) % 6);
            r.checks.push_back({id, state, generated - std::chrono::hours(c)});
            checks.push_back({{"id", id},
                              {"topic", "two_factor"},
                              {"state", toString(state)},
                              {"set_at", formatIsoUtc(generated - std::chrono::hours(c))},
                              {"reason_given", false}});
        }
        platforms.push_back({{"id", platform}, {"account_types", {"personal"}}, {"checks", checks}});
    }
    in.body = nlohmann::json{{"report_id", r.reportId}, {"platforms", platforms}}.dump();
    return in;
}

/** One store of kPeople reports (one per person), filled once and shared by the read benchmarks. */
struct FilledStore
{
    test::TempDir dir;
    std::unique_ptr<ReportStore> store;

    FilledStore()
    {
        auto opened = openSqliteReportStore(dir / "reports.sqlite");
        if (!opened) {
            std::fprintf(stderr, "open: %s\n", opened.error().detail.c_str());
            std::abort();
        }
        store = std::move(*opened);
        std::vector<IncomingReport> batch;
        for (int n = 0; n < kPeople; ++n) {
            batch.push_back(makeReport(static_cast<std::uint64_t>(n), 'a'));
            if (batch.size() == 5000) {
                (void)store->putMany(batch);
                batch.clear();
            }
        }
    }
};

FilledStore& filled()
{
    static FilledStore instance;
    return instance;
}

void BM_FillStore100k(benchmark::State& state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(filled().store.get());
    }
}
BENCHMARK(BM_FillStore100k)->Iterations(1)->Unit(benchmark::kSecond);

void BM_ForEachLatest100k(benchmark::State& state)
{
    ReportStore& store = *filled().store;
    for (auto _ : state) {
        std::size_t checks = 0;
        (void)store.forEachLatest([&](const ReportRecord& r) { checks += r.checks.size(); });
        benchmark::DoNotOptimize(checks);
    }
    state.counters["reports"] = kPeople;
}
BENCHMARK(BM_ForEachLatest100k)->Unit(benchmark::kMillisecond);

void BM_ForEachReportWithoutChecks100k(benchmark::State& state)
{
    ReportStore& store = *filled().store;
    for (auto _ : state) {
        long sum = 0;
        (void)store.forEachReport(false, [&](const ReportRecord& r) { sum += r.percent; });
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(BM_ForEachReportWithoutChecks100k)->Unit(benchmark::kMillisecond);

void BM_ReopenStore100k(benchmark::State& state)
{
    const auto file = filled().dir / "reports.sqlite";
    for (auto _ : state) {
        auto store = openSqliteReportStore(file);
        benchmark::DoNotOptimize(store.ok());
    }
}
BENCHMARK(BM_ReopenStore100k)->Unit(benchmark::kMillisecond);

/** One durable putMany of `range(0)` new reports into the filled store (a commit with fsync each). */
void BM_PutManyDurable(benchmark::State& state)
{
    ReportStore& store = *filled().store;
    static std::uint64_t next = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<IncomingReport> batch;
        for (int i = 0; i < state.range(0); ++i) {
            batch.push_back(makeReport(next++, 'b'));
        }
        state.ResumeTiming();
        auto put = store.putMany(batch);
        benchmark::DoNotOptimize(put.ok());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_PutManyDurable)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
