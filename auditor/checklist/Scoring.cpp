#include "checklist/Scoring.h"

namespace auditor {

std::string toString(ScoreBand band)
{
    switch (band) {
    case ScoreBand::None:
        return "none";
    case ScoreBand::AtRisk:
        return "at_risk";
    case ScoreBand::Fair:
        return "fair";
    case ScoreBand::Good:
        return "good";
    case ScoreBand::Complete:
        return "complete";
    }
    return "none";
}

ScoreBand bandFor(int percent, int possible)
{
    if (possible <= 0) {
        return ScoreBand::None;
    }
    if (percent >= 100) {
        return ScoreBand::Complete;
    }
    if (percent >= 80) {
        return ScoreBand::Good;
    }
    if (percent >= 50) {
        return ScoreBand::Fair;
    }
    return ScoreBand::AtRisk;
}

std::string toString(CheckState state)
{
    switch (state) {
    case CheckState::Open:
        return "open";
    case CheckState::Done:
        return "done";
    case CheckState::Stale:
        return "stale";
    case CheckState::NotDone:
        return "not_done";
    case CheckState::NotApplicable:
        return "not_applicable";
    case CheckState::RiskAccepted:
        return "risk_accepted";
    case CheckState::NotRelevant:
        return "not_relevant";
    }
    return "open";
}

CheckState stateOf(const Check& check, const Progress& progress, TimePoint now)
{
    if (!progress.applies(check)) {
        return CheckState::NotRelevant;
    }
    const CheckRecord* rec = progress.record(check.id);
    if (!rec) {
        return CheckState::Open;
    }
    switch (rec->status) {
    case CheckStatus::Done:
        return isStale(check, *rec, now) ? CheckState::Stale : CheckState::Done;
    case CheckStatus::NotDone:
        return CheckState::NotDone;
    case CheckStatus::NotApplicable:
        return CheckState::NotApplicable;
    case CheckStatus::RiskAccepted:
        return CheckState::RiskAccepted;
    }
    return CheckState::Open;
}

namespace {

void add(Score& into, const Score& s)
{
    into.achieved += s.achieved;
    into.possible += s.possible;
    into.total += s.total;
    into.done += s.done;
    into.stale += s.stale;
    into.open += s.open;
    into.notDone += s.notDone;
    into.notApplicable += s.notApplicable;
    into.riskAccepted += s.riskAccepted;
}

void finish(Score& s)
{
    s.percent = s.possible > 0 ? (100 * s.achieved) / s.possible : 0;
    s.band = bandFor(s.percent, s.possible);
}

} // namespace

Score computeScore(const Platform& platform, const Progress& progress, TimePoint now)
{
    Score s;
    s.platformId = platform.id;
    for (const Check& check : platform.checks) {
        const CheckState state = stateOf(check, progress, now);
        if (state == CheckState::NotRelevant) {
            continue;
        }
        ++s.total;
        if (state != CheckState::NotApplicable) {
            s.possible += check.weight;
        }
        switch (state) {
        case CheckState::Done:
            ++s.done;
            s.achieved += check.weight;
            break;
        case CheckState::Stale:
            ++s.stale;
            break;
        case CheckState::Open:
            ++s.open;
            break;
        case CheckState::NotDone:
            ++s.notDone;
            break;
        case CheckState::NotApplicable:
            ++s.notApplicable;
            break;
        case CheckState::RiskAccepted:
            ++s.riskAccepted;
            break;
        case CheckState::NotRelevant:
            break;
        }
    }
    finish(s);
    return s;
}

ScoreSummary computeScores(const Content& content, const Progress& progress, TimePoint now)
{
    ScoreSummary summary;
    for (const Platform& platform : content.platforms()) {
        if (!progress.isSelected(platform.id)) {
            continue;
        }
        summary.platforms.push_back(computeScore(platform, progress, now));
        add(summary.overall, summary.platforms.back());
    }
    finish(summary.overall);
    return summary;
}

} // namespace auditor
