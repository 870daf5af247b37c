#include "incidents/OrgProfileLoader.h"

#include "checklist/ContentLoader.h"
#include "incidents/Directory.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace auditor;
using nlohmann::json;

namespace {

const std::filesystem::path kSample
    = std::filesystem::path(TEST_CHECKS_DIR).parent_path() / "docs/examples/org-profile.json";

Directory shippedDirectory()
{
    const ContentReport content = loadContent(TEST_CHECKS_DIR);
    DirectoryReport report = loadDirectory(TEST_CHECKS_DIR, content.content);
    REQUIRE(report.clean());
    return report.directory;
}

json sample()
{
    return json::parse(test::readText(kSample));
}

/** A copy of the directory's PA05 entry with the phone the school confirmed itself. */
json pa05WithPhone(const Directory& d)
{
    json entry = *d.authority("kh.police.pa05");
    entry["contact"]["phone"] = {{"value", "0258 0000 001"},
                                 {"confidence", "H"},
                                 {"verified", true},
                                 {"sources",
                                  {{{"document", "Công văn của Công an tỉnh gửi nhà trường (ví dụ)"},
                                    {"title", "Số trực ban do PA05 báo cho trường"}}}},
                                 {"as_of", "2026-11-28"}};
    return entry;
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

} // namespace

TEST_CASE("The sample organisation profile loads and applies cleanly", "[incidents][profile]")
{
    std::vector<JsonIssue> issues;
    auto loaded = loadOrgProfile(kSample, TEST_CHECKS_DIR, &issues);
    dump(issues);
    REQUIRE(loaded.ok());
    const OrgProfile& p = loaded->profile;
    CHECK(p.id == "kh-thpt-binh-minh-example");
    CHECK(p.name.find("TRƯỜNG THPT") == 0);
    CHECK(p.parentName == "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KHÁNH HÒA");
    CHECK(p.place == "Nha Trang");
    CHECK(p.province == "khanh_hoa");
    CHECK(p.signerAuthority == "KT. HIỆU TRƯỞNG");
    CHECK(p.signerTitle == "PHÓ HIỆU TRƯỞNG");
    CHECK_FALSE(p.draftingUnit.empty());
    CHECK(p.policeRecipients.front() == "kh.ward_police_nha_trang");
    CHECK(p.unitLetterRecipients == std::vector<std::string>{"kh.doet", "kh.police.pa05"});
    REQUIRE(p.authorityOverrides.size() == 1);

    Directory d = shippedDirectory();
    CHECK(d.authority("kh.ward_police_nha_trang") == nullptr);
    REQUIRE(applyProfile(d, p, &issues, kSample).ok());
    dump(issues);
    const json* ward = d.authority("kh.ward_police_nha_trang");
    REQUIRE(ward != nullptr);
    CHECK((*ward)["name"]["vi"] == "Công an phường Nha Trang");
    // The marker is the profile's, not part of the directory's shape.
    CHECK_FALSE(ward->contains("add"));
}

TEST_CASE("A profile override replaces a directory authority", "[incidents][profile]")
{
    Directory d = shippedDirectory();
    const std::size_t before = d.authorities["authorities"].size();
    REQUIRE((*d.authority("kh.police.pa05"))["contact"]["phone"]["value"].is_null());

    test::TempDir dir;
    json doc = sample();
    doc["directory_overrides"]["authorities"].push_back(pa05WithPhone(d));
    test::writeText(dir / "profile.json", doc.dump(2));
    std::vector<JsonIssue> issues;
    auto loaded = loadOrgProfile(dir / "profile.json", TEST_CHECKS_DIR, &issues);
    dump(issues);
    REQUIRE(loaded.ok());
    REQUIRE(applyProfile(d, loaded->profile, &issues).ok());
    CHECK((*d.authority("kh.police.pa05"))["contact"]["phone"]["value"] == "0258 0000 001");
    // Replaced in place (one entry with that id), plus the sample's added ward police.
    CHECK(d.authorities["authorities"].size() == before + 1);
    const auto& list = d.authorities["authorities"];
    CHECK(std::count_if(list.begin(), list.end(), [](const json& a) { return a["id"] == "kh.police.pa05"; }) == 1);
}

TEST_CASE("A profile channel override replaces a provider channel", "[incidents][profile]")
{
    Directory d = shippedDirectory();
    json channel;
    for (const json& c : (*d.provider("zalo"))["channels"]) {
        if (c["id"] == "zalo.report_bad") {
            channel = c;
        }
    }
    REQUIRE(channel.is_object());
    channel["title"]["vi"] = "Báo xấu tài khoản giả (theo hướng dẫn của tổ Tin học)";
    test::TempDir dir;
    json doc = sample();
    doc["directory_overrides"]["channels"] = json::array({channel});
    test::writeText(dir / "profile.json", doc.dump(2));
    auto loaded = loadOrgProfile(dir / "profile.json", TEST_CHECKS_DIR);
    REQUIRE(loaded.ok());
    REQUIRE(applyProfile(d, loaded->profile).ok());
    int found = 0;
    for (const json& c : (*d.provider("zalo"))["channels"]) {
        if (c["id"] == "zalo.report_bad") {
            ++found;
            CHECK(c["title"]["vi"] == "Báo xấu tài khoản giả (theo hướng dẫn của tổ Tin học)");
        }
    }
    CHECK(found == 1);
}

TEST_CASE("A broken profile names the pointer", "[incidents][profile]")
{
    test::TempDir dir;
    SECTION("an entry of the wrong shape")
    {
        json doc = sample();
        doc["directory_overrides"]["authorities"][0]["name"].erase("en");
        doc["directory_overrides"]["authorities"][0]["scope"] = "district";
        test::writeText(dir / "profile.json", doc.dump(2));
        std::vector<JsonIssue> issues;
        auto loaded = loadOrgProfile(dir / "profile.json", TEST_CHECKS_DIR, &issues);
        dump(issues);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == "org_profile.invalid");
        CHECK(hasIssue(issues, "/directory_overrides/authorities/0/name"));
        CHECK(hasIssue(issues, "/directory_overrides/authorities/0/scope"));
        CHECK(issues.front().file == dir / "profile.json");
    }
    SECTION("a field of the profile itself")
    {
        json doc = sample();
        doc["unit"].erase("name");
        doc["recipients"]["police"] = "kh.police";
        test::writeText(dir / "profile.json", doc.dump(2));
        std::vector<JsonIssue> issues;
        REQUIRE_FALSE(loadOrgProfile(dir / "profile.json", TEST_CHECKS_DIR, &issues).ok());
        dump(issues);
        CHECK(hasIssue(issues, "/unit"));
        CHECK(hasIssue(issues, "/recipients/police"));
    }
    SECTION("a syntax error")
    {
        test::writeText(dir / "profile.json", "{\n  \"schema_version\": 1,\n  \"kind\": \n}\n");
        std::vector<JsonIssue> issues;
        REQUIRE_FALSE(loadOrgProfile(dir / "profile.json", TEST_CHECKS_DIR, &issues).ok());
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].line == 4);
    }
}

