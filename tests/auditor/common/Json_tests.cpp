#include "common/Json.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace auditor;

TEST_CASE("A JSON syntax error names its line and column", "[json]")
{
    JsonIssue issue;
    const auto r = parseJson("{\n  \"a\": 1,\n  \"b\": ]\n}", "x.json", &issue);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == "json.syntax");
    CHECK(issue.line == 3);
    CHECK(issue.column == 8);
}

TEST_CASE("Schema violations are reported with JSON pointers", "[json]")
{
    test::TempDir dir;
    test::writeText(dir / "s.json", R"({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "object",
        "required": ["items"],
        "properties": {
            "items": {"type": "array", "items": {
                "type": "object", "required": ["name"], "additionalProperties": false,
                "properties": {"name": {"type": "string", "minLength": 2}, "a/b": {"type": "integer"}}}}
        }
    })");
    auto validator = SchemaValidator::fromFile(dir / "s.json");
    REQUIRE(validator);

    SECTION("a valid document has no issues")
    {
        CHECK(validator->validate(nlohmann::json::parse(R"({"items": [{"name": "ok"}]})"), "d.json").empty());
    }
    SECTION("a short string deep inside is named by its pointer")
    {
        const auto issues
            = validator->validate(nlohmann::json::parse(R"({"items": [{"name": "ok"}, {"name": "x"}]})"), "d.json");
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].pointer == "/items/1/name");
        CHECK(issues[0].file == "d.json");
    }
    SECTION("a slash in a key is escaped in the pointer")
    {
        const auto issues
            = validator->validate(nlohmann::json::parse(R"({"items": [{"name": "ok", "a/b": "x"}]})"), "d.json");
        REQUIRE_FALSE(issues.empty());
        CHECK(issues[0].pointer == "/items/0/a~1b");
    }
    SECTION("a missing required property is reported at its parent")
    {
        const auto issues = validator->validate(nlohmann::json::parse(R"({"items": [{}]})"), "d.json");
        REQUIRE_FALSE(issues.empty());
        CHECK(issues[0].pointer == "/items/0");
        CHECK_THAT(issues[0].message, Catch::Matchers::Contains("name"));
    }
}
