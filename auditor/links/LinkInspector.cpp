#include "links/LinkInspector.h"

#include <algorithm>
#include <cctype>

namespace auditor {

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/** The value of an attribute inside one tag's text (already lower case), quotes removed. */
std::string attribute(std::string_view tag, std::string_view name, std::string_view original)
{
    std::size_t at = 0;
    while ((at = tag.find(name, at)) != std::string_view::npos) {
        std::size_t p = at + name.size();
        const bool boundary = at == 0 || !std::isalnum(static_cast<unsigned char>(tag[at - 1]));
        while (p < tag.size() && tag[p] == ' ') {
            ++p;
        }
        if (!boundary || p >= tag.size() || tag[p] != '=') {
            at = p;
            continue;
        }
        ++p;
        while (p < tag.size() && tag[p] == ' ') {
            ++p;
        }
        if (p < tag.size() && (tag[p] == '"' || tag[p] == '\'')) {
            const char quote = tag[p];
            const std::size_t end = tag.find(quote, p + 1);
            return std::string(original.substr(p + 1, (end == std::string_view::npos ? tag.size() : end) - p - 1));
        }
        std::size_t end = p;
        while (end < tag.size() && tag[end] != ' ' && tag[end] != '>') {
            ++end;
        }
        return std::string(original.substr(p, end - p));
    }
    return {};
}

/** `<meta http-equiv="refresh" content="0; url=…">`, by reading the text; nothing is rendered. */
std::optional<std::string> metaRefresh(const std::string& body, const std::string& bodyLower)
{
    std::size_t at = 0;
    while ((at = bodyLower.find("<meta", at)) != std::string::npos) {
        const std::size_t end = bodyLower.find('>', at);
        const std::string_view tag
            = std::string_view(bodyLower).substr(at, end == std::string::npos ? std::string::npos : end - at);
        const std::string_view original = std::string_view(body).substr(at, tag.size());
        at += 5;
        if (lower(attribute(tag, "http-equiv", original)) != "refresh") {
            continue;
        }
        const std::string content = attribute(tag, "content", original);
        const std::string contentLower = lower(content);
        const std::size_t url = contentLower.find("url");
        if (url == std::string::npos) {
            continue;
        }
        std::size_t p = contentLower.find('=', url);
        if (p == std::string::npos) {
            continue;
        }
        std::string target = content.substr(p + 1);
        target.erase(0, target.find_first_not_of(" '\""));
        while (!target.empty() && (target.back() == ' ' || target.back() == '\'' || target.back() == '"')) {
            target.pop_back();
        }
        if (!target.empty()) {
            return target;
        }
    }
    return std::nullopt;
}

/** `location.href = "…"`, `location.replace("…")`, `window.location = "…"`: the quoted target. */
std::optional<std::string> scriptRedirect(const std::string& body, const std::string& bodyLower)
{
    for (const char* pattern :
         {"location.href", "location.replace(", "location.assign(", "window.location", "document.location"}) {
        std::size_t at = bodyLower.find(pattern);
        if (at == std::string::npos) {
            continue;
        }
        at += std::string_view(pattern).size();
        while (at < body.size() && (body[at] == ' ' || body[at] == '=' || body[at] == '(')) {
            ++at;
        }
        if (at < body.size() && (body[at] == '"' || body[at] == '\'')) {
            const std::size_t end = body.find(body[at], at + 1);
            if (end != std::string::npos && end - at < 2048) {
                return body.substr(at + 1, end - at - 1);
            }
        }
    }
    return std::nullopt;
}

bool hasPasswordField(const std::string& bodyLower)
{
    for (const char* pattern : {"type=\"password\"", "type='password'", "type=password"}) {
        if (bodyLower.find(pattern) != std::string::npos) {
            return true;
        }
    }
    return false;
}

/** `word` in `text` with no letter or digit right before or after it ("zalo" is not in "zalopay"). */
bool containsWord(std::string_view text, std::string_view word)
{
    const auto isWordChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at == 0 || !isWordChar(text[at - 1])) && (end == text.size() || !isWordChar(text[end]))) {
            return true;
        }
    }
    return false;
}

int rank(Severity s)
{
    return static_cast<int>(s);
}

} // namespace

LinkInspector::LinkInspector(const LinkAnalyzer& analyzer, const net::HttpClient& client)
    : m_analyzer(analyzer)
    , m_client(client)
{ }

