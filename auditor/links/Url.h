#pragma once

#include "common/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace auditor {

enum class HostKind
{
    None, // data:, javascript:, file: and other schemes without a network host
    Name,
    IPv4,
    IPv6,
};

/**
 * A link as pasted by a person, taken apart. Parsing survives what people paste: a link with no
 * scheme, zero-width characters, trailing punctuation, upper case, IDN, IPv4 written as hex,
 * octal or one integer, IPv6, user@host, ports, backslashes.
 */
struct ParsedUrl
{
    std::string input; // as given
    std::string normalized; // scheme://host[:port]/path[?query], host in ASCII, no userinfo
    std::string scheme; // lower case; "http" when the text had none
    bool schemeGiven = false;
    std::string userinfo; // the part before '@' in the authority (a common trick)
    HostKind hostKind = HostKind::None;
    std::string hostAscii; // UTS-46 ToASCII form, or the canonical IP text
    std::string hostUnicode; // for display; equal to hostAscii for ASCII names
    bool ipObfuscated = false; // IPv4 written in hex, octal, or as fewer than four parts
    bool ipv4Mapped = false; // IPv6 ::ffff:a.b.c.d
    std::optional<std::uint16_t> port;
    std::string path; // starts with '/'
    std::string query; // without '?'
    int idnaError = 0; // libidn2 error code when the name is not valid IDNA (0: fine)
};

/**
 * Parses one link. Errors (code "url.<what>"): empty, too_long, syntax, no_host, bad_host.
 * Schemes other than http and https come back parsed with hostKind None for the analyser to judge.
 */
Result<ParsedUrl> parseUrl(std::string_view text);

/** The links inside a message, in order (URLs with or without a scheme, www. hosts). */
std::vector<std::string> extractUrls(std::string_view text);

/**
 * A reference (a redirect's Location, a meta refresh target) resolved against the URL it came
 * from, by RFC 3986 §5 (uriparser). nullopt when either cannot be parsed.
 */
std::optional<std::string> resolveReference(std::string_view base, std::string_view reference);

/** Parses an IPv4 address the way browsers do (1–4 parts, decimal, octal or hex). */
std::optional<std::uint32_t> parseIpv4Loose(std::string_view host, bool* obfuscated = nullptr);

} // namespace auditor
