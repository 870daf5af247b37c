#pragma once

#include "common/Clock.h"
#include "common/Json.h"
#include "common/Result.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace auditor {

class ReportStore;
class SchemaValidator;

/** What a report must match to be taken in: the organisation profile's id and units. */
struct ImportRules
{
    std::optional<std::string> profileId; // unset: any profile (no profile at hand)
    std::vector<std::string> units; // the profile's unit ids; empty: any unit
};

/** What became of one file. */
struct ImportedFile
{
    enum class Outcome
    {
        Stored,
        Duplicate, // the same report was already in the store (or earlier in the folder)
        Refused,
    };

    std::filesystem::path file;
    Outcome outcome = Outcome::Refused;
    std::string reportId; // empty when the file could not be read as a report
    std::string personId;
    std::string unit;
    bool newestForPerson = false; // stored or duplicate, and now the report that counts for its person
    /**
     * Why it was refused: "report.read", "report.too_large", "report.syntax" (line, column),
     * "report.invalid" (pointer), "report.version" (an app too old), "report.wrong_profile"
     * (found, expected), "report.unknown_unit" (unit, units: the valid ids, comma separated),
     * "report.conflict" (report_id: another report with the same id is stored).
     */
    Error error;
    std::vector<JsonIssue> issues; // each with `file` set
};

struct FolderImport
{
    std::vector<ImportedFile> files; // in file name order
    int stored = 0;
    int duplicates = 0;
    int refused = 0;
};

/** A staff report is a few kilobytes; a bigger file in the folder is not one. */
inline constexpr std::size_t kMaxReportFileBytes = 1024 * 1024;

/**
 * The collector's folder import (schools without a network: staff copy their exported reports
 * to a USB stick or a shared folder). Reads every "*.json" file directly in `dir` (not in
 * subfolders; names starting with "." are skipped, such as the "._x.json" files macOS leaves on
 * USB sticks), in name order; checks each as a staff report version 2 and against `rules`; stores
 * the rest in one putMany (durable on return). Errors: "store.import_folder" (file: `dir` is not
 * a readable folder), or the store's own ("store.write"): then nothing was stored.
 */
Result<FolderImport> importReportFolder(const std::filesystem::path& dir,
                                        ReportStore& store,
                                        const SchemaValidator& validator,
                                        const ImportRules& rules,
                                        TimePoint receivedAt);

} // namespace auditor
