#pragma once

#include "links/LinkAnalyzer.h"
#include "net/HttpClient.h"

#include <string>
#include <string_view>
#include <vector>

namespace auditor {

/** One address on the way: where it came from, what the offline checker says, what the server said. */
struct InspectionHop
{
    std::string url;
    std::string via; // "start", "redirect", "meta_refresh", "script" (not fetched)
    LinkVerdict offline;
    bool fetched = false;
    std::vector<net::FetchResult> requests; // HEAD, then GET when needed
    /** The answer the next step was decided on (the last request), or null when none was made. */
    const net::FetchResult* answer() const
    {
        return requests.empty() ? nullptr : &requests.back();
    }
};

/** The online inspection of one link: the redirect chain and a final verdict from both kinds of evidence. */
struct Inspection
{
    std::string input;
    std::vector<InspectionHop> hops;
    std::vector<LinkReason> onlineReasons;
    bool reachedEnd = false; // a final, non-redirect answer was read
    LinkVerdict
        final; // verdict, reasons (landing page's own, earlier hops' warnings, online), host of the landing page
};

/**
 * Follows a link the way a browser would, but only reading: HEAD (then GET for the landing page
 * and for servers that refuse HEAD), redirects followed by us up to kMaxRedirects, each hop
 * analysed offline again before it is contacted and its addresses checked by the client's policy.
 * A hop the offline checker already calls dangerous is not contacted: the verdict stands, and a
 * phishing link's tracking token would tell its sender that this person clicked.
 */
class LinkInspector
{
public:
    static constexpr int kMaxRedirects = 10;

    LinkInspector(const LinkAnalyzer& analyzer, const net::HttpClient& client);

    Inspection inspect(std::string_view input) const;

private:
    void readLandingPage(const InspectionHop& hop, Inspection& out, std::string* next, std::string* via) const;
    void addTlsReasons(const InspectionHop& hop, Inspection& out) const;
    void combine(Inspection& out) const;

    const LinkAnalyzer& m_analyzer;
    const net::HttpClient& m_client;
};

} // namespace auditor
