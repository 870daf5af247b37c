#pragma once

#include "checklist/Checklist.h"
#include "common/Json.h"

#include <filesystem>
#include <string>
#include <vector>

namespace auditor {

/** What loading the content found: the usable content and every problem, with where it is. */
struct ContentReport
{
    Content content;
    std::vector<JsonIssue> issues;
    int filesRead = 0;
    int checkCount = 0;
    int unverifiedCount = 0;

    bool clean() const
    {
        return issues.empty();
    }
};

/**
 * Loads every .json file in checks/platforms, validating each against checks/schema/platform.schema.json and
 * then against the rules a schema cannot say (file named after its id, check ids prefixed by the
 * platform id and unique, dates not in the future, text in NFC). Also checks that
 * checks/messages/vi.json and en.json hold the same keys and placeholders.
 *
 * A file with problems is left out of the content; the others are still usable.
 * `today` is "YYYY-MM-DD"; empty skips the future-date rule.
 */
ContentReport loadContent(const std::filesystem::path& contentDir, const std::string& today = {});

} // namespace auditor
