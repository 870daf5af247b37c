#pragma once

#include "checklist/Progress.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <filesystem>
#include <optional>
#include <string>

namespace auditor {

/**
 * Keeps a Progress in "<data dir>/progress.json".
 *
 * Saving is atomic and keeps the previous copy as progress.json.bak. Loading a file that cannot
 * be read moves it aside (progress.json.corrupt-<time>), falls back to the previous copy when that
 * one is sound, and says so in `warning`: nothing is lost and nothing is overwritten in silence.
 */
class ProgressStore
{
public:
    static constexpr int kFormatVersion = 1;

    explicit ProgressStore(std::filesystem::path dataDir);

    const std::filesystem::path& dataDir() const
    {
        return m_dataDir;
    }
    std::filesystem::path file() const;

    struct Loaded
    {
        Progress progress;
        std::optional<Error> warning; // set when the file was corrupt and set aside
    };

    Result<Loaded> load(const Clock& clock) const;
    Status save(const Progress& progress, const Clock& clock) const;

    static std::string serialize(const Progress& progress, TimePoint savedAt);
    /** Parses the stored form; errors name the JSON pointer that is wrong. */
    static Result<Progress> deserialize(const std::string& text, const std::filesystem::path& origin);

private:
    std::filesystem::path m_dataDir;
};

} // namespace auditor
