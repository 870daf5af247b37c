#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "readiness/Profile.h"
#include "readiness/ReportRecord.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace auditor {

class Content;
class ReportStore;

/** How one check stands across a set of people (a heat-map cell, a row total). */
struct CellStats
{
    int people = 0; // people whose newest report covers this check (or should: see missing)
    int done = 0; // done and not stale
    int stale = 0; // done, but the check's re-check interval has passed
    int open = 0;
    int notDone = 0;
    int notApplicable = 0;
    int riskAccepted = 0;
    int missing = 0; // the platform is required but the person's report lacks it

    /** Done over the people it applies to (people less not applicable), rounded down; -1 when none. */
    int percentDone() const;
};

/** One row of the heat map: a check, its cell per unit and its total. */
struct CheckRow
{
    std::string platform;
    std::string check;
    std::string title; // in the summary's language, from the content (the id when the content lacks it)
    bool required = false;
    std::vector<CellStats> cells; // parallel to ReadinessSummary::units
    CellStats total;
};

/** One unit's line: who reported, how current, how secure. */
struct UnitSummary
{
    std::string id;
    std::string name;
    int expected = 0; // from the profile; 0 = unknown
    int reported = 0; // people with a report
    int current = 0; // reported within the profile's staleAfterDays
    int stale = 0; // newest report older than staleAfterDays
    int notReported = 0; // max(0, expected - reported)
    int averagePercent = 0; // over the people's newest reports; 0 when none
    int openIncidents = 0;
    std::array<int, 5> bands{}; // people per ScoreBand (none, at_risk, fair, good, complete)
};

/** A person as the profile allows the dashboard to show them. */
struct PersonLine
{
    std::string personId;
    std::string label; // name when allowed, else "#" + the first 6 digits of the person id
    std::string unit;
    TimePoint generatedAt{};
    int percent = 0;
    bool stale = false;
    int openIncidents = 0;
};

/** The organisation's readiness at one week's end. */
struct TrendPoint
{
    std::string weekEnding; // "2026-11-29" (a Sunday, UTC)
    int people = 0; // people with a report generated on or before that day
    int averagePercent = 0; // over each person's newest report as of that day
    int complete = 0; // people whose newest report then was in band good or complete
};

struct SummaryFilter
{
    std::vector<std::string> units; // empty = all; "?" selects reports naming a unit the profile lacks
    std::vector<std::string> platforms; // empty = all
};

struct ReadinessSummary
{
    TimePoint generatedAt{};
    std::string profileId;
    std::string orgName;
    SummaryFilter filter;
    std::vector<UnitSummary> units; // profile order; reports naming an unknown unit go to a last "?" unit
    UnitSummary total;
    std::vector<CheckRow> checks; // content order of platforms and checks
    std::array<int, 10> histogram{}; // people by overall percent: 0–9, 10–19, …, 90–100
    std::vector<TrendPoint> trend; // the last 12 weeks, oldest first
    bool peopleShown = false; // the profile's showPeople
    std::vector<PersonLine> people; // newest report per person (empty unless peopleShown)
    // Added by part C:
    int staleAfterDays = 0; // the profile's, as applied
    int otherProfileReports = 0; // newest reports made under another profile id: not counted
};

/**
 * Aggregates the store's reports for the profile at `now`: per unit × platform × check, score
 * distribution, who has not reported or is stale, the trend. `content` gives titles and re-check
 * intervals and may be null (ids as titles). Works in one pass over the newest reports and one over
 * all reports (for the trend), without keeping every report in memory.
 *
 * What counts (SummaryBuilder does the work; summarize feeds it from the store):
 * - Only each person's newest report (ReportStore::forEachLatest). A report whose profile id is not
 *   the profile's is left out (counted in otherProfileReports). A newest report whose age at `now`
 *   is more than staleAfterDays days is stale: the person counts as reported and in
 *   UnitSummary::stale, and their checks still count in the cells (it is what we know of them).
 * - A check's state is the one reported, except that a "done" whose set_at is at least the
 *   content's recheck interval before `now` counts as stale (as Scoring's stateOf would say at
 *   `now`). Without the content, or for a check the content lacks, the reported state stands.
 * - A platform in profile.requiredPlatforms that a person's report lacks counts as `missing` (and
 *   in `people`) in every check of that platform: the content's checks, or without the content
 *   the checks of it seen in anyone's report.
 * - Units: the profile's, in its order (those in the filter when it names units); reports naming
 *   another unit go to a last unit "?" (shown only when there are some, and with a unit filter
 *   only when the filter names "?"). A unit id in the filter the profile lacks is an error
 *   "summary.unknown_unit"; a platform the content lacks, "summary.unknown_platform".
 * - A person's percent is the one reported (overall), or with a platform filter achieved over
 *   possible of the reported platforms in it (0, band none, when they reported none of them).
 *   averagePercent, bands and the histogram (every reported person, 100 in the last bucket) use it.
 * - total: the sums over the units shown; total.notReported is the sum of the units' (a unit with
 *   more reports than expected does not hide another's missing staff); total.averagePercent is
 *   over all reported people.
 * - Rows: every check the content has for a platform that someone reported or that is required,
 *   then checks the content does not know, in content order of platforms (unknown ones after, by
 *   id) and checks (unknown ones after, by id); only platforms in the filter.
 * - Trend: 12 points, the last for the week (Monday to Sunday, UTC) holding `now`, each counting
 *   each person's newest report generated before the end of that Sunday (the person's unit is the
 *   one that report names); "complete" counts bands good and complete.
 * - People (only when profile.showPeople): labelled with the name when the profile includes names
 *   and the report carries one, else "#" + the first 6 hex digits of the person id; in unit order,
 *   then by label.
 */
