#include "readiness/Enrolment.h"

#include "checklist/ContentLoader.h"
#include "common/Files.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace auditor;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path kSample = fs::path(TEST_CHECKS_DIR).parent_path() / "docs/examples/org-profile.json";
const fs::path kData = fs::path(TEST_CHECKS_DIR).parent_path() / "tests/data";

json sample()
{
    return json::parse(test::readText(kSample));
}

bool hasIssue(const std::vector<JsonIssue>& issues, const std::string& pointer, const std::string& words = {})
{
    return std::any_of(issues.begin(), issues.end(), [&](const JsonIssue& i) {
        return i.pointer == pointer && i.message.find(words) != std::string::npos;
    });
}

void dump(const std::vector<JsonIssue>& issues)
{
    for (const JsonIssue& i : issues) {
        UNSCOPED_INFO(i.file.string() << " " << i.pointer << " " << i.message);
    }
}

std::vector<fs::path> filesStartingWith(const fs::path& dir, const std::string& prefix)
{
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().filename().string().rfind(prefix, 0) == 0) {
            out.push_back(e.path());
        }
    }
    return out;
}

} // namespace

TEST_CASE("The sample profile's readiness part reads as written", "[org]")
{
    std::vector<JsonIssue> issues;
    auto full = loadFullProfile(kSample, TEST_CHECKS_DIR, &issues);
    dump(issues);
    REQUIRE(full.ok());
    const ReadinessProfile& p = full->readiness;
    CHECK(p.profileId == "kh-thpt-binh-minh-example");
    CHECK(p.orgName == "TRƯỜNG THPT BÌNH MINH (VÍ DỤ)");
    CHECK(p.parentName == "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KHÁNH HÒA");
    REQUIRE(p.units.size() == 6);
    REQUIRE(p.unit("to-toan-tin") != nullptr);
    CHECK(p.unit("to-toan-tin")->kind == "department");
    CHECK(p.unit("to-toan-tin")->expectedStaff == 14);
    CHECK(p.unit("no-such-unit") == nullptr);
    CHECK(p.requiredPlatforms.front() == "email_master");
    CHECK(p.reportEveryDays == 30);
    CHECK(p.staleAfterDays == 45);
    CHECK(p.includeName);
    CHECK_FALSE(p.includeEmail);
    CHECK_FALSE(p.showPeople);
    CHECK(p.collector.configured());

    const ContentReport content = loadContent(TEST_CHECKS_DIR);
    std::vector<JsonIssue> missing;
    checkRequirements(p, content.content, missing, kSample);
    dump(missing);
    CHECK(missing.empty());
}

TEST_CASE("Profile mistakes are reported at their JSON pointer", "[org]")
{
    std::vector<JsonIssue> issues;
    SECTION("a mistyped top level key is an error")
    {
        REQUIRE_FALSE(loadFullProfile(kData / "org-typo-key.json", TEST_CHECKS_DIR, &issues).ok());
        dump(issues);
        REQUIRE_FALSE(issues.empty());
        CHECK(issues.front().file == kData / "org-typo-key.json");
        const bool named = std::any_of(issues.begin(), issues.end(), [](const JsonIssue& i) {
            return i.message.find("unitz") != std::string::npos;
        });
        CHECK((named || hasIssue(issues, "")));
    }
    SECTION("a unit of an unknown kind")
    {
        REQUIRE_FALSE(loadFullProfile(kData / "org-bad-units.json", TEST_CHECKS_DIR, &issues).ok());
        dump(issues);
        CHECK(hasIssue(issues, "/units/0/kind"));
    }
    SECTION("a unit id used twice")
    {
        const json doc = json::parse(test::readText(kData / "org-bad-units.json"));
        json fixed = doc;
        fixed["units"][0]["kind"] = "office";
        test::TempDir dir;
        auto r = checkProfileJson(fixed, TEST_CHECKS_DIR, dir.path(), &issues, "units.json");
        REQUIRE_FALSE(r.ok());
        dump(issues);
        CHECK(hasIssue(issues, "/units/2/id", "used twice"));
        CHECK(issues.front().file == "units.json");
        CHECK(r.error().params.at("pointer") == "/units/2/id");
        // The staging copy is gone.
        CHECK(fs::is_empty(dir.path()));
    }
    SECTION("stale after fewer days than the report interval")
    {
        REQUIRE_FALSE(loadFullProfile(kData / "org-bad-recheck.json", TEST_CHECKS_DIR, &issues).ok());
        dump(issues);
        CHECK(hasIssue(issues, "/recheck/stale_after_days", "shorter than report_every_days"));
    }
    SECTION("a collector over plain http with a lower case fingerprint and a short token")
    {
        REQUIRE_FALSE(loadFullProfile(kData / "org-bad-collector.json", TEST_CHECKS_DIR, &issues).ok());
        dump(issues);
        CHECK(hasIssue(issues, "/collector/url"));
        CHECK(hasIssue(issues, "/collector/fingerprint"));
        CHECK(hasIssue(issues, "/collector/token"));
    }
    SECTION("required platforms and checks the content lacks")
    {
        auto full = loadFullProfile(kData / "org-unknown-requirements.json", TEST_CHECKS_DIR, &issues);
        REQUIRE(full.ok());
        const ContentReport content = loadContent(TEST_CHECKS_DIR);
        checkRequirements(full->readiness, content.content, issues, "p.json");
        dump(issues);
        CHECK(issues.size() == 2);
        CHECK(hasIssue(issues, "/requirements/platforms/4", "myspace"));
        CHECK(hasIssue(issues, "/requirements/checks/0", "facebook.no_such_check"));
    }
}

