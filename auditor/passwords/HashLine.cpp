#include "passwords/HashLine.h"

#include "passwords/PasswordHash.h"

#include <limits>

namespace auditor::passwords {

std::optional<HashLine> parseHashLine(std::string_view line, std::size_t hexLength)
{
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    if (line.size() < hexLength + 2 || line[hexLength] != ':') {
        return std::nullopt;
    }
    HashLine out;
    out.hex = line.substr(0, hexLength);
    for (char c : out.hex) {
        if (!isHexDigit(c)) {
            return std::nullopt;
        }
    }
    const std::string_view digits = line.substr(hexLength + 1);
    if (digits.size() > 20) {
        return std::nullopt;
    }
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    for (char c : digits) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (out.count > (kMax - digit) / 10) {
            return std::nullopt;
        }
        out.count = out.count * 10 + digit;
    }
    return out;
}

int compareHex(std::string_view a, std::string_view b)
{
    const std::size_t n = a.size() < b.size() ? a.size() : b.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char x = upperHex(a[i]);
        const char y = upperHex(b[i]);
        if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace auditor::passwords
