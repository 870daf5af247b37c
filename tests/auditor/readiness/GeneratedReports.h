#pragma once

// A made-up organisation and its staff reports, for the summary's tests and benchmark (and for
// whoever needs many realistic reports: the store, the dashboard). Seeded std::mt19937 only, no
// time of day: the same options give the same reports on every machine.

#include "checklist/Checklist.h"
#include "readiness/Profile.h"
#include "readiness/ReportStore.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace auditor::test {

struct GeneratorOptions
{
    int people = 400;
    int units = 5;
    int platforms = 4; // facebook, zalo, google, microsoft, then platform_4…
    int checksPerPlatform = 8; // ~30 checks per report with 4 platforms
    int maxReportsPerPerson = 4; // 1…max reports each, spread over historyDays
    int historyDays = 120;
    int unknownUnitPercent = 3; // people naming a unit the profile lacks
    int missingPlatformPercent = 15; // per platform: people whose report lacks it
    bool includeName = true;
    bool showPeople = true;
    std::uint32_t seed = 20300107;
};

struct GeneratedOrg
{
    ReadinessProfile profile;
    Content content; // the generated platforms and checks, with their re-check intervals
    std::vector<IncomingReport> reports; // every report of everyone, in no particular order
};

namespace generated {

inline std::string hex32(std::mt19937& rng)
{
    static const char* digits = "0123456789abcdef";
    std::string id(32, '0');
    for (char& c : id) {
        c = digits[rng() & 0xF];
    }
    return id;
}

inline int uniform(std::mt19937& rng, int low, int high) // both inclusive
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

inline std::string platformId(int p)
{
    static const std::array<const char*, 4> names{"facebook", "zalo", "google", "microsoft"};
    return p < 4 ? names[static_cast<std::size_t>(p)] : "platform_" + std::to_string(p);
}

} // namespace generated

/**
 * Makes the organisation: units "unit-0"… ("Trường số N, Khánh Hòa" with a comma), facebook and
 * zalo required, every platform's first check a required check, staleAfterDays 45; the content's
 * checks re-checked every 30, 90, 180 or 365 days; each person 1…maxReportsPerPerson reports at
 * random times in the historyDays before `now`, with random states (done the most common), dates
 * and platforms left out. A "done" older than its re-check interval when the report was made is
 * reported "stale", as the app does.
 */
