#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace auditor::passwords {

/** One "HEX:COUNT" line of a range answer (35 hex) or of the offline list (40 hex). */
struct HashLine
{
    std::string_view hex; // as written (either case)
    std::uint64_t count = 0;
};

/**
 * Parses `line` (without its '\n'; one trailing '\r' is allowed) as exactly `hexLength` hex digits,
 * ':', and a decimal count that fits 64 bits. Anything else (spaces, signs, extra fields) is
 * nullopt: the formats are machine-written, so leniency would only hide a wrong file.
 */
std::optional<HashLine> parseHashLine(std::string_view line, std::size_t hexLength);

/** Compares two hex strings of equal length ignoring case; <0, 0, >0 like memcmp. */
int compareHex(std::string_view a, std::string_view b);

} // namespace auditor::passwords
