#pragma once

#include "net/Certificates.h"
#include "net/HttpClient.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace auditor::test {

/** What a test server answers on one path. */
struct Route
{
    int status = 200;
    std::vector<net::Header> headers;
    std::string body;
    std::size_t generatedBodyBytes = 0; // when set, a body of that many 'x' instead of `body`
    bool stall = false; // accept the request, then never answer
};

/** A request as the server received it. Header names in lower case. */
struct RecordedRequest
{
    std::string method;
    std::string target;
    std::map<std::string, std::string> headers;
    std::string body;
};

/**
 * Our own HTTP or HTTPS server on 127.0.0.1 and a free port, running on its own thread
 * (Boost.Beast). Answers by path; records every request; stops in its destructor.
 */
class TestServer
{
public:
    /** HTTPS with the given key and certificate chain (leaf first). */
    static std::unique_ptr<TestServer> https(const net::KeyAndCertificate& identity);
    static std::unique_ptr<TestServer> http();
    /** Accepts TCP connections and never says a word (not even the TLS handshake). */
    static std::unique_ptr<TestServer> silent();
    /** An HTTP CONNECT proxy that resolves names through `resolve` and relays bytes. */
    static std::unique_ptr<TestServer> connectProxy(std::map<std::string, std::string> resolve);
    ~TestServer();

    void route(const std::string& path, Route route);
    /** Answers every path with a computed route (for the range API server). */
    void handler(std::function<Route(const RecordedRequest&)> handler);
    std::uint16_t port() const;
    std::vector<RecordedRequest> requests() const;
    /** For the proxy: the CONNECT targets it was asked for. */
    std::vector<std::string> tunnels() const;

    struct Impl;

private:
    explicit TestServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/** A test CA and leaf certificates it signs, dated around `now`. */
struct TestPki
{
    explicit TestPki(TimePoint now);
    net::KeyAndCertificate ca;
    /** A leaf for these names (DNS, or IPs when they parse as addresses), valid now unless told. */
    net::KeyAndCertificate leaf(const std::vector<std::string>& names,
                                int validFromDays = -30,
                                int validToDays = 60) const;
    /** A self-signed certificate for these names (no CA). */
    net::KeyAndCertificate selfSigned(const std::vector<std::string>& names) const;
    TimePoint now;
};

/** The chain a server presents: leaf then CA. */
net::KeyAndCertificate withChain(const net::KeyAndCertificate& leaf, const net::KeyAndCertificate& ca);

} // namespace auditor::test
