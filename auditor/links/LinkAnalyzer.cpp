#include "links/LinkAnalyzer.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

namespace auditor {

std::string toString(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Trusted:
        return "trusted";
    case Verdict::NoKnownRisk:
        return "no_known_risk";
    case Verdict::Suspicious:
        return "suspicious";
    case Verdict::Dangerous:
        return "dangerous";
    case Verdict::Invalid:
        return "invalid";
    }
    return "invalid";
}

std::string toString(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Danger:
        return "danger";
    }
    return "info";
}

namespace {

std::vector<std::string> split(std::string_view s, char sep)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto pos = s.find(sep, start);
        out.emplace_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
        if (pos == std::string_view::npos) {
            break;
        }
        start = pos + 1;
    }
    return out;
}

std::string join(const std::vector<std::string>& parts, std::size_t from, std::size_t to, char sep)
{
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        if (i > from) {
            out += sep;
        }
        out += parts[i];
    }
    return out;
}

/**
 * Optimal string alignment distance (Levenshtein plus one adjacent swap), or limit+1 when larger.
 * Label lengths are small (≤ 63), so a two-row table on the stack is enough.
 */
int editDistance(std::string_view a, std::string_view b, int limit)
{
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    if (std::abs(n - m) > limit || n > 63 || m > 63) {
        return limit + 1;
    }
    int prev2[64], prev[64], cur[64];
    for (int j = 0; j <= m; ++j) {
        prev[j] = j;
        prev2[j] = j;
    }
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[static_cast<std::size_t>(i - 1)] == b[static_cast<std::size_t>(j - 1)] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[static_cast<std::size_t>(i - 1)] == b[static_cast<std::size_t>(j - 2)]
                && a[static_cast<std::size_t>(i - 2)] == b[static_cast<std::size_t>(j - 1)]) {
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            }
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit) {
            return limit + 1;
        }
        std::copy(prev, prev + m + 1, prev2);
        std::copy(cur, cur + m + 1, prev);
    }
    return prev[m];
}

/** Chrome's false-positive filter: names that differ only in trailing digits ("site45" / "site35"). */
bool differOnlyInTrailingDigits(std::string_view a, std::string_view b)
{
    auto stem = [](std::string_view s) {
        while (!s.empty() && std::isdigit(static_cast<unsigned char>(s.back()))) {
            s.remove_suffix(1);
        }
        return s;
    };
    const bool bothNumbered = !a.empty() && !b.empty() && std::isdigit(static_cast<unsigned char>(a.back()))
        && std::isdigit(static_cast<unsigned char>(b.back()));
    return bothNumbered && stem(a) == stem(b) && a != b;
}

/**
 * True when every letter is ASCII or one of Vietnamese's own (à á â ã è é ê ì í ò ó ô õ ù ú ý ă đ
 * ĩ ũ ơ ư and U+1EA0–U+1EF9). Host names with other letters (ɱ, ʙ, Cyrillic о) imitate Latin ones.
 */
bool onlyAsciiOrVietnamese(std::string_view utf8)
{
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        char32_t cp = c;
        std::size_t len = 1;
        if (c >= 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else if (c >= 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xC0) {
            len = 2;
            cp = c & 0x1F;
        }
        for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        }
        i += len;
        if (cp < 0x80) {
            continue;
        }
        static const std::u32string latin1 = U"àáâãèéêìíòóôõùúý";
        const bool vietnamese = latin1.find(cp) != std::u32string::npos || cp == 0x103 || cp == 0x111 || cp == 0x129
            || cp == 0x169 || cp == 0x1A1 || cp == 0x1B0 || (cp >= 0x1EA0 && cp <= 0x1EF9);
        if (!vietnamese) {
            return false;
        }
    }
    return true;
}

/**
 * A lower bound of the edit distance from letter counts: each edit fixes at most one surplus and
 * one missing letter. Most brand names are ruled out by this before the full table is computed.
 */
