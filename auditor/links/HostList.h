#pragma once

#include "common/Result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace auditor {

/**
 * A block or allow list: domains (matched on label boundaries, so "evil.xyz" also covers
 * "login.evil.xyz") and URL prefixes ("host/path", matched at '/' boundaries). Kept compact as
 * sorted 64-bit hashes: a million entries take about 8 MB and load in well under a second.
 *
 * Formats read (one entry per line, '#' and '!' comments): plain host lists; hosts files
 * ("0.0.0.0 host"); ChongLuaDao style ("host", "host/path", "*.domain", "https://host/path");
 * JSON (an array of strings or of objects with "url" or "domain").
 */
class HostList
{
public:
    std::string name; // shown in reasons ("chongluadao")
    std::string source; // where it was read from

    static Result<HostList> fromFile(const std::filesystem::path& file, std::string name);
    static HostList fromText(std::string_view text, std::string name);

    void addDomain(std::string_view domain);
    void addUrlPrefix(std::string_view hostAndPath);
    /** Sorts and removes duplicates; call once after adding. */
    void finish();

    /** The matching entry kind, or None. `host` is the ASCII host, `path` starts with '/'. */
    enum class Match
    {
        None,
        Domain,
        UrlPrefix,
    };
    Match match(std::string_view host, std::string_view path) const;

    std::size_t size() const
    {
        return m_domains.size() + m_prefixes.size();
    }

private:
    void addLine(std::string_view line);

    std::vector<std::uint64_t> m_domains;
    std::vector<std::uint64_t> m_prefixes;
};

/** FNV-1a, 64 bits: the list's key. */
std::uint64_t hashKey(std::string_view text);

} // namespace auditor