Inspection LinkInspector::inspect(std::string_view input) const
{
    Inspection out;
    out.input = std::string(input);
    InspectionHop first;
    first.via = "start";
    first.offline = m_analyzer.analyze(input);
    first.url = first.offline.normalized;

    std::string url;
    std::string via = "start";
    bool firstHop = true;
    for (int redirects = 0;; ++redirects) {
        InspectionHop hop;
        if (firstHop) {
            hop = std::move(first);
            firstHop = false;
        } else {
            hop.via = via;
            hop.offline = m_analyzer.analyze(url);
            hop.url = hop.offline.normalized.empty() ? url : hop.offline.normalized;
        }
        const bool webLink = hop.offline.verdict != Verdict::Invalid && !hop.offline.host.empty()
            && (hop.url.rfind("http://", 0) == 0 || hop.url.rfind("https://", 0) == 0);
        if (!webLink) {
            if (out.hops.empty()) {
                out.hops.push_back(std::move(hop));
                break; // nothing to fetch: the offline verdict is the answer
            }
            out.onlineReasons.push_back({"redirect_not_web", Severity::Warning, {{"url", url.substr(0, 200)}}});
            out.hops.push_back(std::move(hop));
            break;
        }
        if (hop.offline.verdict == Verdict::Dangerous) {
            out.onlineReasons.push_back(
                {"not_contacted_dangerous", Severity::Info, {{"host", hop.offline.hostUnicode}}});
            out.hops.push_back(std::move(hop));
            break;
        }
        if (redirects >= kMaxRedirects) {
            out.onlineReasons.push_back(
                {"too_many_redirects", Severity::Warning, {{"count", std::to_string(kMaxRedirects)}}});
            out.hops.push_back(std::move(hop));
            break;
        }

        hop.fetched = true;
        hop.requests.push_back(m_client.fetch("HEAD", hop.url));
        const net::FetchResult* answer = hop.answer();
        if (answer->ok() && !isRedirect(answer->status)) {
            // The landing page, or a server that answers HEAD badly (405, 403…): GET, capped, read as text.
            hop.requests.push_back(m_client.fetch("GET", hop.url));
            answer = hop.answer();
        }
        addTlsReasons(hop, out);
        if (!answer->ok()) {
            const Error& e = *answer->error;
            if (e.code == "net.address_refused") {
                out.onlineReasons.push_back(
                    {out.hops.empty() ? "address_not_public" : "redirect_to_private", Severity::Warning, e.params});
            } else if (e.code == "net.refused_url") {
                out.onlineReasons.push_back({"not_opened_policy", Severity::Info, {{"host", hop.offline.hostUnicode}}});
            } else if (e.code != "net.tls_untrusted" && e.code != "net.tls_host_mismatch") {
                out.onlineReasons.push_back(
                    {"unreachable", Severity::Info, {{"host", hop.offline.hostUnicode}, {"error", e.code}}});
            }
            out.hops.push_back(std::move(hop));
            break;
        }
        if (isRedirect(answer->status)) {
            const std::string location = answer->header("Location");
            const auto next = location.empty() ? std::nullopt : resolveReference(hop.url, location);
            out.hops.push_back(std::move(hop));
            if (!next) {
                out.onlineReasons.push_back(
                    {"redirect_broken", Severity::Info, {{"location", location.substr(0, 200)}}});
                break;
            }
            url = *next;
            via = "redirect";
            continue;
        }
        std::string next;
        std::string nextVia;
        readLandingPage(hop, out, &next, &nextVia);
        out.hops.push_back(std::move(hop));
        if (nextVia == "meta_refresh") {
            url = next;
            via = nextVia;
            continue;
        }
        out.reachedEnd = true;
        if (nextVia == "script") {
            // Reported, judged offline, never fetched: following scripts would mean running them.
            InspectionHop script;
            script.via = "script";
            script.offline = m_analyzer.analyze(next);
            script.url = script.offline.normalized.empty() ? next : script.offline.normalized;
            out.hops.push_back(std::move(script));
        }
        break;
    }
    combine(out);
    return out;
}

void LinkInspector::addTlsReasons(const InspectionHop& hop, Inspection& out) const
{
    for (const net::FetchResult& r : hop.requests) {
        if (!r.tls) {
            continue;
        }
        const net::TlsFacts& tls = *r.tls;
        if (!tls.chainVerified) {
            out.onlineReasons.push_back(
                {"tls_untrusted", Severity::Warning, {{"host", hop.offline.hostUnicode}, {"why", tls.chainError}}});
        } else if (!tls.hostNameMatches) {
            out.onlineReasons.push_back({"tls_host_mismatch", Severity::Warning, {{"host", hop.offline.hostUnicode}}});
        } else if (tls.daysSinceIssue >= 0 && tls.daysSinceIssue < 7) {
            // A fresh certificate is a weak signal on its own (legitimate ones are renewed often).
            out.onlineReasons.push_back(
                {"certificate_new",
                 Severity::Info,
                 {{"host", hop.offline.hostUnicode}, {"days", std::to_string(tls.daysSinceIssue)}}});
        }
        break; // one request per hop says it all
    }
}

