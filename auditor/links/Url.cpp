#include "links/Url.h"

#include <uriparser/Uri.h>

#include <idn2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>

namespace auditor {

namespace {

constexpr std::size_t kMaxLength = 8192;

/** Removes invisible characters people's messengers insert: U+200B–U+200D, U+2060, U+FEFF, U+00AD. */
std::string stripInvisible(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        const auto c = static_cast<unsigned char>(in[i]);
        if (c == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80
            && (static_cast<unsigned char>(in[i + 2]) >= 0x8B && static_cast<unsigned char>(in[i + 2]) <= 0x8D)) {
            i += 2;
            continue;
        }
        if (c == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x81
            && static_cast<unsigned char>(in[i + 2]) == 0xA0) {
            i += 2;
            continue;
        }
        if (c == 0xEF && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xBB
            && static_cast<unsigned char>(in[i + 2]) == 0xBF) {
            i += 2;
            continue;
        }
        if (c == 0xC2 && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xAD) {
            i += 1;
            continue;
        }
        out += in[i];
    }
    return out;
}

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/** Trims white space (also no-break spaces) and the punctuation a sentence puts around a link. */
std::string trimLink(std::string s)
{
    auto startsNbsp = [](const std::string& t, std::size_t i) {
        return i + 1 < t.size() && static_cast<unsigned char>(t[i]) == 0xC2
            && static_cast<unsigned char>(t[i + 1]) == 0xA0;
    };
    std::size_t b = 0;
    while (b < s.size()) {
        if (isSpace(static_cast<unsigned char>(s[b]))) {
            ++b;
        } else if (startsNbsp(s, b)) {
            b += 2;
        } else if (std::strchr("<([{\"'`", s[b])) {
            ++b;
        } else {
            break;
        }
    }
    s.erase(0, b);
    for (;;) {
        if (s.empty()) {
            break;
        }
        const auto c = static_cast<unsigned char>(s.back());
        if (isSpace(c) || std::strchr(".,;:!?>\"'`", static_cast<char>(c))) {
            s.pop_back();
            continue;
        }
        if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 && c == 0xA0) {
            s.resize(s.size() - 2);
            continue;
        }
        // "…" (U+2026) and closing brackets that have no opening partner inside the link.
        if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x80\xA6") == 0) {
            s.resize(s.size() - 3);
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            const char open = c == ')' ? '(' : (c == ']' ? '[' : '{');
            if (std::count(s.begin(), s.end(), open) < std::count(s.begin(), s.end(), static_cast<char>(c))) {
                s.pop_back();
                continue;
            }
        }
        break;
    }
    return s;
}

std::string lowerAscii(std::string s)
{
    for (char& c : s) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return s;
}

