#include "readiness/Summary.h"

#include "GeneratedReports.h"
#include "TestConfig.h"
#include "TestSupport.h"
#include "common/Json.h"
#include "readiness/ReportStore.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <set>

using namespace auditor;
namespace fs = std::filesystem;

namespace {

// ---- The expectation, computed independently of Summary.cpp -----------------------------------
// Plain loops over the generated reports, written from the rules in Summary.h, sharing no code
// with the aggregation: if both agree on hundreds of random people, both read the rules the same.

struct Expected
{
    std::map<std::string, UnitSummary> units; // by unit id ("?" for unknown)
    std::map<std::pair<std::string, std::string>, CellStats> cells; // (check, unit)
    std::array<int, 10> histogram{};
    std::vector<TrendPoint> trend;
};

bool newer(const ReportRecord& a, const ReportRecord& b)
{
    return a.generatedAt > b.generatedAt || (a.generatedAt == b.generatedAt && a.reportId > b.reportId);
}

std::string unitOf(const ReadinessProfile& profile, const std::string& unit)
{
    for (const OrgUnit& u : profile.units) {
        if (u.id == unit) {
            return unit;
        }
    }
    return "?";
}

Expected expect(const test::GeneratedOrg& org, TimePoint now)
{
    Expected e;
    const ReadinessProfile& profile = org.profile;
    std::map<std::string, const ReportRecord*> newest;
    for (const IncomingReport& in : org.reports) {
        const ReportRecord*& n = newest[in.record.personId];
        if (n == nullptr || newer(in.record, *n)) {
            n = &in.record;
        }
    }
    std::map<std::string, long> percentSum;
    for (const auto& [person, r] : newest) {
        const std::string unit = unitOf(profile, r->unit);
        UnitSummary& u = e.units[unit];
        u.reported += 1;
        if (now - r->generatedAt > std::chrono::days(profile.staleAfterDays)) {
            u.stale += 1;
        } else {
            u.current += 1;
        }
        percentSum[unit] += r->percent;
        u.openIncidents += r->openIncidents;
        int band = 0;
        if (r->possible > 0) {
            band = r->percent >= 100 ? 4 : r->percent >= 80 ? 3 : r->percent >= 50 ? 2 : 1;
        }
        u.bands[static_cast<std::size_t>(band)] += 1;
        e.histogram[static_cast<std::size_t>(r->percent == 100 ? 9 : r->percent / 10)] += 1;
        for (const ReportCheck& c : r->checks) {
            CellStats& cell = e.cells[{c.id, unit}];
            cell.people += 1;
            const Check* check = org.content.check(c.id);
            const bool staleNow = c.state == CheckState::Done && check != nullptr && c.setAt
                && now - *c.setAt >= std::chrono::days(check->recheckDays);
            if (staleNow || c.state == CheckState::Stale) {
                cell.stale += 1;
            } else if (c.state == CheckState::Done) {
                cell.done += 1;
            } else if (c.state == CheckState::Open) {
                cell.open += 1;
            } else if (c.state == CheckState::NotDone) {
                cell.notDone += 1;
            } else if (c.state == CheckState::NotApplicable) {
                cell.notApplicable += 1;
            } else if (c.state == CheckState::RiskAccepted) {
                cell.riskAccepted += 1;
            }
        }
        for (const std::string& required : profile.requiredPlatforms) {
            bool has = false;
            for (const ReportPlatform& p : r->platforms) {
                has = has || p.id == required;
            }
            if (has) {
                continue;
            }
            for (const Check& check : org.content.platform(required)->checks) {
                CellStats& cell = e.cells[{check.id, unit}];
                cell.people += 1;
                cell.missing += 1;
            }
        }
    }
    for (const OrgUnit& unit : profile.units) {
        UnitSummary& u = e.units[unit.id];
        u.expected = unit.expectedStaff;
        u.notReported = u.expected > u.reported ? u.expected - u.reported : 0;
    }
    for (auto& [id, u] : e.units) {
        u.averagePercent = u.reported > 0 ? static_cast<int>(percentSum[id] / u.reported) : 0;
    }

    // The trend: for each of 12 Sundays, the newest report of each person made by its end.
    const std::int64_t today = now.time_since_epoch().count() / 86400;
    std::int64_t sunday = today;
    while (((sunday + 4) % 7) != 0) { // 1970-01-01 was a Thursday
        ++sunday;
    }
    for (int k = 11; k >= 0; --k) {
        const std::int64_t day = sunday - 7 * k;
        const TimePoint end(std::chrono::seconds((day + 1) * 86400));
        std::map<std::string, const ReportRecord*> asOf;
        for (const IncomingReport& in : org.reports) {
            if (in.record.generatedAt >= end) {
                continue;
            }
            const ReportRecord*& n = asOf[in.record.personId];
            if (n == nullptr || newer(in.record, *n)) {
                n = &in.record;
            }
        }
        TrendPoint point;
        point.weekEnding = formatIsoDate(TimePoint(std::chrono::seconds(day * 86400)));
        long sum = 0;
        for (const auto& [person, r] : asOf) {
            point.people += 1;
            sum += r->percent;
            point.complete += r->possible > 0 && r->percent >= 80 ? 1 : 0;
        }
        point.averagePercent = point.people > 0 ? static_cast<int>(sum / point.people) : 0;
        e.trend.push_back(point);
    }
    return e;
}

// ---- Helpers for the hand-made cases -------------------------------------------------------------

TimePoint now()
{
    return test::testEpoch(); // 2030-01-07T08:00:00Z, a Monday
}

TimePoint daysAgo(int days)
{
    return now() - std::chrono::days(days);
}

std::string personHex(int n)
{
    char text[33];
    std::snprintf(text, sizeof text, "%032x", n);
    return text;
}

/** A person id whose first six digits differ per person ("a1b2c3…" style labels). */
std::string personId(int n)
{
    char text[33];
    std::snprintf(text, sizeof text, "%06x%026x", 0xabc000 + 17 * n, n);
    return text;
}

ReadinessProfile smallProfile()
{
    ReadinessProfile p;
    p.profileId = "so-gd-khanh-hoa";
    p.orgName = "Sở GD&ĐT Khánh Hòa";
    p.units = {{"thpt-binh-minh", "Trường THPT Bình Minh", "school", 3},
               {"thcs-hoa-sen", "Trường THCS Hoa Sen", "school", 2}};
    p.staleAfterDays = 45;
    return p;
}

/** facebook (two checks: re-check 90 and 365 days) and zalo (one check, 180 days). */
Content smallContent()
{
    Content content;
    Platform fb;
    fb.id = "facebook";
    fb.order = 0;
    Check twoFactor;
    twoFactor.id = "facebook.two_factor";
    twoFactor.platformId = "facebook";
    twoFactor.title = {"Bật xác thực hai lớp", "Turn on two-factor authentication"};
    twoFactor.recheckDays = 90;
    Check recovery;
    recovery.id = "facebook.recovery_email";
    recovery.platformId = "facebook";
    recovery.title = {"Kiểm tra email khôi phục", "Check the recovery e-mail"};
    recovery.recheckDays = 365;
    fb.checks = {twoFactor, recovery};
    Platform zalo;
    zalo.id = "zalo";
    zalo.order = 1;
    Check pin;
    pin.id = "zalo.pin";
    pin.platformId = "zalo";
    pin.title = {"Đặt mã khóa Zalo", "Set a Zalo passcode"};
    pin.recheckDays = 180;
    zalo.checks = {pin};
    content.add(fb);
    content.add(zalo);
    content.sort();
    return content;
}

/** One person's report with facebook checks as given. */
IncomingReport fbReport(int person,
                        const std::string& unit,
                        TimePoint generatedAt,
                        CheckState twoFactor,
                        std::optional<TimePoint> setAt = std::nullopt,
                        int reportTag = 0)
{
    IncomingReport in;
    ReportRecord& r = in.record;
    r.reportId = personHex(person * 16 + reportTag + 0x1000);
    r.personId = personId(person);
    r.profileId = "so-gd-khanh-hoa";
    r.unit = unit;
    r.personName = "Trần Văn " + std::to_string(person);
    r.generatedAt = generatedAt;
    r.receivedAt = generatedAt;
    r.percent = twoFactor == CheckState::Done ? 100 : 0;
    r.achieved = twoFactor == CheckState::Done ? 1 : 0;
    r.possible = 1;
    r.platforms = {{"facebook", r.percent, r.achieved, r.possible}};
    r.checks = {{"facebook.two_factor", twoFactor, setAt}};
    in.body = nlohmann::json{{"report_id", r.reportId}}.dump();
    return in;
}

struct StoreFixture
{
    test::TempDir dir;
    std::unique_ptr<ReportStore> store;

