#pragma once

#include "passwords/SecretString.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace auditor::passwords {

/**
 * Vietnamese letters to their ASCII base letter, case kept: "Nguyễn Đức" → "Nguyen Duc". Covers
 * the precomposed letters (Latin-1, ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9) and drops combining marks
 * (U+0300–U+036F), so decomposed input folds too. Other characters are kept as they are.
 * Written by hand instead of with ICU so that a password never passes through ICU's buffers,
 * which this code cannot wipe.
 */
std::string foldToAscii(std::string_view utf8);
SecretString foldToAscii(const SecretString& utf8);

/** ASCII letters to lower case; other bytes unchanged. */
std::string lowerAscii(std::string_view text);

/** The number of characters (UTF-8 code points, combining marks not counted). */
std::size_t characterCount(std::string_view utf8);

} // namespace auditor::passwords