std::string percentDecode(std::string_view in)
{
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '%' && i + 2 < in.size() && std::isxdigit(static_cast<unsigned char>(in[i + 1]))
            && std::isxdigit(static_cast<unsigned char>(in[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(in.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += in[i];
        }
    }
    return out;
}

/** Makes text acceptable to an RFC 3986 parser: bytes outside its alphabet are percent-encoded. */
std::string escapeForParser(std::string_view in)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(in.size() + 16);
    for (char ch : in) {
        const auto c = static_cast<unsigned char>(ch);
        const bool allowed = std::isalnum(c) || std::strchr("-._~:/?#[]@!$&'()*+,;=%", static_cast<char>(c));
        if (allowed && c < 0x80) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

std::string range(const UriTextRangeA& r)
{
    return r.first && r.afterLast ? std::string(r.first, r.afterLast) : std::string();
}

std::string formatIpv4(std::uint32_t ip)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", ip >> 24, (ip >> 16) & 0xFF, (ip >> 8) & 0xFF, ip & 0xFF);
    return buf;
}

std::string formatIpv6(const unsigned char* b)
{
    // RFC 5952: lower case, longest run of zero groups as "::".
    std::array<unsigned, 8> g{};
    for (int i = 0; i < 8; ++i) {
        g[static_cast<std::size_t>(i)] = (unsigned(b[2 * i]) << 8) | b[2 * i + 1];
    }
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < 8;) {
        if (g[static_cast<std::size_t>(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[static_cast<std::size_t>(j)] == 0) {
            ++j;
        }
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    std::string out;
    char buf[8];
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLen - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':') {
            out += ':';
        }
        std::snprintf(buf, sizeof buf, "%x", g[static_cast<std::size_t>(i)]);
        out += buf;
    }
    return out;
}

bool knownScheme(const std::string& s)
{
    static const char* schemes[] = {"http",
                                    "https",
                                    "ftp",
                                    "ws",
                                    "wss",
                                    "javascript",
                                    "data",
                                    "file",
                                    "mailto",
                                    "vbscript",
                                    "blob",
                                    "about",
                                    "tel",
                                    "sms",
                                    "intent",
                                    "market",
                                    "zalo",
                                    "fb"};
    return std::any_of(std::begin(schemes), std::end(schemes), [&](const char* k) { return s == k; });
}

} // namespace

std::optional<std::uint32_t> parseIpv4Loose(std::string_view host, bool* obfuscated)
{
    if (host.empty() || host.size() > 64) {
        return std::nullopt;
    }
    std::vector<std::uint64_t> parts;
    bool odd = false;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dot = host.find('.', start);
        std::string_view part
            = host.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (part.empty()) {
            if (dot == std::string_view::npos && !parts.empty()) {
                break; // a trailing dot
            }
            return std::nullopt;
        }
        int base = 10;
        if (part.size() > 2 && part[0] == '0' && (part[1] == 'x' || part[1] == 'X')) {
            base = 16;
            part.remove_prefix(2);
            odd = true;
        } else if (part.size() > 1 && part[0] == '0') {
            base = 8;
            part.remove_prefix(1);
            odd = true;
        }
        std::uint64_t value = 0;
        for (char ch : part) {
            int d = -1;
            if (ch >= '0' && ch <= '9') {
                d = ch - '0';
            } else if (base == 16 && std::isxdigit(static_cast<unsigned char>(ch))) {
                d = std::tolower(static_cast<unsigned char>(ch)) - 'a' + 10;
            }
            if (d < 0 || d >= base) {
                return std::nullopt;
            }
            value = value * static_cast<std::uint64_t>(base) + static_cast<std::uint64_t>(d);
            if (value > 0xFFFFFFFFull) {
                return std::nullopt;
            }
        }
        parts.push_back(value);
        if (dot == std::string_view::npos) {
            break;
        }
        start = dot + 1;
        if (start == host.size()) {
            break;
        }
    }
    if (parts.empty() || parts.size() > 4) {
        return std::nullopt;
    }
    // a.b.c.d; a.b.c (c is 16 bits); a.b (b is 24 bits); a (32 bits), as inet_aton reads them.
    std::uint64_t ip = 0;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i] > 255) {
            return std::nullopt;
        }
        ip |= parts[i] << (24 - 8 * i);
    }
    const std::uint64_t lastMax = 0xFFFFFFFFull >> (8 * (parts.size() - 1));
    if (parts.back() > lastMax) {
        return std::nullopt;
    }
    ip |= parts.back();
    if (obfuscated) {
        *obfuscated = odd || parts.size() != 4;
    }
    return static_cast<std::uint32_t>(ip);
}