template <typename H>
bool mayBeWithin(const H& a, std::size_t lengthA, const H& b, std::size_t lengthB, int limit)
{
    // Each edit changes the length by at most one: most brand names end here.
    const int lengthDiff = std::abs(static_cast<int>(lengthA) - static_cast<int>(lengthB));
    if (lengthDiff > limit) {
        return false;
    }
    // surplus + missing is the sum of absolute differences, surplus - missing the length difference
    // (the bins count every character; the counts saturate only past 255, where the sum is not
    // used), so max(surplus, missing) = (sum + |length difference|) / 2. The loop over bytes is
    // three SSE2 SAD instructions where available.
    unsigned sum = 0;
#if defined(__SSE2__) || defined(_M_X64)
    static_assert(sizeof(H) % 16 == 0);
    __m128i acc = _mm_setzero_si128();
    for (std::size_t i = 0; i < a.size(); i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(a.data() + i));
        const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b.data() + i));
        acc = _mm_add_epi64(acc, _mm_sad_epu8(x, y));
    }
    sum = static_cast<unsigned>(_mm_cvtsi128_si32(acc) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(acc, acc)));
#else
    for (std::size_t i = 0; i < a.size(); ++i) {
        sum += a[i] > b[i] ? unsigned(a[i] - b[i]) : unsigned(b[i] - a[i]);
    }
#endif
    if (lengthA > 255 || lengthB > 255) {
        return true; // counts may have saturated: let the exact edit distance decide
    }
    return static_cast<int>((sum + static_cast<unsigned>(lengthDiff)) / 2) <= limit;
}

bool startsWith(std::string_view s, std::string_view p)
{
    return s.substr(0, p.size()) == p;
}

} // namespace

LinkAnalyzer::LinkAnalyzer(LinkData data, std::vector<HostList> allow, std::vector<HostList> block)
    : m_data(std::move(data))
    , m_allow(std::move(allow))
    , m_block(std::move(block))
{
    // Brand skeletons are computed here, never shipped: ICU's skeletons change between releases.
    for (std::size_t i = 0; i < m_data.brands.size(); ++i) {
        const Brand& b = m_data.brands[i];
        std::vector<std::pair<std::string, std::string>> texts; // text, suffix
        for (const std::string& t : b.tokens) {
            texts.emplace_back(t, std::string());
        }
        for (const std::string& d : b.officialDomains) {
            const std::string registrable = m_psl.registrableDomain(d).empty() ? d : m_psl.registrableDomain(d);
            const auto dot = registrable.find('.');
            if (dot != std::string::npos && dot >= 3) {
                texts.emplace_back(registrable.substr(0, dot), registrable.substr(dot + 1));
            }
        }
        std::sort(texts.begin(), texts.end());
        texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
        for (const auto& [t, suffix] : texts) {
            const std::string sk = m_skeletons.skeleton(t);
            m_targets.push_back(Target{t, sk, i, histogram(t), histogram(sk), suffix});
        }
    }
}

LinkAnalyzer::~LinkAnalyzer() = default;

LinkAnalyzer::Histogram LinkAnalyzer::histogram(std::string_view text)
{
    Histogram h{};
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        std::size_t bin = 37;
        if (c >= 'a' && c <= 'z') {
            bin = c - 'a';
        } else if (c >= '0' && c <= '9') {
            bin = 26 + (c - '0');
        } else if (c == '-') {
            bin = 36;
        }
        h[bin] = static_cast<std::uint8_t>(std::min(255, h[bin] + 1));
    }
    return h;
}

const Brand* LinkAnalyzer::officialBrand(const std::string& domain) const
{
    const auto it = m_data.officialDomains.find(domain);
    return it == m_data.officialDomains.end() ? nullptr : &m_data.brands[it->second];
}

const Brand* LinkAnalyzer::brandOfEmbeddedDomain(const std::vector<std::string>& labels) const
{
    // Any run of two or more labels that spells an official domain: "facebook.com" inside
    // "facebook.com.evil.xyz"; "www-google.com" counts as "google.com".
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (std::size_t j = i + 2; j <= labels.size() && j <= i + 4; ++j) {
            std::string candidate = join(labels, i, j, '.');
            for (std::string_view prefix : {"www-", "www"}) {
                if (startsWith(candidate, prefix) && !officialBrand(candidate)) {
                    const std::string rest = candidate.substr(prefix.size());
                    if (officialBrand(rest)) {
                        candidate = rest;
                    }
                }
            }
            if (const Brand* b = officialBrand(candidate)) {
                return b;
            }
        }
    }
    return nullptr;
}

