#include "net/AddressPolicy.h"

#include <utility> // before asio: GCC 12 + Boost 1.74 under C++20 (chriskohlhoff/asio#944)

#include <boost/asio/ip/address.hpp>

#include <array>
#include <cstdint>

namespace auditor::net {

namespace {

struct Range4
{
    std::uint32_t base;
    int bits;
    AddressClass kind;
};

constexpr std::uint32_t ip4(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

constexpr std::array<Range4, 17> kRanges4 = {{
    {ip4(0, 0, 0, 0), 8, AddressClass::Unspecified},
    {ip4(10, 0, 0, 0), 8, AddressClass::Private},
    {ip4(100, 64, 0, 0), 10, AddressClass::SharedCgnat},
    {ip4(127, 0, 0, 0), 8, AddressClass::Loopback},
    {ip4(169, 254, 0, 0), 16, AddressClass::LinkLocal},
    {ip4(172, 16, 0, 0), 12, AddressClass::Private},
    {ip4(192, 0, 0, 0), 24, AddressClass::Reserved},
    {ip4(192, 0, 2, 0), 24, AddressClass::Documentation},
    {ip4(192, 88, 99, 0), 24, AddressClass::Reserved}, // 6to4 relay anycast (deprecated)
    {ip4(192, 168, 0, 0), 16, AddressClass::Private},
    {ip4(198, 18, 0, 0), 15, AddressClass::Reserved}, // benchmarking
    {ip4(198, 51, 100, 0), 24, AddressClass::Documentation},
    {ip4(203, 0, 113, 0), 24, AddressClass::Documentation},
    {ip4(224, 0, 0, 0), 4, AddressClass::Multicast},
    {ip4(240, 0, 0, 0), 4, AddressClass::Reserved},
    {ip4(255, 255, 255, 255), 32, AddressClass::Reserved}, // broadcast
    {ip4(0, 0, 0, 0), 0, AddressClass::Public}, // everything else
}};

AddressClass classify4(std::uint32_t a)
{
    for (const Range4& r : kRanges4) {
        const std::uint32_t mask = r.bits == 0 ? 0 : ~std::uint32_t{0} << (32 - r.bits);
        if ((a & mask) == r.base) {
            return r.kind;
        }
    }
    return AddressClass::Public;
}

bool inPrefix(const boost::asio::ip::address_v6::bytes_type& b, std::initializer_list<std::uint8_t> prefix, int bits)
{
    int i = 0;
    for (std::uint8_t p : prefix) {
        const int take = std::min(8, bits - i * 8);
        if (take <= 0) {
            break;
        }
        const std::uint8_t mask = static_cast<std::uint8_t>(0xFF << (8 - take));
        if ((b[static_cast<std::size_t>(i)] & mask) != (p & mask)) {
            return false;
        }
        ++i;
    }
    return true;
}

AddressClass classify6(const boost::asio::ip::address_v6& a)
{
    const auto b = a.to_bytes();
    if (a.is_unspecified()) {
        return AddressClass::Unspecified;
    }
    if (a.is_loopback()) {
        return AddressClass::Loopback;
    }
    // ::ffff:0:0/96 (IPv4-mapped) and 64:ff9b::/96 (NAT64): the IPv4 address inside decides.
    const bool mapped = inPrefix(b, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF}, 96);
    const bool nat64 = inPrefix(b, {0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0}, 96);
    if (mapped || nat64) {
        return classify4(ip4(b[12], b[13], b[14], b[15]));
    }
    if (inPrefix(b, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 96)) {
        return AddressClass::Reserved; // IPv4-compatible (deprecated)
    }
    if (inPrefix(b, {0xFF}, 8)) {
        return AddressClass::Multicast;
    }
    if (inPrefix(b, {0xFE, 0x80}, 10)) {
        return AddressClass::LinkLocal;
    }
    if (inPrefix(b, {0xFC}, 7)) {
        return AddressClass::Private;
    }
    if (inPrefix(b, {0x20, 0x01, 0x0D, 0xB8}, 32)) {
        return AddressClass::Documentation;
    }
    if (inPrefix(b, {0x00, 0x64, 0xFF, 0x9B, 0x00, 0x01}, 48) // local-use NAT64
        || inPrefix(b, {0x01, 0x00, 0, 0, 0, 0, 0, 0}, 64) // discard-only
        || inPrefix(b, {0x20, 0x01, 0x00, 0x10}, 28) // ORCHID
        || inPrefix(b, {0x20, 0x01, 0x00}, 23) // IETF protocol assignments
        || inPrefix(b, {0x20, 0x02}, 16) // 6to4
        || inPrefix(b, {0xFE, 0xC0}, 10)) { // site-local (deprecated)
        return AddressClass::Reserved;
    }
    return AddressClass::Public;
}

} // namespace

std::string toString(AddressClass kind)
{
    switch (kind) {
    case AddressClass::Public:
        return "public";
    case AddressClass::Unspecified:
        return "unspecified";
    case AddressClass::Loopback:
        return "loopback";
    case AddressClass::Private:
        return "private";
    case AddressClass::SharedCgnat:
        return "cgnat";
    case AddressClass::LinkLocal:
        return "link_local";
    case AddressClass::Multicast:
        return "multicast";
    case AddressClass::Documentation:
        return "documentation";
    case AddressClass::Reserved:
        return "reserved";
    }
    return "reserved";
}

std::optional<AddressClass> classifyAddress(std::string_view text)
{
    std::string s(text);
    if (s.size() > 2 && s.front() == '[' && s.back() == ']') {
        s = s.substr(1, s.size() - 2);
    }
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(s, ec);
    if (ec) {
        return std::nullopt;
    }
    if (address.is_v4()) {
        return classify4(address.to_v4().to_uint());
    }
    return classify6(address.to_v6());
}

} // namespace auditor::net