    StoreFixture()
    {
        auto opened = openSqliteReportStore(dir / "reports.sqlite");
        REQUIRE(opened);
        store = std::move(*opened);
    }
    void put(const std::vector<IncomingReport>& reports)
    {
        REQUIRE(store->putMany(reports));
    }
};

const CheckRow& row(const ReadinessSummary& s, const std::string& check)
{
    for (const CheckRow& r : s.checks) {
        if (r.check == check) {
            return r;
        }
    }
    FAIL("no row for " << check);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("Summary of generated reports matches an independent count", "[summary]")
{
    test::GeneratorOptions options;
    const TimePoint at = now();
    const test::GeneratedOrg org = test::generateOrg(options, at);
    StoreFixture f;
    REQUIRE(test::storeAll(*f.store, org.reports));
    const Expected e = expect(org, at);

    auto summary = summarize(*f.store, org.profile, &org.content, "vi", at);
    REQUIRE(summary);
    const ReadinessSummary& s = *summary;

    // Units in the profile's order, then "?" for the people naming units the profile lacks.
    REQUIRE(s.units.size() == org.profile.units.size() + 1);
    for (std::size_t i = 0; i < org.profile.units.size(); ++i) {
        CHECK(s.units[i].id == org.profile.units[i].id);
    }
    CHECK(s.units.back().id == "?");
    int reported = 0;
    int notReported = 0;
    for (const UnitSummary& u : s.units) {
        CAPTURE(u.id);
        const UnitSummary& x = e.units.at(u.id);
        CHECK(u.expected == x.expected);
        CHECK(u.reported == x.reported);
        CHECK(u.current == x.current);
        CHECK(u.stale == x.stale);
        CHECK(u.notReported == x.notReported);
        CHECK(u.averagePercent == x.averagePercent);
        CHECK(u.openIncidents == x.openIncidents);
        CHECK(u.bands == x.bands);
        reported += x.reported;
        notReported += x.notReported;
    }
    CHECK(s.total.reported == reported);
    CHECK(s.total.notReported == notReported);
    CHECK(s.histogram == e.histogram);

    // Every cell, and no cell the expectation lacks.
    std::size_t cellsWithPeople = 0;
    for (const CheckRow& r : s.checks) {
        REQUIRE(r.cells.size() == s.units.size());
        CellStats total;
        for (std::size_t u = 0; u < s.units.size(); ++u) {
            CAPTURE(r.check, s.units[u].id);
            const auto found = e.cells.find({r.check, s.units[u].id});
            const CellStats x = found == e.cells.end() ? CellStats{} : found->second;
            const CellStats& c = r.cells[u];
            CHECK(c.people == x.people);
            CHECK(c.done == x.done);
            CHECK(c.stale == x.stale);
            CHECK(c.open == x.open);
            CHECK(c.notDone == x.notDone);
            CHECK(c.notApplicable == x.notApplicable);
            CHECK(c.riskAccepted == x.riskAccepted);
            CHECK(c.missing == x.missing);
            cellsWithPeople += c.people > 0 ? 1 : 0;
            total.people += c.people;
            total.done += c.done;
        }
        CHECK(r.total.people == total.people);
        CHECK(r.total.done == total.done);
        CHECK(r.required == (r.check.find(".check_0") != std::string::npos));
    }
    CHECK(cellsWithPeople == e.cells.size());
    CHECK(s.checks.size() == static_cast<std::size_t>(options.platforms * options.checksPerPlatform));
    CHECK(s.checks.front().title == "Việc số 0 của facebook");

    // The trend, oldest first, the last week holding `now`.
    REQUIRE(s.trend.size() == 12);
    for (std::size_t k = 0; k < 12; ++k) {
        CAPTURE(k);
        CHECK(s.trend[k].weekEnding == e.trend[k].weekEnding);
        CHECK(s.trend[k].people == e.trend[k].people);
        CHECK(s.trend[k].averagePercent == e.trend[k].averagePercent);
        CHECK(s.trend[k].complete == e.trend[k].complete);
    }
    CHECK(s.trend.back().weekEnding == "2030-01-13");
    CHECK(s.trend.back().people == s.total.reported);

    // People: one line per person, as the profile allows.
    CHECK(s.peopleShown);
    CHECK(static_cast<int>(s.people.size()) == s.total.reported);
}

TEST_CASE("Summary filtered by unit and platform counts only what the filter names", "[summary]")
{
    const TimePoint at = now();
    const test::GeneratedOrg org = test::generateOrg({}, at);
    StoreFixture f;
    REQUIRE(test::storeAll(*f.store, org.reports));
    auto all = summarize(*f.store, org.profile, &org.content, "vi", at);
    REQUIRE(all);

    SECTION("a unit filter keeps that unit's line and cells unchanged")
    {
        auto one = summarize(*f.store, org.profile, &org.content, "vi", at, {{"unit-2"}, {}});
        REQUIRE(one);
        REQUIRE(one->units.size() == 1);
        CHECK(one->units[0].reported == all->units[2].reported);
        CHECK(one->total.reported == all->units[2].reported);
        CHECK(row(*one, "zalo.check_3").cells[0].done == row(*all, "zalo.check_3").cells[2].done);
        CHECK(one->people.size() == static_cast<std::size_t>(all->units[2].reported));
    }
    SECTION("a platform filter keeps its rows only and scores people on it")
    {
        auto zalo = summarize(*f.store, org.profile, &org.content, "vi", at, {{}, {"zalo"}});
        REQUIRE(zalo);
        for (const CheckRow& r : zalo->checks) {
            CHECK(r.platform == "zalo");
        }
        CHECK(zalo->checks.size() == 8);
        CHECK(row(*zalo, "zalo.check_1").total.missing == row(*all, "zalo.check_1").total.missing);
        CHECK(zalo->total.reported == all->total.reported);
        // A person without zalo has nothing possible there: band none.
        CHECK(zalo->total.bands[0] >= row(*all, "zalo.check_0").total.missing);
    }
    SECTION("an unknown unit or platform is an error naming it")
    {
        auto unit = summarize(*f.store, org.profile, &org.content, "vi", at, {{"unit-99"}, {}});
        REQUIRE_FALSE(unit);
        CHECK(unit.error().code == "summary.unknown_unit");
        CHECK(unit.error().params.at("unit") == "unit-99");
        auto platform = summarize(*f.store, org.profile, &org.content, "vi", at, {{}, {"myspace"}});
        REQUIRE_FALSE(platform);
        CHECK(platform.error().code == "summary.unknown_platform");
    }
}

TEST_CASE("Only the newest report of a person counts and an old one makes the person stale", "[summary]")
{
    StoreFixture f;
    // Person 1: done 100 days ago, then not done 60 days ago (newest, and older than 45 days).
    // Person 2: one report 10 days ago.
    f.put({fbReport(1, "thpt-binh-minh", daysAgo(100), CheckState::Done, daysAgo(100), 0),
           fbReport(1, "thpt-binh-minh", daysAgo(60), CheckState::NotDone, daysAgo(60), 1),
           fbReport(2, "thpt-binh-minh", daysAgo(10), CheckState::Done, daysAgo(10))});
    const Content content = smallContent();
    auto s = summarize(*f.store, smallProfile(), &content, "en", now());
    REQUIRE(s);
    const UnitSummary& u = s->units[0];
    CHECK(u.reported == 2);
    CHECK(u.stale == 1);
    CHECK(u.current == 1);
    CHECK(u.notReported == 1);
    CHECK(s->units[1].notReported == 2);
    CHECK(s->total.notReported == 3);
    const CheckRow& r = row(*s, "facebook.two_factor");
    CHECK(r.title == "Turn on two-factor authentication");
    CHECK(r.cells[0].people == 2);
    CHECK(r.cells[0].done == 1);
    CHECK(r.cells[0].notDone == 1);
    CHECK(r.cells[0].percentDone() == 50);
    CHECK(u.averagePercent == 50);
    CHECK(u.bands[static_cast<std::size_t>(ScoreBand::Complete)] == 1);
    CHECK(u.bands[static_cast<std::size_t>(ScoreBand::AtRisk)] == 1);
}

TEST_CASE("A done check past its re-check interval at now counts as stale", "[summary]")
{
    StoreFixture f;
    // Reported 20 days ago as done, set 100 days ago (80 days old then): the 90-day interval
    // passed 10 days ago.
    f.put({fbReport(1, "thpt-binh-minh", daysAgo(20), CheckState::Done, daysAgo(100))});
    const Content content = smallContent();
    SECTION("with the content the interval applies")
    {
        auto s = summarize(*f.store, smallProfile(), &content, "vi", now());
        REQUIRE(s);
        const CellStats& c = row(*s, "facebook.two_factor").cells[0];
        CHECK(c.stale == 1);
        CHECK(c.done == 0);
        CHECK(c.percentDone() == 0);
    }
    SECTION("a day before the interval ends it is still done")
    {
        auto s = summarize(*f.store, smallProfile(), &content, "vi", daysAgo(11));
        REQUIRE(s);
        CHECK(row(*s, "facebook.two_factor").cells[0].done == 1);
    }
    SECTION("without the content the reported state stands and the id is the title")
    {
        auto s = summarize(*f.store, smallProfile(), nullptr, "vi", now());
        REQUIRE(s);
        const CheckRow& r = row(*s, "facebook.two_factor");
        CHECK(r.cells[0].done == 1);
        CHECK(r.title == "facebook.two_factor");
    }
}

TEST_CASE("A required platform missing from a report counts as missing in each of its checks", "[summary]")
{
    StoreFixture f;
    f.put({fbReport(1, "thpt-binh-minh", daysAgo(3), CheckState::Done, daysAgo(3)),
           fbReport(2, "thcs-hoa-sen", daysAgo(3), CheckState::Done, daysAgo(3))});
    ReadinessProfile profile = smallProfile();
    profile.requiredPlatforms = {"zalo"};
    profile.requiredChecks = {"zalo.pin"};
    const Content content = smallContent();
    auto s = summarize(*f.store, profile, &content, "vi", now());
    REQUIRE(s);
    // Nobody reported zalo, yet its row is there: everyone is missing it.
    const CheckRow& r = row(*s, "zalo.pin");
    CHECK(r.required);
    CHECK(r.cells[0].missing == 1);
    CHECK(r.cells[0].people == 1);
    CHECK(r.total.missing == 2);
    CHECK(r.total.percentDone() == 0);
    CHECK_FALSE(row(*s, "facebook.two_factor").required);
    // facebook is not required: its other check, which nobody has, has nobody in its cells.
    CHECK(row(*s, "facebook.recovery_email").total.people == 0);
    CHECK(row(*s, "facebook.recovery_email").total.percentDone() == -1);

    SECTION("not required: a platform nobody reported has no rows")
    {
        auto plain = summarize(*f.store, smallProfile(), &content, "vi", now());
        REQUIRE(plain);
        for (const CheckRow& line : plain->checks) {
            CHECK(line.platform == "facebook");
        }
    }
}

TEST_CASE("Reports naming a unit the profile lacks go to a last unit and other profiles are left out", "[summary]")
{
    StoreFixture f;
    IncomingReport other = fbReport(3, "thpt-binh-minh", daysAgo(1), CheckState::Done, daysAgo(1));
    other.record.profileId = "so-gd-khac";
    f.put({fbReport(1, "thpt-binh-minh", daysAgo(1), CheckState::Done, daysAgo(1)),
           fbReport(2, "truong-da-giai-the", daysAgo(1), CheckState::Open),
           other});
    auto s = summarize(*f.store, smallProfile(), nullptr, "vi", now());
    REQUIRE(s);
    REQUIRE(s->units.size() == 3);
    CHECK(s->units[2].id == "?");
    CHECK(s->units[2].reported == 1);
    CHECK(row(*s, "facebook.two_factor").cells[2].open == 1);
    CHECK(s->otherProfileReports == 1);
    CHECK(s->total.reported == 2);

    SECTION("a unit filter leaves \"?\" out unless it names it")
    {
        auto one = summarize(*f.store, smallProfile(), nullptr, "vi", now(), {{"thpt-binh-minh"}, {}});
        REQUIRE(one);
        CHECK(one->units.size() == 1);
        auto unknown = summarize(*f.store, smallProfile(), nullptr, "vi", now(), {{"?"}, {}});
        REQUIRE(unknown);
        REQUIRE(unknown->units.size() == 1);
        CHECK(unknown->units[0].reported == 1);
    }
}

TEST_CASE("People are listed only as the profile allows", "[summary]")
{
    StoreFixture f;
    f.put({fbReport(1, "thpt-binh-minh", daysAgo(1), CheckState::Done, daysAgo(1)),
           fbReport(2, "thpt-binh-minh", daysAgo(70), CheckState::NotDone, daysAgo(70))});
    ReadinessProfile profile = smallProfile();

    SECTION("not shown: no people and no drill-down, even though reports carry names")
    {
        auto s = summarize(*f.store, profile, nullptr, "vi", now());
        REQUIRE(s);
        CHECK_FALSE(s->peopleShown);
        CHECK(s->people.empty());
        CHECK(summaryToJson(*s).dump().find("Trần Văn") == std::string::npos);
        auto d = drillDown(*f.store, profile, now(), "", "facebook.two_factor");
        REQUIRE(d);
        CHECK(d->empty());
    }
    SECTION("shown without names: labels are the id's first 6 digits")
    {
        profile.showPeople = true;
        auto s = summarize(*f.store, profile, nullptr, "vi", now());
        REQUIRE(s);
        REQUIRE(s->people.size() == 2);
        for (const PersonLine& p : s->people) {
            CHECK(p.label == "#" + p.personId.substr(0, 6));
            CHECK(p.label.size() == 7);
        }
        CHECK(summaryToJson(*s).dump().find("Trần Văn") == std::string::npos);
    }
    SECTION("shown with names: the drill-down finds the cell's people")
    {
        profile.showPeople = true;
        profile.includeName = true;
        auto notDone
            = drillDown(*f.store, profile, now(), "thpt-binh-minh", "facebook.two_factor", {CheckState::NotDone});
        REQUIRE(notDone);
        REQUIRE(notDone->size() == 1);
        CHECK(notDone->front().label == "Trần Văn 2");
        CHECK(notDone->front().stale);
        auto every = drillDown(*f.store, profile, now(), "", "facebook.two_factor");
        REQUIRE(every);
        CHECK(every->size() == 2);
        auto none = drillDown(*f.store, profile, now(), "thcs-hoa-sen", "facebook.two_factor");
        REQUIRE(none);
        CHECK(none->empty());
        auto bad = drillDown(*f.store, profile, now(), "nowhere", "facebook.two_factor");
        REQUIRE_FALSE(bad);
        CHECK(bad.error().code == "summary.unknown_unit");
    }
    SECTION("the drill-down with the content finds stale checks and missing platforms")
    {
        profile.showPeople = true;
        profile.requiredPlatforms = {"zalo"};
        const Content content = smallContent();
        // Person 1's done was set 1 day ago: not stale. Nobody has zalo.
        auto stale
            = drillDown(*f.store, profile, &content, now(), "", "facebook.two_factor", {CheckState::Stale}, false);
        REQUIRE(stale);
        CHECK(stale->empty());
        auto later = drillDown(*f.store,
                               profile,
                               &content,
                               now() + std::chrono::days(95),
                               "",
                               "facebook.two_factor",
                               {CheckState::Stale},
                               false);
        REQUIRE(later);
        CHECK(later->size() == 1);
        auto missing = drillDown(*f.store, profile, &content, now(), "", "zalo.pin", {}, true);
        REQUIRE(missing);
        CHECK(missing->size() == 2);
    }
}

TEST_CASE("The trend counts each person's newest report as of each Sunday", "[summary]")
{
    StoreFixture f;
    // now = Monday 2030-01-07. Week ends: ..., Sunday 2029-12-30, Sunday 2030-01-06, Sunday 2030-01-13.
    const TimePoint sunday = *parseIsoUtc("2030-01-06T23:59:59Z");
    f.put({fbReport(1, "thpt-binh-minh", sunday - std::chrono::days(7), CheckState::NotDone, std::nullopt, 0),
           fbReport(1, "thpt-binh-minh", sunday, CheckState::Done, sunday, 1),
           fbReport(2, "thpt-binh-minh", sunday + std::chrono::seconds(1), CheckState::Done, sunday)});
    auto s = summarize(*f.store, smallProfile(), nullptr, "vi", now());
    REQUIRE(s);
    REQUIRE(s->trend.size() == 12);
    const TrendPoint& last = s->trend[11];
    const TrendPoint& previous = s->trend[10];
    const TrendPoint& before = s->trend[9];
    CHECK(last.weekEnding == "2030-01-13");
    CHECK(previous.weekEnding == "2030-01-06");
    CHECK(before.weekEnding == "2029-12-30");
    CHECK(before.people == 1);
    CHECK(before.averagePercent == 0);
    CHECK(before.complete == 0);
    CHECK(previous.people == 1); // person 2 reported one second after that Sunday ended
    CHECK(previous.averagePercent == 100);
    CHECK(previous.complete == 1);
    CHECK(last.people == 2);
    CHECK(s->trend[0].people == 0);
}

TEST_CASE("An empty store gives an empty summary with every unit missing its staff", "[summary]")
{
    StoreFixture f;
    auto s = summarize(*f.store, smallProfile(), nullptr, "vi", now());
    REQUIRE(s);
    CHECK(s->units.size() == 2);
    CHECK(s->total.reported == 0);
    CHECK(s->total.notReported == 5);
    CHECK(s->checks.empty());
    CHECK(s->trend.size() == 12);
}

TEST_CASE("The summary JSON follows its schema", "[summary]")
{
    const TimePoint at = now();
    const test::GeneratedOrg org = test::generateOrg({}, at);
    StoreFixture f;
    REQUIRE(test::storeAll(*f.store, org.reports));
    auto s = summarize(*f.store, org.profile, &org.content, "vi", at);
    REQUIRE(s);
    auto validator = SchemaValidator::fromFile(fs::path(TEST_CHECKS_DIR) / "schema" / "readiness-summary.schema.json");
    REQUIRE(validator);
    const nlohmann::json doc = summaryToJson(*s);
    const auto issues = validator->validate(doc, "summary.json");
    for (const JsonIssue& i : issues) {
        UNSCOPED_INFO(i.pointer << ": " << i.message);
    }
    CHECK(issues.empty());
    CHECK(doc["units"].size() == s->units.size());
    CHECK(doc["checks"][0]["cells"][0]["unit"] == "unit-0");
    CHECK(doc["total"]["reported"] == s->total.reported);

    SECTION("a broken document does not pass: the schema is not a formality")
    {
        nlohmann::json broken = doc;
        broken["histogram"].push_back(1);
        broken["units"][0].erase("stale");
        CHECK(validator->validate(broken, "summary.json").size() >= 2);
    }
}

TEST_CASE("The CSV opens in Excel with Vietnamese intact", "[summary]")
{
    ReadinessSummary s;
    UnitSummary unit;
    unit.id = "thpt-a";
    unit.name = "Trường \"Bình Minh\", Khánh Hòa";
    unit.expected = 1200;
    unit.reported = 1000;
    s.units = {unit};
    s.total = unit;
    CheckRow r;
    r.platform = "zalo";
    r.check = "zalo.pin";
    r.title = "Đặt mã khóa Zalo";
    r.required = true;
    CellStats cell;
    cell.people = 1500;
    cell.done = 750;
    r.cells = {cell};
    r.total = cell;
    s.checks = {r};

    const std::string csv = summaryToCsv(s, "vi");
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(csv.find("\r\n") != std::string::npos);
    // Every line end is CRLF: no bare LF.
    for (std::size_t i = 0; i < csv.size(); ++i) {
        if (csv[i] == '\n') {
            CHECK(i > 0);
            CHECK(csv[i - 1] == '\r');
        }
    }
    CHECK(csv.find("\"Trường \"\"Bình Minh\"\", Khánh Hòa\"") != std::string::npos);
    CHECK(csv.find("Đặt mã khóa Zalo") != std::string::npos);
    CHECK(csv.find("Mã đơn vị,Đơn vị,Nền tảng") != std::string::npos);
    CHECK(csv.find(",có,1500,750,0,0,0,0,0,0,50\r\n") != std::string::npos); // plain numbers, no "1.500"
    CHECK(csv.find("Tất cả đơn vị") != std::string::npos);

    SECTION("in English and as a table of units")
    {
        const std::string units = summaryToCsv(s, "en", CsvTable::Units);
        CHECK(units.rfind("\xEF\xBB\xBFUnit id,Unit,Expected,Reported", 0) == 0);
        CHECK(units.find("thpt-a,\"Trường \"\"Bình Minh\"\", Khánh Hòa\",1200,1000,") != std::string::npos);
    }
    SECTION("people only when shown")
    {
        PersonLine p{"0123456789abcdef0123456789abcdef", "Lê Thị Hồng", "thpt-a", now(), 80, false, 0};
        s.people = {p};
        CHECK(summaryToCsv(s, "vi", CsvTable::People).find("Lê Thị Hồng") == std::string::npos);
        s.peopleShown = true;
        CHECK(summaryToCsv(s, "vi", CsvTable::People)
                  .find("thpt-a,Lê Thị Hồng,0123456789abcdef0123456789abcdef,2030-01-07,80,không,0\r\n")
              != std::string::npos);
    }
}
