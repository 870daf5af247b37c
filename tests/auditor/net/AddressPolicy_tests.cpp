#include "net/AddressPolicy.h"

#include <catch2/catch.hpp>

using namespace auditor::net;

TEST_CASE("Addresses that reach the user's own network are not public", "[net]")
{
    struct Row
    {
        const char* address;
        AddressClass kind;
    };
    const Row rows[] = {
        {"8.8.8.8", AddressClass::Public},
        {"1.1.1.1", AddressClass::Public},
        {"0.0.0.0", AddressClass::Unspecified},
        {"0.1.2.3", AddressClass::Unspecified},
        {"10.0.0.1", AddressClass::Private},
        {"100.64.0.1", AddressClass::SharedCgnat},
        {"100.127.255.254", AddressClass::SharedCgnat},
        {"100.128.0.1", AddressClass::Public},
        {"127.0.0.1", AddressClass::Loopback},
        {"127.255.0.9", AddressClass::Loopback},
        {"169.254.169.254", AddressClass::LinkLocal},
        {"172.16.0.1", AddressClass::Private},
        {"172.31.255.255", AddressClass::Private},
        {"172.32.0.1", AddressClass::Public},
        {"192.0.0.8", AddressClass::Reserved},
        {"192.0.2.1", AddressClass::Documentation},
        {"192.168.1.1", AddressClass::Private},
        {"198.18.0.1", AddressClass::Reserved},
        {"198.51.100.7", AddressClass::Documentation},
        {"203.0.113.9", AddressClass::Documentation},
        {"224.0.0.1", AddressClass::Multicast},
        {"240.0.0.1", AddressClass::Reserved},
        {"255.255.255.255", AddressClass::Reserved},
        {"::", AddressClass::Unspecified},
        {"::1", AddressClass::Loopback},
        {"[::1]", AddressClass::Loopback},
        {"::ffff:127.0.0.1", AddressClass::Loopback},
        {"::ffff:10.0.0.1", AddressClass::Private},
        {"::ffff:100.64.1.1", AddressClass::SharedCgnat},
        {"::ffff:8.8.8.8", AddressClass::Public},
        {"64:ff9b::192.168.0.1", AddressClass::Private},
        {"64:ff9b:1::1", AddressClass::Reserved},
        {"fe80::1", AddressClass::LinkLocal},
        {"fc00::1", AddressClass::Private},
        {"fd12:3456::1", AddressClass::Private},
        {"ff02::1", AddressClass::Multicast},
        {"2001:db8::1", AddressClass::Documentation},
        {"2002:c000:0204::1", AddressClass::Reserved},
        {"2001:4860:4860::8888", AddressClass::Public},
        {"2606:4700:4700::1111", AddressClass::Public},
    };
    for (const Row& row : rows) {
        INFO(row.address);
        REQUIRE(classifyAddress(row.address).has_value());
        CHECK(toString(*classifyAddress(row.address)) == toString(row.kind));
    }
    CHECK_FALSE(classifyAddress("example.com").has_value());
    CHECK_FALSE(classifyAddress("").has_value());
}
