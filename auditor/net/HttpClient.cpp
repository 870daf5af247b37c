#include "net/HttpClient.h"

#include "links/Url.h"
#include "net/AddressPolicy.h"

#include <utility> // before asio: GCC 12 + Boost 1.74 under C++20 (chriskohlhoff/asio#944)

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <mutex>

namespace auditor::net {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using boost::system::error_code;

namespace {

std::mutex g_hooksMutex;
std::optional<TestHooks> g_hooks;

TestHooks currentHooks()
{
    std::lock_guard lock(g_hooksMutex);
    return g_hooks.value_or(TestHooks{});
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<ProxySettings> proxyFromEnvironment(const char* upper, const char* lower)
{
    const char* value = std::getenv(lower);
    if (!value || !*value) {
        value = std::getenv(upper);
    }
    if (!value || !*value) {
        return std::nullopt;
    }
    auto parsed = parseUrl(value);
    if (!parsed || parsed->hostKind == HostKind::None) {
        return std::nullopt;
    }
    ProxySettings proxy;
    proxy.host = parsed->hostAscii;
    proxy.port = parsed->port.value_or(parsed->scheme == "https" ? 443 : 80);
    proxy.userinfo = parsed->userinfo;
    return proxy;
}

bool bypassesProxy(const std::vector<std::string>& noProxy, const std::string& host)
{
    for (std::string entry : noProxy) {
        if (entry == "*") {
            return true;
        }
        if (!entry.empty() && entry.front() == '.') {
            entry.erase(0, 1);
        }
        if (entry.empty()) {
            continue;
        }
        if (host == entry || (host.size() > entry.size() && host.ends_with("." + entry))) {
            return true;
        }
    }
    return false;
}

std::string nameLine(X509_NAME* name)
{
    BIO* bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    std::string out(data, static_cast<std::size_t>(size));
    BIO_free(bio);
    return out;
}

/** The organisation (O) of a name, or its common name (CN) when it has none. */
std::string displayName(X509_NAME* name)
{
    for (int nid : {NID_organizationName, NID_commonName}) {
        const int at = X509_NAME_get_index_by_NID(name, nid, -1);
        if (at < 0) {
            continue;
        }
        unsigned char* utf8 = nullptr;
        const int size = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at)));
        if (size > 0) {
            std::string out(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(size));
            OPENSSL_free(utf8);
            return out;
        }
    }
    return {};
}

std::optional<TimePoint> toTimePoint(const ASN1_TIME* time)
{
    std::tm tm{};
    if (ASN1_TIME_to_tm(time, &tm) != 1) {
        return std::nullopt;
    }
    return TimePoint(std::chrono::seconds(timegm(&tm)));
}

