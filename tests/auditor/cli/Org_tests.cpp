#include "CliRunner.h"

#include "readiness/Enrolment.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace auditor;
using namespace auditor::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kSample = (fs::path(TEST_CHECKS_DIR).parent_path() / "docs/examples/org-profile.json").string();
const fs::path kData = fs::path(TEST_CHECKS_DIR).parent_path() / "tests/data";

std::string all(const CliResult& r)
{
    return r.out + r.err;
}

} // namespace

TEST_CASE("The IT lead makes a profile with org init edit show and code", "[org][cli]")
{
    TempDir lead;
    FixedClock clock(testEpoch());
    const std::string file = (lead / "truong.json").string();

    auto r = runCli(lead.path(),
                    {"--lang",
                     "en",
                     "org",
                     "init",
                     "--id",
                     "kh-thcs-vi-du",
                     "--name",
                     "TRƯỜNG THCS VÍ DỤ",
                     "--parent",
                     "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KHÁNH HÒA",
                     "--out",
                     file},
                    clock);
    INFO(all(r));
    REQUIRE(r.code == 0);
    CHECK(r.out.find("auditor org code") != std::string::npos);
    const std::string token = json::parse(readText(file))["collector"]["token"];
    CHECK(token.size() == 32);

    SECTION("init refuses to overwrite without --force")
    {
        auto again = runCli(lead.path(), {"org", "init", "--id", "x", "--name", "X", "--out", file}, clock);
        CHECK(again.code == 2);
        CHECK(again.err.find(file) != std::string::npos);
        CHECK(runCli(lead.path(), {"org", "init", "--id", "x", "--name", "X", "--out", file, "--force"}, clock).code
              == 0);
    }
    SECTION("edit changes one thing per option and refuses unknown ids")
    {
        auto e = runCli(
            lead.path(),
            {"org",
             "edit",
             "--profile",
             file,
             "--add-unit",
             "to-toan=Tổ Toán",
             "--kind",
             "department",
             "--expected",
             "12",
             "--require-platform",
             "zalo",
             "--require-check",
             "zalo.two_layer_verification",
             "--report-every",
             "14",
             "--stale-after",
             "21",
             "--share-name",
             "yes",
             "--collector-url",
             "https://192.168.1.10:8443",
             "--collector-fingerprint",
             "ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89"},
            clock);
        INFO(all(e));
        REQUIRE(e.code == 0);
        const json doc = json::parse(readText(file));
        CHECK(doc["units"][1]
              == json{{"id", "to-toan"}, {"name", "Tổ Toán"}, {"kind", "department"}, {"expected_staff", 12}});
        CHECK(doc["requirements"]["platforms"] == json::array({"zalo"}));
        CHECK(doc["recheck"]["stale_after_days"] == 21);
        CHECK(doc["privacy"]["name"] == true);
        CHECK(doc["collector"]["fingerprint"].get<std::string>().rfind("AB:CD:EF", 0) == 0);

        auto bad = runCli(
            lead.path(), {"--lang", "en", "org", "edit", "--profile", file, "--require-platform", "myspace"}, clock);
        CHECK(bad.code == 2);
        CHECK(bad.err.find("myspace") != std::string::npos);
        CHECK(bad.err.find("facebook") != std::string::npos); // the valid ones are listed
        auto badCheck = runCli(lead.path(), {"org", "edit", "--profile", file, "--require-check", "zalo.nope"}, clock);
        CHECK(badCheck.code == 2);
        CHECK(badCheck.err.find("zalo.two_layer_verification") != std::string::npos);

        // Validated before writing: a stale limit below the interval changes nothing.
        const std::string before = readText(file);
        auto invalid = runCli(lead.path(), {"org", "edit", "--profile", file, "--stale-after", "7"}, clock);
        CHECK(invalid.code == 2);
        CHECK(invalid.err.find("/recheck/stale_after_days") != std::string::npos);
        auto http = runCli(lead.path(), {"org", "edit", "--profile", file, "--collector-url", "http://x:80"}, clock);
        CHECK(http.code == 2);
        CHECK(http.err.find("/collector/url") != std::string::npos);
        CHECK(readText(file) == before);

        auto removed
            = runCli(lead.path(), {"org", "edit", "--profile", file, "--remove-unit", "to-toan", "--new-token"}, clock);
        INFO(all(removed));
        REQUIRE(removed.code == 0);
        const json after = json::parse(readText(file));
        CHECK(after["units"].size() == 1);
        CHECK(after["collector"]["token"] != token);
        CHECK(removed.out.find(after["collector"]["token"].get<std::string>()) == std::string::npos);
        CHECK(runCli(lead.path(), {"org", "edit", "--profile", file}, clock).code == 2);
    }
    SECTION("show words the profile plainly and masks the token")
    {
        auto s = runCli(lead.path(), {"--lang", "en", "org", "show", "--profile", file}, clock);
        INFO(all(s));
        REQUIRE(s.code == 0);
        CHECK(s.out.find("TRƯỜNG THCS VÍ DỤ") != std::string::npos);
        CHECK(s.out.find("counts only") != std::string::npos);
        CHECK(s.out.find(token) == std::string::npos);
        CHECK(s.out.find(token.substr(token.size() - 4)) != std::string::npos);
        auto j = runCli(lead.path(), {"org", "show", "--profile", file, "--format", "json"}, clock);
        REQUIRE(j.code == 0);
        const json parsed = json::parse(j.out);
        CHECK(parsed["id"] == "kh-thcs-vi-du");
        CHECK(parsed["units"].size() == 1);
        CHECK(j.out.find(token) == std::string::npos);
    }
    SECTION("code prints a code that decodes to the profile")
    {
        auto c = runCli(lead.path(), {"org", "code", "--profile", file}, clock);
        REQUIRE(c.code == 0);
        auto decoded = decodeProfileCode(c.out);
        REQUIRE(decoded.ok());
        CHECK((*decoded)["id"] == "kh-thcs-vi-du");
    }
}