TEST_CASE("An unknown id is an addition only when marked so", "[incidents][profile]")
{
    Directory d = shippedDirectory();
    const Directory original = d;
    OrgProfile p = loadOrgProfile(kSample, TEST_CHECKS_DIR)->profile;
    p.authorityOverrides[0].erase("add");
    json channel = (*d.provider("zalo"))["channels"][0];
    channel["id"] = "zalo.school_helpdesk";
    p.channelOverrides.push_back(channel);
    std::vector<JsonIssue> issues;
    const Status st = applyProfile(d, p, &issues, "profile.json");
    dump(issues);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == "org_profile.invalid");
    CHECK(hasIssue(issues, "/directory_overrides/authorities/0/id", "add \"add\": true"));
    CHECK(hasIssue(issues, "/directory_overrides/channels/0/id", "no channel \"zalo.school_helpdesk\""));
    // The recipients then name an authority that is not there.
    CHECK(hasIssue(issues, "/recipients/police/0", "no authority"));
    // Nothing was applied.
    CHECK(d.authorities == original.authorities);
    CHECK(d.providers == original.providers);

    // Marked, both are added.
    p.authorityOverrides[0]["add"] = true;
    p.channelOverrides[0]["add"] = true;
    issues.clear();
    REQUIRE(applyProfile(d, p, &issues).ok());
    CHECK(d.authority("kh.ward_police_nha_trang") != nullptr);
    const json& zalo = (*d.provider("zalo"))["channels"];
    CHECK(std::any_of(zalo.begin(), zalo.end(), [](const json& c) { return c["id"] == "zalo.school_helpdesk"; }));
}

TEST_CASE("A profile cannot bring back a body that no longer exists", "[incidents][profile]")
{
    Directory d = shippedDirectory();
    OrgProfile p = loadOrgProfile(kSample, TEST_CHECKS_DIR)->profile;
    p.authorityOverrides[0]["name"]["vi"] = "Sở Thông tin và Truyền thông tỉnh Khánh Hòa";
    p.unitLetterRecipients.push_back("kh.dic");
    std::vector<JsonIssue> issues;
    REQUIRE_FALSE(applyProfile(d, p, &issues).ok());
    dump(issues);
    CHECK(hasIssue(issues, "/directory_overrides/authorities/0/name/vi", "no longer exists"));
    CHECK(hasIssue(issues, "/recipients/unit_letter/2", "no longer exists"));
}

TEST_CASE("Unknown top level keys of a profile are kept", "[incidents][profile]")
{
    test::TempDir dir;
    json doc = sample();
    // Only the two readiness keys set below: the sample has the others too.
    for (const char* key : {"requirements", "recheck", "privacy"}) {
        doc.erase(key);
    }
    doc["units"] = json::array({{{"id", "to-tin-hoc"}, {"name", "Tổ Tin học"}}});
    doc["collector"] = {{"url", "https://collector.example/"}};
    test::writeText(dir / "profile.json", doc.dump(2));
    auto loaded = loadOrgProfile(dir / "profile.json", TEST_CHECKS_DIR);
    REQUIRE(loaded.ok());
    CHECK(loaded->otherKeys.size() == 2);
    CHECK(loaded->otherKeys["units"][0]["name"] == "Tổ Tin học");
    CHECK(loaded->otherKeys["collector"]["url"] == "https://collector.example/");
    CHECK_FALSE(loaded->otherKeys.contains("unit"));
}

TEST_CASE("Decomposed Vietnamese in a profile is refused", "[incidents][profile]")
{
    test::TempDir dir;
    json doc = sample();
    doc["signer"]["title"] = "PHO\u0301 HIE\u0302\u0323U TRU\u031BO\u031B\u0309NG";
    test::writeText(dir / "profile.json", doc.dump(2));
    std::vector<JsonIssue> issues;
    REQUIRE_FALSE(loadOrgProfile(dir / "profile.json", TEST_CHECKS_DIR, &issues).ok());
    CHECK(hasIssue(issues, "/signer/title", "not in NFC"));
}