std::optional<std::string> LinkAnalyzer::lureIn(std::string_view text) const
{
    const auto tokens = split(text, '-');
    for (const auto& [word, weight] : m_data.lures) {
        (void)weight;
        for (const std::string& t : tokens) {
            // Whole tokens always; inside a token only for words long enough not to occur by chance.
            if (t == word || (word.size() >= 6 && t.find(word) != std::string::npos)) {
                return word;
            }
        }
    }
    return std::nullopt;
}

LinkVerdict LinkAnalyzer::analyze(std::string_view input) const
{
    LinkVerdict out;
    out.input = std::string(input);
    auto parsed = parseUrl(input);
    if (!parsed) {
        out.verdict = Verdict::Invalid;
        out.reasons.push_back({"invalid_url", Severity::Info, {{"error", parsed.error().code}}});
        return out;
    }
    const ParsedUrl& url = *parsed;
    out.normalized = url.normalized;
    // 1. Schemes that run code or read local files are dangerous whatever follows; others are not links.
    if (url.hostKind == HostKind::None) {
        if (url.scheme == "javascript" || url.scheme == "data" || url.scheme == "vbscript" || url.scheme == "file"
            || url.scheme == "blob") {
            out.verdict = Verdict::Dangerous;
            out.reasons.push_back({"dangerous_scheme", Severity::Danger, {{"scheme", url.scheme}}});
        } else {
            out.verdict = Verdict::Invalid;
            out.reasons.push_back({"not_a_web_link", Severity::Info, {{"scheme", url.scheme}}});
        }
        return out;
    }
    out.host = url.hostAscii;
    out.hostUnicode = url.hostUnicode;
    if (url.hostKind == HostKind::Name) {
        out.registrableDomain = m_psl.registrableDomain(url.hostAscii);
    }

    // 2. Block lists first: an entry may name a path on an otherwise official host.
    for (const HostList& list : m_block) {
        if (list.match(url.hostAscii, url.path) != HostList::Match::None) {
            out.reasons.push_back({"block_listed", Severity::Danger, {{"list", list.name}}});
        }
    }
    // 3. The brand's own domains and the allow lists.
    bool trusted = false;
    if (!out.registrableDomain.empty()) {
        if (const Brand* b = officialBrand(url.hostAscii); b && url.hostAscii != out.registrableDomain) {
            trusted = true; // a short-link host listed as a full name
            out.reasons.push_back({"official_domain", Severity::Info, {{"brand", b->name}, {"domain", url.hostAscii}}});
        } else if (const Brand* b2 = officialBrand(out.registrableDomain)) {
            trusted = true;
            out.reasons.push_back(
                {"official_domain", Severity::Info, {{"brand", b2->name}, {"domain", out.registrableDomain}}});
        }
    }
    // Hosts of a brand where anyone can publish (Google Sites, Docs, Drive) are not "official".
    if (trusted) {
        for (std::string_view h = url.hostAscii;;) {
            if (const auto it = m_data.userContentHosts.find(std::string(h)); it != m_data.userContentHosts.end()) {
                trusted = false;
                out.reasons.clear();
                out.reasons.push_back({"user_content",
                                       Severity::Info,
                                       {{"host", std::string(h)}, {"brand", m_data.brands[it->second].name}}});
                break;
            }
            const auto dot = h.find('.');
            if (dot == std::string_view::npos) {
                break;
            }
            h.remove_prefix(dot + 1);
        }
    }
    for (const HostList& list : m_allow) {
        if (list.match(url.hostAscii, url.path) != HostList::Match::None) {
            trusted = true;
            out.reasons.push_back({"allow_listed", Severity::Info, {{"list", list.name}}});
        }
    }
    // 4. The lookalike engine, for names that are not the brand's own.
    const bool userContent = !out.reasons.empty() && out.reasons.back().code == "user_content";
    if (!trusted && !userContent && url.hostKind == HostKind::Name) {
        checkLookalikes(url, out);
    }
    // 5. Lexical signals.
    checkLexical(url, out);

    // 6. The verdict from the strongest reasons.
    int infos = 0;
    bool warning = false;
    bool danger = false;
    for (const LinkReason& r : out.reasons) {
        danger = danger || r.severity == Severity::Danger;
        warning = warning || r.severity == Severity::Warning;
        infos += r.severity == Severity::Info && r.code != "official_domain" && r.code != "allow_listed"
            && r.code != "user_content";
    }
    if (danger) {
        out.verdict = Verdict::Dangerous;
    } else if (warning) {
        out.verdict = Verdict::Suspicious;
    } else if (trusted) {
        out.verdict = Verdict::Trusted;
    } else if (infos >= 2) {
        out.verdict = Verdict::Suspicious;
        out.reasons.push_back({"several_weak_signals", Severity::Warning, {{"count", std::to_string(infos)}}});
    } else {
        out.verdict = Verdict::NoKnownRisk;
    }
    return out;
}

