#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace auditor::net {

struct Header
{
    std::string name;
    std::string value;
};

/** What the server's certificate says, read during the handshake. */
struct TlsFacts
{
    bool chainVerified = false; // chain to a trusted root, in its validity period
    std::string chainError; // OpenSSL's wording when not verified
    int chainErrorCode = 0; // X509_V_ERR_*
    bool hostNameMatches = false;
    std::string subject; // "CN = example.com, O = …"
    std::string issuer;
    std::string issuerName; // the issuer's organisation (or common name), for display
    std::string notBefore; // ISO 8601 UTC
    std::string notAfter;
    std::int64_t daysSinceIssue = 0;
    std::int64_t daysUntilExpiry = 0;
    std::string protocol; // "TLSv1.3"
    std::string cipher;
};

/** A resolved address and whether the policy let us contact it. */
struct ResolvedAddress
{
    std::string address;
    std::string kind; // AddressClass as text: public, private, loopback…
    bool allowed = false;
};

/**
 * One request and what came back. `error` is set when there is no complete response (refused
 * URL or address, DNS, connect, TLS, timeout); the facts gathered before the failure stay filled.
 */
struct FetchResult
{
    std::string method;
    std::string url;
    std::optional<Error> error;
    std::vector<ResolvedAddress> addresses;
    bool viaProxy = false;
    std::optional<TlsFacts> tls;
    int status = 0;
    std::vector<Header> headers;
    std::string body; // at most ClientSettings::bodyLimit bytes; never rendered
    bool bodyTruncated = false;

    /** The first header of that name (case-insensitive), or empty. */
    std::string header(std::string_view name) const;
    bool ok() const
    {
        return !error.has_value();
    }
};

struct ProxySettings
{
    std::string host;
    std::uint16_t port = 0;
    std::string userinfo; // "user:password" for Proxy-Authorization: Basic, when given
};

struct ClientSettings
{
    std::chrono::milliseconds stepTimeout{5000}; // each of resolve, connect, handshake, write, read
    std::chrono::milliseconds deadline{15000}; // the whole request
    std::size_t bodyLimit = 64 * 1024;
    std::string userAgent = "AccountAuditor"; // fixed: no version, no platform
    std::optional<ProxySettings> httpsProxy;
    std::optional<ProxySettings> httpProxy;
    std::vector<std::string> noProxy;

    /** HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) from the environment. */
    static ClientSettings fromEnvironment();
};

/**
 * For tests only: trust an extra CA, allow loopback addresses and any port, and resolve names
 * from a table. Neither the CLI nor the GUI calls setTestHooks; no option or environment
 * variable reaches it.
 */
struct TestHooks
{
    std::string extraCaPem;
    bool skipSystemStore = false;
    bool allowLoopback = false;
    bool allowAnyPort = false;
    std::map<std::string, std::string> resolve; // host name → address
    std::map<std::string, std::uint16_t> ports; // host name → the port actually connected to
};
void setTestHooks(std::optional<TestHooks> hooks);

/**
 * A small HTTP(S) client for untrusted URLs (Boost.Beast + OpenSSL, asynchronous inside so that
 * every step has a timeout): no redirects followed (the caller decides), no cookies, a fixed
 * User-Agent, the body read up to a limit. Only http and https on their default ports, no
 * userinfo, and only public addresses: the resolved addresses are checked before connecting
 * and the connection goes to exactly those. Certificates are checked against the system store
 * with host-name verification, at the injected clock's time.
 */
class HttpClient
{
public:
    explicit HttpClient(ClientSettings settings = ClientSettings::fromEnvironment(), const Clock* clock = nullptr);

    FetchResult fetch(std::string_view method, std::string_view url, const std::vector<Header>& headers = {}) const;

    const ClientSettings& settings() const
    {
        return m_settings;
    }

private:
    ClientSettings m_settings;
    const Clock* m_clock;
};

} // namespace auditor::net
