#pragma once

#include "common/Result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace auditor {

/**
 * SHA-256 of a file's content as 64 lower-case hex digits, read in blocks so that a large video
 * of evidence never sits in memory. Errors: "file.read" (with the path), "digest.failed".
 */
Result<std::string> sha256File(const std::filesystem::path& path);

/** SHA-256 of bytes in memory, same form. */
Result<std::string> sha256Hex(std::string_view data);

} // namespace auditor
