#pragma once

// A plain HTTPS client for the collector's tests and benchmark: one TLS connection kept alive
// for many requests, any certificate accepted (the pinned client, submitReport, is tested apart),
// and raw access to the stream for the slow-client test.

#include <utility> // before asio: GCC 12 + Boost 1.74 under C++20 (chriskohlhoff/asio#944)

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace auditor::test {

struct CollectorAnswer
{
    int status = 0; // 0: no answer (the connection failed or closed)
    nlohmann::json body;
    std::string wwwAuthenticate;
    std::string retryAfter;
    bool keepAlive = false;
    std::string failure; // why there was no answer
};

class CollectorClient
{
public:
    explicit CollectorClient(std::uint16_t port, const std::string& address = "127.0.0.1")
        : m_tls(boost::asio::ssl::context::tls_client)
        , m_stream(m_ioc, m_tls)
    {
        m_stream.set_verify_mode(boost::asio::ssl::verify_none);
        boost::system::error_code ec;
        m_stream.next_layer().connect({boost::asio::ip::make_address(address), port}, ec);
        if (!ec) {
            m_stream.handshake(boost::asio::ssl::stream_base::client, ec);
        }
        m_connected = !ec;
        m_failure = ec.message();
    }

    bool connected() const
    {
        return m_connected;
    }

    /** POST /v1/reports (or `target`) with the token; the connection is kept for the next one. */
    CollectorAnswer post(const std::string& body,
                         const std::string& token,
                         const std::string& target = "/v1/reports",
                         const std::string& contentType = "application/json")
    {
        namespace http = boost::beast::http;
        http::request<http::string_body> request{http::verb::post, target, 11};
        request.set(http::field::host, "collector.test");
        if (!token.empty()) {
            request.set(http::field::authorization, "Bearer " + token);
        }
        request.set(http::field::content_type, contentType);
        request.keep_alive(true);
        request.body() = body;
        request.prepare_payload();
        return exchange(request);
    }

    CollectorAnswer get(const std::string& target)
    {
        namespace http = boost::beast::http;
        http::request<http::string_body> request{http::verb::get, target, 11};
        request.set(http::field::host, "collector.test");
        request.keep_alive(true);
        return exchange(request);
    }

    /** Sends raw bytes (a partial request) and reads the answer, if any comes. */
    CollectorAnswer raw(const std::string& bytes)
    {
        boost::system::error_code ec;
        boost::asio::write(m_stream, boost::asio::buffer(bytes), ec);
        if (ec) {
            return {0, {}, {}, {}, false, ec.message()};
        }
        return read();
    }

    boost::beast::ssl_stream<boost::asio::ip::tcp::socket>& stream()
    {
        return m_stream;
    }
    boost::asio::io_context& ioc()
    {
        return m_ioc;
    }

private:
    template <typename Request>
    CollectorAnswer exchange(Request& request)
    {
        if (!m_connected) {
            return {0, {}, {}, {}, false, m_failure};
        }
        boost::system::error_code ec;
        boost::beast::http::write(m_stream, request, ec);
        if (ec) {
            m_connected = false;
            return {0, {}, {}, {}, false, ec.message()};
        }
        return read();
    }

    CollectorAnswer read()
    {
        namespace http = boost::beast::http;
        boost::system::error_code ec;
        http::response<http::string_body> response;
        http::read(m_stream, m_buffer, response, ec);
        if (ec) {
            m_connected = false;
            return {0, {}, {}, {}, false, ec.message()};
        }
        CollectorAnswer a;
        a.status = static_cast<int>(response.result_int());
        a.body = nlohmann::json::parse(response.body(), nullptr, false);
        a.wwwAuthenticate = std::string(response[http::field::www_authenticate]);
        a.retryAfter = std::string(response[http::field::retry_after]);
        a.keepAlive = response.keep_alive();
        if (!a.keepAlive) {
            m_connected = false;
        }
        return a;
    }

    boost::asio::io_context m_ioc;
    boost::asio::ssl::context m_tls;
    boost::beast::ssl_stream<boost::asio::ip::tcp::socket> m_stream;
    boost::beast::flat_buffer m_buffer;
    bool m_connected = false;
    std::string m_failure;
};

} // namespace auditor::test
