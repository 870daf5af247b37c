#include "passwords/OfflineCorpus.h"

#include "passwords/HashLine.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace auditor::passwords {

namespace {

constexpr std::size_t kHexLength = PasswordHash::kHexLength;
// The longest valid line: 40 hex, ':', 20 digits (2^64), '\r'. A window of 256 bytes read one byte
// before a probe position holds the rest of the line it falls in and the whole next one.
constexpr std::size_t kMaxLine = kHexLength + 1 + 20 + 1;
constexpr std::size_t kWindow = 256;
// Below this span the search reads the span in one go and walks it.
constexpr std::uint64_t kScanBytes = 4096;
// open() validates the lines in the first block of the file, with line numbers.
constexpr std::size_t kHeadBytes = 64 * 1024;

using Hex = std::array<char, kHexLength>; // upper-case

Hex toUpperHex(std::string_view hex)
{
    Hex out{};
    std::transform(hex.begin(), hex.end(), out.begin(), upperHex);
    return out;
}

int compare(const Hex& a, const Hex& b)
{
    const int c = std::char_traits<char>::compare(a.data(), b.data(), kHexLength);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

/** A line read during a search: where it starts, where the next one starts, and its content. */
struct Line
{
    std::uint64_t start = 0;
    std::uint64_t next = 0;
    Hex hex{};
    std::uint64_t count = 0;
};

} // namespace

struct OfflineCorpus::Impl
{
    fs::path path;
    std::uint64_t size = 0;
    std::uint64_t dataStart = 0; // 3 after a UTF-8 byte-order mark
    mutable std::mutex mutex; // guards `in` (one seek + read at a time)
    mutable std::ifstream in;

    Error error(std::string code, std::map<std::string, std::string> params, std::string detail) const
    {
        params["file"] = path.string();
        return Error(std::move(code), std::move(params), std::move(detail));
    }
    Error malformedAt(std::uint64_t offset) const
    {
        return error("corpus.malformed",
                     {{"offset", std::to_string(offset)}},
                     "expected a line of 40 hex characters, ':' and a count");
    }
    Error unsortedAt(std::uint64_t offset) const
    {
        return error("corpus.unsorted", {{"offset", std::to_string(offset)}}, "the lines are not sorted by hash");
    }

    /** Reads up to `length` bytes at `offset`; fewer only at the end of the file. Lock held. */
    Result<std::size_t> readAt(std::uint64_t offset, char* buffer, std::size_t length) const
    {
        const std::uint64_t available = offset < size ? size - offset : 0;
        const auto wanted = static_cast<std::size_t>(std::min<std::uint64_t>(length, available));
        in.clear();
        in.seekg(static_cast<std::streamoff>(offset));
        in.read(buffer, static_cast<std::streamsize>(wanted));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got != wanted) {
            return error("corpus.read", {{"offset", std::to_string(offset)}}, "short read (file changed or I/O error)");
        }
        return got;
    }

    /**
     * The first line starting at or after `pos` (pos itself when it is the start of the data or
     * follows a '\n'); nullopt when no line starts in [pos, size). Lock held.
     */
    Result<std::optional<Line>> lineFrom(std::uint64_t pos) const
    {
        std::array<char, kWindow> buffer{};
        const std::uint64_t readStart = pos <= dataStart ? dataStart : pos - 1;
        const auto got = readAt(readStart, buffer.data(), buffer.size());
        if (!got) {
            return got.error();
        }
        const std::string_view window(buffer.data(), *got);
        const bool windowReachesEnd = readStart + *got == size;
        std::size_t begin = 0;
        if (pos > dataStart) {
            const auto newline = window.find('\n');
            if (newline == std::string_view::npos) {
                if (windowReachesEnd) {
                    return std::optional<Line>();
                }
                return malformedAt(readStart);
            }
            begin = newline + 1;
        }
        if (readStart + begin >= size) {
            return std::optional<Line>();
        }
        return parseIn(window, begin, readStart, windowReachesEnd);
    }