TEST_CASE("Staff import a profile join a unit and see exactly what is sent", "[org][cli]")
{
    TempDir lead, staff;
    FixedClock clock(testEpoch());
    auto code = runCli(lead.path(), {"org", "code", "--profile", kSample}, clock);
    REQUIRE(code.code == 0);
    writeText(staff / "code.txt", "Mã của trường:\n" + code.out + "\nCảm ơn.\n");

    SECTION("a damaged code is refused in both languages")
    {
        std::string damaged = code.out;
        damaged[damaged.size() / 2] = damaged[damaged.size() / 2] == 'A' ? 'B' : 'A';
        writeText(staff / "bad.txt", damaged);
        auto vi = runCli(staff.path(), {"org", "import", "--code-file", (staff / "bad.txt").string()}, clock);
        CHECK(vi.code == 2);
        CHECK(vi.err.find("Mã hồ sơ") != std::string::npos);
        auto en = runCli(
            staff.path(), {"--lang", "en", "org", "import", "--code-file", (staff / "bad.txt").string()}, clock);
        CHECK(en.err.find("profile code") != std::string::npos);
        CHECK_FALSE(fs::exists(installedProfilePath(staff.path())));
    }
    SECTION("an invalid profile file is refused at its pointer")
    {
        auto r = runCli(staff.path(), {"org", "import", (kData / "org-bad-recheck.json").string()}, clock);
        CHECK(r.code == 2);
        CHECK(r.err.find("/recheck/stale_after_days") != std::string::npos);
    }

    auto imported
        = runCli(staff.path(), {"--lang", "en", "org", "import", "--code-file", (staff / "code.txt").string()}, clock);
    INFO(all(imported));
    REQUIRE(imported.code == 0);
    CHECK(imported.out.find("TRƯỜNG THPT BÌNH MINH (VÍ DỤ)") != std::string::npos);
    CHECK(imported.out.find("to-ngu-van") != std::string::npos);
    REQUIRE(fs::exists(installedProfilePath(staff.path())));

    auto unknown = runCli(staff.path(), {"--lang", "en", "org", "join", "--unit", "to-the-duc"}, clock);
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("to-toan-tin") != std::string::npos);

    // The sample profile asks for the name, not the e-mail.
    auto joined = runCli(staff.path(),
                         {"--lang",
                          "en",
                          "org",
                          "join",
                          "--unit",
                          "to-toan-tin",
                          "--name",
                          "Hoàng Thị Ví Dụ",
                          "--email",
                          "vidu@example.vn"},
                         clock);
    INFO(all(joined));
    REQUIRE(joined.code == 0);
    CHECK(joined.out.find("e-mail stays on this computer") != std::string::npos);

    auto json1 = runCli(staff.path(), {"report", "show", "--format", "json"}, clock);
    INFO(all(json1));
    REQUIRE(json1.code == 0);
    const json report = json::parse(json1.out);
    CHECK(report["version"] == 2);
    CHECK(report["unit"] == "to-toan-tin");
    CHECK(report["person"]["name"] == "Hoàng Thị Ví Dụ");
    CHECK_FALSE(report["person"].contains("email"));
    CHECK(json1.out.find("vidu@example.vn") == std::string::npos);

    // The export writes the very bytes shown.
    const fs::path out = staff / "report.json";
    REQUIRE(runCli(staff.path(), {"report", "export", "--out", out.string()}, clock).code == 0);
    CHECK(readText(out) == json1.out);

    auto text = runCli(staff.path(), {"--lang", "en", "report", "show"}, clock);
    INFO(all(text));
    REQUIRE(text.code == 0);
    CHECK(text.out.find("Tổ Toán – Tin học (ví dụ)") != std::string::npos);
    CHECK(text.out.find("Hoàng Thị Ví Dụ") != std::string::npos);
    CHECK(text.out.find("e-mail is not sent") != std::string::npos);
    CHECK(text.out.find("Open incidents: 0") != std::string::npos);
    CHECK(text.out.find("Never sent: passwords") != std::string::npos);

    SECTION("joining again keeps the person id")
    {
        REQUIRE(runCli(staff.path(), {"org", "join", "--unit", "to-ngu-van"}, clock).code == 0);
        auto again = runCli(staff.path(), {"report", "show", "--format", "json"}, clock);
        const json second = json::parse(again.out);
        CHECK(second["person"]["id"] == report["person"]["id"]);
        CHECK(second["unit"] == "to-ngu-van");
        CHECK_FALSE(second["person"].contains("name"));
    }
}

