#include "checklist/Scoring.h"

#include "Fixture.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace auditor;

TEST_CASE("Bands follow the documented bounds", "[scoring]")
{
    CHECK(bandFor(0, 0) == ScoreBand::None);
    CHECK(bandFor(0, 10) == ScoreBand::AtRisk);
    CHECK(bandFor(49, 10) == ScoreBand::AtRisk);
    CHECK(bandFor(50, 10) == ScoreBand::Fair);
    CHECK(bandFor(79, 10) == ScoreBand::Fair);
    CHECK(bandFor(80, 10) == ScoreBand::Good);
    CHECK(bandFor(99, 10) == ScoreBand::Good);
    CHECK(bandFor(100, 10) == ScoreBand::Complete);
}

TEST_CASE("Scores are points achieved over points possible among applicable checks", "[scoring]")
{
    const Content content = test::smallContent();
    FixedClock clock(test::testEpoch());
    Progress progress;
    progress.select("mail", {});

    SECTION("nothing answered scores zero and is at risk")
    {
        const Score s = computeScore(*content.platform("mail"), progress, clock.now());
        CHECK(s.achieved == 0);
        CHECK(s.possible == 20);
        CHECK(s.open == 3);
        CHECK(s.band == ScoreBand::AtRisk);
    }
    SECTION("the heaviest check alone is half of the points")
    {
        REQUIRE(progress.setStatus(content, "mail.a", CheckStatus::Done, "", clock));
        const Score s = computeScore(*content.platform("mail"), progress, clock.now());
        CHECK(s.achieved == 10);
        CHECK(s.percent == 50);
        CHECK(s.band == ScoreBand::Fair);
    }
    SECTION("not applicable leaves the possible points; risk accepted earns none")
    {
        REQUIRE(progress.setStatus(content, "mail.a", CheckStatus::Done, "", clock));
        REQUIRE(progress.setStatus(content, "mail.b", CheckStatus::NotApplicable, "không dùng", clock));
        REQUIRE(progress.setStatus(content, "mail.c", CheckStatus::RiskAccepted, "chấp nhận", clock));
        const Score s = computeScore(*content.platform("mail"), progress, clock.now());
        CHECK(s.possible == 15);
        CHECK(s.achieved == 10);
        CHECK(s.percent == 66); // 10/15 rounded down
        CHECK(s.notApplicable == 1);
        CHECK(s.riskAccepted == 1);
        CHECK(s.toDo() == 0);
    }
    SECTION("every check done is complete; 100 is never reached by rounding")
    {
        for (const char* id : {"mail.a", "mail.b", "mail.c"}) {
            REQUIRE(progress.setStatus(content, id, CheckStatus::Done, "", clock));
        }
        CHECK(computeScore(*content.platform("mail"), progress, clock.now()).band == ScoreBand::Complete);

        SECTION("and stale checks lose their points until confirmed again")
        {
            const Score later = computeScore(*content.platform("mail"), progress, clock.now() + std::chrono::days(100));
            CHECK(later.stale == 2);
            CHECK(later.achieved == 10);
            CHECK(later.percent == 50);
            CHECK(later.toDo() == 2);
        }
    }
}

TEST_CASE("Page-admin checks count only for page admins", "[scoring]")
{
    const Content content = test::smallContent();
    FixedClock clock(test::testEpoch());
    Progress progress;
    progress.select("pages", {AccountType::Personal});
    REQUIRE(progress.setStatus(content, "pages.own", CheckStatus::Done, "", clock));
    Score s = computeScore(*content.platform("pages"), progress, clock.now());
    CHECK(s.total == 1);
    CHECK(s.percent == 100);

    progress.select("pages", {AccountType::Personal, AccountType::PageAdmin});
    s = computeScore(*content.platform("pages"), progress, clock.now());
    CHECK(s.total == 2);
    CHECK(s.possible == 10);
    CHECK(s.percent == 40);
}

TEST_CASE("The overall score adds up the selected platforms only", "[scoring]")
{
    const Content content = test::smallContent();
    FixedClock clock(test::testEpoch());
    Progress progress;
    progress.select("mail", {});
    progress.select("pages", {AccountType::Personal, AccountType::PageAdmin});
    REQUIRE(progress.setStatus(content, "mail.a", CheckStatus::Done, "", clock));
    REQUIRE(progress.setStatus(content, "pages.roles", CheckStatus::Done, "", clock));
    ScoreSummary summary = computeScores(content, progress, clock.now());
    REQUIRE(summary.platforms.size() == 2);
    CHECK(summary.platforms[0].platformId == "mail");
    CHECK(summary.overall.possible == 30);
    CHECK(summary.overall.achieved == 16);
    CHECK(summary.overall.percent == 53);

    progress.deselect("pages");
    summary = computeScores(content, progress, clock.now());
    CHECK(summary.platforms.size() == 1);
    CHECK(summary.overall.possible == 20);
}

TEST_CASE("With no account chosen there is nothing to score", "[scoring]")
{
    const Content content = test::smallContent();
    const ScoreSummary summary = computeScores(content, Progress{}, test::testEpoch());
    CHECK(summary.platforms.empty());
    CHECK(summary.overall.band == ScoreBand::None);
}
