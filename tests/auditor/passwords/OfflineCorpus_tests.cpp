#include "passwords/OfflineCorpus.h"

#include "SyntheticCorpus.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <string>

using namespace auditor;
using namespace auditor::passwords;

namespace {

constexpr std::uint64_t kMillion = 1000000;
// SHA-1 of "foo", merged into the generated file so a real password is found in it.
const std::string kFooHash = "0BEEC7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33";
constexpr std::uint64_t kFooCount = 123;

PasswordHash hashOf(const std::string& hex)
{
    return *PasswordHash::fromHex(hex);
}

/** The generated million-line list (about 48 MB), written once per test run. */
const std::filesystem::path& millionLineFile()
{
    static const test::TempDir dir;
    static const std::filesystem::path file = [] {
        const auto path = dir / "pwned-passwords-sha1-ordered-by-hash.txt";
        REQUIRE(test::writeSyntheticCorpus(path, kMillion, "\n", {{kFooHash, kFooCount}}));
        return path;
    }();
    return file;
}

std::uint64_t countOf(const OfflineCorpus& corpus, const std::string& hex)
{
    const auto count = corpus.lookup(hashOf(hex));
    REQUIRE(count);
    return *count;
}

} // namespace

TEST_CASE("The offline list finds hashes in a million-line file without loading it", "[passwords]")
{
    const auto corpus = OfflineCorpus::open(millionLineFile());
    REQUIRE(corpus);
    CHECK(corpus->sizeBytes() > 40 * kMillion);

    SECTION("the first line the middle line and the last line")
    {
        CHECK(countOf(*corpus, test::syntheticHash(0)) == test::syntheticCount(0));
        CHECK(countOf(*corpus, test::syntheticHash(kMillion / 2)) == test::syntheticCount(kMillion / 2));
        CHECK(countOf(*corpus, test::syntheticHash(kMillion - 1)) == test::syntheticCount(kMillion - 1));
    }
    SECTION("every 997th line")
    {
        for (std::uint64_t i = 1; i < kMillion; i += 997) {
            CAPTURE(i);
            CHECK(countOf(*corpus, test::syntheticHash(i)) == test::syntheticCount(i));
        }
    }
    SECTION("absent hashes between lines before the first and after the last")
    {
        CHECK(countOf(*corpus, test::absentHashNear(0)) == 0);
        CHECK(countOf(*corpus, test::absentHashNear(kMillion / 3)) == 0);
        CHECK(countOf(*corpus, test::absentHashNear(kMillion - 1)) == 0); // after the last line
        CHECK(countOf(*corpus, std::string(40, '0')) == 0); // before the first line
        CHECK(countOf(*corpus, std::string(40, 'F')) == 0);
    }
    SECTION("lower-case input is the same hash")
    {
        std::string lower = test::syntheticHash(4242);
        for (char& c : lower) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        CHECK(countOf(*corpus, lower) == test::syntheticCount(4242));
    }
    SECTION("a real password through checkOffline")
    {
        const auto foo = checkOffline(SecretString("foo"), *corpus);
        REQUIRE(foo);
        CHECK(foo->count == kFooCount);
        CHECK(foo->source == ExposureSource::OfflineCorpus);
        const auto bar = checkOffline(SecretString("bar"), *corpus);
        REQUIRE(bar);
        CHECK_FALSE(bar->exposed());
    }
}

TEST_CASE("The offline list reads CRLF files a BOM and a last line without newline", "[passwords]")
{
    test::TempDir dir;
    SECTION("CRLF, large enough for a real binary search")
    {
        const auto file = dir / "crlf.txt";
        REQUIRE(test::writeSyntheticCorpus(file, 100000, "\r\n", {{kFooHash, kFooCount}}));
        const auto corpus = OfflineCorpus::open(file);
        REQUIRE(corpus);
        for (std::uint64_t i : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{50000}, std::uint64_t{99999}}) {
            CAPTURE(i);
            CHECK(countOf(*corpus, test::syntheticHash(i)) == test::syntheticCount(i));
        }
        CHECK(countOf(*corpus, kFooHash) == kFooCount);
        CHECK(countOf(*corpus, test::absentHashNear(777)) == 0);
        CHECK(countOf(*corpus, std::string(40, 'F')) == 0);
    }
    SECTION("a small file with a byte-order mark and no final newline")
    {
        // Three lines; the middle one is SHA-1("foo").
        const auto file = dir / "small.txt";
        test::writeText(file,
                        "\xEF\xBB\xBF"
                        "000000005AD76BD555C1D6D771DE417A4B87E4B4:4\r\n"
                            + kFooHash
                            + ":123\r\n"
                              "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:1");
        const auto corpus = OfflineCorpus::open(file);
        REQUIRE(corpus);
        CHECK(countOf(*corpus, "000000005AD76BD555C1D6D771DE417A4B87E4B4") == 4);
        CHECK(countOf(*corpus, kFooHash) == 123);
        CHECK(countOf(*corpus, std::string(40, 'F')) == 1);
        CHECK(countOf(*corpus, std::string(40, '1')) == 0);
    }
}

