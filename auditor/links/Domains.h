#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace auditor {

/**
 * The Public Suffix List (libpsl over the system's list, Debian's "publicsuffix" package): where
 * the part of a host name that someone registered begins.
 */
class PublicSuffixList
{
public:
    PublicSuffixList();
    ~PublicSuffixList();
    PublicSuffixList(const PublicSuffixList&) = delete;
    PublicSuffixList& operator=(const PublicSuffixList&) = delete;

    /** "www.vietcombank.com.vn" → "vietcombank.com.vn"; empty when the host is itself a suffix. */
    std::string registrableDomain(std::string_view asciiHost) const;
    bool isPublicSuffix(std::string_view asciiHost) const;
    /** Where the list came from ("system" or "built-in"), for diagnostics. */
    const std::string& origin() const
    {
        return m_origin;
    }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::string m_origin;
};

/**
 * Confusable skeletons (ICU uspoof, UTS #39) computed as Chrome does for lookalikes: diacritics
 * stripped first, then the skeleton, then lower case, so "vietcómbank", "vietc0mbank" and
 * "vietcombank" meet. Thread-safe after construction.
 */
class Skeletons
{
public:
    Skeletons();
    ~Skeletons();
    Skeletons(const Skeletons&) = delete;
    Skeletons& operator=(const Skeletons&) = delete;

    std::string skeleton(std::string_view utf8Label) const;
    /** True when the label mixes scripts or is written wholly in a script that imitates Latin. */
    bool mixedOrForeignScript(std::string_view utf8Label) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace auditor
