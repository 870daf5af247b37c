#pragma once

#include "checklist/Checklist.h"
#include "common/Catalog.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace auditor {

/** What the person said about one check. A check without a record is "open". */
enum class CheckStatus
{
    Done,
    NotDone,
    NotApplicable, // needs a reason
    RiskAccepted, // needs a reason; earns no points
};

std::string toString(CheckStatus status);
std::optional<CheckStatus> checkStatusFromString(const std::string& text);
bool statusNeedsReason(CheckStatus status);

struct CheckRecord
{
    CheckStatus status = CheckStatus::NotDone;
    TimePoint setAt{};
    std::string reason;
    std::string evidence; // set by the app's own check ("password_check:range_api"); never a secret
};

/**
 * One person's audit: which accounts they have (per platform, which account types), what they
 * did about each check, and the language they chose. Saved by ProgressStore.
 */
class Progress
{
public:
    std::string language = "vi";
    bool firstRunDone = false;

    const std::map<std::string, std::set<AccountType>>& selection() const
    {
        return m_selection;
    }
    bool isSelected(const std::string& platformId) const
    {
        return m_selection.count(platformId) > 0;
    }
    void select(const std::string& platformId, std::set<AccountType> types);
    void deselect(const std::string& platformId);
    std::set<AccountType> accountTypes(const std::string& platformId) const;

    const std::map<std::string, CheckRecord>& records() const
    {
        return m_records;
    }
    const CheckRecord* record(const std::string& checkId) const;

    /**
     * Sets a status for a known check, dated now. Fails with "status.reason_required" when the
     * status needs a reason and none is given, or "check.unknown" for an id not in `content`.
     */
    Status setStatus(const Content& content,
                     const std::string& checkId,
                     CheckStatus status,
                     const std::string& reason,
                     const Clock& clock);
    /**
     * Records what one of the app's own checks found for a check that names it in
     * `verified_by_tool`: Done when it passed, NotDone when it failed, with the evidence and the date.
     */
    Status setVerified(const Content& content,
                       const std::string& checkId,
                       bool passed,
                       const std::string& evidence,
                       const Clock& clock);
    /** Forgets the answer for a check (it becomes open again). */
    void clearStatus(const std::string& checkId);

    /** Puts back a record read from storage, as it was stored. */
    void restoreRecord(const std::string& checkId, CheckRecord record)
    {
        m_records[checkId] = std::move(record);
    }

    /** True when a check applies to this person's account types on its platform. */
    bool applies(const Check& check) const;

private:
    std::map<std::string, std::set<AccountType>> m_selection;
    std::map<std::string, CheckRecord> m_records;
};

/**
 * Applies what the person said about their accounts: `personal` are the platforms they have an
 * account on, `pageAdmin` those where they also administer a page, group or channel. Platforms
 * not named are dropped; topics only for page admins (pages_admin) follow whether any page is
 * administered. Answers already given are kept.
 */
void applyAccountChoice(const Content& content,
                        Progress& progress,
                        const std::set<std::string>& personal,
                        const std::set<std::string>& pageAdmin);

/** The platforms offered on first run, for a person who has not chosen yet. */
std::set<std::string> defaultAccountChoice(const Content& content);

/** A done check is stale once its re-check interval has passed since it was marked. */
bool isStale(const Check& check, const CheckRecord& record, TimePoint now);

} // namespace auditor
