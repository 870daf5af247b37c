#include "common/Catalog.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace auditor;

TEST_CASE("Placeholders are filled and unknown ones are left visible", "[catalog]")
{
    CHECK(substitute("{a} và {b}", {{"a", "1"}, {"b", "2"}}) == "1 và 2");
    CHECK(substitute("{missing} {a}", {{"a", "x"}}) == "{missing} x");
    CHECK(substitute("no braces", {}) == "no braces");
    CHECK(substitute("{unclosed", {{"unclosed", "y"}}) == "{unclosed");
}

TEST_CASE("The shipped catalogs word errors in Vietnamese and English", "[catalog]")
{
    auto vi = Catalog::load(TEST_CHECKS_DIR, "vi");
    auto en = Catalog::load(TEST_CHECKS_DIR, "en");
    REQUIRE(vi);
    REQUIRE(en);
    const Error e("check.unknown", {{"id", "zalo.nope"}});
    CHECK(vi->error(e) == "Không có mục kiểm tra nào mang mã \"zalo.nope\". Xem các mã bằng \"auditor status\".");
    CHECK(en->error(e) == "There is no check with the id \"zalo.nope\". See the ids with \"auditor status\".");
}

TEST_CASE("A key missing in Vietnamese falls back to English and to the key", "[catalog]")
{
    test::TempDir dir;
    test::writeText(dir / "messages/vi.json", R"({"a": "một"})");
    test::writeText(dir / "messages/en.json", R"({"a": "one", "b": "two"})");
    auto vi = Catalog::load(dir.path(), "vi");
    REQUIRE(vi);
    CHECK(vi->text("a") == "một");
    CHECK(vi->text("b") == "two");
    CHECK(vi->text("c") == "c");
}

TEST_CASE("An unsupported language is refused", "[catalog]")
{
    const auto c = Catalog::load(TEST_CHECKS_DIR, "fr");
    REQUIRE_FALSE(c);
    CHECK(c.error().code == "lang.unsupported");
}