void LinkInspector::readLandingPage(const InspectionHop& hop,
                                    Inspection& out,
                                    std::string* next,
                                    std::string* via) const
{
    const net::FetchResult* answer = hop.answer();
    if (!answer || answer->body.empty()) {
        return;
    }
    const std::string bodyLower = lower(answer->body);
    if (auto target = metaRefresh(answer->body, bodyLower)) {
        if (auto resolved = resolveReference(hop.url, *target)) {
            *next = *resolved;
            *via = "meta_refresh";
            return;
        }
    }
    if (auto target = scriptRedirect(answer->body, bodyLower)) {
        if (auto resolved = resolveReference(hop.url, *target); resolved && *resolved != hop.url) {
            *next = *resolved;
            *via = "script";
            out.onlineReasons.push_back({"script_redirect", Severity::Info, {{"url", resolved->substr(0, 200)}}});
        }
    }
    if (!hasPasswordField(bodyLower) || hop.offline.verdict == Verdict::Trusted) {
        return;
    }
    // A password form on a site that is not the brand's own, naming a protected brand.
    for (const Brand& brand : m_analyzer.data().brands) {
        std::string shortName = brand.name.substr(0, brand.name.find_first_of("(/"));
        while (!shortName.empty() && shortName.back() == ' ') {
            shortName.pop_back();
        }
        std::vector<std::string> words = brand.tokens;
        words.push_back(lower(shortName));
        for (const std::string& word : words) {
            if (word.size() >= 4 && containsWord(bodyLower, word)) {
                out.onlineReasons.push_back({"password_form_brand",
                                             Severity::Danger,
                                             {{"brand", shortName}, {"host", hop.offline.hostUnicode}}});
                if (!out.final.impersonates) {
                    out.final.impersonates = brand.id;
                }
                return;
            }
        }
    }
    if (hop.url.rfind("http://", 0) == 0) {
        out.onlineReasons.push_back({"password_over_http", Severity::Warning, {{"host", hop.offline.hostUnicode}}});
    } else {
        out.onlineReasons.push_back({"password_form", Severity::Info, {{"host", hop.offline.hostUnicode}}});
    }
}

void LinkInspector::combine(Inspection& out) const
{
    const std::optional<std::string> brandFromPage = out.final.impersonates;
    // The landing page decides where the person ends up; a script target is only reported.
    const InspectionHop* landing = nullptr;
    for (const InspectionHop& hop : out.hops) {
        if (hop.via != "script") {
            landing = &hop;
        }
    }
    LinkVerdict verdict = landing->offline;
    verdict.input = out.input;
    // Earlier hops' and the script target's warnings count too: a chain through a lookalike is not clean.
    for (const InspectionHop& hop : out.hops) {
        if (&hop == landing) {
            continue;
        }
        for (const LinkReason& r : hop.offline.reasons) {
            if (rank(r.severity) >= rank(Severity::Warning)) {
                LinkReason copy = r;
                copy.params["hop"] = hop.offline.hostUnicode;
                verdict.reasons.push_back(std::move(copy));
            }
        }
        if (!verdict.impersonates && hop.offline.impersonates) {
            verdict.impersonates = hop.offline.impersonates;
        }
    }
    if (out.hops.size() > 1 && landing != &out.hops.front()
        && landing->offline.registrableDomain != out.hops.front().offline.registrableDomain) {
        out.onlineReasons.push_back(
            {"redirect_cross_domain",
             Severity::Info,
             {{"from", out.hops.front().offline.hostUnicode}, {"to", landing->offline.hostUnicode}}});
    }
    for (const LinkReason& r : out.onlineReasons) {
        verdict.reasons.push_back(r);
    }
    if (brandFromPage && !verdict.impersonates) {
        verdict.impersonates = brandFromPage;
    }

    bool danger = false;
    bool warning = false;
    for (const LinkReason& r : verdict.reasons) {
        danger = danger || r.severity == Severity::Danger;
        warning = warning || r.severity == Severity::Warning;
    }
    if (landing->offline.verdict == Verdict::Invalid && out.hops.size() == 1) {
        verdict.verdict = Verdict::Invalid;
    } else if (danger) {
        verdict.verdict = Verdict::Dangerous;
    } else if (warning) {
        verdict.verdict = Verdict::Suspicious;
    } else if (landing->offline.verdict == Verdict::Trusted) {
        verdict.verdict = Verdict::Trusted;
    } else {
        verdict.verdict = Verdict::NoKnownRisk;
    }
    out.final = std::move(verdict);
}

} // namespace auditor
