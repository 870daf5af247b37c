#pragma once

#include "checklist/Checklist.h"
#include "checklist/Progress.h"
#include "common/Clock.h"

#include <string>
#include <vector>

namespace auditor {

/**
 * What a score means, in four steps (after Lynis's hardening index: 100 is not "invulnerable").
 * Bounds: at_risk < 50 ≤ fair < 80 ≤ good < 100 = complete; none when nothing applies.
 */
enum class ScoreBand
{
    None,
    AtRisk,
    Fair,
    Good,
    Complete,
};

std::string toString(ScoreBand band);
ScoreBand bandFor(int percent, int possible);

/** How one check stands for this person now. */
enum class CheckState
{
    Open, // never answered
    Done,
    Stale, // done, but the re-check interval has passed: earns no points until confirmed again
    NotDone,
    NotApplicable,
    RiskAccepted,
    NotRelevant, // the check is for an account type this person does not have
};

std::string toString(CheckState state);
CheckState stateOf(const Check& check, const Progress& progress, TimePoint now);

struct Score
{
    std::string platformId; // empty for the overall score
    int achieved = 0; // weights of checks done and not stale
    int possible = 0; // weights of the checks that apply, less those marked not applicable
    int percent = 0; // achieved / possible, rounded down so that 100 means every check is done
    ScoreBand band = ScoreBand::None;
    int total = 0; // checks that apply to this person
    int done = 0;
    int stale = 0;
    int open = 0;
    int notDone = 0;
    int notApplicable = 0;
    int riskAccepted = 0;

    /** Checks still waiting for the person: open, not done or stale. */
    int toDo() const
    {
        return open + notDone + stale;
    }
};

struct ScoreSummary
{
    std::vector<Score> platforms; // in content order, selected platforms only
    Score overall;
};

/** Points achieved over points possible among applicable checks, per selected platform and overall. */
ScoreSummary computeScores(const Content& content, const Progress& progress, TimePoint now);
Score computeScore(const Platform& platform, const Progress& progress, TimePoint now);

} // namespace auditor