    /** Parses the line at window[begin] (the window starts at file offset `base`). */
    Result<std::optional<Line>> parseIn(std::string_view window,
                                        std::size_t begin,
                                        std::uint64_t base,
                                        bool windowReachesEnd) const
    {
        auto end = window.find('\n', begin);
        std::uint64_t next = 0;
        if (end == std::string_view::npos) {
            if (!windowReachesEnd) {
                return malformedAt(base + begin);
            }
            end = window.size();
            next = base + window.size();
        } else {
            next = base + end + 1;
        }
        const auto parsed = parseHashLine(window.substr(begin, end - begin), kHexLength);
        if (!parsed) {
            return malformedAt(base + begin);
        }
        Line line;
        line.start = base + begin;
        line.next = next;
        line.hex = toUpperHex(parsed->hex);
        line.count = parsed->count;
        return std::optional<Line>(line);
    }

    /*
     * The lookup proper, lock held. Invariants: `lo` is the start of a line and every line
     * starting before it sorts below `target`; every line starting at or after `hi` sorts above.
     * loBound/hiBound are the hashes of the lines that set lo and hi: a probe outside them means
     * the file is not sorted.
     */
    Result<std::uint64_t> find(const Hex& target) const
    {
        std::uint64_t lo = dataStart;
        std::uint64_t hi = size;
        std::optional<Hex> loBound;
        std::optional<Hex> hiBound;
        while (hi - lo > kScanBytes) {
            const std::uint64_t mid = lo + (hi - lo) / 2;
            auto probe = lineFrom(mid);
            if (!probe) {
                return probe.error();
            }
            if (!*probe || (*probe)->start >= hi) {
                hi = mid; // no line starts in [mid, hi)
                continue;
            }
            const Line& line = **probe;
            if ((loBound && compare(line.hex, *loBound) <= 0) || (hiBound && compare(line.hex, *hiBound) >= 0)) {
                return unsortedAt(line.start);
            }
            const int c = compare(line.hex, target);
            if (c == 0) {
                return line.count;
            }
            if (c < 0) {
                lo = line.next;
                loBound = line.hex;
            } else {
                hi = line.start;
                hiBound = line.hex;
            }
        }
        if (lo >= hi) {
            return std::uint64_t{0};
        }
        // Walk the last span in one read (plus room for the line that straddles `hi`).
        std::vector<char> buffer(static_cast<std::size_t>(hi - lo) + kWindow);
        const auto got = readAt(lo, buffer.data(), buffer.size());
        if (!got) {
            return got.error();
        }
        const std::string_view window(buffer.data(), *got);
        const bool windowReachesEnd = lo + *got == size;
        std::optional<Hex> previous = loBound;
        std::size_t begin = 0;
        while (lo + begin < hi && begin < window.size()) {
            auto parsed = parseIn(window, begin, lo, windowReachesEnd);
            if (!parsed) {
                return parsed.error();
            }
            const Line& line = **parsed;
            if ((previous && compare(line.hex, *previous) <= 0) || (hiBound && compare(line.hex, *hiBound) >= 0)) {
                return unsortedAt(line.start);
            }
            const int c = compare(line.hex, target);
            if (c == 0) {
                return line.count;
            }
            if (c > 0) {
                break;
            }
            previous = line.hex;
            begin = static_cast<std::size_t>(line.next - lo);
        }
        return std::uint64_t{0};
    }

