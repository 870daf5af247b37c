#pragma once

#include "links/Domains.h"
#include "links/HostList.h"
#include "links/LinkData.h"
#include "links/Url.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace auditor {

enum class Verdict
{
    Trusted, // an official domain of a known brand, or allow-listed
    NoKnownRisk, // nothing found; never worded "safe"
    Suspicious,
    Dangerous,
    Invalid,
};
std::string toString(Verdict verdict);

enum class Severity
{
    Info, // a fact; two or more weak signals together make a link suspicious
    Warning, // makes the link suspicious
    Danger, // makes the link dangerous
};
std::string toString(Severity severity);

/** Why: a code worded from checks/messages ("reason.<code>") with its parameters. */
struct LinkReason
{
    std::string code;
    Severity severity = Severity::Info;
    std::map<std::string, std::string> params;
};

struct LinkVerdict
{
    std::string input;
    Verdict verdict = Verdict::Invalid;
    std::vector<LinkReason> reasons;
    std::string normalized;
    std::string host; // ASCII
    std::string hostUnicode; // for display
    std::string registrableDomain;
    std::optional<std::string> impersonates; // brand id
};

/**
 * The offline link checker: parse, host to ASCII and Unicode, registrable domain, allow list and
 * official brand domains, block lists, lookalike engine, lexical signals, verdict. No network.
 * Immutable after construction, so one analyser serves many threads.
 */
class LinkAnalyzer
{
public:
    LinkAnalyzer(LinkData data, std::vector<HostList> allow, std::vector<HostList> block);
    ~LinkAnalyzer();

    LinkVerdict analyze(std::string_view input) const;
    /** Every link inside a message (or the text itself when it holds none), in order. */
    std::vector<LinkVerdict> analyzeMessage(std::string_view text) const;

    const LinkData& data() const
    {
        return m_data;
    }

private:
    using Histogram = std::array<std::uint8_t, 48>; // letters, digits, '-', anything else; padded to 3 × 16 bytes
    static Histogram histogram(std::string_view text);

    struct Target
    {
        std::string text; // brand token or official e2LD, ASCII
        std::string skeleton; // its confusable skeleton
        std::size_t brand;
        Histogram textHistogram;
        Histogram skeletonHistogram;
        std::string suffix; // for an official e2LD: its public suffix ("me" for zalo.me); empty for tokens
    };

    void checkLookalikes(const ParsedUrl& url, LinkVerdict& out) const;
    void checkLexical(const ParsedUrl& url, LinkVerdict& out) const;
    const Brand* officialBrand(const std::string& registrable) const;
    /** The brand an official domain written inside `text` (such as "facebook.com") belongs to. */
    const Brand* brandOfEmbeddedDomain(const std::vector<std::string>& labels) const;
    std::optional<std::string> lureIn(std::string_view text) const;

    LinkData m_data;
    std::vector<HostList> m_allow;
    std::vector<HostList> m_block;
    PublicSuffixList m_psl;
    Skeletons m_skeletons;
    std::vector<Target> m_targets;
};

} // namespace auditor
