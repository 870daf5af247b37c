#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "readiness/Profile.h"
#include "readiness/ReportRecord.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
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
    std::vector<std::string> units; // empty = all
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
};

/**
 * Aggregates the store's reports for the profile at `now`: per unit × platform × check, score
 * distribution, who has not reported or is stale, the trend. `content` gives titles and re-check
 * intervals and may be null (ids as titles). Works in one pass over the newest reports and one over
 * all reports (for the trend), without keeping every report in memory.
 */
Result<ReadinessSummary> summarize(const ReportStore& store,
                                   const ReadinessProfile& profile,
                                   const Content* content,
                                   const std::string& lang,
                                   TimePoint now,
                                   const SummaryFilter& filter = {});

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

/** The summary as JSON (the form of checks/schema/readiness-summary.schema.json). */
nlohmann::json summaryToJson(const ReadinessSummary& summary);

/** CSV for spreadsheets: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting; one row per unit × check. */
std::string summaryToCsv(const ReadinessSummary& summary, const std::string& lang);

} // namespace auditor
