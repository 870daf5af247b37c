#include "readiness/Summary.h"

#include "checklist/Checklist.h"
#include "common/Catalog.h"
#include "readiness/ReportStore.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace auditor {

int CellStats::percentDone() const
{
    const int applies = people - notApplicable;
    return applies > 0 ? (100 * done) / applies : -1;
}

namespace {

constexpr int kTrendWeeks = 12;
constexpr int kUnknownOrder = std::numeric_limits<int>::max();
const std::string kUnknownUnit = "?";

/** Days since 1970-01-01 (UTC) of `t`, rounded down. */
std::int64_t dayNumber(TimePoint t)
{
    const std::int64_t s = t.time_since_epoch().count();
    return s >= 0 ? s / 86400 : -((-s + 86399) / 86400);
}

/** The Sunday (UTC) that ends the Monday-to-Sunday week holding `now`, as a day number. */
std::int64_t weekEndingSunday(TimePoint now)
{
    const std::int64_t day = dayNumber(now);
    const std::int64_t weekday = ((day + 4) % 7 + 7) % 7; // 1970-01-01 was a Thursday; Sunday = 0
    return day + (7 - weekday) % 7;
}

TimePoint dayStart(std::int64_t day)
{
    return TimePoint(std::chrono::seconds(day * 86400));
}

bool contains(const std::vector<std::string>& list, const std::string& id)
{
    return std::find(list.begin(), list.end(), id) != list.end();
}

/** The platform of a check id: the part before the first dot ("facebook.two_factor" -> "facebook"). */
std::string platformOfCheck(const std::string& checkId)
{
    const std::size_t dot = checkId.find('.');
    return dot == std::string::npos ? checkId : checkId.substr(0, dot);
}

void addCounts(CellStats& into, const CellStats& c)
{
    into.people += c.people;
    into.done += c.done;
    into.stale += c.stale;
    into.open += c.open;
    into.notDone += c.notDone;
    into.notApplicable += c.notApplicable;
    into.riskAccepted += c.riskAccepted;
    into.missing += c.missing;
}

void count(CellStats& cell, CheckState state)
{
    ++cell.people;
    switch (state) {
    case CheckState::Done:
        ++cell.done;
        break;
    case CheckState::Stale:
        ++cell.stale;
        break;
    case CheckState::Open:
        ++cell.open;
        break;
    case CheckState::NotDone:
        ++cell.notDone;
        break;
    case CheckState::NotApplicable:
        ++cell.notApplicable;
        break;
    case CheckState::RiskAccepted:
        ++cell.riskAccepted;
        break;
    case CheckState::NotRelevant:
        --cell.people; // never in reports; should one come, it is not counted
        break;
    }
}

} // namespace

/** The state of one aggregation: units, rows per check, per-person trend state. */
struct SummaryBuilder::Impl
{
    struct Row
    {
        std::string platform;
        std::string check;
        std::string title;
        int platformOrder = kUnknownOrder; // the content's order; unknown platforms after, by id
        int checkOrder = kUnknownOrder;
        int recheckDays = -1; // from the content; -1: the reported state stands
        std::vector<CellStats> cells; // per unit slot (the last slot is "?")
    };

    struct TrendPerson
    {
        TimePoint generatedAt{};
        std::string reportId;
        bool counted = false; // in a unit the summary shows
        int percent = 0;
        bool complete = false;
    };

    const ReadinessProfile& profile;
    const Content* content = nullptr;
    std::string lang;
    TimePoint now{};
    SummaryFilter filter;
    std::chrono::seconds staleAfter{};

    std::vector<UnitSummary> units; // the units shown, then "?"
    std::vector<std::int64_t> percentSums; // per slot
    std::unordered_map<std::string, int> unitSlot; // unit id -> slot, -1 when filtered out
    int unknownSlot = -1; // the "?" slot, -1 when the filter leaves it out

