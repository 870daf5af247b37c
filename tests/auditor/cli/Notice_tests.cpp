#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace auditor;
using Catch::Matchers::Contains;
using nlohmann::json;

namespace {

const std::string kSample = std::string(TEST_DATA_DIR) + "/incidents/sample.json";

} // namespace

TEST_CASE("notice writes every kind from the sample incident", "[cli][notices]")
{
    test::TempDir dir;
    FixedClock clock(*parseIsoUtc("2026-11-28T03:00:00Z"));
    const auto out = dir / "out";
    const auto r
        = test::runCli(dir.path(), {"notice", "--incident", kSample, "--out", out.string(), "--format", "json"}, clock);
    INFO(r.err);
    REQUIRE(r.code == 0);
    for (const char* file : {"bao-cao-nha-cung-cap.txt", "canh-bao-ban-be.txt", "ghi-chu-noi-bo.txt", "notices.json"}) {
        INFO(file);
        CHECK(std::filesystem::exists(out / file));
        CHECK_THAT(r.out, Contains(file));
    }
    CHECK_THAT(test::readText(out / "bao-cao-nha-cung-cap.txt"), Contains("https://www.facebook.com/hacked"));
    CHECK_THAT(test::readText(out / "canh-bao-ban-be.txt"), Contains("0901 234 567"));
    const json all = json::parse(test::readText(out / "notices.json"));
    REQUIRE(all.size() == 5);
    CHECK(all[0]["kind"] == "police");
    CHECK_THAT(all[0].dump(), Contains("ngày 28 tháng 11 năm 2026"));
    CHECK(all[1]["header"]["style"] == "agency");
#ifndef _WIN32
    // The documents carry personal data: readable by the owner only.
    const auto perms = std::filesystem::status(out / "canh-bao-ban-be.txt").permissions();
    CHECK((perms & std::filesystem::perms::others_read) == std::filesystem::perms::none);
#endif
}

TEST_CASE("notice writes one kind in English and blank forms without personal data", "[cli][notices]")
{
    test::TempDir dir;
    FixedClock clock(*parseIsoUtc("2026-11-28T03:00:00Z"));
    const auto r = test::runCli(
        dir.path(),
        {"notice", "--incident", kSample, "--kind", "contacts", "--lang", "en", "--out", (dir / "en").string()},
        clock);
    REQUIRE(r.code == 0);
    CHECK_THAT(test::readText(dir / "en" / "warning-to-contacts.txt"), Contains("do NOT send money"));

    const auto blank = test::runCli(dir.path(),
                                    {"notice",
                                     "--incident",
                                     kSample,
                                     "--kind",
                                     "police",
                                     "--blank",
                                     "--out",
                                     (dir / "b").string(),
                                     "--format",
                                     "json"},
                                    clock);
    REQUIRE(blank.code == 0);
    const std::string text = test::readText(dir / "b" / "don-trinh-bao-blank.json");
    CHECK_THAT(text, Contains("ngày … tháng … năm …"));
    CHECK_FALSE(text.find("056188000123") != std::string::npos);

    const auto none = test::runCli(
        dir.path(),
        {"notice", "--incident", kSample, "--kind", "contacts", "--blank", "--out", (dir / "c").string()},
        clock);
    CHECK(none.code == 2);
}

TEST_CASE("notice rejects a broken incident file naming it", "[cli][notices]")
{
    test::TempDir dir;
    FixedClock clock(*parseIsoUtc("2026-11-28T03:00:00Z"));
    test::writeText(dir / "bad.json", "{ \"kind\": ");
    const auto r = test::runCli(
        dir.path(), {"notice", "--incident", (dir / "bad.json").string(), "--out", (dir / "o").string()}, clock);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Contains("bad.json"));
}
