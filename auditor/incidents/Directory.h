#pragma once

#include "checklist/Checklist.h"
#include "common/Json.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace auditor {

/**
 * Who to tell when an account is taken over, faked or abused: checks/directory/providers.json
 * (per platform: recovery and report channels), authorities.json (national bodies and the
 * default province, with bodies that no longer exist kept apart as `superseded`) and legal.json
 * (laws and decrees with their effective dates). Every fact carries its source, date and
 * confidence; unconfirmed contacts say "cần xác minh".
 */
struct Directory
{
    nlohmann::json providers;
    nlohmann::json authorities;
    nlohmann::json legal;

    /** The provider entry of a platform, or null. */
    const nlohmann::json* provider(const std::string& platformId) const;
    /** An authority (current or superseded) by id, or null. */
    const nlohmann::json* authority(const std::string& id) const;
};

struct DirectoryReport
{
    Directory directory;
    std::vector<JsonIssue> issues;
    int filesRead = 0;

    bool clean() const
    {
        return issues.empty();
    }
};

/**
 * Loads and validates the three files against checks/schema/directory.schema.json, then the rules
 * a schema cannot say: each provider's platform exists in `content`, its channel ids start with
 * the platform id, asks_for names an evidence type, every authority reference (parent, via,
 * replaced_by, superseded_by) names a known id, name_template placeholders match fill_in, ids
 * are unique, and no current authority is called by a superseded body's name.
 */
DirectoryReport loadDirectory(const std::filesystem::path& contentDir, const Content& content);

} // namespace auditor