    std::vector<Row> rows;
    std::unordered_map<std::string, int> rowOf; // check id -> row, -1 for a platform filtered out
    std::unordered_map<std::string, bool> platformSeen; // platform id -> reported by someone
    std::unordered_map<std::string, int> platformOrder; // the content's platforms in order
    // The last report's check ids and their rows: reports mostly list the same checks in the
    // same order, so a string compare usually replaces a hash look-up.
    std::vector<std::string> lastIds;
    std::vector<int> lastRows;

    std::vector<std::string> requiredPlatforms; // those in the filter
    std::vector<std::vector<int>> missing; // [slot][required platform] people lacking it

    std::array<int, 10> histogram{};
    int otherProfile = 0;
    std::vector<PersonLine> people;

    std::array<TimePoint, kTrendWeeks> weekEnds{}; // the instant each week ends (Monday 00:00 after)
    std::array<std::int64_t, kTrendWeeks> weekDays{};
    std::vector<TrendPoint> trend;
    std::unordered_map<std::string, TrendPerson> trendPeople;
    int trendCount = 0;
    std::int64_t trendPercentSum = 0;
    int trendComplete = 0;

    explicit Impl(const ReadinessProfile& p)
        : profile(p)
    { }

    bool platformIncluded(const std::string& platform) const
    {
        return filter.platforms.empty() || contains(filter.platforms, platform);
    }

    /** The slot of a report's unit, or -1 when the filter leaves it out. */
    int slotOf(const std::string& unit) const
    {
        const auto found = unitSlot.find(unit);
        if (found != unitSlot.end()) {
            return found->second;
        }
        return unknownSlot;
    }

    /** The person's percent and points possible, over the filtered platforms. */
    std::pair<int, int> scoreOf(const ReportRecord& r) const
    {
        if (filter.platforms.empty()) {
            return {std::clamp(r.percent, 0, 100), r.possible};
        }
        long achieved = 0;
        long possible = 0;
        for (const ReportPlatform& p : r.platforms) {
            if (contains(filter.platforms, p.id)) {
                achieved += p.achieved;
                possible += p.possible;
            }
        }
        return {possible > 0 ? static_cast<int>(std::clamp(100 * achieved / possible, 0L, 100L)) : 0,
                static_cast<int>(possible)};
    }

    bool isStaleReport(const ReportRecord& r) const
    {
        return now - r.generatedAt > staleAfter;
    }

    bool belongs(const ReportRecord& r) const
    {
        return profile.profileId.empty() || r.profileId == profile.profileId;
    }

    /** The row of a check id, made on first sight for a check the content lacks; -1 when filtered out. */
    int rowFor(const std::string& id)
    {
        const auto found = rowOf.find(id);
        if (found != rowOf.end()) {
            return found->second;
        }
        const std::string platform = platformOfCheck(id);
        int index = -1;
        if (platformIncluded(platform)) {
            Row row;
            row.platform = platform;
            row.check = id;
            row.title = id;
            const auto order = platformOrder.find(platform);
            row.platformOrder = order == platformOrder.end() ? kUnknownOrder : order->second;
            row.cells.resize(units.size());
            rows.push_back(std::move(row));
            index = static_cast<int>(rows.size()) - 1;
            platformSeen[platform] = true; // someone reported a check of it
        }
        rowOf.emplace(id, index);
        return index;
    }

    int cachedRow(std::size_t position, const std::string& id)
    {
        if (position < lastIds.size() && lastIds[position] == id) {
            return lastRows[position];
        }
        const int row = rowFor(id);
        if (position >= lastIds.size()) {
            lastIds.resize(position + 1);
            lastRows.resize(position + 1, -1);
        }
        lastIds[position] = id;
        lastRows[position] = row;
        return row;
    }

    /** The state at `now`: a "done" past the content's re-check interval is stale. */
    CheckState stateAtNow(const ReportCheck& c, int recheckDays) const
    {
        if (c.state == CheckState::Done && recheckDays >= 0 && c.setAt
            && now - *c.setAt >= std::chrono::days(recheckDays)) {
            return CheckState::Stale;
        }
        return c.state;
    }

    int recheckDaysOf(const std::string& checkId) const
    {
        if (content == nullptr) {
            return -1;
        }
        const Check* check = content->check(checkId);
        return check ? check->recheckDays : -1;
    }

