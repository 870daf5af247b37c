// Offline link verdicts per second, and loading a million-entry block list (time and size).
#include "links/HostList.h"
#include "links/LinkSetup.h"

#include "TestConfig.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <thread>

using namespace auditor;

namespace {

const std::vector<std::string>& sampleLinks()
{
    static const std::vector<std::string> links = {
        "https://www.facebook.com/groups/abc",
        "https://faceb00k.com/login",
        "vietcombank-xacminh.xyz",
        "https://vnexpress.net/the-gioi",
        "https://accounts.google.com/signin",
        "bit.ly/3abc",
        "http://3279880203/blah",
        "https://vietc\xc3\xb3mbank.vn/",
        "acb.vn-banking.xyz/login",
        "https://www.debian.org/doc/manuals/",
        "https://shopee.vn/product/123",
        "https://momo-nhanqua.vip/",
    };
    return links;
}

std::unique_ptr<LinkAnalyzer> makeAnalyzer()
{
    const auto empty = std::filesystem::temp_directory_path() / "auditor-bench-empty";
    auto a = makeLinkAnalyzer(TEST_CHECKS_DIR, empty);
    return a ? std::move(*a) : nullptr;
}

void BM_VerdictOneThread(benchmark::State& state)
{
    const auto analyzer = makeAnalyzer();
    const auto& links = sampleLinks();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(analyzer->analyze(links[i++ % links.size()]).verdict);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_VerdictOneThread);

void BM_VerdictAllCores(benchmark::State& state)
{
    const auto analyzer = makeAnalyzer();
    const auto& links = sampleLinks();
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    constexpr int kPerThread = 20000;
    for (auto _ : state) {
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t) {
            pool.emplace_back([&] {
                for (int i = 0; i < kPerThread; ++i) {
                    benchmark::DoNotOptimize(
                        analyzer->analyze(links[static_cast<std::size_t>(i) % links.size()]).verdict);
                }
            });
        }
        for (auto& th : pool) {
            th.join();
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * threads * kPerThread);
}
BENCHMARK(BM_VerdictAllCores)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LoadMillionEntryList(benchmark::State& state)
{
    const auto file = std::filesystem::temp_directory_path() / "auditor-bench-million.txt";
    {
        std::ofstream out(file);
        for (int i = 0; i < 1000000; ++i) {
            out << "scam-" << i << (i % 3 == 0 ? ".xyz\n" : (i % 3 == 1 ? ".com.vn/login/\n" : ".top\n"));
        }
    }
    std::size_t entries = 0;
    for (auto _ : state) {
        auto list = HostList::fromFile(file, "bench");
        entries = list->size();
        benchmark::DoNotOptimize(entries);
    }
    state.counters["entries"] = static_cast<double>(entries);
    state.counters["bytes_per_entry"] = 8; // one 64-bit hash per entry, by construction
    std::filesystem::remove(file);
}
BENCHMARK(BM_LoadMillionEntryList)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
