#include "readiness/Submit.h"

#include "links/Url.h"

#include <utility> // before asio: GCC 12 + Boost 1.74 under C++20 (chriskohlhoff/asio#944)

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <nlohmann/json.hpp>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <cctype>
#include <optional>

namespace auditor {

namespace asio = boost::asio; // from <boost/asio.hpp>
namespace beast = boost::beast; // from <boost/beast.hpp>
namespace http = beast::http; // from <boost/beast/http.hpp>
namespace ssl = asio::ssl; // from <boost/asio/ssl.hpp>
using tcp = asio::ip::tcp;
using boost::system::error_code;

std::string normalizeFingerprint(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (std::isxdigit(static_cast<unsigned char>(c))) {
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

std::string formatFingerprint(std::string_view text)
{
    const std::string hex = normalizeFingerprint(text);
    std::string out;
    for (std::size_t i = 0; i < hex.size(); ++i) {
        if (i > 0 && i % 2 == 0) {
            out += ':';
        }
        out += hex[i];
    }
    return out;
}

namespace {

constexpr std::size_t kAnswerLimit = 64 * 1024;

std::string certificateSha256(X509* cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!cert || X509_digest(cert, EVP_sha256(), digest, &size) != 1) {
        return {};
    }
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned int i = 0; i < size; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0xF];
    }
    return out;
}

/** One submission: every step asynchronous with a timeout, as HttpClient does. */
class Submission
{
public:
    Submission(const CollectorSettings& collector, const std::string& body, std::chrono::milliseconds timeout)
        : m_collector(collector)
        , m_body(body)
        , m_timeout(timeout)
    { }

    Result<SubmitReceipt> run()
    {
        bool finished = false;
        asio::co_spawn(m_ioc, main(), [&](std::exception_ptr e) {
            finished = true;
            if (e && !m_error) {
                try {
                    std::rethrow_exception(e);
                } catch (const std::exception& ex) {
                    m_error = Error("submit.connect", {{"url", m_collector.url}}, ex.what());
                }
            }
        });
        m_ioc.run_for(m_timeout);
        if (!finished) {
            m_error = Error("submit.timeout",
                            {{"url", m_collector.url}, {"seconds", std::to_string((m_timeout.count() + 999) / 1000)}});
        }
        if (m_error) {
            return *m_error;
        }
        return m_receipt;
    }

private:
    void fail(std::string code, std::map<std::string, std::string> params = {}, std::string detail = {})
    {
        if (!m_error) {
            params.emplace("url", m_collector.url);
            m_error = Error(std::move(code), std::move(params), std::move(detail));
        }
    }

    void failStep(const char* step, const error_code& ec)
    {
        if (ec == beast::error::timeout) {
            fail("submit.timeout", {{"step", step}, {"seconds", std::to_string((m_timeout.count() + 999) / 1000)}});
        } else if (std::string_view(step) == "handshake" || ec.category() == asio::error::get_ssl_category()) {
            fail("submit.tls", {{"step", step}}, ec.message());
        } else {
            fail("submit.connect", {{"step", step}}, ec.message());
        }
    }