TEST_CASE("A new profile template is valid and has no collector", "[org]")
{
    test::TempDir dir;
    std::vector<JsonIssue> issues;
    auto full = checkProfileJson(
        newProfileTemplate("kh-thcs-vi-du", "Trường THCS Ví Dụ", ""), TEST_CHECKS_DIR, dir.path(), &issues);
    dump(issues);
    REQUIRE(full.ok());
    CHECK(full->readiness.units.size() == 1);
    CHECK_FALSE(full->readiness.collector.configured());
    CHECK_FALSE(full->readiness.includeName);
}

TEST_CASE("A profile code survives a round trip through chat", "[org]")
{
    json profile = sample();
    profile["units"][0]["name"] = "Tổ Văn phòng – Kế toán, thủ quỹ (ví dụ) “trích dẫn”";
    const std::string code = encodeProfileCode(profile);
    REQUIRE(code.rfind("AAP1-", 0) == 0);
    CHECK(code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
          == std::string::npos);

    SECTION("as it is")
    {
        auto back = decodeProfileCode(code);
        REQUIRE(back.ok());
        CHECK(*back == profile);
    }
    SECTION("wrapped over lines, quoted and surrounded by words")
    {
        std::string wrapped = "Thầy cô cài mã này nhé:\n> ";
        for (std::size_t i = 0; i < code.size(); i += 60) {
            wrapped += code.substr(i, 60) + "\r\n> ";
        }
        wrapped += " Cảm ơn!";
        auto back = decodeProfileCode(wrapped);
        REQUIRE(back.ok());
        CHECK(*back == profile);
        auto quoted = decodeProfileCode("“" + code + "” – gửi từ Zalo");
        REQUIRE(quoted.ok());
        CHECK(*quoted == profile);
        auto glued = decodeProfileCode(code + " thanks");
        REQUIRE(glued.ok());
        CHECK(*glued == profile);
    }
    SECTION("cut short")
    {
        auto cut = decodeProfileCode(code.substr(0, code.size() / 2));
        REQUIRE_FALSE(cut.ok());
        CHECK((cut.error().code == "profile_code.format" || cut.error().code == "profile_code.checksum"));
        auto lastDigit = decodeProfileCode(code.substr(0, code.size() - 1));
        REQUIRE_FALSE(lastDigit.ok());
        CHECK(lastDigit.error().code == "profile_code.format");
    }
    SECTION("one character changed")
    {
        std::string changed = code;
        char& c = changed[code.size() / 2];
        c = c == 'A' ? 'B' : 'A';
        auto r = decodeProfileCode(changed);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == "profile_code.checksum");
    }
    SECTION("no code at all")
    {
        auto r = decodeProfileCode("xin chào");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == "profile_code.format");
    }
}

