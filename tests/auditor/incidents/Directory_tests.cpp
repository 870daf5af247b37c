#include "incidents/Directory.h"

#include "checklist/ContentLoader.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace auditor;
using nlohmann::json;

namespace {

bool hasIssue(const DirectoryReport& r, const std::string& file, const std::string& pointer, const std::string& words)
{
    return std::any_of(r.issues.begin(), r.issues.end(), [&](const JsonIssue& i) {
        return i.file.filename() == file && i.pointer == pointer && i.message.find(words) != std::string::npos;
    });
}

} // namespace

TEST_CASE("The shipped incident directory loads clean", "[incidents]")
{
    const ContentReport content = loadContent(TEST_CHECKS_DIR);
    REQUIRE(content.clean());
    const DirectoryReport r = loadDirectory(TEST_CHECKS_DIR, content.content);
    for (const JsonIssue& i : r.issues) {
        UNSCOPED_INFO(i.file.string() << " " << i.pointer << " " << i.message);
    }
    CHECK(r.clean());
    CHECK(r.filesRead == 3);
    REQUIRE(r.directory.provider("facebook") != nullptr);
    CHECK(r.directory.provider("no-such-platform") == nullptr);
    const json* pa05 = r.directory.authority("kh.police.pa05");
    REQUIRE(pa05 != nullptr);
    CHECK((*pa05)["short_name"] == "PA05");
    // Unsourced contacts are said to need verification, never filled in.
    const json& phone = (*pa05)["contact"]["phone"];
    if (phone["value"].is_null()) {
        CHECK(phone["display"]["vi"] == "cần xác minh");
    }
}

TEST_CASE("The directory rules catch what a schema cannot", "[incidents]")
{
    test::TempDir dir;
    test::copyContent(dir.path());
    const auto edit = [&](const std::string& name, const std::function<void(json&)>& change) {
        const auto path = dir / ("directory/" + name);
        json doc = json::parse(test::readText(path));
        change(doc);
        test::writeText(path, doc.dump(2));
    };
    edit("providers.json", [](json& d) {
        d["providers"][0]["platform"] = "myspace";
        d["providers"][1]["channels"][0]["asks_for"] = json::array({"blood_sample"});
    });
    edit("authorities.json", [](json& d) {
        d["authorities"][1]["parent"] = "vn.nowhere";
        d["authorities"][2]["name"]["vi"] = std::string("Sở Thông tin và Truyền thông tỉnh Khánh Hòa");
    });
    edit("legal.json", [](json& d) { d["instruments"][0]["amended_by"] = json::array({"nd_nonexistent"}); });
    const ContentReport content = loadContent(dir.path());
    const DirectoryReport r = loadDirectory(dir.path(), content.content);
    CHECK(hasIssue(r, "providers.json", "/providers/0/platform", "no checklist platform \"myspace\""));
    CHECK(hasIssue(r, "providers.json", "/providers/1/channels/0/asks_for/0", "unknown evidence type"));
    CHECK(hasIssue(r, "authorities.json", "/authorities/1/parent", "no authority \"vn.nowhere\""));
    CHECK(hasIssue(r, "authorities.json", "/authorities/2/name/vi", "no longer exists"));
    CHECK(hasIssue(r, "legal.json", "/instruments/0/amended_by/0", "no instrument"));
}

TEST_CASE("A directory file that breaks the schema is reported with its JSON pointer", "[incidents]")
{
    test::TempDir dir;
    test::copyContent(dir.path());
    const auto path = dir / "directory/authorities.json";
    json doc = json::parse(test::readText(path));
    doc["authorities"][0].erase("sources");
    test::writeText(path, doc.dump(2));
    const ContentReport content = loadContent(dir.path());
    const DirectoryReport r = loadDirectory(dir.path(), content.content);
    REQUIRE_FALSE(r.clean());
    CHECK(std::any_of(r.issues.begin(), r.issues.end(), [](const JsonIssue& i) {
        return i.pointer.rfind("/authorities/0", 0) == 0;
    }));
    CHECK(r.directory.authorities.is_null()); // a broken file is left out
}
