// What the app does at start and on every click: load and validate all content, load the progress,
// score it, save it. The GUI's window-up time depends on the first three.
#include "checklist/ContentLoader.h"
#include "checklist/ProgressStore.h"
#include "checklist/Scoring.h"

#include "TestConfig.h"

#include <benchmark/benchmark.h>

#include <filesystem>

using namespace auditor;

namespace {

/** A person who chose every account and answered every check. */
Progress fullProgress(const Content& content, const Clock& clock)
{
    Progress p;
    for (const Platform& platform : content.platforms()) {
        p.select(platform.id, platform.accountTypes);
        for (const Check& c : platform.checks) {
            (void)p.setStatus(content, c.id, CheckStatus::Done, "", clock);
        }
    }
    return p;
}

void BM_LoadAndValidateContent(benchmark::State& state)
{
    for (auto _ : state) {
        ContentReport report = loadContent(TEST_CHECKS_DIR);
        benchmark::DoNotOptimize(report.checkCount);
    }
}
BENCHMARK(BM_LoadAndValidateContent)->Unit(benchmark::kMillisecond);

void BM_ScoreEverything(benchmark::State& state)
{
    const ContentReport report = loadContent(TEST_CHECKS_DIR);
    FixedClock clock(*parseIsoUtc("2027-01-01T00:00:00Z"));
    const Progress progress = fullProgress(report.content, clock);
    for (auto _ : state) {
        ScoreSummary s = computeScores(report.content, progress, clock.now());
        benchmark::DoNotOptimize(s.overall.percent);
    }
}
BENCHMARK(BM_ScoreEverything)->Unit(benchmark::kMicrosecond);

void BM_SaveProgressDurably(benchmark::State& state)
{
    const ContentReport report = loadContent(TEST_CHECKS_DIR);
    FixedClock clock(*parseIsoUtc("2027-01-01T00:00:00Z"));
    const Progress progress = fullProgress(report.content, clock);
    const auto dir = std::filesystem::temp_directory_path() / "auditor-bench-store";
    ProgressStore store(dir);
    for (auto _ : state) {
        benchmark::DoNotOptimize(store.save(progress, clock).ok());
    }
    std::filesystem::remove_all(dir);
}
BENCHMARK(BM_SaveProgressDurably)->Unit(benchmark::kMillisecond);

void BM_LoadProgress(benchmark::State& state)
{
    const ContentReport report = loadContent(TEST_CHECKS_DIR);
    FixedClock clock(*parseIsoUtc("2027-01-01T00:00:00Z"));
    const auto dir = std::filesystem::temp_directory_path() / "auditor-bench-load";
    ProgressStore store(dir);
    (void)store.save(fullProgress(report.content, clock), clock);
    for (auto _ : state) {
        auto loaded = store.load(clock);
        benchmark::DoNotOptimize(loaded.ok());
    }
    std::filesystem::remove_all(dir);
}
BENCHMARK(BM_LoadProgress)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
