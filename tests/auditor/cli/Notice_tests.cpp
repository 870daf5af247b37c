#include "CliRunner.h"
#include "TestPrograms.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <sstream>

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

#ifdef AUDITOR_WITH_PDF
namespace {

/** Runs a poppler tool and returns what it printed. */
std::string runTool(const std::string& command)
{
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        std::size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
            out.append(buffer, n);
        }
        ::pclose(pipe);
    }
    return out;
}

} // namespace

TEST_CASE("notice writes a PDF of every document in one embedded family with the profile's unit", "[cli][notices]")
{
    test::TempDir dir;
    FixedClock clock(*parseIsoUtc("2026-11-28T03:00:00Z"));
    const auto out = dir / "pdf";
    const std::string profile = std::string(TEST_CHECKS_DIR) + "/../docs/examples/org-profile.json";
    const auto r = test::runCli(
        dir.path(), {"notice", "--incident", kSample, "--profile", profile, "--out", out.string()}, clock);
    INFO(r.err);
    REQUIRE(r.code == 0);
    std::string all;
    for (const char* stem :
         {"don-trinh-bao", "cong-van-don-vi", "bao-cao-nha-cung-cap", "canh-bao-ban-be", "ghi-chu-noi-bo"}) {
        const auto pdf = out / (std::string(stem) + ".pdf");
        INFO(pdf.string());
        REQUIRE(std::filesystem::exists(pdf));
        // pdffonts: a header of two lines, then one line per font; every font of one family, embedded.
        const std::string fonts = runTool("pdffonts '" + pdf.string() + "' | tail -n +3");
        REQUIRE_FALSE(fonts.empty());
        std::istringstream lines(fonts);
        for (std::string line; std::getline(lines, line);) {
            INFO(line);
            CHECK((line.rfind("Tinos", 0) == 0 || line.rfind("TimesNewRoman", 0) == 0));
            CHECK_THAT(line, Contains(" yes "));
        }
        all += runTool("pdftotext -enc UTF-8 '" + pdf.string() + "' -");
    }
    // The police report and the unit's letter, read back: the person, the unit from the profile,
    // the Decree's date, and addressees that exist today.
    CHECK_THAT(all, Contains("ĐƠN TRÌNH BÁO"));
    CHECK_THAT(all, Contains("Trần Thị Mai Anh"));
    CHECK_THAT(all, Contains("TRƯỜNG THPT BÌNH MINH"));
    CHECK_THAT(all, Contains("ngày 28 tháng 11 năm 2026"));
    CHECK_THAT(all, Contains("Kính gửi: - Sở Giáo dục và Đào tạo tỉnh Khánh Hòa;"));
    CHECK_THAT(all, Contains("https://www.facebook.com/hacked"));
    // Bodies abolished or merged in 2025 (checks/directory/authorities.json, "superseded").
    for (const char* gone :
         {"Sở Thông tin và Truyền thông", "Công an thành phố Nha Trang", "Phòng Giáo dục và Đào tạo thành phố"}) {
        CHECK(all.find(gone) == std::string::npos);
    }
}
#endif
