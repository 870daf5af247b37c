// The readiness summary at a province's scale: 100,000 staff reports of ~30 checks each (100,000
// people in 300 units). Target: summarize, reading included, well under 2 s. The store is filled
// once, outside the timed loops.
#include "readiness/Summary.h"

#include "TestSupport.h"
#include "auditor/readiness/GeneratedReports.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <tuple>

using namespace auditor;

namespace {

constexpr int kReports = 100000;

test::GeneratorOptions options()
{
    test::GeneratorOptions o;
    o.people = kReports;
    o.units = 300;
    o.maxReportsPerPerson = 1; // one report each: 100,000 newest reports to aggregate
    o.missingPlatformPercent = 5;
    o.seed = 42;
    return o;
}

/** The generated organisation in a real SQLite store file, and its reports in memory. */
struct Prepared
{
    test::TempDir dir;
    test::GeneratedOrg org;
    std::unique_ptr<ReportStore> store;
    std::vector<ReportRecord> records; // sorted by generated_at, then report id (history order)
    std::size_t checks = 0;

    Prepared()
        : org(test::generateOrg(options(), test::testEpoch()))
    {
        auto opened = openSqliteReportStore(dir / "reports.sqlite");
        if (!opened || !test::storeAll(**opened, org.reports)) {
            std::fprintf(stderr, "cannot fill the store\n");
            std::abort();
        }
        store = std::move(*opened);
        for (IncomingReport& in : org.reports) {
            checks += in.record.checks.size();
            records.push_back(std::move(in.record));
        }
        org.reports.clear();
        std::sort(records.begin(), records.end(), [](const ReportRecord& a, const ReportRecord& b) {
            return std::tie(a.generatedAt, a.reportId) < std::tie(b.generatedAt, b.reportId);
        });
    }
};

Prepared& prepared()
{
    static Prepared instance;
    return instance;
}

/** summarize as the CLI and the dashboard call it: both scans of the store and the aggregation. */
void BM_Summarize100kFromSqlite(benchmark::State& state)
{
    Prepared& p = prepared();
    for (auto _ : state) {
        auto summary = summarize(*p.store, p.org.profile, &p.org.content, "vi", test::testEpoch());
        if (!summary) {
            state.SkipWithError("summarize failed");
            break;
        }
        benchmark::DoNotOptimize(summary->total.reported);
    }
    state.counters["reports"] = kReports;
    state.counters["checks"] = static_cast<double>(p.checks);
}
BENCHMARK(BM_Summarize100kFromSqlite)->Unit(benchmark::kMillisecond);

/** The aggregation alone, fed from memory (newest reports and the history for the trend). */
void BM_Aggregate100kInMemory(benchmark::State& state)
{
    Prepared& p = prepared();
    for (auto _ : state) {
        auto builder = SummaryBuilder::create(p.org.profile, &p.org.content, "vi", test::testEpoch());
        for (const ReportRecord& r : p.records) {
            (*builder)->addLatest(r);
        }
        for (const ReportRecord& r : p.records) {
            (*builder)->addHistory(r);
        }
        const ReadinessSummary summary = (*builder)->finish();
        benchmark::DoNotOptimize(summary.total.reported);
    }
    state.counters["reports"] = kReports;
}
BENCHMARK(BM_Aggregate100kInMemory)->Unit(benchmark::kMillisecond);

/** The export of the result (CSV of every unit × check and JSON), for the whole province. */
void BM_Export100k(benchmark::State& state)
{
    Prepared& p = prepared();
    auto summary = summarize(*p.store, p.org.profile, &p.org.content, "vi", test::testEpoch());
    for (auto _ : state) {
        const std::string csv = summaryToCsv(*summary, "vi");
        const std::string json = summaryToJson(*summary).dump();
        benchmark::DoNotOptimize(csv.size() + json.size());
    }
}
BENCHMARK(BM_Export100k)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