    /** Whether the person's report covers `platform`. */
    static bool hasPlatform(const ReportRecord& r, const std::string& platform)
    {
        for (const ReportPlatform& p : r.platforms) {
            if (p.id == platform) {
                return true;
            }
        }
        return false;
    }

    PersonLine personLine(const ReportRecord& r, int slot) const
    {
        PersonLine line;
        line.personId = r.personId;
        line.label = profile.includeName && !r.personName.empty() ? r.personName : "#" + r.personId.substr(0, 6);
        line.unit = units[static_cast<std::size_t>(slot)].id;
        line.generatedAt = r.generatedAt;
        line.percent = scoreOf(r).first;
        line.stale = isStaleReport(r);
        line.openIncidents = r.openIncidents;
        return line;
    }

    void addLatest(const ReportRecord& r)
    {
        if (!belongs(r)) {
            ++otherProfile;
            return;
        }
        const int slot = slotOf(r.unit);
        if (slot < 0) {
            return;
        }
        UnitSummary& unit = units[static_cast<std::size_t>(slot)];
        const auto [percent, possible] = scoreOf(r);
        ++unit.reported;
        if (isStaleReport(r)) {
            ++unit.stale;
        } else {
            ++unit.current;
        }
        percentSums[static_cast<std::size_t>(slot)] += percent;
        ++unit.bands[static_cast<std::size_t>(bandFor(percent, possible))];
        ++histogram[static_cast<std::size_t>(std::min(percent / 10, 9))];
        unit.openIncidents += r.openIncidents;

        for (std::size_t i = 0; i < r.checks.size(); ++i) {
            const ReportCheck& c = r.checks[i];
            const int row = cachedRow(i, c.id);
            if (row < 0) {
                continue;
            }
            Row& rowData = rows[static_cast<std::size_t>(row)];
            count(rowData.cells[static_cast<std::size_t>(slot)], stateAtNow(c, rowData.recheckDays));
        }
        for (const ReportPlatform& p : r.platforms) {
            const auto seen = platformSeen.find(p.id);
            if (seen != platformSeen.end()) {
                seen->second = true;
            } else if (platformIncluded(p.id)) {
                platformSeen.emplace(p.id, true);
            }
        }
        for (std::size_t k = 0; k < requiredPlatforms.size(); ++k) {
            if (!hasPlatform(r, requiredPlatforms[k])) {
                ++missing[static_cast<std::size_t>(slot)][k];
            }
        }
        if (profile.showPeople) {
            people.push_back(personLine(r, slot));
        }
    }

    void snapshot()
    {
        const std::size_t k = trend.size();
        TrendPoint point;
        point.weekEnding = formatIsoDate(dayStart(weekDays[k]));
        point.people = trendCount;
        point.averagePercent = trendCount > 0 ? static_cast<int>(trendPercentSum / trendCount) : 0;
        point.complete = trendComplete;
        trend.push_back(point);
    }

    void addHistory(const ReportRecord& r)
    {
        if (!belongs(r)) {
            return;
        }
        while (trend.size() < kTrendWeeks && r.generatedAt >= weekEnds[trend.size()]) {
            snapshot();
        }
        TrendPerson& person = trendPeople[r.personId];
        if (!person.reportId.empty()) {
            const bool newer = r.generatedAt > person.generatedAt
                || (r.generatedAt == person.generatedAt && r.reportId > person.reportId);
            if (!newer) {
                return; // out of order: the newer one already counts
            }
            if (person.counted) {
                --trendCount;
                trendPercentSum -= person.percent;
                trendComplete -= person.complete ? 1 : 0;
            }
        }
        const auto [percent, possible] = scoreOf(r);
        const ScoreBand band = bandFor(percent, possible);
        person.generatedAt = r.generatedAt;
        person.reportId = r.reportId;
        person.counted = slotOf(r.unit) >= 0;
        person.percent = percent;
        person.complete = band == ScoreBand::Good || band == ScoreBand::Complete;
        if (person.counted) {
            ++trendCount;
            trendPercentSum += person.percent;
            trendComplete += person.complete ? 1 : 0;
        }
    }