inline GeneratedOrg generateOrg(const GeneratorOptions& o, TimePoint now)
{
    using namespace generated;
    std::mt19937 rng(o.seed);
    GeneratedOrg org;
    ReadinessProfile& profile = org.profile;
    profile.profileId = "so-gd-thu-nghiem";
    profile.orgName = "Sở Giáo dục và Đào tạo (thử nghiệm)";
    profile.staleAfterDays = 45;
    profile.includeName = o.includeName;
    profile.showPeople = o.showPeople;
    for (int u = 0; u < o.units; ++u) {
        OrgUnit unit;
        unit.id = "unit-" + std::to_string(u);
        unit.name = "Trường số " + std::to_string(u) + ", Khánh Hòa";
        unit.kind = "school";
        // Some units expect fewer people than report (over-reporting), one expects none (unknown).
        unit.expectedStaff = u == 0 ? 0 : uniform(rng, o.people / (2 * o.units), 2 * o.people / o.units);
        profile.units.push_back(unit);
    }
    profile.requiredPlatforms = {"facebook", "zalo"};

    static const std::array<int, 4> recheck{30, 90, 180, 365};
    for (int p = 0; p < o.platforms; ++p) {
        Platform platform;
        platform.id = platformId(p);
        platform.order = p;
        platform.name = {platform.id, platform.id};
        for (int c = 0; c < o.checksPerPlatform; ++c) {
            Check check;
            check.id = platform.id + ".check_" + std::to_string(c);
            check.platformId = platform.id;
            check.title = {"Việc số " + std::to_string(c) + " của " + platform.id,
                           "Check " + std::to_string(c) + " of " + platform.id};
            check.weight = 1 + c % 3;
            check.recheckDays = recheck[static_cast<std::size_t>((p + c) % 4)];
            platform.checks.push_back(check);
        }
        profile.requiredChecks.push_back(platform.checks.front().id);
        org.content.add(platform);
    }
    org.content.sort();

    static const std::array<CheckState, 10> stateDraw{CheckState::Done,
                                                      CheckState::Done,
                                                      CheckState::Done,
                                                      CheckState::Done,
                                                      CheckState::Open,
                                                      CheckState::Open,
                                                      CheckState::NotDone,
                                                      CheckState::NotApplicable,
                                                      CheckState::RiskAccepted,
                                                      CheckState::Stale};
    for (int n = 0; n < o.people; ++n) {
        const std::string personId = hex32(rng);
        const bool unknownUnit = uniform(rng, 0, 99) < o.unknownUnitPercent;
        const std::string unit = unknownUnit ? "unit-gone-" + std::to_string(n % 3)
                                             : "unit-" + std::to_string(uniform(rng, 0, o.units - 1));
        const int reports = uniform(rng, 1, o.maxReportsPerPerson);
        for (int k = 0; k < reports; ++k) {
            IncomingReport in;
            ReportRecord& r = in.record;
            r.reportId = hex32(rng);
            r.profileId = profile.profileId;
            r.unit = unit;
            r.personId = personId;
            if (o.includeName) {
                r.personName = "Nguyễn Thị " + std::to_string(n);
            }
            r.generatedAt = now - std::chrono::seconds(uniform(rng, 0, o.historyDays * 86400));
            r.receivedAt = r.generatedAt;
            r.appVersion = "0.9.0";
            r.contentVersion = "2026-11-01";
            r.openIncidents = uniform(rng, 0, 9) == 0 ? 1 : 0;
            for (const Platform& platform : org.content.platforms()) {
                if (uniform(rng, 0, 99) < o.missingPlatformPercent) {
                    continue;
                }
                ReportPlatform rp;
                rp.id = platform.id;
                for (const Check& check : platform.checks) {
                    if (uniform(rng, 0, 19) == 0) {
                        continue; // not relevant to this person's account type: not in the report
                    }
                    ReportCheck c;
                    c.id = check.id;
                    c.state = stateDraw[static_cast<std::size_t>(uniform(rng, 0, 9))];
                    if (c.state != CheckState::Open) {
                        c.setAt = r.generatedAt - std::chrono::seconds(uniform(rng, 0, 400 * 86400));
                    }
                    if (c.state == CheckState::Done
                        && r.generatedAt - *c.setAt >= std::chrono::days(check.recheckDays)) {
                        c.state = CheckState::Stale;
                    }
                    if (c.state != CheckState::NotApplicable) {
                        rp.possible += check.weight;
                    }
                    if (c.state == CheckState::Done) {
                        rp.achieved += check.weight;
                    }
                    r.checks.push_back(c);
                }
                rp.percent = rp.possible > 0 ? 100 * rp.achieved / rp.possible : 0;
                r.achieved += rp.achieved;
                r.possible += rp.possible;
                r.platforms.push_back(rp);
            }
            r.percent = r.possible > 0 ? 100 * r.achieved / r.possible : 0;
            in.body = nlohmann::json{{"report_id", r.reportId}, {"person", {{"id", personId}}}}.dump();
            org.reports.push_back(std::move(in));
        }
    }
    return org;
}

/** Stores the reports in batches (one transaction each); false if the store refused. */
inline bool storeAll(ReportStore& store, const std::vector<IncomingReport>& reports, std::size_t batch = 5000)
{
    for (std::size_t i = 0; i < reports.size(); i += batch) {
        const std::vector<IncomingReport> part(reports.begin() + static_cast<std::ptrdiff_t>(i),
                                               reports.begin()
                                                   + static_cast<std::ptrdiff_t>(std::min(reports.size(), i + batch)));
        if (!store.putMany(part)) {
            return false;
        }
    }
    return true;
}

} // namespace auditor::test
