// The password checks' costs: one offline lookup in a generated million-line hash list (the
// target: well under 1 ms), hashing, parsing a padded range answer, and one strength estimate.
#include "passwords/OfflineCorpus.h"
#include "passwords/PasswordHash.h"
#include "passwords/RangeApi.h"
#include "passwords/Strength.h"

#include "TestConfig.h"
#include "auditor/passwords/SyntheticCorpus.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>

using namespace auditor;
using namespace auditor::passwords;

namespace {

constexpr std::uint64_t kLines = 1000000;

/** The generated list, written once for all benchmarks and removed at exit. */
const std::filesystem::path& corpusFile()
{
    struct File
    {
        std::filesystem::path path = std::filesystem::temp_directory_path()
            / ("auditor-bench-pwned-" + std::to_string(std::random_device()()));
        File()
        {
            test::writeSyntheticCorpus(path, kLines);
        }
        ~File()
        {
            std::error_code ec;
            std::filesystem::remove(path, ec);
        }
    };
    static const File file;
    return file.path;
}

void BM_OfflineLookupPresent(benchmark::State& state)
{
    const auto corpus = OfflineCorpus::open(corpusFile());
    std::vector<PasswordHash> hashes;
    for (std::uint64_t i = 0; i < 1024; ++i) {
        hashes.push_back(*PasswordHash::fromHex(test::syntheticHash((i * 7919) % kLines)));
    }
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(*corpus->lookup(hashes[i++ % hashes.size()]));
    }
    state.counters["file_MB"] = static_cast<double>(corpus->sizeBytes()) / 1e6;
}
BENCHMARK(BM_OfflineLookupPresent)->Unit(benchmark::kMicrosecond);

void BM_OfflineLookupAbsent(benchmark::State& state)
{
    const auto corpus = OfflineCorpus::open(corpusFile());
    std::vector<PasswordHash> hashes;
    for (std::uint64_t i = 0; i < 1024; ++i) {
        hashes.push_back(*PasswordHash::fromHex(test::absentHashNear((i * 7919) % kLines)));
    }
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(*corpus->lookup(hashes[i++ % hashes.size()]));
    }
}
BENCHMARK(BM_OfflineLookupAbsent)->Unit(benchmark::kMicrosecond);

void BM_OfflineOpen(benchmark::State& state)
{
    const auto& file = corpusFile();
    for (auto _ : state) {
        benchmark::DoNotOptimize(OfflineCorpus::open(file).ok());
    }
}
BENCHMARK(BM_OfflineOpen)->Unit(benchmark::kMicrosecond);

void BM_Sha1(benchmark::State& state)
{
    const SecretString password("nguyenvananh1990");
    for (auto _ : state) {
        benchmark::DoNotOptimize(PasswordHash::of(password).ok());
    }
}
BENCHMARK(BM_Sha1);

void BM_ParsePaddedRange(benchmark::State& state)
{
    // 1,000 lines as a padded answer has: suffixes from the generator, half of them padding.
    std::string body;
    for (std::uint64_t i = 0; i < 1000; ++i) {
        body += test::syntheticHash(i).substr(5) + ":" + std::to_string(i % 2 ? 0 : i) + "\r\n";
    }
    const std::string absent(35, 'F');
    for (auto _ : state) {
        benchmark::DoNotOptimize(*parseRangeResponse(body, absent));
    }
}
BENCHMARK(BM_ParsePaddedRange)->Unit(benchmark::kMicrosecond);

void BM_StrengthEstimate(benchmark::State& state)
{
    const auto checker = StrengthChecker::fromContent(TEST_CHECKS_DIR);
    const SecretString password("Nguyen.Van.Anh-15/09/1990");
    const std::vector<std::string> inputs = {"Nguyễn Văn Anh", "THPT Nguyễn Trãi"};
    for (auto _ : state) {
        benchmark::DoNotOptimize(checker->evaluate(password, inputs).bits);
    }
}
BENCHMARK(BM_StrengthEstimate)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
