#include "checklist/ContentLoader.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace fs = std::filesystem;
using namespace auditor;
using nlohmann::json;

namespace {

/** Loads a copy of the shipped content after `edit` changed one platform file's JSON. */
ContentReport loadEdited(const test::TempDir& dir, const std::string& platform, const std::function<void(json&)>& edit)
{
    test::copyContent(dir.path());
    const fs::path file = dir / ("platforms/" + platform + ".json");
    json doc = json::parse(test::readText(file));
    edit(doc);
    test::writeText(file, doc.dump(2));
    return loadContent(dir.path(), "2030-01-01");
}

bool hasIssue(const ContentReport& r, const std::string& fileName, const std::string& pointer, const std::string& text)
{
    return std::any_of(r.issues.begin(), r.issues.end(), [&](const JsonIssue& i) {
        return i.file.filename() == fileName && i.pointer == pointer && i.message.find(text) != std::string::npos;
    });
}

} // namespace

TEST_CASE("The shipped content loads without a single problem", "[content]")
{
    const ContentReport report = loadContent(TEST_CHECKS_DIR, "2030-01-01");
    for (const auto& issue : report.issues) {
        UNSCOPED_INFO(issue.file.string() << ": " << issue.pointer << ": " << issue.message);
    }
    REQUIRE(report.clean());

    SECTION("every platform and foundation topic the audit promises is there")
    {
        for (const char* id : {"facebook",
                               "messenger",
                               "instagram",
                               "zalo",
                               "google",
                               "youtube",
                               "tiktok",
                               "x",
                               "telegram",
                               "microsoft",
                               "apple",
                               "email_master",
                               "devices",
                               "pages_admin"}) {
            CAPTURE(id);
            CHECK(report.content.platform(id));
        }
        CHECK(report.content.platforms().size() == 14);
    }
    SECTION("platforms come in display order, the master mailbox first")
    {
        CHECK(report.content.platforms().front().id == "email_master");
    }
    SECTION("each check carries sources, a date and both languages")
    {
        for (const Platform& p : report.content.platforms()) {
            for (const Check& c : p.checks) {
                CAPTURE(c.id);
                CHECK(!c.sources.empty());
                CHECK(c.asOf.size() == 10);
                CHECK(!c.title.vi.empty());
                CHECK(!c.title.en.empty());
                CHECK(c.title.vi != c.title.en);
                CHECK((c.verified || c.verificationNote));
            }
        }
    }
    SECTION("checks are found by id")
    {
        const Check* c = report.content.check(report.content.platforms().front().checks.front().id);
        REQUIRE(c);
        CHECK(c->platformId == "email_master");
        CHECK_FALSE(report.content.check("facebook.no_such_check"));
        CHECK_FALSE(report.content.check("nodot"));
    }
}

TEST_CASE("Content problems name the file and the JSON pointer", "[content]")
{
    test::TempDir dir;

    SECTION("a missing Vietnamese title")
    {
        const auto r = loadEdited(dir, "zalo", [](json& d) { d["checks"][1]["title"].erase("vi"); });
        CHECK(hasIssue(r, "zalo.json", "/checks/1/title", "vi"));
        CHECK_FALSE(r.content.platform("zalo"));
        CHECK(r.content.platform("facebook")); // the other files stay usable
    }
    SECTION("a weight out of range")
    {
        const auto r = loadEdited(dir, "telegram", [](json& d) { d["checks"][0]["weight"] = 11; });
        CHECK(hasIssue(r, "telegram.json", "/checks/0/weight", ""));
    }
    SECTION("an unverified check without a note")
    {
        const auto r = loadEdited(dir, "telegram", [](json& d) {
            d["checks"][0]["verified"] = false;
            d["checks"][0].erase("verification_note");
        });
        CHECK(hasIssue(r, "telegram.json", "/checks/0", "verification_note"));
    }
    SECTION("a settings address that is not https")
    {
        const auto r = loadEdited(
            dir, "google", [](json& d) { d["checks"][0]["settings_url"] = "http://myaccount.google.com/"; });
        CHECK(hasIssue(r, "google.json", "/checks/0/settings_url", ""));
    }
    SECTION("a check id of another platform")
    {
        const auto r = loadEdited(dir, "x", [](json& d) { d["checks"][2]["id"] = "facebook.borrowed"; });
        CHECK(hasIssue(r, "x.json", "/checks/2/id", "must start with \"x.\""));
    }
    SECTION("the same check id twice")
    {
        const auto r = loadEdited(dir, "x", [](json& d) { d["checks"][2]["id"] = d["checks"][1]["id"]; });
        CHECK(hasIssue(r, "x.json", "/checks/2/id", "used twice"));
    }
    SECTION("a file whose id differs from its name")
    {
        const auto r = loadEdited(dir, "tiktok", [](json& d) {
            d["id"] = "tiktok2";
            for (auto& c : d["checks"]) {
                c["id"] = "tiktok2." + c["id"].get<std::string>().substr(7);
            }
        });
        CHECK(hasIssue(r, "tiktok.json", "/id", "differs from the file name"));
    }
    SECTION("a date in the future")
    {
        const auto r = loadEdited(dir, "apple", [](json& d) { d["checks"][0]["as_of"] = "2031-01-01"; });
        CHECK(hasIssue(r, "apple.json", "/checks/0/as_of", "future"));
    }
    SECTION("a check for page admins on a platform without pages")
    {
        const auto r
            = loadEdited(dir, "telegram", [](json& d) { d["checks"][0]["applies_to"] = json::array({"page_admin"}); });
        CHECK(hasIssue(r, "telegram.json", "/checks/0/applies_to", "page_admin"));
    }
    SECTION("Vietnamese saved with decomposed diacritics")
    {
        const auto r = loadEdited(dir, "zalo", [](json& d) { d["checks"][0]["why"]["vi"] = "Ke\xcc\x89 gian"; });
        CHECK(hasIssue(r, "zalo.json", "/checks/0/why/vi", "NFC"));
    }
    SECTION("a JSON syntax error gives line and column")
    {
        test::copyContent(dir.path());
        test::writeText(dir / "platforms/facebook.json", "{\n  \"id\": \"facebook\",\n  oops\n}");
        const auto r = loadContent(dir.path());
        REQUIRE(r.issues.size() == 1);
        CHECK(r.issues[0].file.filename() == "facebook.json");
        CHECK(r.issues[0].line == 3);
        CHECK(r.issues[0].column == 3);
    }
    SECTION("a message missing from the English catalog")
    {
        test::copyContent(dir.path());
        json en = json::parse(test::readText(dir / "messages/en.json"));
        en.erase("walk.why");
        test::writeText(dir / "messages/en.json", en.dump());
        const auto r = loadContent(dir.path());
        CHECK(hasIssue(r, "vi.json", "/walk.why", "missing in en.json"));
    }
    SECTION("a message whose placeholders differ between languages")
    {
        test::copyContent(dir.path());
        json en = json::parse(test::readText(dir / "messages/en.json"));
        en["walk.source"] = "Source:";
        test::writeText(dir / "messages/en.json", en.dump());
        const auto r = loadContent(dir.path());
        CHECK(hasIssue(r, "vi.json", "/walk.source", "placeholders"));
    }
}
