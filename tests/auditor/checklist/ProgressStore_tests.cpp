#include "checklist/ProgressStore.h"

#include "Fixture.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

namespace fs = std::filesystem;
using namespace auditor;

namespace {

Progress sampleProgress(const Content& content, const Clock& clock)
{
    Progress p;
    p.language = "en";
    p.firstRunDone = true;
    p.select("mail", {});
    p.select("pages", {AccountType::Personal, AccountType::PageAdmin});
    REQUIRE(p.setStatus(content, "mail.a", CheckStatus::Done, "", clock));
    REQUIRE(p.setStatus(content, "mail.b", CheckStatus::NotApplicable, "Không dùng \"SMS\"", clock));
    return p;
}

} // namespace

TEST_CASE("Progress survives a save and a load unchanged", "[store]")
{
    const Content content = test::smallContent();
    FixedClock clock(test::testEpoch());
    test::TempDir dir;
    ProgressStore store(dir.path());
    REQUIRE(store.save(sampleProgress(content, clock), clock));

    const auto loaded = store.load(clock);
    REQUIRE(loaded);
    CHECK_FALSE(loaded->warning);
    const Progress& p = loaded->progress;
    CHECK(p.language == "en");
    CHECK(p.firstRunDone);
    CHECK(p.accountTypes("pages") == std::set{AccountType::Personal, AccountType::PageAdmin});
    REQUIRE(p.record("mail.b"));
    CHECK(p.record("mail.b")->status == CheckStatus::NotApplicable);
    CHECK(p.record("mail.b")->reason == "Không dùng \"SMS\"");
    CHECK(p.record("mail.a")->setAt == test::testEpoch());
}

TEST_CASE("A store that was never written loads as a first run", "[store]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const auto loaded = ProgressStore(dir / "not-yet").load(clock);
    REQUIRE(loaded);
    CHECK_FALSE(loaded->progress.firstRunDone);
    CHECK(loaded->progress.selection().empty());
    CHECK(loaded->progress.language == "vi");
}

TEST_CASE("A damaged progress file is set aside and the previous save restored", "[store]")
{
    const Content content = test::smallContent();
    FixedClock clock(test::testEpoch());
    test::TempDir dir;
    ProgressStore store(dir.path());
    Progress p = sampleProgress(content, clock);
    REQUIRE(store.save(p, clock));
    REQUIRE(p.setStatus(content, "mail.c", CheckStatus::Done, "", clock));
    REQUIRE(store.save(p, clock)); // the first save is now progress.json.bak

    const std::string damaged = test::readText(store.file()).substr(0, 100);
    test::writeText(store.file(), damaged);

    const auto loaded = store.load(clock);
    REQUIRE(loaded);
    REQUIRE(loaded->warning);
    CHECK(loaded->warning->code == "store.corrupt_restored");
    const fs::path aside = loaded->warning->params.at("moved_to");
    CHECK(test::readText(aside) == damaged); // kept exactly as found
    CHECK(loaded->progress.record("mail.a"));
    CHECK_FALSE(loaded->progress.record("mail.c")); // the later change was in the damaged file

    SECTION("the next start is clean again")
    {
        const auto again = store.load(clock);
        REQUIRE(again);
        CHECK_FALSE(again->warning);
        CHECK(again->progress.record("mail.a"));
    }
}

TEST_CASE("A damaged progress file without a usable previous copy starts afresh and is kept", "[store]")
{
    FixedClock clock(test::testEpoch());
    test::TempDir dir;
    ProgressStore store(dir.path());
    const std::string text = GENERATE(
        as<std::string>{},
        "",
        "{",
        "[]",
        R"({"format": "something-else", "version": 1})",
        R"({"format": "account-auditor/progress", "version": 1, "checks": {"mail.a": {"status": "maybe", "set_at": "2026-01-01T00:00:00Z"}}})",
        R"({"format": "account-auditor/progress", "version": 1, "checks": {"mail.a": {"status": "risk_accepted", "set_at": "2026-01-01T00:00:00Z"}}})",
        R"({"format": "account-auditor/progress", "version": 1, "accounts": {"mail": ["boss"]}})");
    CAPTURE(text);
    test::writeText(store.file(), text);
    const auto loaded = store.load(clock);
    REQUIRE(loaded);
    REQUIRE(loaded->warning);
    CHECK(loaded->warning->code == "store.corrupt_reset");
    CHECK(test::readText(loaded->warning->params.at("moved_to")) == text);
    CHECK(loaded->progress.records().empty());
    CHECK_FALSE(fs::exists(store.file()));
}

TEST_CASE("The reason a file is invalid names the JSON pointer", "[store]")
{
    const auto r = ProgressStore::deserialize(
        R"({"format": "account-auditor/progress", "version": 1, "checks": {"mail.a": {"status": "done", "set_at": "nope"}}})",
        "p.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == "store.invalid");
    CHECK(r.error().params.at("pointer") == "/checks/mail.a/set_at");
}

TEST_CASE("A file from a newer version of the app is left alone", "[store]")
{
    FixedClock clock(test::testEpoch());
    test::TempDir dir;
    ProgressStore store(dir.path());
    const std::string text = R"({"format": "account-auditor/progress", "version": 99})";
    test::writeText(store.file(), text);
    const auto loaded = store.load(clock);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == "store.newer_version");
    CHECK(test::readText(store.file()) == text);
}