    ReadinessSummary finish()
    {
        ReadinessSummary out;
        out.generatedAt = now;
        out.profileId = profile.profileId;
        out.orgName = profile.orgName;
        out.filter = filter;
        out.staleAfterDays = profile.staleAfterDays;
        out.otherProfileReports = otherProfile;
        out.peopleShown = profile.showPeople;
        out.histogram = histogram;

        // 1. Required platforms: each lacking person is `missing` in every check of the platform.
        for (const std::string& platform : requiredPlatforms) {
            platformSeen[platform] = true;
        }
        for (Row& row : rows) {
            for (std::size_t k = 0; k < requiredPlatforms.size(); ++k) {
                if (row.platform != requiredPlatforms[k]) {
                    continue;
                }
                for (std::size_t slot = 0; slot < row.cells.size(); ++slot) {
                    row.cells[slot].missing += missing[slot][k];
                    row.cells[slot].people += missing[slot][k];
                }
            }
        }

        // 2. Units: "?" only when someone named an unknown unit.
        const bool keepUnknown = unknownSlot >= 0 && units[static_cast<std::size_t>(unknownSlot)].reported > 0;
        const std::size_t shown = keepUnknown ? units.size() : units.size() - 1;
        out.total.id.clear();
        out.total.name = profile.orgName;
        std::int64_t totalPercent = 0;
        for (std::size_t slot = 0; slot < shown; ++slot) {
            UnitSummary unit = units[slot];
            unit.notReported = std::max(0, unit.expected - unit.reported);
            unit.averagePercent = unit.reported > 0 ? static_cast<int>(percentSums[slot] / unit.reported) : 0;
            out.total.expected += unit.expected;
            out.total.reported += unit.reported;
            out.total.current += unit.current;
            out.total.stale += unit.stale;
            out.total.notReported += unit.notReported;
            out.total.openIncidents += unit.openIncidents;
            for (std::size_t b = 0; b < unit.bands.size(); ++b) {
                out.total.bands[b] += unit.bands[b];
            }
            totalPercent += percentSums[slot];
            out.units.push_back(std::move(unit));
        }
        out.total.averagePercent = out.total.reported > 0 ? static_cast<int>(totalPercent / out.total.reported) : 0;

        // 3. Rows of the platforms someone reported or the profile requires, in content order.
        std::vector<const Row*> kept;
        for (const Row& row : rows) {
            const auto seen = platformSeen.find(row.platform);
            if (seen != platformSeen.end() && seen->second) {
                kept.push_back(&row);
            }
        }
        std::sort(kept.begin(), kept.end(), [](const Row* a, const Row* b) {
            return std::tie(a->platformOrder, a->platform, a->checkOrder, a->check)
                < std::tie(b->platformOrder, b->platform, b->checkOrder, b->check);
        });
        for (const Row* row : kept) {
            CheckRow line;
            line.platform = row->platform;
            line.check = row->check;
            line.title = row->title;
            line.required = contains(profile.requiredChecks, row->check);
            line.cells.assign(row->cells.begin(), row->cells.begin() + static_cast<std::ptrdiff_t>(shown));
            for (const CellStats& cell : line.cells) {
                addCounts(line.total, cell);
            }
            out.checks.push_back(std::move(line));
        }

        // 4. The trend's remaining weeks.
        while (trend.size() < kTrendWeeks) {
            snapshot();
        }
        out.trend = trend;

        // 5. People in unit order, then by label.
        std::unordered_map<std::string, std::size_t> unitOrder;
        for (std::size_t i = 0; i < units.size(); ++i) {
            unitOrder.emplace(units[i].id, i);
        }
        std::sort(people.begin(), people.end(), [&](const PersonLine& a, const PersonLine& b) {
            const std::size_t ua = unitOrder[a.unit];
            const std::size_t ub = unitOrder[b.unit];
            return std::tie(ua, a.label, a.personId) < std::tie(ub, b.label, b.personId);
        });
        out.people = std::move(people);
        return out;
    }
};