    asio::awaitable<void> main()
    {
        // 1. The collector's address: https only, any host and port (a machine on the school's LAN).
        auto url = parseUrl(m_collector.url);
        if (!url || url->scheme != "https" || url->hostKind == HostKind::None || !url->userinfo.empty()) {
            fail("submit.bad_url");
            co_return;
        }
        const std::string pinned = normalizeFingerprint(m_collector.fingerprint);
        if (pinned.size() != 64) {
            fail("submit.bad_fingerprint", {{"fingerprint", m_collector.fingerprint}});
            co_return;
        }
        const std::uint16_t port = url->port.value_or(443);
        const std::string host = url->hostAscii;
        const bool hostIsAddress = url->hostKind != HostKind::Name;
        const std::string hostHeader = (url->hostKind == HostKind::IPv6 ? "[" + host + "]" : host)
            + (port == 443 ? "" : ":" + std::to_string(port));
        std::string base = url->path;
        while (!base.empty() && base.back() == '/') {
            base.pop_back();
        }
        const std::string target = base + "/v1/reports";
        const auto stepTimeout = m_timeout;

        // 2. Resolve and connect.
        error_code ec;
        std::vector<tcp::endpoint> endpoints;
        if (const auto literal = asio::ip::make_address(host, ec); !ec) {
            endpoints.emplace_back(literal, port);
        } else {
            tcp::resolver resolver(m_ioc);
            const auto results = co_await resolver.async_resolve(
                host, std::to_string(port), asio::redirect_error(asio::use_awaitable, ec));
            if (ec) {
                fail("submit.connect", {{"step", "resolve"}}, ec.message());
                co_return;
            }
            for (const auto& entry : results) {
                endpoints.push_back(entry.endpoint());
            }
        }
        beast::tcp_stream tcpStream(m_ioc);
        tcpStream.expires_after(stepTimeout);
        co_await tcpStream.async_connect(endpoints, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            failStep("connect", ec);
            co_return;
        }

        // 3. TLS, trusting exactly the pinned certificate: no certificate authority, no name check.
        ssl::context context(ssl::context::tls_client);
        context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
                            | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
        context.set_verify_mode(ssl::verify_peer);
        std::string seen;
        context.set_verify_callback([&seen, &pinned](bool, ssl::verify_context& ctx) {
            X509_STORE_CTX* store = ctx.native_handle();
            if (X509_STORE_CTX_get_error_depth(store) > 0) {
                return true; // issuers do not matter: only the collector's own certificate is pinned
            }
            seen = certificateSha256(X509_STORE_CTX_get_current_cert(store));
            const bool match = !seen.empty() && seen == pinned;
            if (match) {
                X509_STORE_CTX_set_error(store, X509_V_OK);
            }
            return match;
        });
        beast::ssl_stream<beast::tcp_stream> stream(std::move(tcpStream), context);
        if (!hostIsAddress
            && !SSL_ctrl(stream.native_handle(),
                         SSL_CTRL_SET_TLSEXT_HOSTNAME,
                         TLSEXT_NAMETYPE_host_name,
                         const_cast<char*>(host.c_str())) // SSL_set_tlsext_host_name, without its C cast
        ) {
            fail("submit.tls", {{"step", "sni"}});
            co_return;
        }
        beast::get_lowest_layer(stream).expires_after(stepTimeout);
        co_await stream.async_handshake(ssl::stream_base::client, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            if (!seen.empty() && seen != pinned) {
                fail("submit.pin_mismatch",
                     {{"seen", formatFingerprint(seen)}, {"expected", formatFingerprint(pinned)}});
            } else {
                failStep("handshake", ec);
            }
            co_return;
        }

        // 4. The report, and the collector's answer.
        http::request<http::string_body> request{http::verb::post, target, 11};
        request.set(http::field::host, hostHeader);
        request.set(http::field::user_agent, "AccountAuditor");
        request.set(http::field::authorization, "Bearer " + m_collector.token);
        request.set(http::field::content_type, "application/json");
        request.set(http::field::accept, "application/json");
        request.keep_alive(false);
        request.body() = m_body;
        request.prepare_payload();
        beast::get_lowest_layer(stream).expires_after(stepTimeout);
        co_await http::async_write(stream, request, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            failStep("write", ec);
            co_return;
        }
        beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.body_limit(kAnswerLimit);
        beast::get_lowest_layer(stream).expires_after(stepTimeout);
        co_await http::async_read(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
        if (ec && !(ec == asio::ssl::error::stream_truncated && parser.is_done())) {
            failStep("read", ec);
            co_return;
        }
        // No close_notify wait: servers often skip it and shutdown can hang (beast #995, #2807).
        beast::get_lowest_layer(stream).socket().close(ec);

        const auto& response = parser.get();
        const int status = static_cast<int>(response.result_int());
        const auto answer = nlohmann::json::parse(response.body(), nullptr, false);
        const auto field = [&answer](const char* key) {
            return answer.is_object() && answer.contains(key) && answer[key].is_string()
                ? answer[key].get<std::string>()
                : std::string();
        };
        if (status == 201 || status == 200) {
            m_receipt.status = status;
            m_receipt.outcome = field("status");
            m_receipt.reportId = field("report_id");
            if (m_receipt.outcome != "stored" && m_receipt.outcome != "duplicate") {
                fail("submit.rejected",
                     {{"status", std::to_string(status)}, {"code", "response.unexpected"}, {"message", ""}},
                     response.body().substr(0, 200));
            }
            co_return;
        }
        std::map<std::string, std::string> params{
            {"status", std::to_string(status)},
            {"code", field("error").empty() ? "http." + std::to_string(status) : field("error")},
            {"message", field("message")}};
        if (const std::string pointer = field("pointer"); !pointer.empty()) {
            params["pointer"] = pointer;
        }
        if (answer.is_object() && answer.contains("line") && answer["line"].is_number_integer()) {
            params["line"] = std::to_string(answer["line"].get<int>());
            params["column"] = std::to_string(answer.value("column", 0));
        }
        if (const auto retry = response.find(http::field::retry_after); retry != response.end()) {
            params["retry_after"] = std::string(retry->value());
        }
        fail("submit.rejected", std::move(params));
    }

    const CollectorSettings& m_collector;
    const std::string& m_body;
    std::chrono::milliseconds m_timeout;
    std::optional<Error> m_error;
    SubmitReceipt m_receipt;
    // Last, so that it goes first: unfinished operations are destroyed while the rest still lives.
    asio::io_context m_ioc;
};

} // namespace

Result<SubmitReceipt> submitReport(const CollectorSettings& collector,
                                   const std::string& reportJson,
                                   std::chrono::milliseconds timeout)
{
    if (!collector.configured()) {
        return Error("submit.not_configured");
    }
    Submission submission(collector, reportJson, timeout);
    return submission.run();
}

} // namespace auditor
