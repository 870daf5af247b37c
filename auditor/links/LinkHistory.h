#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "links/LinkAnalyzer.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace auditor {

/** One link the person checked, as the history keeps it (never the page's content). */
struct LinkHistoryEntry
{
    std::string checkedAt; // ISO 8601 UTC
    std::string input;
    std::string host; // Unicode, for display
    Verdict verdict = Verdict::Invalid;
    std::optional<std::string> impersonates;
    bool online = false;
};

/**
 * The local history of checked links, newest first, in "<data dir>/link-history.json" (private
 * file, written atomically; a corrupt file is moved aside and the history starts empty). Kept to
 * the last kMaxEntries; the same link checked again moves to the top.
 */
class LinkHistory
{
public:
    static constexpr std::size_t kMaxEntries = 200;

    explicit LinkHistory(std::filesystem::path dataDir);

    /** Reads the file. A missing file is an empty history; a corrupt one is moved aside (warning returned). */
    Result<std::optional<Error>> load(const Clock& clock);
    Status add(const LinkVerdict& verdict, bool online, const Clock& clock);
    Status clear();

    const std::vector<LinkHistoryEntry>& entries() const
    {
        return m_entries;
    }
    std::filesystem::path file() const
    {
        return m_dataDir / "link-history.json";
    }

private:
    Status save() const;

    std::filesystem::path m_dataDir;
    std::vector<LinkHistoryEntry> m_entries;
};

} // namespace auditor
