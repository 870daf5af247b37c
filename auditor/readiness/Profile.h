#pragma once

#include "common/Json.h"
#include "common/Result.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace auditor {

struct LoadedOrgProfile;

/** One school or office of the organisation (a row of the dashboard). */
struct OrgUnit
{
    std::string id; // "thpt-binh-minh" (pattern ^[a-z0-9][a-z0-9-]*$)
    std::string name; // "Trường THPT Bình Minh"
    std::string kind; // "school" | "office" | "department"
    int expectedStaff = 0; // head count the IT lead expects to report; 0 = unknown
};

/** Where staff send their reports: the collector (`auditor serve`) and how to trust it. */
struct CollectorSettings
{
    std::string url; // "https://192.168.1.10:8443" (https only; any address and port: the school's LAN)
    std::string fingerprint; // SHA-256 of the collector's certificate, "AB:CD:…" (certificateFingerprint)
    std::string token; // the enrolment token (not a password: shared by the organisation's staff)

    bool configured() const
    {
        return !url.empty() && !fingerprint.empty() && !token.empty();
    }
};

/**
 * The readiness part of the organisation profile (the same file as OrgProfile, the incident
 * part): units, what is required, how often staff re-check, what a report may say about the
 * person, and the collector.
 */
struct ReadinessProfile
{
    std::string profileId; // the profile's "id"
    std::string orgName; // unit.name of the incident part
    std::string parentName;
    std::vector<OrgUnit> units;
    std::vector<std::string> requiredPlatforms; // platform ids every staff member must cover
    std::vector<std::string> requiredChecks; // check ids the dashboard singles out ("facebook.two_factor")
    int reportEveryDays = 30; // staff send a fresh report at least this often
    int staleAfterDays = 45; // a person's newest report older than this is stale on the dashboard
    // What a report may carry about the person (besides a random person id and the unit).
    bool includeName = false;
    bool includeEmail = false;
    // Whether the dashboard may list individual people in a drill-down (else counts only).
    bool showPeople = false;
    CollectorSettings collector;

    const OrgUnit* unit(const std::string& id) const;
};

/** Reads the readiness keys of a loaded profile (schema already checked); problems at JSON pointers. */
Result<ReadinessProfile> readReadinessProfile(const LoadedOrgProfile& loaded,
                                              std::vector<JsonIssue>* issues = nullptr,
                                              const std::filesystem::path& origin = {});

/**
 * The staff member's own enrolment, kept on their machine (<data>/membership.json): which
 * profile, which unit, a random person id made once, and the name and e-mail the profile may ask for.
 */
struct Membership
{
    std::string profileId;
    std::string unit;
    std::string personId; // 32 hex digits, random, made when the person first joins
    std::string name;
    std::string email;
};

} // namespace auditor
