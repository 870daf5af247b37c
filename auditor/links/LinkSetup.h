#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "links/LinkAnalyzer.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace auditor {

/** What `auditor links import` records beside a kept list. */
struct ImportedList
{
    std::string name;
    std::string kind; // "block" or "allow"
    std::string source;
    std::string importedAt;
    std::size_t entries = 0;
};

/**
 * Keeps a copy of a list file in "<data dir>/lists/<name>.list" with its source and date in
 * "<name>.json". Names are lower-case letters, digits and hyphens.
 */
Result<ImportedList> importList(const std::filesystem::path& dataDir,
                                const std::filesystem::path& file,
                                const std::string& name,
                                const std::string& kind,
                                const Clock& clock);

/** Extra files given on the command line or in the GUI. */
struct LinkSources
{
    std::vector<std::filesystem::path> brands;
    std::vector<std::filesystem::path> allow;
    std::vector<std::filesystem::path> block;
};

/**
 * Builds the analyser from the content (brands, lures, shorteners, TLDs), the lists kept in the
 * data folder, and the extra files.
 */
Result<std::unique_ptr<LinkAnalyzer>> makeLinkAnalyzer(const std::filesystem::path& contentDir,
                                                       const std::filesystem::path& dataDir,
                                                       const LinkSources& extra = {});

} // namespace auditor
