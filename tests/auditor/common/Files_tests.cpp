#include "common/Files.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using namespace auditor;
using auditor::test::readText;
using auditor::test::TempDir;

TEST_CASE("An atomic write replaces the file and keeps the previous copy", "[files]")
{
    TempDir dir;
    const fs::path file = dir / "progress.json";
    REQUIRE(writeFileAtomically(file, "first"));
    CHECK(readText(file) == "first");
    CHECK_FALSE(fs::exists(dir / "progress.json.bak"));

    REQUIRE(writeFileAtomically(file, "second"));
    CHECK(readText(file) == "second");
    CHECK(readText(dir / "progress.json.bak") == "first");

    SECTION("no temporary file is left behind")
    {
        int entries = 0;
        for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) {
            ++entries;
        }
        CHECK(entries == 2);
    }
}

TEST_CASE("An atomic write creates missing folders", "[files]")
{
    TempDir dir;
    const fs::path file = dir / "a/b/c.json";
    REQUIRE(writeFileAtomically(file, "x"));
    CHECK(readText(file) == "x");
}

#ifndef _WIN32
TEST_CASE("Private files are readable by their owner only", "[files]")
{
    TempDir dir;
    const fs::path file = dir / "incident.json";
    REQUIRE(writeFileAtomically(file, "secret-ish"));
    const auto perms = fs::status(file).permissions();
    CHECK((perms & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    CHECK((perms & fs::perms::owner_read) == fs::perms::owner_read);

    REQUIRE(writeFileAtomically(dir / "report.json", "shared", WriteOptions{false, false}));
    CHECK((fs::status(dir / "report.json").permissions() & fs::perms::others_read) == fs::perms::others_read);
}
#endif

TEST_CASE("A write into a folder that cannot exist fails with the file named", "[files]")
{
    TempDir dir;
    test::writeText(dir / "plain-file", "x");
    const auto st = writeFileAtomically(dir / "plain-file" / "inside.json", "y");
    REQUIRE_FALSE(st);
    CHECK(st.error().code == "file.mkdir");
}

TEST_CASE("Moving a damaged file aside never overwrites an earlier one", "[files]")
{
    TempDir dir;
    const fs::path file = dir / "progress.json";
    test::writeText(file, "one");
    const auto first = moveAside(file, "2026-01-01T00-00-00Z");
    REQUIRE(first);
    test::writeText(file, "two");
    const auto second = moveAside(file, "2026-01-01T00-00-00Z");
    REQUIRE(second);
    CHECK(*first != *second);
    CHECK(readText(*first) == "one");
    CHECK(readText(*second) == "two");
    CHECK_FALSE(fs::exists(file));
}

TEST_CASE("Reading a missing file reports file.read with the path", "[files]")
{
    TempDir dir;
    const auto r = readFile(dir / "nope.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == "file.read");
    CHECK(r.error().params.at("file").find("nope.json") != std::string::npos);
}