TEST_CASE("Installing a profile keeps the previous one aside", "[org]")
{
    test::TempDir data;
    const fs::path target = installedProfilePath(data.path());
    std::vector<JsonIssue> issues;
    REQUIRE(installProfile(data.path(), TEST_CHECKS_DIR, sample(), &issues, "code").ok());
    CHECK(fs::exists(target));
    CHECK_FALSE(json::parse(test::readText(target)).contains("$schema"));

    SECTION("the same profile again changes nothing")
    {
        REQUIRE(installProfile(data.path(), TEST_CHECKS_DIR, sample(), &issues, "code").ok());
        CHECK(filesStartingWith(data.path(), "org-profile.json.previous-").empty());
    }
    SECTION("another profile moves the first aside")
    {
        const std::string first = test::readText(target);
        json second = sample();
        second["id"] = "kh-thcs-khac-example";
        REQUIRE(installProfile(data.path(), TEST_CHECKS_DIR, second, &issues, "code").ok());
        const auto aside = filesStartingWith(data.path(), "org-profile.json.previous-");
        REQUIRE(aside.size() == 1);
        CHECK(test::readText(aside.front()) == first);
        CHECK(json::parse(test::readText(target))["id"] == "kh-thcs-khac-example");
    }
    SECTION("an invalid profile is refused and the installed one stays")
    {
        const std::string before = test::readText(target);
        json bad = sample();
        bad["privacy"]["name"] = "yes";
        REQUIRE_FALSE(installProfile(data.path(), TEST_CHECKS_DIR, bad, &issues, "profile code").ok());
        dump(issues);
        CHECK(hasIssue(issues, "/privacy/name"));
        CHECK(issues.front().file == "profile code");
        CHECK(test::readText(target) == before);
        CHECK(filesStartingWith(data.path(), ".org-profile").empty());
    }
}

TEST_CASE("Membership is saved, reloaded and a damaged one moved aside", "[org]")
{
    test::TempDir data;
    auto missing = loadMembership(data.path());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == "membership.missing");

    const Membership m
        = newMembership("kh-thpt-binh-minh-example", "to-toan-tin", "Nguyễn Thị Ví Dụ", "vidu@example.vn");
    CHECK(m.personId.size() == 32);
    CHECK(m.personId.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(newMembership("", "", "", "").personId != m.personId);
    REQUIRE(saveMembership(data.path(), m).ok());
    auto back = loadMembership(data.path());
    REQUIRE(back.ok());
    CHECK(back->personId == m.personId);
    CHECK(back->name == "Nguyễn Thị Ví Dụ");
    CHECK(back->unit == "to-toan-tin");

    test::writeText(membershipPath(data.path()), "{\"kind\": \"membership\", \"person_id\": ");
    auto corrupt = loadMembership(data.path());
    REQUIRE_FALSE(corrupt.ok());
    CHECK(corrupt.error().code == "membership.corrupt");
    CHECK_FALSE(fs::exists(membershipPath(data.path())));
    const auto aside = filesStartingWith(data.path(), "membership.json.corrupt-");
    REQUIRE(aside.size() == 1);
    CHECK(corrupt.error().params.at("moved_to") == aside.front().string());
}

TEST_CASE("The report identity follows the profile's privacy rules", "[org]")
{
    ReadinessProfile p;
    const Membership m{"org-x", "to-a", std::string(32, 'a'), "Trần Văn Mẫu", "mau@example.vn"};
    ReportIdentity id = reportIdentity(p, m);
    CHECK(id.personId == m.personId);
    CHECK(id.unit == "to-a");
    CHECK(id.name.empty());
    CHECK(id.email.empty());
    p.includeName = true;
    id = reportIdentity(p, m);
    CHECK(id.name == "Trần Văn Mẫu");
    CHECK(id.email.empty());
    p.includeEmail = true;
    CHECK(reportIdentity(p, m).email == "mau@example.vn");
}

TEST_CASE("Tokens are random and shown masked", "[org]")
{
    const std::string t = newEnrolmentToken();
    CHECK(t.size() == 32);
    CHECK(t != newEnrolmentToken());
    CHECK(maskToken(t).find(t.substr(0, 8)) == std::string::npos);
    CHECK(maskToken(t).substr(maskToken(t).size() - 4) == t.substr(t.size() - 4));
}
