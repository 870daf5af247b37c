#pragma once

#include "checklist/Checklist.h"
#include "checklist/Progress.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "passwords/Exposure.h"
#include "passwords/OfflineCorpus.h"
#include "passwords/RangeApi.h"
#include "passwords/Strength.h"

#include <optional>
#include <string>
#include <vector>

namespace auditor::passwords {

/** What one password check found: the exposure (or why it is unknown) and the strength. */
struct PasswordCheckResult
{
    std::optional<Exposure> exposure; // set only when the exposure check finished
    std::optional<Error> exposureError; // set when it did not: exposure unknown, never "not exposed"
    StrengthReport strength;
};

/**
 * Strength always (local), and exposure from exactly one source: the offline list when given,
 * else the range fetcher (the caller asked for consent first). Neither given: strength only,
 * with exposureError "password.no_source".
 */
PasswordCheckResult checkPassword(const SecretString& password,
                                  const StrengthChecker& strength,
                                  const OfflineCorpus* offline,
                                  const RangeFetcher* online,
                                  const std::vector<std::string>& userInputs = {});

/** The checks that name "password_check" in verified_by_tool and apply to the person's accounts. */
std::vector<const Check*> passwordChecks(const Content& content, const Progress& progress);

/**
 * Records a finished exposure check on those checks: done when not exposed, not done when exposed,
 * with the date and "password_check:<source>" as evidence (never the password). When no account
 * of the person has such an item, the topics holding one are turned on first. Returns the ids.
 */
Result<std::vector<std::string>> recordPasswordCheck(Progress& progress,
                                                     const Content& content,
                                                     const Exposure& exposure,
                                                     const Clock& clock);

} // namespace auditor::passwords