Result<ReadinessSummary> summarize(const ReportStore& store,
                                   const ReadinessProfile& profile,
                                   const Content* content,
                                   const std::string& lang,
                                   TimePoint now,
                                   const SummaryFilter& filter = {});

/**
 * The aggregation itself, fed report by report (store-independent: summarize feeds it from a
 * ReportStore; a test or a benchmark may feed it from memory). Rules: see summarize.
 * Usage: create(), addLatest() for each person's newest report, addHistory() for every report in
 * generated_at order (then report id) for the trend, then finish() once.
 */
class SummaryBuilder
{
public:
    /** Checks the filter against the profile and the content ("summary.unknown_unit", "summary.unknown_platform"). */
    static Result<std::unique_ptr<SummaryBuilder>> create(const ReadinessProfile& profile,
                                                          const Content* content,
                                                          const std::string& lang,
                                                          TimePoint now,
                                                          const SummaryFilter& filter = {});
    ~SummaryBuilder();
    SummaryBuilder(const SummaryBuilder&) = delete;
    SummaryBuilder& operator=(const SummaryBuilder&) = delete;

    /** One person's newest report (with checks). Each person once. */
    void addLatest(const ReportRecord& report);
    /** Any report, in generated_at order then report id (checks not needed): for the trend. */
    void addHistory(const ReportRecord& report);
    ReadinessSummary finish();

private:
    struct Impl;
    explicit SummaryBuilder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;

    friend Result<std::vector<PersonLine>> drillDown(const ReportStore&,
                                                     const ReadinessProfile&,
                                                     const Content*,
                                                     TimePoint,
                                                     const std::string&,
                                                     const std::string&,
                                                     const std::vector<CheckState>&,
                                                     bool);
};

/**
 * The people behind one cell: those whose newest report has `check` in one of `states` (all
 * states when empty), in `unit` (all when empty). Empty when the profile does not show people.
 */
Result<std::vector<PersonLine>> drillDown(const ReportStore& store,
                                          const ReadinessProfile& profile,
                                          TimePoint now,
                                          const std::string& unit,
                                          const std::string& check,
                                          const std::vector<CheckState>& states = {});

/**
 * Added by part C: the same with the content, so that a "done" past the check's re-check interval
 * is found as stale (as summarize counts it), and with `missing`: also the people whose report
 * lacks the check's platform when the profile requires it (the cell's `missing`). People in the
 * order summarize lists them; stale reports included (PersonLine::stale says so).
 */
Result<std::vector<PersonLine>> drillDown(const ReportStore& store,
                                          const ReadinessProfile& profile,
                                          const Content* content,
                                          TimePoint now,
                                          const std::string& unit,
                                          const std::string& check,
                                          const std::vector<CheckState>& states,
                                          bool missing);

/** The summary as JSON (the form of checks/schema/readiness-summary.schema.json). */
nlohmann::json summaryToJson(const ReadinessSummary& summary);

/** Which table a CSV export holds (added by part C). */
enum class CsvTable
{
    Checks, // one row per check × unit, then the check's total row (unit id empty)
    Units, // one row per unit, then the total row
    People, // one row per person (only when summary.peopleShown; else the header alone)
};

/**
 * CSV for spreadsheets: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting; one row per unit ×
 * check (or per unit, per person: `table`). The header row is in `lang` ("vi" | "en"); numbers are
 * plain digits (no thousands separator, so a Vietnamese Excel reads them as numbers), an empty
 * percent where nothing applies, dates as "YYYY-MM-DD".
 */
std::string summaryToCsv(const ReadinessSummary& summary, const std::string& lang, CsvTable table = CsvTable::Checks);

} // namespace auditor