    /** open()'s checks: the first block line by line (with line numbers), and the last line. */
    Status validateEnds() const
    {
        std::vector<char> buffer(static_cast<std::size_t>(std::min<std::uint64_t>(kHeadBytes, size - dataStart)));
        const auto got = readAt(dataStart, buffer.data(), buffer.size());
        if (!got) {
            return got.error();
        }
        const std::string_view head(buffer.data(), *got);
        const bool headIsWholeFile = dataStart + *got == size;
        std::optional<Hex> previous;
        std::size_t begin = 0;
        std::size_t lineNumber = 0;
        while (begin < head.size()) {
            auto end = head.find('\n', begin);
            if (end == std::string_view::npos && !headIsWholeFile) {
                break; // a line cut by the block's end: the search checks it later
            }
            if (end == std::string_view::npos) {
                end = head.size();
            }
            ++lineNumber;
            const std::string_view text = head.substr(begin, end - begin);
            const auto parsed = parseHashLine(text, kHexLength);
            if (!parsed) {
                if (lineNumber == 1 && parseHashLine(text, 32)) {
                    return error("corpus.not_sha1",
                                 {},
                                 "32 hex characters per hash: this looks like the NTLM list, not the SHA-1 one");
                }
                return error("corpus.malformed",
                             {{"line", std::to_string(lineNumber)}, {"offset", std::to_string(dataStart + begin)}},
                             "expected a line of 40 hex characters, ':' and a count");
            }
            const Hex hex = toUpperHex(parsed->hex);
            if (previous && compare(hex, *previous) <= 0) {
                return error("corpus.unsorted",
                             {{"line", std::to_string(lineNumber)}, {"offset", std::to_string(dataStart + begin)}},
                             "the lines are not sorted by hash");
            }
            previous = hex;
            begin = end + 1;
        }
        if (lineNumber == 0) {
            return error("corpus.malformed",
                         {{"line", "1"}, {"offset", std::to_string(dataStart)}},
                         "the first line is longer than any valid line");
        }
        if (headIsWholeFile) {
            return Ok{};
        }
        // The last line: from a window at the end, skip the final newline and find the one before.
        std::array<char, 2 * kMaxLine + 2> tail{};
        const std::uint64_t tailStart = size - std::min<std::uint64_t>(tail.size(), size - dataStart);
        const auto tailGot = readAt(tailStart, tail.data(), tail.size());
        if (!tailGot) {
            return tailGot.error();
        }
        std::string_view window(tail.data(), *tailGot);
        if (!window.empty() && window.back() == '\n') {
            window.remove_suffix(1);
        }
        const auto newline = window.rfind('\n');
        if (newline == std::string_view::npos) {
            return malformedAt(tailStart);
        }
        const auto last = parseHashLine(window.substr(newline + 1), kHexLength);
        if (!last) {
            return malformedAt(tailStart + newline + 1);
        }
        if (previous && compare(toUpperHex(last->hex), *previous) <= 0) {
            return unsortedAt(tailStart + newline + 1);
        }
        return Ok{};
    }
};

OfflineCorpus::OfflineCorpus(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{ }

OfflineCorpus::OfflineCorpus(OfflineCorpus&&) noexcept = default;
OfflineCorpus& OfflineCorpus::operator=(OfflineCorpus&&) noexcept = default;
OfflineCorpus::~OfflineCorpus() = default;

Result<OfflineCorpus> OfflineCorpus::open(const fs::path& file)
{
    auto impl = std::make_unique<Impl>();
    impl->path = file;
    std::error_code ec;
    impl->size = fs::file_size(file, ec);
    if (ec) {
        return impl->error("corpus.open", {}, ec.message());
    }
    // Unbuffered: every read is exactly the bytes asked for, with no 8 KB read-ahead per seek.
    impl->in.rdbuf()->pubsetbuf(nullptr, 0);
    impl->in.open(file, std::ios::binary);
    if (!impl->in) {
        return impl->error("corpus.open", {}, "cannot open the file for reading");
    }
    if (impl->size >= 3) {
        std::array<char, 3> bom{};
        const auto got = impl->readAt(0, bom.data(), bom.size());
        if (!got) {
            return got.error();
        }
        if (std::string_view(bom.data(), bom.size()) == "\xEF\xBB\xBF") {
            impl->dataStart = 3;
        }
    }
    if (impl->size <= impl->dataStart) {
        return impl->error("corpus.empty", {}, "the file is empty");
    }
    if (auto valid = impl->validateEnds(); !valid) {
        return valid.error();
    }
    return OfflineCorpus(std::move(impl));
}

Result<std::uint64_t> OfflineCorpus::lookup(const PasswordHash& hash) const
{
    Hex target = toUpperHex(hash.hex());
    auto result = [&] {
        std::lock_guard<std::mutex> lock(m_impl->mutex);
        return m_impl->find(target);
    }();
    OPENSSL_cleanse(target.data(), target.size()); // a copy of the password's hash
    return result;
}

const fs::path& OfflineCorpus::path() const
{
    return m_impl->path;
}

std::uint64_t OfflineCorpus::sizeBytes() const
{
    return m_impl->size;
}

Result<Exposure> checkOffline(const SecretString& password, const OfflineCorpus& corpus)
{
    const auto hash = PasswordHash::of(password);
    if (!hash) {
        return hash.error();
    }
    const auto count = corpus.lookup(*hash);
    if (!count) {
        return count.error();
    }
    return Exposure{*count, ExposureSource::OfflineCorpus};
}

} // namespace auditor::passwords