Result<ParsedUrl> parseUrl(std::string_view text)
{
    ParsedUrl url;
    url.input = std::string(text);
    if (text.size() > kMaxLength) {
        return Error("url.too_long", {{"length", std::to_string(text.size())}});
    }
    std::string s = trimLink(stripInvisible(text));
    if (s.empty()) {
        return Error("url.empty");
    }
    // 1. The scheme, if the text has one we know; otherwise the link is a bare host.
    const auto colon = s.find(':');
    std::string scheme;
    if (colon != std::string::npos && colon > 0
        && std::all_of(
            s.begin(),
            s.begin() + static_cast<long>(colon),
            [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.'; })
        && std::isalpha(static_cast<unsigned char>(s[0]))) {
        const std::string candidate = lowerAscii(s.substr(0, colon));
        if (knownScheme(candidate) || s.compare(colon, 3, "://") == 0) {
            scheme = candidate;
        }
    }
    if (!scheme.empty() && scheme != "http" && scheme != "https") {
        url.scheme = scheme;
        url.schemeGiven = true;
        url.normalized = s.substr(0, std::min<std::size_t>(s.size(), 200));
        return url; // judged by the analyser: no network host to look at
    }
    if (scheme.empty()) {
        s = (s.rfind("//", 0) == 0 ? "http:" : "http://") + s;
        url.scheme = "http";
    } else {
        url.scheme = scheme;
        url.schemeGiven = true;
    }
    // Browsers read '\' as '/' in http(s) links: "http://evil.example\@facebook.com" goes to evil.example.
    std::replace(s.begin(), s.end(), '\\', '/');
    // "http:/host" and "http:///host" are read as "http://host" by browsers.
    const std::size_t afterScheme = url.scheme.size() + 1;
    std::size_t slashes = 0;
    while (afterScheme + slashes < s.size() && s[afterScheme + slashes] == '/') {
        ++slashes;
    }
    s = s.substr(0, afterScheme) + "//" + s.substr(afterScheme + slashes);

    // 2. RFC 3986 parsing (uriparser) of an escaped copy.
    const std::string escaped = escapeForParser(s);
    UriUriA uri;
    const char* errorPos = nullptr;
    if (uriParseSingleUriA(&uri, escaped.c_str(), &errorPos) != URI_SUCCESS) {
        return Error("url.syntax", {{"position", std::to_string(errorPos ? errorPos - escaped.c_str() : 0)}});
    }
    struct Freer
    {
        UriUriA* u;
        ~Freer()
        {
            uriFreeUriMembersA(u);
        }
    } freer{&uri};

    url.userinfo = percentDecode(range(uri.userInfo));
    const std::string portText = range(uri.portText);
    if (!portText.empty()) {
        if (portText.size() > 5 || !std::all_of(portText.begin(), portText.end(), ::isdigit)
            || std::stoul(portText) > 65535) {
            return Error("url.bad_port", {{"port", portText}});
        }
        url.port = static_cast<std::uint16_t>(std::stoul(portText));
    }
    for (const UriPathSegmentA* seg = uri.pathHead; seg; seg = seg->next) {
        url.path += "/" + range(seg->text);
    }
    if (url.path.empty()) {
        url.path = "/";
    }
    url.query = range(uri.query);

    // 3. The host: an IP literal, an IPv4 in disguise, or a name made ASCII with UTS-46.
    if (uri.hostData.ip6) {
        url.hostKind = HostKind::IPv6;
        url.hostAscii = formatIpv6(uri.hostData.ip6->data);
        const unsigned char* d = uri.hostData.ip6->data;
        url.ipv4Mapped
            = std::all_of(d, d + 10, [](unsigned char c) { return c == 0; }) && d[10] == 0xFF && d[11] == 0xFF;
    } else {
        std::string host = lowerAscii(percentDecode(range(uri.hostText)));
        while (!host.empty() && host.back() == '.') {
            host.pop_back();
        }
        if (host.empty()) {
            return Error("url.no_host");
        }
        bool obfuscated = false;
        if (auto ip = parseIpv4Loose(host, &obfuscated)) {
            url.hostKind = HostKind::IPv4;
            url.hostAscii = formatIpv4(*ip);
            url.ipObfuscated = obfuscated;
        } else {
            url.hostKind = HostKind::Name;
            const bool ascii
                = std::all_of(host.begin(), host.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
            if (ascii && host.find("xn--") == std::string::npos) {
                url.hostAscii = host;
            } else {
                char* out = nullptr;
                const int rc = idn2_to_ascii_8z(host.c_str(), &out, IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT);
                if (rc == IDN2_OK && out) {
                    url.hostAscii = out;
                } else {
                    url.idnaError = rc;
                    url.hostAscii = host;
                }
                idn2_free(out);
            }
            // Only letters (of any script), digits, '-', '_' and '.' make a host name.
            const bool plausible = std::all_of(host.begin(), host.end(), [](char c) {
                return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)) || c == '-'
                    || c == '.' || c == '_';
            });
            if (!plausible) {
                return Error("url.bad_host", {{"host", host}});
            }
            if (url.hostAscii.find("..") != std::string::npos || url.hostAscii.front() == '.') {
                return Error("url.bad_host", {{"host", host}});
            }
        }
    }
    url.hostUnicode = url.hostAscii;
    if (url.hostKind == HostKind::Name && url.hostAscii.find("xn--") != std::string::npos) {
        char* out = nullptr;
        if (idn2_to_unicode_8z8z(url.hostAscii.c_str(), &out, 0) == IDN2_OK && out) {
            url.hostUnicode = out;
        } else if (url.idnaError == 0) {
            url.idnaError = IDN2_PUNYCODE_BAD_INPUT;
        }
        idn2_free(out);
    }
    url.normalized = url.scheme + "://" + (url.hostKind == HostKind::IPv6 ? "[" + url.hostAscii + "]" : url.hostAscii)
        + (url.port ? ":" + std::to_string(*url.port) : std::string()) + url.path
        + (url.query.empty() ? "" : "?" + url.query);
    return url;
}

std::vector<std::string> extractUrls(std::string_view text)
{
    // A candidate starts at "http://", "https://", "www." or a word with a dot and a known-looking
    // ending, and runs to the next white space. The parser later trims what a sentence adds.
    std::vector<std::string> out;
    std::size_t i = 0;
    auto isBreak = [](unsigned char c) { return c <= ' ' || c == '<' || c == '>' || c == '"'; };
    while (i < text.size()) {
        while (i < text.size() && isBreak(static_cast<unsigned char>(text[i]))) {
            ++i;
        }
        std::size_t j = i;
        while (j < text.size() && !isBreak(static_cast<unsigned char>(text[j]))) {
            ++j;
        }
        std::string word(text.substr(i, j - i));
        i = j;
        const std::string lower = lowerAscii(word);
        const auto at = [&](const char* p) { return lower.find(p); };
        std::size_t start = std::min({at("http://"), at("https://"), at("www.")});
        if (start == std::string::npos) {
            // Bare host: letters, a dot, and at least two letters after the last dot.
            const std::string trimmed = trimLink(word);
            const auto dot = trimmed.find('.');
            const auto slash = trimmed.find('/');
            const std::string hostPart = trimmed.substr(0, slash);
            const auto lastDot = hostPart.rfind('.');
            if (dot == std::string::npos || lastDot == std::string::npos || lastDot + 3 > hostPart.size()
                || hostPart.find('@') != std::string::npos) {
                continue;
            }
            const std::string tld = hostPart.substr(lastDot + 1);
            if (!std::all_of(
                    tld.begin(), tld.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
                continue;
            }
            start = 0;
        }
        std::string candidate = trimLink(word.substr(start));
        if (!candidate.empty()) {
            out.push_back(candidate);
        }
    }
    return out;
}

std::optional<std::string> resolveReference(std::string_view base, std::string_view reference)
{
    std::string ref(reference);
    // Trim what servers and pages put around a Location: spaces, quotes.
    while (!ref.empty() && (ref.back() == ' ' || ref.back() == '\'' || ref.back() == '"')) {
        ref.pop_back();
    }
    ref.erase(0, ref.find_first_not_of(" '\""));
    // Spaces and non-ASCII bytes are escaped so that uriparser accepts what browsers accept.
    std::string escaped;
    for (unsigned char c : ref) {
        if (c <= 0x20 || c >= 0x7F) {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            escaped += buf;
        } else {
            escaped += static_cast<char>(c);
        }
    }
    const std::string baseText(base);
    UriUriA baseUri;
    UriUriA refUri;
    UriUriA result;
    const char* errorPos = nullptr;
    if (uriParseSingleUriA(&baseUri, baseText.c_str(), &errorPos) != URI_SUCCESS) {
        return std::nullopt;
    }
    if (uriParseSingleUriA(&refUri, escaped.c_str(), &errorPos) != URI_SUCCESS) {
        uriFreeUriMembersA(&baseUri);
        return std::nullopt;
    }
    std::optional<std::string> out;
    if (uriAddBaseUriA(&result, &refUri, &baseUri) == URI_SUCCESS) {
        int chars = 0;
        if (uriToStringCharsRequiredA(&result, &chars) == URI_SUCCESS) {
            std::string text(static_cast<std::size_t>(chars) + 1, '\0');
            if (uriToStringA(text.data(), &result, chars + 1, nullptr) == URI_SUCCESS) {
                text.resize(std::strlen(text.c_str()));
                out = text;
            }
        }
        uriFreeUriMembersA(&result);
    }
    uriFreeUriMembersA(&refUri);
    uriFreeUriMembersA(&baseUri);
    return out;
}

} // namespace auditor