TEST_CASE("Without a profile report show still works for personal use", "[org][cli]")
{
    TempDir data;
    FixedClock clock(testEpoch());
    auto r = runCli(data.path(), {"--lang", "en", "report", "show"}, clock);
    INFO(all(r));
    REQUIRE(r.code == 0);
    CHECK(r.out.find("No organisation profile") != std::string::npos);
    auto j = runCli(data.path(), {"report", "show", "--format", "json"}, clock);
    REQUIRE(j.code == 0);
    CHECK(json::parse(j.out)["profile_id"] == "");
    auto join = runCli(data.path(), {"--lang", "en", "org", "join", "--unit", "x"}, clock);
    CHECK(join.code == 2);
    CHECK(join.err.find("auditor org import") != std::string::npos);
}

TEST_CASE("checks lint --profile reports required platforms and checks the content lacks", "[org][cli]")
{
    TempDir data;
    FixedClock clock(testEpoch());
    auto ok = runCli(data.path(), {"checks", "lint", "--profile", kSample, TEST_CHECKS_DIR}, clock);
    INFO(all(ok));
    CHECK(ok.code == 0);
    const std::string bad = (kData / "org-unknown-requirements.json").string();
    auto r = runCli(data.path(), {"checks", "lint", "--profile", bad, TEST_CHECKS_DIR}, clock);
    INFO(all(r));
    CHECK(r.code == 1);
    CHECK(r.out.find(bad + ": /requirements/platforms/4") != std::string::npos);
    CHECK(r.out.find(bad + ": /requirements/checks/0") != std::string::npos);
    auto typo = runCli(data.path(), {"checks", "lint", "--profile", (kData / "org-typo-key.json").string()}, clock);
    CHECK(typo.code == 1);
    CHECK(typo.out.find("unitz") != std::string::npos);
}
