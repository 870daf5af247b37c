#pragma once

#include "common/Result.h"

#include <filesystem>
#include <string>

namespace auditor {

struct WriteOptions
{
    bool keepPrevious = true; // keep the replaced copy as "<name>.bak"
    bool privateFile = true; // readable by the owner only (0600 on POSIX)
};

/**
 * Replaces `path` with `content` so that a crash at any moment leaves either the old or the new
 * file, never a torn one: write a temporary file beside it, flush it to the disk, keep the
 * previous copy, rename over, then flush the directory.
 */
Status writeFileAtomically(const std::filesystem::path& path, const std::string& content, WriteOptions options = {});

/** Reads a whole file; error code "file.read" with the path. */
Result<std::string> readFile(const std::filesystem::path& path);

/**
 * Moves a file aside as "<name>.<why>-<stamp>" (never overwriting an earlier one) and returns the
 * new path: "corrupt" for a file that could not be read, "previous" for one replaced by an import.
 */
Result<std::filesystem::path> moveAside(const std::filesystem::path& path,
                                        const std::string& stamp,
                                        const std::string& why = "corrupt");

/** The per-user folder for the app's own data (QStandardPaths::AppDataLocation's equivalent). */
std::filesystem::path defaultUserDataDir();

/**
 * The folder holding the content (checks/): AUDITOR_CHECKS_DIR when set, else next to the
 * installed program (../share/account-auditor/checks), else the source tree it was built from.
 */
std::filesystem::path defaultContentDir(const std::filesystem::path& programPath = {});

} // namespace auditor
