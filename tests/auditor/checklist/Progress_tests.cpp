#include "checklist/Progress.h"

#include "Fixture.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace auditor;

TEST_CASE("A status is recorded with the time it was set", "[progress]")
{
    const Content content = test::smallContent();
    FixedClock clock(test::testEpoch());
    Progress progress;
    REQUIRE(progress.setStatus(content, "mail.a", CheckStatus::Done, "", clock));
    const CheckRecord* rec = progress.record("mail.a");
    REQUIRE(rec);
    CHECK(rec->status == CheckStatus::Done);
    CHECK(rec->setAt == test::testEpoch());
    CHECK(rec->reason.empty());

    SECTION("clearing makes the check open again")
    {
        progress.clearStatus("mail.a");
        CHECK_FALSE(progress.record("mail.a"));
    }
}

TEST_CASE("Not applicable and risk accepted need a reason", "[progress]")
{
    const Content content = test::smallContent();
    FixedClock clock(test::testEpoch());
    Progress progress;
    const auto status = GENERATE(CheckStatus::NotApplicable, CheckStatus::RiskAccepted);
    CAPTURE(toString(status));

    const auto refused = progress.setStatus(content, "mail.b", status, "   ", clock);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "status.reason_required");
    CHECK_FALSE(progress.record("mail.b"));

    REQUIRE(progress.setStatus(content, "mail.b", status, "Tôi không dùng", clock));
    CHECK(progress.record("mail.b")->reason == "Tôi không dùng");
}

TEST_CASE("A reason is not kept for statuses that need none", "[progress]")
{
    const Content content = test::smallContent();
    FixedClock clock(test::testEpoch());
    Progress progress;
    REQUIRE(progress.setStatus(content, "mail.b", CheckStatus::Done, "leftover", clock));
    CHECK(progress.record("mail.b")->reason.empty());
}

TEST_CASE("An unknown check id is refused", "[progress]")
{
    const Content content = test::smallContent();
    FixedClock clock(test::testEpoch());
    Progress progress;
    const auto st = progress.setStatus(content, "mail.zzz", CheckStatus::Done, "", clock);
    REQUIRE_FALSE(st);
    CHECK(st.error().code == "check.unknown");
}

TEST_CASE("A done check goes stale exactly when its re-check interval has passed", "[progress]")
{
    const Content content = test::smallContent();
    FixedClock clock(test::testEpoch());
    Progress progress;
    REQUIRE(progress.setStatus(content, "mail.b", CheckStatus::Done, "", clock)); // 90-day interval
    const Check& check = *content.check("mail.b");
    const CheckRecord& rec = *progress.record("mail.b");
    CHECK_FALSE(isStale(check, rec, test::testEpoch() + std::chrono::days(89)));
    CHECK(isStale(check, rec, test::testEpoch() + std::chrono::days(90)));

    SECTION("only done checks go stale")
    {
        REQUIRE(progress.setStatus(content, "mail.b", CheckStatus::NotDone, "", clock));
        CHECK_FALSE(isStale(check, *progress.record("mail.b"), test::testEpoch() + std::chrono::days(400)));
    }
}

TEST_CASE("A check applies only to the account types chosen on its platform", "[progress]")
{
    const Content content = test::smallContent();
    Progress progress;
    const Check& own = *content.check("pages.own");
    const Check& roles = *content.check("pages.roles");
    CHECK_FALSE(progress.applies(own));
    progress.select("pages", {});
    CHECK(progress.accountTypes("pages") == std::set{AccountType::Personal});
    CHECK(progress.applies(own));
    CHECK_FALSE(progress.applies(roles));
    progress.select("pages", {AccountType::Personal, AccountType::PageAdmin});
    CHECK(progress.applies(roles));
    progress.deselect("pages");
    CHECK_FALSE(progress.applies(own));
}

TEST_CASE("The account choice selects platforms and page-admin types and keeps answers", "[progress]")
{
    Content content = test::smallContent();
    Platform adminOnly;
    adminOnly.id = "admintopic";
    adminOnly.order = 3;
    adminOnly.accountTypes = {AccountType::PageAdmin};
    content.add(adminOnly);
    FixedClock clock(test::testEpoch());
    Progress progress;
    REQUIRE(progress.setStatus(content, "mail.a", CheckStatus::Done, "", clock));

    applyAccountChoice(content, progress, {"mail", "pages"}, {});
    CHECK(progress.accountTypes("mail") == std::set{AccountType::Personal});
    CHECK(progress.accountTypes("pages") == std::set{AccountType::Personal});
    CHECK_FALSE(progress.isSelected("admintopic"));

    applyAccountChoice(content, progress, {"pages"}, {"pages", "mail"});
    CHECK(progress.accountTypes("pages") == std::set{AccountType::Personal, AccountType::PageAdmin});
    CHECK(progress.accountTypes("mail") == std::set{AccountType::Personal}); // mail has no pages
    CHECK(progress.accountTypes("admintopic") == std::set{AccountType::PageAdmin});

    applyAccountChoice(content, progress, {}, {});
    CHECK(progress.selection().empty());
    CHECK(progress.record("mail.a")); // the answer survives leaving and re-adding the account
}