TEST_CASE("A bad offline list is a clear error with the file and the place", "[passwords]")
{
    test::TempDir dir;
    const auto openError = [&](const std::string& name, const std::string& content) {
        test::writeText(dir / name, content);
        const auto corpus = OfflineCorpus::open(dir / name);
        REQUIRE_FALSE(corpus);
        CHECK(corpus.error().params.at("file") == (dir / name).string());
        return corpus.error();
    };

    SECTION("a missing file")
    {
        const auto corpus = OfflineCorpus::open(dir / "missing.txt");
        REQUIRE_FALSE(corpus);
        CHECK(corpus.error().code == "corpus.open");
    }
    SECTION("an empty file")
    {
        CHECK(openError("empty.txt", "").code == "corpus.empty");
    }
    SECTION("garbage")
    {
        const Error e = openError("garbage.txt", "this is not a hash list\nat all\n");
        CHECK(e.code == "corpus.malformed");
        CHECK(e.params.at("line") == "1");
    }
    SECTION("binary data without any newline")
    {
        const Error e = openError("binary.bin", std::string(100000, '\x01'));
        CHECK(e.code == "corpus.malformed");
        CHECK(e.params.at("line") == "1");
    }
    SECTION("a bad third line")
    {
        const Error e = openError(
            "bad-line.txt", "000000005AD76BD555C1D6D771DE417A4B87E4B4:4\n" + kFooHash + ":123\n" + kFooHash + "123\n");
        CHECK(e.code == "corpus.malformed");
        CHECK(e.params.at("line") == "3");
    }
    SECTION("the NTLM list instead of the SHA-1 one")
    {
        // 32 hex characters: the shape of the NTLM download.
        CHECK(openError("ntlm.txt", "00000000DD7F2A1C68A35673713783CA:3\n").code == "corpus.not_sha1");
    }
    SECTION("lines out of order near the start")
    {
        const Error e = openError("unsorted.txt", kFooHash + ":123\n000000005AD76BD555C1D6D771DE417A4B87E4B4:4\n");
        CHECK(e.code == "corpus.unsorted");
        CHECK(e.params.at("line") == "2");
    }
    SECTION("a last line lower than the first ones")
    {
        // Sorted halves in the wrong order: the start looks fine, the end gives it away on open.
        test::writeSyntheticCorpus(dir / "rotated.txt", 5000);
        const std::string all = test::readText(dir / "rotated.txt");
        const std::size_t cut = all.find('\n', all.size() / 2) + 1;
        const std::string rotated = all.substr(cut) + all.substr(0, cut);
        CHECK(openError("rotated-halves.txt", rotated).code == "corpus.unsorted");
    }
}

TEST_CASE("Disorder or damage met during a lookup is an error not a miss", "[passwords]")
{
    test::TempDir dir;
    constexpr std::uint64_t kLines = 100000;
    const auto build = [&](const std::string& name, auto&& lineFor) {
        std::string text;
        for (std::uint64_t i = 0; i < kLines; ++i) {
            text += lineFor(i);
            text += '\n';
        }
        test::writeText(dir / name, text);
        return dir / name;
    };
    const auto line
        = [](std::uint64_t i) { return test::syntheticHash(i) + ":" + std::to_string(test::syntheticCount(i)); };

    SECTION("a stretch of low hashes in the upper half")
    {
        // Lines 55,000 to 95,000 repeat the hashes of lines 5,000 to 45,000: the first probe lands
        // near line 50,000, the second inside the stretch, below what the first proved.
        const auto file
            = build("stretch.txt", [&](std::uint64_t i) { return line(i >= 55000 && i < 95000 ? i - 50000 : i); });
        const auto corpus = OfflineCorpus::open(file);
        REQUIRE(corpus); // the start and the end are in order: open() cannot tell
        const auto result = corpus->lookup(hashOf(test::syntheticHash(97000)));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == "corpus.unsorted");
        CHECK(result.error().params.at("file") == file.string());
        CHECK(std::stoull(result.error().params.at("offset")) > 0);
        // Lookups that never look there still work.
        CHECK(countOf(*corpus, test::syntheticHash(1000)) == test::syntheticCount(1000));
    }
    SECTION("garbage in the middle")
    {
        const auto file = build("damaged.txt", [&](std::uint64_t i) {
            return i >= 40000 && i < 60000 ? std::string("this line was damaged on the way") : line(i);
        });
        const auto corpus = OfflineCorpus::open(file);
        REQUIRE(corpus);
        const auto result = corpus->lookup(hashOf(test::syntheticHash(50000)));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == "corpus.malformed");
        CHECK(result.error().params.count("offset") == 1);
    }
}
