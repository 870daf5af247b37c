#include "passwords/PasswordCheck.h"

namespace auditor::passwords {

PasswordCheckResult checkPassword(const SecretString& password,
                                  const StrengthChecker& strength,
                                  const OfflineCorpus* offline,
                                  const RangeFetcher* online,
                                  const std::vector<std::string>& userInputs)
{
    PasswordCheckResult out;
    out.strength = strength.evaluate(password, userInputs);
    Result<Exposure> exposure = offline ? checkOffline(password, *offline)
        : online                        ? checkOnline(password, *online)
                                        : Result<Exposure>(Error("password.no_source"));
    if (exposure) {
        out.exposure = *exposure;
    } else {
        out.exposureError = exposure.error();
    }
    return out;
}

std::vector<const Check*> passwordChecks(const Content& content, const Progress& progress)
{
    std::vector<const Check*> out;
    for (const Platform& platform : content.platforms()) {
        for (const Check& check : platform.checks) {
            if (check.verifiedByTool == "password_check" && progress.applies(check)) {
                out.push_back(&check);
            }
        }
    }
    return out;
}

Result<std::vector<std::string>> recordPasswordCheck(Progress& progress,
                                                     const Content& content,
                                                     const Exposure& exposure,
                                                     const Clock& clock)
{
    const std::string evidence = std::string("password_check:")
        + (exposure.source == ExposureSource::OfflineCorpus ? "offline_list" : "range_api");
    std::vector<std::string> ids;
    std::vector<const Check*> checks = passwordChecks(content, progress);
    if (checks.empty()) {
        // None of the person's accounts has such an item yet: turn on the topics that do, as
        // `check set` does, so that the result is not lost.
        for (const Platform& platform : content.platforms()) {
            for (const Check& check : platform.checks) {
                if (check.verifiedByTool == "password_check") {
                    std::set<AccountType> types = progress.accountTypes(platform.id);
                    types.insert(check.appliesTo.begin(), check.appliesTo.end());
                    progress.select(platform.id, types);
                    checks.push_back(&check);
                }
            }
        }
    }
    for (const Check* check : checks) {
        if (auto st = progress.setVerified(content, check->id, !exposure.exposed(), evidence, clock); !st) {
            return st.error();
        }
        ids.push_back(check->id);
    }
    return ids;
}

} // namespace auditor::passwords
