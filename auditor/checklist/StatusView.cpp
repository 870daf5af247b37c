#include "checklist/StatusView.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace auditor {

json scoreToJson(const Score& s)
{
    return json{{"achieved", s.achieved},
                {"possible", s.possible},
                {"percent", s.percent},
                {"band", toString(s.band)},
                {"checks", s.total},
                {"done", s.done},
                {"stale", s.stale},
                {"open", s.open},
                {"not_done", s.notDone},
                {"not_applicable", s.notApplicable},
                {"risk_accepted", s.riskAccepted}};
}

json statusToJson(const Content& content, const Progress& progress, TimePoint now)
{
    const ScoreSummary summary = computeScores(content, progress, now);
    json platforms = json::array();
    for (const Score& score : summary.platforms) {
        const Platform* platform = content.platform(score.platformId);
        json checks = json::array();
        for (const Check& check : platform->checks) {
            const CheckState state = stateOf(check, progress, now);
            if (state == CheckState::NotRelevant) {
                continue;
            }
            json c{{"id", check.id}, {"state", toString(state)}, {"weight", check.weight}};
            if (const CheckRecord* rec = progress.record(check.id)) {
                c["status"] = toString(rec->status);
                c["set_at"] = formatIsoUtc(rec->setAt);
                c["recheck_due"] = formatIsoDate(rec->setAt + std::chrono::days(check.recheckDays));
                if (!rec->reason.empty()) {
                    c["reason"] = rec->reason;
                }
            } else {
                c["status"] = nullptr;
            }
            checks.push_back(c);
        }
        json types = json::array();
        for (AccountType t : progress.accountTypes(score.platformId)) {
            types.push_back(toString(t));
        }
        platforms.push_back(json{{"id", score.platformId},
                                 {"name", platform->name.in(progress.language)},
                                 {"account_types", types},
                                 {"score", scoreToJson(score)},
                                 {"checks", checks}});
    }
    return json{{"language", progress.language},
                {"evaluated_at", formatIsoUtc(now)},
                {"content_version", content.version()},
                {"overall", scoreToJson(summary.overall)},
                {"platforms", platforms}};
}

} // namespace auditor
