#include "TestServer.h"

#include <utility> // before asio: GCC 12 + Boost 1.74 under C++20 (chriskohlhoff/asio#944)

#include <boost/asio/co_spawn.hpp>
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

#include <thread>

namespace auditor::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using boost::system::error_code;

enum class Mode
{
    Http,
    Https,
    Silent,
    Proxy,
};

struct TestServer::Impl
{
    Mode mode = Mode::Http;
    asio::io_context ioc;
    ssl::context tls{ssl::context::tls_server};
    tcp::acceptor acceptor{ioc};
    std::thread thread;
    mutable std::mutex mutex;
    std::map<std::string, Route> routes;
    std::function<Route(const RecordedRequest&)> handler;
    std::vector<RecordedRequest> requests;
    std::vector<std::string> tunnels;
    std::map<std::string, std::string> resolve;

    Route answerFor(const RecordedRequest& request)
    {
        std::lock_guard lock(mutex);
        requests.push_back(request);
        if (handler) {
            return handler(request);
        }
        const std::string path = request.target.substr(0, request.target.find('?'));
        if (auto it = routes.find(path); it != routes.end()) {
            return it->second;
        }
        return Route{404, {}, "not found"};
    }

    template <typename Stream>
    asio::awaitable<void> serve(Stream& stream)
    {
        beast::flat_buffer buffer;
        http::request<http::string_body> request;
        error_code ec;
        co_await http::async_read(stream, buffer, request, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            co_return;
        }
        RecordedRequest recorded{
            std::string(request.method_string()), std::string(request.target()), {}, request.body()};
        for (const auto& field : request) {
            std::string name(field.name_string());
            for (char& c : name) {
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            }
            recorded.headers[name] = std::string(field.value());
        }
        const Route route = answerFor(recorded);
        if (route.stall) {
            asio::steady_timer forever(ioc, asio::steady_timer::time_point::max());
            co_await forever.async_wait(asio::redirect_error(asio::use_awaitable, ec));
            co_return;
        }
        http::response<http::string_body> response{static_cast<http::status>(route.status), 11};
        response.set(http::field::server, "auditor-test");
        for (const net::Header& h : route.headers) {
            response.set(h.name, h.value);
        }
        response.body() = route.generatedBodyBytes ? std::string(route.generatedBodyBytes, 'x') : route.body;
        response.prepare_payload();
        if (request.method() == http::verb::head) {
            response.body().clear(); // Content-Length stays that of the GET answer
        }
        response.keep_alive(false);
        co_await http::async_write(stream, response, asio::redirect_error(asio::use_awaitable, ec));
    }

    asio::awaitable<void> relay(tcp::socket& from, tcp::socket& to)
    {
        char data[8192];
        error_code ec;
        for (;;) {
            const std::size_t n
                = co_await from.async_read_some(asio::buffer(data), asio::redirect_error(asio::use_awaitable, ec));
            if (ec) {
                break;
            }
            co_await asio::async_write(to, asio::buffer(data, n), asio::redirect_error(asio::use_awaitable, ec));
            if (ec) {
                break;
            }
        }
        to.close(ec);
        from.close(ec);
    }

