#pragma once

// A generated stand-in for the Pwned Passwords hash list, shared by the tests and the benchmark.
// Line i holds a made-up SHA-1: 8 hex digits of (i + 1) * 4093 (strictly rising, so the file is
// sorted without sorting; 1,000,000 * 4093 still fits 32 bits) followed by 32 hex digits of a
// SplitMix64 hash of i, then ":" and the count i + 1. Optional extra lines (real hashes) are
// merged in at their sorted place. A million lines (about 48 MB) take well under a second.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace auditor::test {

inline std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

inline void appendHex(std::string& out, std::uint64_t value, int digits)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
        out += kDigits[(value >> shift) & 0xF];
    }
}

/** The made-up hash of line `i` (40 upper-case hex characters). */
inline std::string syntheticHash(std::uint64_t i)
{
    std::string hex;
    hex.reserve(40);
    appendHex(hex, (i + 1) * 4093, 8);
    appendHex(hex, splitMix64(i), 16);
    appendHex(hex, splitMix64(i ^ 0xA5A5A5A5ull), 16);
    return hex;
}

/** Its count. */
inline std::uint64_t syntheticCount(std::uint64_t i)
{
    return i + 1;
}

/** A hash no line has: its first 8 hex digits are not a multiple of 4093. */
inline std::string absentHashNear(std::uint64_t i)
{
    std::string hex;
    appendHex(hex, (i + 1) * 4093 + 1, 8);
    hex.append(32, '7');
    return hex;
}

/**
 * Writes `lines` synthetic lines to `file` with `eol` after each, plus `extra` ("HASH", count)
 * pairs in sorted place. Returns false when the file cannot be written.
 */
inline bool writeSyntheticCorpus(const std::filesystem::path& file,
                                 std::uint64_t lines,
                                 std::string_view eol = "\n",
                                 std::vector<std::pair<std::string, std::uint64_t>> extra = {})
{
    std::string text;
    text.reserve(static_cast<std::size_t>(lines) * (48 + eol.size()));
    std::size_t next = 0;
    const auto put = [&](const std::string& hex, std::uint64_t count) {
        text += hex;
        text += ':';
        text += std::to_string(count);
        text += eol;
    };
    for (std::uint64_t i = 0; i < lines; ++i) {
        const std::string hex = syntheticHash(i);
        while (next < extra.size() && extra[next].first < hex) {
            put(extra[next].first, extra[next].second);
            ++next;
        }
        put(hex, syntheticCount(i));
    }
    for (; next < extra.size(); ++next) {
        put(extra[next].first, extra[next].second);
    }
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return static_cast<bool>(out);
}

} // namespace auditor::test
