#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace auditor::net {

/**
 * What kind of address a host name resolved to. Only Public addresses are contacted when a link
 * is inspected online: the others would let a link reach into the user's own network (SSRF).
 * Ranges: CPython's `ipaddress` non-global list (3.11.7 with the CVE-2024-4032 fixes) plus
 * CGNAT; IPv4-mapped and NAT64 IPv6 addresses are judged by the IPv4 address inside them.
 */
enum class AddressClass
{
    Public,
    Unspecified, // 0.0.0.0/8, ::
    Loopback, // 127/8, ::1
    Private, // 10/8, 172.16/12, 192.168/16, fc00::/7
    SharedCgnat, // 100.64/10
    LinkLocal, // 169.254/16, fe80::/10
    Multicast, // 224/4, ff00::/8
    Documentation, // 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32
    Reserved, // everything else that is not globally reachable
};

std::string toString(AddressClass kind);

/** Classifies an IPv4 or IPv6 address in text form; nullopt when the text is not an address. */
std::optional<AddressClass> classifyAddress(std::string_view address);

} // namespace auditor::net