SummaryBuilder::SummaryBuilder(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{ }

SummaryBuilder::~SummaryBuilder() = default;

Result<std::unique_ptr<SummaryBuilder>> SummaryBuilder::create(const ReadinessProfile& profile,
                                                               const Content* content,
                                                               const std::string& lang,
                                                               TimePoint now,
                                                               const SummaryFilter& filter)
{
    // 1. The filter must name what exists: a typo would otherwise show an empty dashboard.
    for (const std::string& unit : filter.units) {
        const bool known
            = std::any_of(profile.units.begin(), profile.units.end(), [&](const OrgUnit& u) { return u.id == unit; });
        if (unit != kUnknownUnit && !known) {
            return Error("summary.unknown_unit", {{"unit", unit}});
        }
    }
    if (content != nullptr) {
        for (const std::string& platform : filter.platforms) {
            if (content->platform(platform) == nullptr) {
                return Error("summary.unknown_platform", {{"platform", platform}});
            }
        }
    }
    auto impl = std::make_unique<Impl>(profile);
    impl->content = content;
    impl->lang = lang;
    impl->now = now;
    impl->filter = filter;
    impl->staleAfter = std::chrono::days(std::max(0, profile.staleAfterDays));

    // 2. Units: the profile's (those in the filter), then "?".
    for (const OrgUnit& unit : profile.units) {
        if (!filter.units.empty() && !contains(filter.units, unit.id)) {
            impl->unitSlot.emplace(unit.id, -1);
            continue;
        }
        UnitSummary line;
        line.id = unit.id;
        line.name = unit.name;
        line.expected = std::max(0, unit.expectedStaff);
        impl->unitSlot.emplace(unit.id, static_cast<int>(impl->units.size()));
        impl->units.push_back(std::move(line));
    }
    UnitSummary unknown;
    unknown.id = kUnknownUnit;
    unknown.name = kUnknownUnit;
    if (filter.units.empty() || contains(filter.units, kUnknownUnit)) {
        impl->unknownSlot = static_cast<int>(impl->units.size());
    }
    impl->units.push_back(std::move(unknown)); // always a slot: simpler indexing; dropped at the end if unused
    impl->percentSums.assign(impl->units.size(), 0);

    // 3. Rows for every check of the content's platforms in the filter, in content order.
    if (content != nullptr) {
        int order = 0;
        for (const Platform& platform : content->platforms()) {
            impl->platformOrder.emplace(platform.id, order);
            const bool included = impl->platformIncluded(platform.id);
            if (included) {
                impl->platformSeen.emplace(platform.id, false);
            }
            int checkOrder = 0;
            for (const Check& check : platform.checks) {
                if (!included) {
                    impl->rowOf.emplace(check.id, -1);
                    continue;
                }
                Impl::Row row;
                row.platform = platform.id;
                row.check = check.id;
                row.title = check.title.in(lang).empty() ? check.id : check.title.in(lang);
                row.platformOrder = order;
                row.checkOrder = checkOrder++;
                row.recheckDays = check.recheckDays;
                row.cells.resize(impl->units.size());
                impl->rowOf.emplace(check.id, static_cast<int>(impl->rows.size()));
                impl->rows.push_back(std::move(row));
            }
            ++order;
        }
    }

    // 4. Required platforms in the filter.
    for (const std::string& platform : profile.requiredPlatforms) {
        if (impl->platformIncluded(platform) && !contains(impl->requiredPlatforms, platform)) {
            impl->requiredPlatforms.push_back(platform);
        }
    }
    impl->missing.assign(impl->units.size(), std::vector<int>(impl->requiredPlatforms.size(), 0));

    // 5. The trend's weeks, oldest first.
    const std::int64_t lastSunday = weekEndingSunday(now);
    for (int k = 0; k < kTrendWeeks; ++k) {
        const std::int64_t sunday = lastSunday - 7 * (kTrendWeeks - 1 - k);
        impl->weekDays[static_cast<std::size_t>(k)] = sunday;
        impl->weekEnds[static_cast<std::size_t>(k)] = dayStart(sunday + 1);
    }
    return std::unique_ptr<SummaryBuilder>(new SummaryBuilder(std::move(impl)));
}

void SummaryBuilder::addLatest(const ReportRecord& report)
{
    m_impl->addLatest(report);
}

void SummaryBuilder::addHistory(const ReportRecord& report)
{
    m_impl->addHistory(report);
}

ReadinessSummary SummaryBuilder::finish()
{
    return m_impl->finish();
}

Result<ReadinessSummary> summarize(const ReportStore& store,
                                   const ReadinessProfile& profile,
                                   const Content* content,
                                   const std::string& lang,
                                   TimePoint now,
                                   const SummaryFilter& filter)
{
    auto builder = SummaryBuilder::create(profile, content, lang, now, filter);
    if (!builder) {
        return builder.error();
    }
    SummaryBuilder& b = **builder;
    if (Status s = store.forEachLatest([&](const ReportRecord& r) { b.addLatest(r); }); !s) {
        return s.error();
    }
    if (Status s = store.forEachReport(false, [&](const ReportRecord& r) { b.addHistory(r); }); !s) {
        return s.error();
    }
    return b.finish();
}

Result<std::vector<PersonLine>> drillDown(const ReportStore& store,
                                          const ReadinessProfile& profile,
                                          TimePoint now,
                                          const std::string& unit,
                                          const std::string& check,
                                          const std::vector<CheckState>& states)
{
    return drillDown(store, profile, nullptr, now, unit, check, states, false);
}

Result<std::vector<PersonLine>> drillDown(const ReportStore& store,
                                          const ReadinessProfile& profile,
                                          const Content* content,
                                          TimePoint now,
                                          const std::string& unit,
                                          const std::string& check,
                                          const std::vector<CheckState>& states,
                                          bool missing)
{
    SummaryFilter filter;
    if (!unit.empty()) {
        filter.units.push_back(unit);
    }
    auto builder = SummaryBuilder::create(profile, content, kDefaultLanguage, now, filter);
    if (!builder) {
        return builder.error();
    }
    std::vector<PersonLine> people;
    if (!profile.showPeople) {
        return people;
    }
    // Reuses the builder's rules (units, stale, labels) on each newest report; only the cell's people.
    const SummaryBuilder::Impl& rules = *(*builder)->m_impl;
    const int recheckDays = rules.recheckDaysOf(check);
    const std::string platform = platformOfCheck(check);
    const bool platformRequired = contains(profile.requiredPlatforms, platform);
    Status scanned = store.forEachLatest([&](const ReportRecord& r) {
        if (!rules.belongs(r)) {
            return;
        }
        const int slot = rules.slotOf(r.unit);
        if (slot < 0) {
            return;
        }
        bool match = false;
        const auto found
            = std::find_if(r.checks.begin(), r.checks.end(), [&](const ReportCheck& c) { return c.id == check; });
        if (found != r.checks.end()) {
            const CheckState state = rules.stateAtNow(*found, recheckDays);
            match = state != CheckState::NotRelevant
                && (states.empty() || std::find(states.begin(), states.end(), state) != states.end());
        } else if (missing && platformRequired && !SummaryBuilder::Impl::hasPlatform(r, platform)) {
            match = true;
        }
        if (match) {
            people.push_back(rules.personLine(r, slot));
        }
    });
    if (!scanned) {
        return scanned.error();
    }
    std::unordered_map<std::string, std::size_t> unitOrder;
    for (std::size_t i = 0; i < rules.units.size(); ++i) {
        unitOrder.emplace(rules.units[i].id, i);
    }
    std::sort(people.begin(), people.end(), [&](const PersonLine& a, const PersonLine& b) {
        const std::size_t ua = unitOrder[a.unit];
        const std::size_t ub = unitOrder[b.unit];
        return std::tie(ua, a.label, a.personId) < std::tie(ub, b.label, b.personId);
    });
    return people;
}

} // namespace auditor