    asio::awaitable<void> proxy(tcp::socket client)
    {
        beast::flat_buffer buffer;
        http::request_parser<http::empty_body> parser;
        parser.skip(true);
        error_code ec;
        co_await http::async_read_header(client, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
        if (ec || parser.get().method() != http::verb::connect) {
            co_return;
        }
        const std::string authority(parser.get().target());
        {
            std::lock_guard lock(mutex);
            tunnels.push_back(authority);
        }
        const auto colon = authority.rfind(':');
        std::string host = authority.substr(0, colon);
        const auto port = static_cast<std::uint16_t>(std::stoi(authority.substr(colon + 1)));
        if (auto it = resolve.find(host); it != resolve.end()) {
            host = it->second;
        }
        auto upstream = std::make_shared<tcp::socket>(ioc);
        co_await upstream->async_connect({asio::ip::make_address(host, ec), port},
                                         asio::redirect_error(asio::use_awaitable, ec));
        const std::string answer
            = ec ? "HTTP/1.1 502 Bad Gateway\r\n\r\n" : "HTTP/1.1 200 Connection established\r\n\r\n";
        co_await asio::async_write(client, asio::buffer(answer), asio::redirect_error(asio::use_awaitable, ec));
        if (ec || !upstream->is_open()) {
            co_return;
        }
        auto down = std::make_shared<tcp::socket>(std::move(client));
        asio::co_spawn(
            ioc, [this, down, upstream]() { return relay(*down, *upstream); }, asio::detached);
        co_await relay(*upstream, *down);
    }

    asio::awaitable<void> session(tcp::socket socket)
    {
        if (mode == Mode::Proxy) {
            co_await proxy(std::move(socket));
            co_return;
        }
        if (mode == Mode::Http) {
            co_await serve(socket);
            error_code ec;
            socket.shutdown(tcp::socket::shutdown_send, ec);
            co_return;
        }
        beast::ssl_stream<tcp::socket> stream(std::move(socket), tls);
        error_code ec;
        co_await stream.async_handshake(ssl::stream_base::server, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            co_return;
        }
        co_await serve(stream);
        co_await stream.async_shutdown(asio::redirect_error(asio::use_awaitable, ec));
    }

    asio::awaitable<void> accept()
    {
        for (;;) {
            error_code ec;
            tcp::socket socket = co_await acceptor.async_accept(asio::redirect_error(asio::use_awaitable, ec));
            if (ec) {
                co_return;
            }
            asio::co_spawn(ioc, session(std::move(socket)), asio::detached);
        }
    }

    void start()
    {
        acceptor.open(tcp::v4());
        acceptor.set_option(tcp::acceptor::reuse_address(true));
        acceptor.bind({asio::ip::make_address("127.0.0.1"), 0});
        acceptor.listen();
        if (mode != Mode::Silent) {
            asio::co_spawn(ioc, accept(), asio::detached);
        }
        thread = std::thread([this] { ioc.run(); });
    }
};

TestServer::TestServer(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
    m_impl->start();
}

TestServer::~TestServer()
{
    m_impl->ioc.stop();
    if (m_impl->thread.joinable()) {
        m_impl->thread.join();
    }
}

std::unique_ptr<TestServer> TestServer::https(const net::KeyAndCertificate& identity)
{
    auto impl = std::make_unique<Impl>();
    impl->mode = Mode::Https;
    impl->tls.use_certificate_chain(asio::buffer(identity.certificatePem));
    impl->tls.use_private_key(asio::buffer(identity.keyPem), ssl::context::pem);
    return std::unique_ptr<TestServer>(new TestServer(std::move(impl)));
}

std::unique_ptr<TestServer> TestServer::http()
{
    auto impl = std::make_unique<Impl>();
    impl->mode = Mode::Http;
    return std::unique_ptr<TestServer>(new TestServer(std::move(impl)));
}

std::unique_ptr<TestServer> TestServer::silent()
{
    auto impl = std::make_unique<Impl>();
    impl->mode = Mode::Silent;
    return std::unique_ptr<TestServer>(new TestServer(std::move(impl)));
}

std::unique_ptr<TestServer> TestServer::connectProxy(std::map<std::string, std::string> resolve)
{
    auto impl = std::make_unique<Impl>();
    impl->mode = Mode::Proxy;
    impl->resolve = std::move(resolve);
    return std::unique_ptr<TestServer>(new TestServer(std::move(impl)));
}

void TestServer::route(const std::string& path, Route route)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->routes[path] = std::move(route);
}

void TestServer::handler(std::function<Route(const RecordedRequest&)> handler)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->handler = std::move(handler);
}

std::uint16_t TestServer::port() const
{
    return m_impl->acceptor.local_endpoint().port();
}

std::vector<RecordedRequest> TestServer::requests() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->requests;
}

std::vector<std::string> TestServer::tunnels() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->tunnels;
}

TestPki::TestPki(TimePoint n)
    : now(n)
{
    net::CertificateSpec spec;
    spec.commonName = "Account Auditor Test CA";
    spec.isCa = true;
    spec.notBefore = now - std::chrono::days(365);
    spec.notAfter = now + std::chrono::days(365);
    ca = *net::makeCertificate(spec);
}

namespace {

net::CertificateSpec leafSpec(const std::vector<std::string>& names, TimePoint from, TimePoint to)
{
    net::CertificateSpec spec;
    spec.commonName = names.empty() ? "test" : names.front();
    for (const std::string& n : names) {
        error_code ec;
        asio::ip::make_address(n, ec);
        (ec ? spec.dnsNames : spec.ipAddresses).push_back(n);
    }
    spec.notBefore = from;
    spec.notAfter = to;
    return spec;
}

} // namespace

net::KeyAndCertificate TestPki::leaf(const std::vector<std::string>& names, int validFromDays, int validToDays) const
{
    return *net::makeCertificate(
        leafSpec(names, now + std::chrono::days(validFromDays), now + std::chrono::days(validToDays)), &ca);
}

net::KeyAndCertificate TestPki::selfSigned(const std::vector<std::string>& names) const
{
    return *net::makeCertificate(leafSpec(names, now - std::chrono::days(30), now + std::chrono::days(60)));
}

net::KeyAndCertificate withChain(const net::KeyAndCertificate& leaf, const net::KeyAndCertificate& ca)
{
    return {leaf.keyPem, leaf.certificatePem + ca.certificatePem};
}

} // namespace auditor::test