std::string base64(std::string_view text)
{
    std::string out(4 * ((text.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(text.data()),
                                  static_cast<int>(text.size()));
    out.resize(static_cast<std::size_t>(std::max(n, 0)));
    return out;
}

/** One request: every step is an asynchronous operation with its own timeout. */
class Exchange
{
public:
    Exchange(const ClientSettings& settings, const Clock* clock, FetchResult& out, std::vector<Header> extra)
        : m_settings(settings)
        , m_clock(clock)
        , m_hooks(currentHooks())
        , m_out(out)
        , m_extra(std::move(extra))
        , m_method(out.method)
    { }

    void run()
    {
        bool finished = false;
        asio::co_spawn(m_ioc, main(), [&](std::exception_ptr e) {
            finished = true;
            if (e && !m_out.error) {
                try {
                    std::rethrow_exception(e);
                } catch (const std::exception& ex) {
                    m_out.error = Error("net.failed", {}, ex.what());
                }
            }
        });
        m_ioc.run_for(m_settings.deadline);
        if (!finished) {
            m_out.error = Error("net.deadline", {{"seconds", std::to_string(m_settings.deadline.count() / 1000)}});
        }
    }

private:
    void fail(std::string code, std::map<std::string, std::string> params = {}, std::string detail = {})
    {
        if (!m_out.error) {
            m_out.error = Error(std::move(code), std::move(params), std::move(detail));
        }
    }

    void failFromError(const char* step, const error_code& ec)
    {
        if (ec == beast::error::timeout || ec == asio::error::operation_aborted) {
            fail("net.timeout", {{"step", step}}, ec.message());
        } else if (ec.category() == asio::error::get_ssl_category() || ec == asio::ssl::error::stream_truncated) {
            fail("net.tls_failed", {{"step", step}}, ec.message());
        } else {
            fail("net.step_failed", {{"step", step}}, ec.message());
        }
    }

    asio::awaitable<std::vector<tcp::endpoint>> resolve(const std::string& host, std::uint16_t port)
    {
        std::vector<tcp::endpoint> out;
        if (auto it = m_hooks.resolve.find(host); it != m_hooks.resolve.end()) {
            const auto moved = m_hooks.ports.find(host);
            out.emplace_back(asio::ip::make_address(it->second), moved == m_hooks.ports.end() ? port : moved->second);
            co_return out;
        }
        error_code ec;
        const auto literal = asio::ip::make_address(host, ec);
        if (!ec) {
            out.emplace_back(literal, port);
            co_return out;
        }
        // tcp::resolver has no timeout of its own: a timer cancels it.
        tcp::resolver resolver(m_ioc);
        asio::steady_timer timer(m_ioc);
        timer.expires_after(m_settings.stepTimeout);
        bool timedOut = false;
        timer.async_wait([&](const error_code& e) {
            if (!e) {
                timedOut = true;
                resolver.cancel();
            }
        });
        const auto results = co_await resolver.async_resolve(
            host, std::to_string(port), asio::redirect_error(asio::use_awaitable, ec));
        timer.cancel();
        if (timedOut) {
            fail("net.timeout", {{"step", "resolve"}});
            co_return out;
        }
        if (ec) {
            fail("net.resolve_failed", {{"host", host}}, ec.message());
            co_return out;
        }
        for (const auto& entry : results) {
            out.push_back(entry.endpoint());
        }
        co_return out;
    }

    /** Keeps the addresses the policy allows; records every one. */
    std::vector<tcp::endpoint> filter(const std::vector<tcp::endpoint>& endpoints, const std::string& host)
    {
        std::vector<tcp::endpoint> allowed;
        for (const tcp::endpoint& e : endpoints) {
            const std::string text = e.address().to_string();
            const AddressClass kind = classifyAddress(text).value_or(AddressClass::Reserved);
            const bool ok = kind == AddressClass::Public || (m_hooks.allowLoopback && kind == AddressClass::Loopback);
            m_out.addresses.push_back({text, toString(kind), ok});
            if (ok) {
                allowed.push_back(e);
            }
        }
        if (allowed.empty() && !endpoints.empty()) {
            const ResolvedAddress& first = m_out.addresses.front();
            fail("net.address_refused", {{"host", host}, {"address", first.address}, {"kind", first.kind}});
        }
        return allowed;
    }

    template <typename Stream>
    asio::awaitable<void> exchange(Stream& stream, const std::string& target, const std::string& hostHeader)
    {
        const auto verb = http::string_to_verb(m_method);
        http::request<http::empty_body> request{verb, target, 11};
        request.set(http::field::host, hostHeader);
        request.set(http::field::user_agent, m_settings.userAgent);
        request.set(http::field::accept, "*/*");
        request.set(http::field::accept_encoding, "identity");
        request.set(http::field::connection, "close");
        if (m_proxyAuthorization) {
            request.set(http::field::proxy_authorization, *m_proxyAuthorization);
        }
        for (const Header& h : m_extra) {
            request.set(h.name, h.value);
        }
        error_code ec;
        beast::get_lowest_layer(stream).expires_after(m_settings.stepTimeout);
        co_await http::async_write(stream, request, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            failFromError("write", ec);
            co_return;
        }

        beast::flat_buffer buffer;
        http::response_parser<http::buffer_body> parser;
        // The loop below stops at our own limit. (Not boost::none: Beast 1.74 compares the
        // Content-Length against an empty optional and always fails.)
        parser.body_limit(std::numeric_limits<std::uint64_t>::max());
        if (verb == http::verb::head) {
            parser.skip(true);
        }
        beast::get_lowest_layer(stream).expires_after(m_settings.stepTimeout);
        co_await http::async_read_header(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            failFromError("read", ec);
            co_return;
        }
        const auto& message = parser.get();
        m_out.status = static_cast<int>(message.result_int());
        for (const auto& field : message) {
            m_out.headers.push_back({std::string(field.name_string()), std::string(field.value())});
        }
        char chunk[8192];
        while (!parser.is_done()) {
            if (m_out.body.size() >= m_settings.bodyLimit) {
                m_out.bodyTruncated = true;
                break;
            }
            parser.get().body().data = chunk;
            parser.get().body().size = sizeof chunk;
            beast::get_lowest_layer(stream).expires_after(m_settings.stepTimeout);
            co_await http::async_read(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
            const std::size_t got = sizeof chunk - parser.get().body().size;
            m_out.body.append(chunk, std::min(got, m_settings.bodyLimit - m_out.body.size()));
            if (got > 0 && m_out.body.size() == m_settings.bodyLimit && !parser.is_done()) {
                m_out.bodyTruncated = true;
                break;
            }
            if (ec == http::error::need_buffer) {
                continue;
            }
            if (ec == http::error::end_of_stream || ec == asio::ssl::error::stream_truncated) {
                break; // the server closed after the body (or without close_notify): normal
            }
            if (ec) {
                failFromError("read", ec);
                co_return;
            }
        }
    }

    asio::awaitable<bool> connectThroughProxy(beast::tcp_stream& stream, const std::string& authority)
    {
        http::request<http::empty_body> request{http::verb::connect, authority, 11};
        request.set(http::field::host, authority);
        request.set(http::field::user_agent, m_settings.userAgent);
        if (m_proxyAuthorization) {
            request.set(http::field::proxy_authorization, *m_proxyAuthorization);
        }
        error_code ec;
        stream.expires_after(m_settings.stepTimeout);
        co_await http::async_write(stream, request, asio::redirect_error(asio::use_awaitable, ec));
        if (!ec) {
            beast::flat_buffer buffer;
            http::response_parser<http::empty_body> parser;
            parser.skip(true); // a CONNECT answer has no body
            stream.expires_after(m_settings.stepTimeout);
            co_await http::async_read_header(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
            if (!ec && parser.get().result_int() / 100 != 2) {
                fail("net.proxy_refused", {{"status", std::to_string(parser.get().result_int())}});
                co_return false;
            }
        }
        if (ec) {
            failFromError("proxy", ec);
            co_return false;
        }
        co_return true;
    }

    void readTlsFacts(SSL* ssl, const std::string& host, bool hostIsAddress)
    {
        TlsFacts facts;
        const long verify = SSL_get_verify_result(ssl);
        facts.chainVerified = verify == X509_V_OK;
        facts.chainErrorCode = static_cast<int>(verify);
        if (!facts.chainVerified) {
            facts.chainError = X509_verify_cert_error_string(verify);
        }
        facts.protocol = SSL_get_version(ssl);
        facts.cipher = SSL_get_cipher_name(ssl);
        X509* cert = SSL_get1_peer_certificate(ssl);
        if (cert) {
            facts.hostNameMatches = hostIsAddress ? X509_check_ip_asc(cert, host.c_str(), 0) == 1
                                                  : X509_check_host(cert, host.data(), host.size(), 0, nullptr) == 1;
            facts.subject = nameLine(X509_get_subject_name(cert));
            facts.issuer = nameLine(X509_get_issuer_name(cert));
            facts.issuerName = displayName(X509_get_issuer_name(cert));
            const auto from = toTimePoint(X509_get0_notBefore(cert));
            const auto until = toTimePoint(X509_get0_notAfter(cert));
            const TimePoint now = m_clock ? m_clock->now() : SystemClock().now();
            if (from) {
                facts.notBefore = formatIsoUtc(*from);
                facts.daysSinceIssue = std::chrono::floor<std::chrono::days>(now - *from).count();
            }
            if (until) {
                facts.notAfter = formatIsoUtc(*until);
                facts.daysUntilExpiry = std::chrono::floor<std::chrono::days>(*until - now).count();
            }
            X509_free(cert);
        }
        m_out.tls = facts;
    }

    asio::awaitable<void> main()
    {
        auto parsed = parseUrl(m_out.url);
        if (!parsed) {
            fail("net.refused_url", {{"why", "syntax"}});
            co_return;
        }
        const ParsedUrl& url = *parsed;
        const bool https = url.scheme == "https";
        const std::uint16_t defaultPort = https ? 443 : 80;
        if (url.scheme != "http" && !https) {
            fail("net.refused_url", {{"why", "scheme"}, {"scheme", url.scheme}});
            co_return;
        }
        if (!url.userinfo.empty()) {
            fail("net.refused_url", {{"why", "userinfo"}});
            co_return;
        }
        if (url.hostKind == HostKind::None) {
            fail("net.refused_url", {{"why", "host"}});
            co_return;
        }
        const std::uint16_t port = url.port.value_or(defaultPort);
        if (port != defaultPort && !m_hooks.allowAnyPort) {
            fail("net.refused_url", {{"why", "port"}, {"port", std::to_string(port)}});
            co_return;
        }
        const std::string& host = url.hostAscii;
        const bool hostIsAddress = url.hostKind != HostKind::Name;
        const std::string hostForHeader = url.hostKind == HostKind::IPv6 ? "[" + host + "]" : host;
        const std::string authority = hostForHeader + ":" + std::to_string(port);
        const std::string hostHeader = port == defaultPort ? hostForHeader : authority;
        const std::string originTarget = url.path.empty() ? "/" : url.path + (url.query.empty() ? "" : "?" + url.query);

        // The target's own addresses are checked even through a proxy: the proxy would reach them.
        const auto resolved = co_await resolve(host, port);
        if (m_out.error) {
            co_return;
        }
        const auto allowed = filter(resolved, host);
        if (m_out.error) {
            co_return;
        }

        const auto& proxy = https ? m_settings.httpsProxy : m_settings.httpProxy;
        const bool useProxy = proxy && !bypassesProxy(m_settings.noProxy, host);
        std::vector<tcp::endpoint> endpoints = allowed;
        if (useProxy) {
            m_out.viaProxy = true;
            if (!proxy->userinfo.empty()) {
                m_proxyAuthorization = "Basic " + base64(proxy->userinfo);
            }
            error_code ec;
            const auto literal = asio::ip::make_address(proxy->host, ec);
            if (!ec) {
                endpoints = {tcp::endpoint(literal, proxy->port)};
            } else {
                // The proxy is the user's own choice: its address is not filtered.
                endpoints = co_await resolve(proxy->host, proxy->port);
                if (m_out.error) {
                    co_return;
                }
            }
        }

        beast::tcp_stream tcpStream(m_ioc);
        error_code ec;
        tcpStream.expires_after(m_settings.stepTimeout);
        co_await tcpStream.async_connect(endpoints, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            failFromError("connect", ec);
            co_return;
        }

        if (!https) {
            // Through a proxy, plain HTTP goes in absolute form; no CONNECT needed.
            co_await exchange(tcpStream, useProxy ? m_out.url : originTarget, hostHeader);
            tcpStream.socket().close(ec);
            co_return;
        }
        if (useProxy && !(co_await connectThroughProxy(tcpStream, authority))) {
            co_return;
        }

        ssl::context context(ssl::context::tls_client);
        context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
                            | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
        if (!m_hooks.skipSystemStore) {
            context.set_default_verify_paths(ec);
        }
        if (!m_hooks.extraCaPem.empty()) {
            context.add_certificate_authority(asio::buffer(m_hooks.extraCaPem), ec);
        }
        // Verify at the injected clock's time, so that the verdict and the facts agree.
        X509_VERIFY_PARAM* param = SSL_CTX_get0_param(context.native_handle());
        const TimePoint now = m_clock ? m_clock->now() : SystemClock().now();
        X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(now.time_since_epoch().count()));
        context.set_verify_mode(ssl::verify_peer);
        // Complete the handshake whatever the chain says, to report its facts; nothing is sent
        // to a server whose certificate fails (checked below).
        context.set_verify_callback([](bool, ssl::verify_context&) { return true; });

        beast::ssl_stream<beast::tcp_stream> stream(std::move(tcpStream), context);
        if (!hostIsAddress
            && !SSL_ctrl(stream.native_handle(),
                         SSL_CTRL_SET_TLSEXT_HOSTNAME,
                         TLSEXT_NAMETYPE_host_name,
                         const_cast<char*>(host.c_str())) // SSL_set_tlsext_host_name, without its C cast
        ) {
            fail("net.tls_failed", {{"step", "sni"}});
            co_return;
        }
        beast::get_lowest_layer(stream).expires_after(m_settings.stepTimeout);
        co_await stream.async_handshake(ssl::stream_base::client, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            failFromError("handshake", ec);
            co_return;
        }
        readTlsFacts(stream.native_handle(), host, hostIsAddress);
        if (!m_out.tls->chainVerified || !m_out.tls->hostNameMatches) {
            fail(m_out.tls->chainVerified ? "net.tls_host_mismatch" : "net.tls_untrusted",
                 {{"host", host}, {"why", m_out.tls->chainError}});
            beast::get_lowest_layer(stream).socket().close(ec);
            co_return;
        }
        co_await exchange(stream, originTarget, hostHeader);
        // No close_notify wait: servers often skip it and shutdown can hang (beast #995, #2807).
        beast::get_lowest_layer(stream).socket().close(ec);
    }

    const ClientSettings& m_settings;
    const Clock* m_clock;
    TestHooks m_hooks;
    FetchResult& m_out;
    std::vector<Header> m_extra;
    std::string m_method;
    std::optional<std::string> m_proxyAuthorization;
    // Last, so that it goes first: unfinished operations are destroyed while the rest still lives.
    asio::io_context m_ioc;
};

} // namespace

std::string FetchResult::header(std::string_view name) const
{
    for (const Header& h : headers) {
        if (equalsIgnoreCase(h.name, name)) {
            return h.value;
        }
    }
    return {};
}

ClientSettings ClientSettings::fromEnvironment()
{
    ClientSettings settings;
    settings.httpsProxy = proxyFromEnvironment("HTTPS_PROXY", "https_proxy");
    settings.httpProxy = proxyFromEnvironment("HTTP_PROXY", "http_proxy");
    const char* noProxy = std::getenv("no_proxy");
    if (!noProxy || !*noProxy) {
        noProxy = std::getenv("NO_PROXY");
    }
    if (noProxy) {
        std::string entry;
        for (const char* p = noProxy;; ++p) {
            if (*p == ',' || *p == '\0') {
                entry.erase(0, entry.find_first_not_of(' '));
                entry.erase(entry.find_last_not_of(' ') + 1);
                if (!entry.empty()) {
                    settings.noProxy.push_back(entry);
                }
                entry.clear();
                if (*p == '\0') {
                    break;
                }
            } else {
                entry += *p;
            }
        }
    }
    return settings;
}

void setTestHooks(std::optional<TestHooks> hooks)
{
    std::lock_guard lock(g_hooksMutex);
    g_hooks = std::move(hooks);
}

HttpClient::HttpClient(ClientSettings settings, const Clock* clock)
    : m_settings(std::move(settings))
    , m_clock(clock)
{ }

FetchResult HttpClient::fetch(std::string_view method, std::string_view url, const std::vector<Header>& headers) const
{
    FetchResult out;
    out.method = std::string(method);
    out.url = std::string(url);
    Exchange exchange(m_settings, m_clock, out, headers);
    exchange.run();
    return out;
}

} // namespace auditor::net