std::vector<LinkVerdict> LinkAnalyzer::analyzeMessage(std::string_view text) const
{
    std::vector<LinkVerdict> out;
    for (const std::string& link : extractUrls(text)) {
        out.push_back(analyze(link));
    }
    if (out.empty() && text.find_first_not_of(" \t\r\n") != std::string_view::npos) {
        out.push_back(analyze(text)); // judged as given: invalid when it is no link at all
    }
    return out;
}

void LinkAnalyzer::checkLookalikes(const ParsedUrl& url, LinkVerdict& out) const
{
    const std::string& registrable = out.registrableDomain;
    if (registrable.empty() || m_data.notLookalikes.count(registrable)) {
        return;
    }
    // Under a registry only the state uses (gov.vn), a brand word in a host is normal
    // (dichvucong.khanhhoa.gov.vn); only misspellings of a brand's own name are looked for there.
    bool restricted = false;
    for (const std::string& rs : m_data.restrictedSuffixes) {
        if (registrable.size() > rs.size() && registrable.compare(registrable.size() - rs.size(), rs.size(), rs) == 0
            && registrable[registrable.size() - rs.size() - 1] == '.') {
            restricted = true;
        }
    }
    const std::vector<std::string> labels = split(url.hostAscii, '.');
    const std::size_t registrableLabels
        = static_cast<std::size_t>(std::count(registrable.begin(), registrable.end(), '.')) + 1;
    const std::size_t subCount = labels.size() - registrableLabels;
    const std::string e2ld = labels[subCount];
    const std::string suffix = registrable.substr(e2ld.size() + 1);
    // The e2LD as the person sees it (Unicode), for confusable skeletons.
    const std::vector<std::string> unicodeLabels = split(url.hostUnicode, '.');
    const std::string e2ldUnicode = unicodeLabels.size() == labels.size() ? unicodeLabels[subCount] : e2ld;
    const std::string skeleton = m_skeletons.skeleton(e2ldUnicode);
    const Histogram skeletonHistogram = histogram(skeleton);
    const Histogram e2ldHistogram = histogram(e2ld);
    const bool international = std::any_of(
        e2ldUnicode.begin(), e2ldUnicode.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    // The registered name as the person sees it, for the messages.
    const std::string shown = unicodeLabels.size() == labels.size()
        ? join(unicodeLabels, subCount, unicodeLabels.size(), '.')
        : registrable;
    const auto lure = lureIn(e2ld);
    const bool abusedTld = m_data.abusedTlds.count(labels.back()) > 0;

    auto flag =
        [&](const std::string& code, Severity severity, const Brand& brand, std::map<std::string, std::string> params) {
            params["brand"] = brand.name;
            params["official"] = brand.officialDomains.front();
            out.reasons.push_back({code, severity, std::move(params)});
            if (severity == Severity::Danger || !out.impersonates) {
                out.impersonates = brand.id;
            }
        };

    // a. An official domain written into the subdomains: "facebook.com.evil.xyz", "www-google.com.x.net".
    if (subCount > 0 && !restricted) {
        const std::vector<std::string> sub(labels.begin(), labels.begin() + static_cast<long>(subCount + 1));
        if (const Brand* b = brandOfEmbeddedDomain(sub)) {
            flag("brand_in_subdomain", Severity::Danger, *b, {{"host", url.hostUnicode}});
            return;
        }
    }
    // b. Confusable skeleton or a near spelling of a brand name, on the registered name.
    for (const Target& t : m_targets) {
        const Brand& brand = m_data.brands[t.brand];
        if (e2ld == t.text && !restricted) {
            // The brand's exact name under another suffix (facebook.vn): a lookalike unless it is a
            // country domain the brand may own; said as a warning, not a verdict of fraud.
            flag("brand_other_suffix",
                 lure || abusedTld ? Severity::Danger : Severity::Warning,
                 brand,
                 {{"domain", shown}});
            return;
        }
        if (skeleton == t.skeleton && t.text.size() >= 3) {
            flag("lookalike_of", Severity::Danger, brand, {{"domain", shown}, {"method", "confusable"}});
            return;
        }
        const std::size_t len = std::min(skeleton.size(), t.skeleton.size());
        if (len >= 5 && t.text.size() >= 5) {
            const int limit = len >= 9 ? 2 : 1;
            // On the skeletons ("vietc0mbank") and on the letters as typed ("mazada": the skeleton
            // of 'm' is "rn", which would put it two edits from "lazada").
            const int d = std::min(
                mayBeWithin(skeletonHistogram, skeleton.size(), t.skeletonHistogram, t.skeleton.size(), limit)
                    ? editDistance(skeleton, t.skeleton, limit)
                    : limit + 1,
                mayBeWithin(e2ldHistogram, e2ld.size(), t.textHistogram, t.text.size(), limit)
                    ? editDistance(e2ld, t.text, limit)
                    : limit + 1);
            if (d <= limit && !differOnlyInTrailingDigits(skeleton, t.skeleton)
                && !differOnlyInTrailingDigits(e2ld, t.text)) {
                flag("lookalike_of", Severity::Danger, brand, {{"domain", shown}, {"method", "spelling"}});
                return;
            }
        } else if (international && t.text.size() >= 4 && skeleton.size() >= 3
                   && editDistance(skeleton, t.skeleton, 2) <= 2) {
            // Foreign or accented letters that nearly spell a brand ("ɡmаil", "fаcеbооk" with two
            // letters off): nobody writes a brand's name that way by accident.
            flag("lookalike_of", Severity::Danger, brand, {{"domain", shown}, {"method", "confusable"}});
            return;
        } else if (!t.suffix.empty() && t.suffix == suffix && t.text.size() >= 3 && e2ld.size() >= 3) {
            // Short names (zalo.me, momo.vn, acb.com.vn): one edit away under the very same ending is
            // a likely lookalike, but short names collide by chance, so only suspicious.
            const int d = std::min(editDistance(skeleton, t.skeleton, 1), editDistance(e2ld, t.text, 1));
            if (d <= 1 && !differOnlyInTrailingDigits(e2ld, t.text)) {
                flag("lookalike_of", Severity::Warning, brand, {{"domain", shown}, {"method", "short_name"}});
                return;
            }
        }
    }
    // Letters that only imitate Latin ones, in a name that is not a brand's: a warning of its own.
    if (international && !onlyAsciiOrVietnamese(e2ldUnicode)) {
        out.reasons.push_back({"unusual_letters", Severity::Warning, {{"domain", shown}}});
    }
    if (restricted) {
        return;
    }
    // c. A brand name inside the registered name or the subdomains, with or without a lure word.
    const std::vector<std::string> tokens = split(e2ld, '-');
    std::vector<std::string> subTokens; // split once: this loop runs for every brand target
    for (std::size_t i = 0; i < subCount; ++i) {
        for (std::string& tok : split(labels[i], '-')) {
            subTokens.push_back(std::move(tok));
        }
    }
    for (const Target& t : m_targets) {
        const Brand& brand = m_data.brands[t.brand];
        bool inName = false;
        for (const std::string& tok : tokens) {
            if (tok == t.text || (t.text.size() >= 5 && tok.find(t.text) != std::string::npos)) {
                inName = true;
            }
        }
        bool inSub = false;
        for (const std::string& tok : subTokens) {
            if (tok == t.text || (t.text.size() >= 5 && tok.find(t.text) != std::string::npos)) {
                inSub = true;
            }
        }
        if (!inName && !inSub) {
            continue;
        }
        const bool fakeCountryPart = startsWith(e2ld, "vn-") || startsWith(e2ld, "com-") || startsWith(e2ld, "comvn");
        if (lure) {
            flag("brand_with_lure", Severity::Danger, brand, {{"domain", shown}, {"word", *lure}});
        } else if (inSub && (fakeCountryPart || abusedTld)) {
            flag("brand_in_subdomain", Severity::Danger, brand, {{"host", url.hostUnicode}});
        } else if (inName && abusedTld) {
            flag("brand_in_domain", Severity::Danger, brand, {{"domain", shown}});
        } else {
            flag(inName ? "brand_in_domain" : "brand_in_subdomain",
                 Severity::Warning,
                 brand,
                 {{"domain", shown}, {"host", url.hostUnicode}});
        }
        return;
    }
    if (lure) {
        out.reasons.push_back({"lure_word", Severity::Info, {{"word", *lure}}});
    }
}

void LinkAnalyzer::checkLexical(const ParsedUrl& url, LinkVerdict& out) const
{
    if (!url.userinfo.empty()) {
        // "https://facebook.com@evil.example/": the part before '@' is not where the link goes.
        std::string lowered = url.userinfo;
        std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](unsigned char c) {
            return static_cast<char>(std::tolower(c));
        });
        const Brand* named = nullptr;
        for (const auto& [domain, index] : m_data.officialDomains) {
            if (lowered.find(domain) != std::string::npos) {
                named = &m_data.brands[index];
                break;
            }
        }
        if (named) {
            out.reasons.push_back(
                {"userinfo_brand", Severity::Danger, {{"brand", named->name}, {"host", url.hostUnicode}}});
            out.impersonates = named->id;
        } else {
            out.reasons.push_back({"userinfo", Severity::Warning, {{"host", url.hostUnicode}}});
        }
    }
    if (url.hostKind == HostKind::IPv4 || url.hostKind == HostKind::IPv6) {
        out.reasons.push_back({url.ipObfuscated ? "ip_obfuscated" : "ip_host",
                               url.ipObfuscated ? Severity::Danger : Severity::Warning,
                               {{"ip", url.hostAscii}}});
    }
    if (url.idnaError != 0) {
        out.reasons.push_back({"idna_error", Severity::Warning, {{"host", url.hostAscii}}});
    }
    const bool official = std::any_of(out.reasons.begin(), out.reasons.end(), [](const LinkReason& r) {
        return r.code == "official_domain" || r.code == "allow_listed";
    });
    if (url.hostKind == HostKind::Name && !official) {
        if (url.hostAscii.find("xn--") != std::string::npos) {
            out.reasons.push_back({"punycode", Severity::Info, {{"host", url.hostUnicode}}});
        }
        if (m_data.shorteners.count(url.hostAscii) || m_data.shorteners.count(out.registrableDomain)) {
            out.reasons.push_back({"shortener", Severity::Warning, {{"host", url.hostAscii}}});
        }
        const std::string tld = url.hostAscii.substr(url.hostAscii.rfind('.') + 1);
        if (m_data.abusedTlds.count(tld)) {
            out.reasons.push_back({"abused_tld", Severity::Info, {{"tld", tld}}});
        }
        const auto labels = split(url.hostAscii, '.');
        if (labels.size() >= 6) {
            out.reasons.push_back({"many_subdomains", Severity::Info, {{"count", std::to_string(labels.size())}}});
        }
        const auto hyphens = std::count(url.hostAscii.begin(), url.hostAscii.end(), '-');
        if (hyphens >= 4) {
            out.reasons.push_back({"many_hyphens", Severity::Info, {{"count", std::to_string(hyphens)}}});
        }
    }
    if (url.port && *url.port != 80 && *url.port != 443) {
        out.reasons.push_back({"odd_port", Severity::Info, {{"port", std::to_string(*url.port)}}});
    }
    if (url.scheme == "http" && url.schemeGiven) {
        std::string path = url.path + "?" + url.query;
        std::transform(
            path.begin(), path.end(), path.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        for (const char* word : {"login",
                                 "signin",
                                 "sign-in",
                                 "password",
                                 "dangnhap",
                                 "dang-nhap",
                                 "xacminh",
                                 "xac-minh",
                                 "verify",
                                 "otp"}) {
            // As a word of its own: "keysigning" is not "signin".
            const auto pos = path.find(word);
            const auto end = pos == std::string::npos ? pos : pos + std::strlen(word);
            const bool bounded = pos != std::string::npos
                && (pos == 0 || !std::isalpha(static_cast<unsigned char>(path[pos - 1])))
                && (end >= path.size() || !std::isalpha(static_cast<unsigned char>(path[end])));
            if (bounded) {
                out.reasons.push_back({"http_login", Severity::Warning, {{"word", word}}});
                break;
            }
        }
    }
}

} // namespace auditor
