#pragma once

#include "common/Result.h"
#include "passwords/Exposure.h"
#include "passwords/PasswordHash.h"
#include "passwords/SecretString.h"

#include <cstdint>
#include <filesystem>
#include <memory>

namespace auditor::passwords {

/**
 * The downloadable Pwned Passwords list, searched where it lies: one "HASH:COUNT" line per hash
 * (40 hex SHA-1, upper case, sorted by hash; LF or CRLF), as HaveIBeenPwned/PwnedPasswordsDownloader
 * writes it. The file (about 40 GB in full) is never loaded: each lookup is a binary search over
 * byte offsets with fixed-size reads, about 20 reads of 256 bytes for a million lines.
 *
 * Sortedness is checked lazily: every line a search reads must fall between the lines that
 * bounded it so far, and the lines read at the end must rise; a contradiction is the Error
 * "corpus.unsorted" with the byte offset. A file that is sorted where no search looks is not
 * proven sorted, which is the price of not reading 40 GB on open.
 *
 * Thread-safe: lookups share one file handle behind a mutex. Move-only.
 *
 * @see checkOffline
 */
class OfflineCorpus
{
public:
    /**
     * Opens `file` and validates its first and last lines. Errors (each with {file}):
     * "corpus.open", "corpus.empty", "corpus.not_sha1" (a 32-hex NTLM list, say),
     * "corpus.malformed" (+ {line} or {offset}), "corpus.unsorted" (+ {offset}).
     */
    static Result<OfflineCorpus> open(const std::filesystem::path& file);

    OfflineCorpus(OfflineCorpus&&) noexcept;
    OfflineCorpus& operator=(OfflineCorpus&&) noexcept;
    ~OfflineCorpus();

    /**
     * The count for `hash` (0 when absent). Errors: "corpus.read", "corpus.malformed" and
     * "corpus.unsorted", each with {file} and {offset} (bytes from the start of the file).
     */
    Result<std::uint64_t> lookup(const PasswordHash& hash) const;

    const std::filesystem::path& path() const;
    std::uint64_t sizeBytes() const;

private:
    struct Impl;
    explicit OfflineCorpus(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/** Hashes `password` and looks it up; any failure is an Error, never "not exposed". */
Result<Exposure> checkOffline(const SecretString& password, const OfflineCorpus& corpus);

} // namespace auditor::passwords
