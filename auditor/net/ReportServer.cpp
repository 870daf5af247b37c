#include "net/ReportServer.h"

#include "common/Files.h"
#include "common/Json.h"
#include "net/Certificates.h"
#include "readiness/ReportRecord.h"
#include "readiness/ReportStore.h"

#include <utility> // before asio: GCC 12 + Boost 1.74 under C++20 (chriskohlhoff/asio#944)

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <nlohmann/json.hpp>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>

// GCC 12 warns that a coroutine frame of asio::awaitable is freed by a mismatched operator
// delete: a false positive (asio's frame allocates and frees with its own pair; GCC bug 109224).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace auditor::net {

namespace asio = boost::asio; // from <boost/asio.hpp>
namespace beast = boost::beast; // from <boost/beast.hpp>
namespace http = beast::http; // from <boost/beast/http.hpp>
namespace ssl = asio::ssl; // from <boost/asio/ssl.hpp>
using tcp = asio::ip::tcp;
using boost::system::error_code;
using nlohmann::json;

namespace {

constexpr std::size_t kHeaderLimit = 16 * 1024;
constexpr std::size_t kMaxBatch = 512; // reports per transaction, so one batch never starves the others
constexpr auto kStopGrace = std::chrono::seconds(5); // stop() waits this long for answers being written

std::string_view toStd(beast::string_view text)
{
    return {text.data(), text.size()};
}

/** SHA-256 of bytes, raw. */
std::array<unsigned char, 32> sha256(std::string_view data)
{
    std::array<unsigned char, 32> out{};
    unsigned int size = 0;
    EVP_Digest(data.data(), data.size(), out.data(), &size, EVP_sha256(), nullptr);
    return out;
}

/**
 * Compares the token presented with ours in constant time. Both are hashed first so that the
 * comparison is of equal lengths: neither the length nor a common prefix shows in the timing.
 */
bool tokenMatches(std::string_view presented, std::string_view expected)
{
    const auto a = sha256(presented);
    const auto b = sha256(expected);
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0 && !expected.empty();
}

bool startsWithIgnoreCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

/** The token of "Authorization: Bearer <token>", or nothing. */
std::optional<std::string_view> bearerToken(std::string_view header)
{
    if (!startsWithIgnoreCase(header, "Bearer ")) {
        return std::nullopt;
    }
    std::string_view token = header.substr(7);
    while (!token.empty() && (token.front() == ' ' || token.front() == '\t')) {
        token.remove_prefix(1);
    }
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t')) {
        token.remove_suffix(1);
    }
    return token;
}

/** An answer to one request: status, JSON body and the headers it needs. */
struct Answer
{
    http::status status = http::status::ok;
    json body = json::object();
    bool close = false; // the rest of the request was not read: the connection cannot be reused
    std::vector<std::pair<http::field, std::string>> headers;
};

Answer errorAnswer(http::status status, const std::string& code, const std::string& message)
{
    Answer a;
    a.status = status;
    a.body = {{"error", code}, {"message", message}};
    return a;
}

/** One report waiting for the writer, and where its outcome goes. */
struct Pending
{
    explicit Pending(asio::any_io_executor executor)
        : wake(std::move(executor), asio::steady_timer::time_point::max())
    { }
    IncomingReport report;
    std::optional<PutOutcome> outcome;
    std::optional<Error> error;
    asio::steady_timer wake; // cancelled (on the session's strand) when the outcome is known
};

/** OpenSSL's words for the last error, for an Error's detail. */
std::string opensslReason()
{
    const unsigned long code = ERR_get_error();
    if (code == 0) {
        return {};
    }
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return buffer;
}

} // namespace

struct ReportServer::Impl
{
    Impl(ServerSettings s, ReportStore& st, const SchemaValidator& v, const Clock& c)
        : settings(std::move(s))
        , store(st)
        , validator(v)
        , clock(c)
    { }

    ServerSettings settings;
    ReportStore& store;
    const SchemaValidator& validator;
    const Clock& clock;
    ssl::context tls{ssl::context::tls_server};

    // The writer: reports validated by the sessions, committed together.
    std::mutex queueMutex;
    std::condition_variable queueChanged;
    std::deque<std::shared_ptr<Pending>> queue;
    bool writerStopping = false;
    bool writerDone = false;
    std::thread writer;

    // Requests between their header and their answer: stop() lets them finish.
    std::mutex busyMutex;
    std::condition_variable busyChanged;
    int busy = 0;
    std::atomic<bool> stopping{false};

    std::vector<std::thread> threads;
    bool started = false;
    bool stopped = false;
    // Last, so that it goes first: unfinished sessions are destroyed while the rest still lives.
    asio::io_context ioc;
    tcp::acceptor acceptor{asio::make_strand(ioc)};

    void log(RequestLogEntry entry)
    {
        if (settings.log) {
            settings.log(entry);
        }
    }

    // ---- the writer thread ------------------------------------------------------------

    /** Takes everything queued, stores it in one putMany (one transaction, one sync), answers each. */
    void writerLoop()
    {
        for (;;) {
            std::vector<std::shared_ptr<Pending>> batch;
            {
                std::unique_lock lock(queueMutex);
                queueChanged.wait(lock, [&] { return !queue.empty() || writerStopping; });
                if (queue.empty()) {
                    writerDone = true;
                    return;
                }
                while (!queue.empty() && batch.size() < kMaxBatch) {
                    batch.push_back(std::move(queue.front()));
                    queue.pop_front();
                }
            }
            std::vector<IncomingReport> reports;
            reports.reserve(batch.size());
            for (const auto& p : batch) {
                reports.push_back(std::move(p->report));
            }
            auto results = store.putMany(reports);
            for (std::size_t i = 0; i < batch.size(); ++i) {
                Pending& p = *batch[i];
                if (results) {
                    p.outcome = (*results)[i].outcome;
                } else {
                    p.error = results.error();
                }
                p.report.record.reportId = reports[i].record.reportId;
                // The timer belongs to the session's strand: cancel it there.
                asio::post(p.wake.get_executor(), [pending = batch[i]] { pending->wake.cancel(); });
            }
        }
    }

    /** Queues a report for the writer; false when the writer has already finished (stopping). */
    bool enqueue(const std::shared_ptr<Pending>& pending)
    {
        {
            std::lock_guard lock(queueMutex);
            if (writerStopping) {
                return false;
            }
            queue.push_back(pending);
        }
        queueChanged.notify_one();
        return true;
    }

    // ---- one request --------------------------------------------------------------------

    /** Checks a received body and stores it through the writer. */
    asio::awaitable<Answer> storeReport(const std::string& body, RequestLogEntry& entry)
    {
        std::vector<JsonIssue> issues;
        auto record = parseStaffReport(body, validator, clock.now(), &issues);
        if (!record) {
            const Error& e = record.error();
            Answer a
                = errorAnswer(http::status::bad_request, e.code, issues.empty() ? e.detail : issues.front().message);
            if (e.code == "report.syntax") {
                a.body["line"] = issues.empty() ? 0 : issues.front().line;
                a.body["column"] = issues.empty() ? 0 : issues.front().column;
                a.body["message"] = "The body is not valid JSON: " + a.body["message"].get<std::string>();
            } else {
                a.body["pointer"] = e.params.count("pointer") ? e.params.at("pointer") : std::string("/");
                if (e.code == "report.version") {
                    a.body["message"] = "A version 1 report names no person and cannot be counted: "
                                        "the app that made it is too old for collection.";
                }
                json all = json::array();
                for (const JsonIssue& issue : issues) {
                    all.push_back(
                        {{"pointer", issue.pointer.empty() ? "/" : issue.pointer}, {"message", issue.message}});
                }
                a.body["issues"] = std::move(all);
            }
            co_return a;
        }
        entry.reportId = record->reportId;
        if (!settings.profileId.empty() && record->profileId != settings.profileId) {
            Answer a = errorAnswer(http::status::bad_request,
                                   "report.wrong_profile",
                                   "The report belongs to the organisation profile \"" + record->profileId
                                       + "\", this collector to \"" + settings.profileId + "\".");
            a.body["pointer"] = "/profile_id";
            a.body["expected"] = settings.profileId;
            co_return a;
        }
        if (!settings.profileId.empty()
            && std::find(settings.units.begin(), settings.units.end(), record->unit) == settings.units.end()) {
            Answer a = errorAnswer(http::status::bad_request,
                                   "report.unknown_unit",
                                   "The unit \"" + record->unit + "\" is not in the organisation profile.");
            a.body["pointer"] = "/unit";
            co_return a;
        }

        auto executor = co_await asio::this_coro::executor;
        auto pending = std::make_shared<Pending>(executor);
        pending->report.record = std::move(*record);
        pending->report.body = body;
        if (!enqueue(pending)) {
            Answer a
                = errorAnswer(http::status::service_unavailable, "collector.stopping", "The collector is stopping.");
            a.headers.emplace_back(http::field::retry_after, "10");
            co_return a;
        }
        error_code ec;
        while (!pending->outcome && !pending->error) {
            co_await pending->wake.async_wait(asio::redirect_error(asio::use_awaitable, ec));
        }
        if (pending->error) {
            Answer a = errorAnswer(http::status::service_unavailable,
                                   "collector.store",
                                   "The collector could not store the report now; please send it again later.");
            a.headers.emplace_back(http::field::retry_after, "30");
            entry.error = pending->error->code;
            co_return a;
        }
        Answer a;
        const std::string& id = pending->report.record.reportId;
        switch (*pending->outcome) {
        case PutOutcome::Stored:
            a.status = http::status::created;
            a.body = {{"status", "stored"}, {"report_id", id}};
            break;
        case PutOutcome::Duplicate:
            a.status = http::status::ok;
            a.body = {{"status", "duplicate"}, {"report_id", id}};
            break;
        case PutOutcome::Conflict:
            a = errorAnswer(http::status::conflict,
                            "report.conflict",
                            "A different report with the same report id is already stored; it was kept.");
            a.body["report_id"] = id;
            a.body["pointer"] = "/report_id";
            break;
        }
        co_return a;
    }

    template <typename Stream>
    asio::awaitable<bool> send(Stream& stream, const Answer& answer, bool keepAlive, RequestLogEntry& entry)
    {
        http::response<http::string_body> response{answer.status, 11};
        response.set(http::field::server, "auditor");
        response.set(http::field::content_type, "application/json; charset=utf-8");
        response.set(http::field::cache_control, "no-store");
        for (const auto& [field, value] : answer.headers) {
            response.set(field, value);
        }
        response.body() = answer.body.dump();
        response.keep_alive(keepAlive && !answer.close);
        response.prepare_payload();
        entry.status = static_cast<int>(answer.status);
        if (answer.body.contains("error")) {
            entry.error = answer.body["error"].get<std::string>();
        }
        error_code ec;
        beast::get_lowest_layer(stream).expires_after(settings.readTimeout);
        co_await http::async_write(stream, response, asio::redirect_error(asio::use_awaitable, ec));
        co_return !ec && response.keep_alive();
    }

    /** Reads and answers one request; false when the connection is to be closed. */
    template <typename Stream>
    asio::awaitable<bool> serveOne(Stream& stream, beast::flat_buffer& buffer, const std::string& peer, bool first)
    {
        http::request_parser<http::string_body> parser;
        parser.header_limit(kHeaderLimit);
        // The body's limit is checked below, once the token is known good. (Not boost::none:
        // Beast 1.74 compares the Content-Length against an empty optional and always fails.)
        parser.body_limit(std::numeric_limits<std::uint64_t>::max());
        error_code ec;
        // A kept-alive connection may idle between requests; once a request starts, all of it
        // (header and body) must arrive within readTimeout: a slow client is cut off.
        beast::get_lowest_layer(stream).expires_after(first ? settings.readTimeout : settings.idleTimeout);
        if (!first) {
            // Wait for the first byte of the next request under the idle timeout.
            co_await http::async_read_some(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
            if (!ec && !parser.is_header_done()) {
                beast::get_lowest_layer(stream).expires_after(settings.readTimeout);
            }
        }
        if (!ec && !parser.is_header_done()) {
            co_await http::async_read_header(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
        }
        if (ec) {
            if (ec == beast::error::timeout && (first || parser.got_some())) {
                log({peer, "", "", 0, "", "request.timeout"}); // too slow: the timeout closed the socket
            } else if (ec != http::error::end_of_stream && ec != asio::ssl::error::stream_truncated
                       && ec != beast::error::timeout && ec != asio::error::eof
                       && ec != asio::error::connection_reset) {
                Answer a
                    = errorAnswer(http::status::bad_request, "request.malformed", "The HTTP request is malformed.");
                a.close = true;
                RequestLogEntry entry{peer, "", "", 0, "", ""};
                co_await send(stream, a, false, entry);
                log(entry);
            }
            co_return false;
        }

        auto& request = parser.get();
        RequestLogEntry entry{peer, std::string(request.method_string()), std::string(request.target()), 0, "", ""};
        {
            std::lock_guard lock(busyMutex);
            ++busy;
        }
        struct Done
        {
            Impl* self;
            ~Done()
            {
                {
                    std::lock_guard lock(self->busyMutex);
                    --self->busy;
                }
                self->busyChanged.notify_all();
            }
        } done{this};

        const bool keepAlive = request.keep_alive() && !stopping.load();
        const std::string target(request.target());
        const auto tooLarge = [this] {
            Answer a = errorAnswer(http::status::payload_too_large,
                                   "request.too_large",
                                   "The report is larger than this collector accepts ("
                                       + std::to_string(settings.bodyLimit) + " bytes).");
            a.body["limit"] = settings.bodyLimit;
            a.close = true; // the rest of the body is not read: the connection cannot be reused
            return a;
        };

        // 1. The body: refused from its Content-Length alone when over the limit, else read whole
        //    (also for a request about to be refused, so the connection stays usable).
        std::optional<Answer> refusal;
        if (!request.chunked() && parser.content_length().value_or(0) > settings.bodyLimit) {
            refusal = tooLarge();
        } else if (request.chunked() || parser.content_length().value_or(0) > 0) {
            parser.body_limit(settings.bodyLimit);
            co_await http::async_read(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
            if (ec == http::error::body_limit) {
                refusal = tooLarge();
            } else if (ec) {
                entry.error = ec == beast::error::timeout ? "request.timeout" : "request.incomplete";
                log(entry);
                co_return false;
            }
        }

        // 2. The route, the token, the type, then the report itself.
        Answer answer;
        if (refusal) {
            answer = std::move(*refusal);
        } else if (target == "/v1/health") {
            if (request.method() != http::verb::get && request.method() != http::verb::head) {
                answer = errorAnswer(http::status::method_not_allowed, "request.method", "Use GET on /v1/health.");
                answer.headers.emplace_back(http::field::allow, "GET");
            } else {
                answer.body = {{"status", "ok"}};
            }
        } else if (target != "/v1/reports") {
            answer = errorAnswer(http::status::not_found, "request.not_found", "No such path: use POST /v1/reports.");
        } else if (request.method() != http::verb::post) {
            answer = errorAnswer(http::status::method_not_allowed, "request.method", "Use POST on /v1/reports.");
            answer.headers.emplace_back(http::field::allow, "POST");
        } else if (const auto token = bearerToken(toStd(request[http::field::authorization]));
                   !token || !tokenMatches(*token, settings.token)) {
            answer = errorAnswer(http::status::unauthorized,
                                 "auth.token",
                                 token ? "The enrolment token is wrong: take it from the current organisation profile."
                                       : "The request has no \"Authorization: Bearer <enrolment token>\" header.");
            answer.headers.emplace_back(http::field::www_authenticate,
                                        R"(Bearer realm="auditor", error="invalid_token")");
        } else if (!startsWithIgnoreCase(toStd(request[http::field::content_type]), "application/json")) {
            answer = errorAnswer(http::status::unsupported_media_type,
                                 "request.content_type",
                                 "Send the report as Content-Type: application/json.");
        } else {
            answer = co_await storeReport(request.body(), entry);
        }
        const bool again = co_await send(stream, answer, keepAlive, entry);
        log(entry);
        co_return again;
    }

    asio::awaitable<void> session(tcp::socket socket)
    {
        error_code ec;
        const auto remote = socket.remote_endpoint(ec);
        const std::string peer = ec
            ? std::string("?")
            : (remote.address().is_v6() ? "[" + remote.address().to_string() + "]" : remote.address().to_string()) + ":"
                + std::to_string(remote.port());
        beast::ssl_stream<beast::tcp_stream> stream(beast::tcp_stream(std::move(socket)), tls);
        beast::get_lowest_layer(stream).expires_after(settings.handshakeTimeout);
        co_await stream.async_handshake(ssl::stream_base::server, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            log({peer, "", "", 0, "", ec == beast::error::timeout ? "tls.timeout" : "tls.handshake"});
            co_return;
        }
        beast::flat_buffer buffer;
        bool first = true;
        while (co_await serveOne(stream, buffer, peer, first)) {
            first = false;
            if (stopping.load()) {
                break;
            }
        }
        // No close_notify wait: clients often skip it and shutdown can hang (beast #995, #2807).
        beast::get_lowest_layer(stream).socket().shutdown(tcp::socket::shutdown_both, ec);
        beast::get_lowest_layer(stream).close();
    }

    asio::awaitable<void> accept()
    {
        for (;;) {
            error_code ec;
            tcp::socket socket
                = co_await acceptor.async_accept(asio::make_strand(ioc), asio::redirect_error(asio::use_awaitable, ec));
            if (ec == asio::error::operation_aborted || !acceptor.is_open()) {
                co_return;
            }
            if (ec) {
                continue; // a connection that failed before it was accepted (reset, out of descriptors)
            }
            auto executor = socket.get_executor();
            asio::co_spawn(executor, session(std::move(socket)), asio::detached);
        }
    }
};

ReportServer::ReportServer(ServerSettings settings,
                           ReportStore& store,
                           const SchemaValidator& validator,
                           const Clock& clock)
    : m_impl(std::make_unique<Impl>(std::move(settings), store, validator, clock))
{ }

ReportServer::~ReportServer()
{
    stop();
}

Result<std::uint16_t> ReportServer::start()
{
    Impl& d = *m_impl;
    if (d.started) {
        return Error("collector.already_started");
    }
    if (d.settings.token.empty()) {
        return Error("collector.no_token");
    }
    error_code ec;
    // TLS 1.2 and 1.3 only.
    d.tls.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
                      | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    d.tls.use_certificate_chain(asio::buffer(d.settings.certificatePem), ec);
    if (!ec) {
        d.tls.use_private_key(asio::buffer(d.settings.keyPem), ssl::context::pem, ec);
    }
    if (ec || SSL_CTX_check_private_key(d.tls.native_handle()) != 1) {
        return Error("collector.identity_unusable", {}, ec ? ec.message() : opensslReason());
    }

    const auto address = asio::ip::make_address(d.settings.address, ec);
    if (ec) {
        return Error("collector.listen",
                     {{"address", d.settings.address}, {"port", std::to_string(d.settings.port)}},
                     ec.message());
    }
    const tcp::endpoint endpoint(address, d.settings.port);
    d.acceptor.open(endpoint.protocol(), ec);
    if (!ec) {
        d.acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    }
    if (!ec) {
        d.acceptor.bind(endpoint, ec);
    }
    if (!ec) {
        d.acceptor.listen(asio::socket_base::max_listen_connections, ec);
    }
    if (ec) {
        return Error("collector.listen",
                     {{"address", d.settings.address}, {"port", std::to_string(d.settings.port)}},
                     ec.message());
    }
    const std::uint16_t port = d.acceptor.local_endpoint().port();

    d.started = true;
    d.writer = std::thread([&d] { d.writerLoop(); });
    asio::co_spawn(d.acceptor.get_executor(), d.accept(), asio::detached);
    const int threads = std::max(1, d.settings.threads);
    for (int i = 0; i < threads; ++i) {
        d.threads.emplace_back([&d] { d.ioc.run(); });
    }
    return port;
}

/*
 * Called by the owner (on SIGINT/SIGTERM in `auditor serve`, at the end of a test). In order: no
 * new connections; the reports already queued are stored and answered; the requests being
 * answered get up to kStopGrace to finish; then the threads end and idle connections are dropped.
 */
void ReportServer::stop()
{
    Impl& d = *m_impl;
    if (!d.started || d.stopped) {
        return;
    }
    d.stopped = true;
    d.stopping = true;
    asio::post(d.acceptor.get_executor(), [&d] {
        error_code ec;
        d.acceptor.close(ec);
    });
    {
        std::unique_lock lock(d.busyMutex);
        d.busyChanged.wait_for(lock, kStopGrace, [&] { return d.busy == 0; });
    }
    {
        std::lock_guard lock(d.queueMutex);
        d.writerStopping = true;
    }
    d.queueChanged.notify_all();
    if (d.writer.joinable()) {
        d.writer.join();
    }
    {
        // Sessions whose report the writer answered last still have to write that answer.
        std::unique_lock lock(d.busyMutex);
        d.busyChanged.wait_for(lock, kStopGrace, [&] { return d.busy == 0; });
    }
    d.ioc.stop();
    for (std::thread& t : d.threads) {
        if (t.joinable()) {
            t.join();
        }
    }
}

Result<ServerIdentity> loadOrCreateServerIdentity(const std::filesystem::path& keyFile,
                                                  const std::filesystem::path& certificateFile,
                                                  const std::string& hostName,
                                                  TimePoint now)
{
    std::error_code fsError;
    const bool haveKey = std::filesystem::exists(keyFile, fsError);
    const bool haveCertificate = std::filesystem::exists(certificateFile, fsError);
    ServerIdentity identity;
    if (haveKey != haveCertificate) {
        // Never make a new key beside an existing certificate (or the other way round): the
        // fingerprint staff have pinned would silently change.
        return Error("collector.identity_incomplete",
                     {{"missing", (haveKey ? certificateFile : keyFile).string()},
                      {"present", (haveKey ? keyFile : certificateFile).string()}});
    }
    if (haveKey) {
        auto key = readFile(keyFile);
        if (!key) {
            return key.error();
        }
        auto certificate = readFile(certificateFile);
        if (!certificate) {
            return certificate.error();
        }
        identity.keyPem = std::move(*key);
        identity.certificatePem = std::move(*certificate);
    } else {
        CertificateSpec spec;
        spec.commonName = hostName.empty() ? std::string("auditor-collector") : hostName;
        spec.organization = "Account Auditor collector";
        error_code ec;
        const auto address = asio::ip::make_address(hostName, ec);
        if (!hostName.empty() && ec) {
            spec.dnsNames.push_back(hostName);
        } else if (!hostName.empty() && !address.is_loopback() && !address.is_unspecified()) {
            spec.ipAddresses.push_back(address.to_string());
        }
        spec.dnsNames.push_back("localhost");
        spec.ipAddresses.push_back("127.0.0.1");
        spec.ipAddresses.push_back("::1");
        spec.notBefore = now - std::chrono::days(1);
        spec.notAfter = now + std::chrono::days(3653);
        auto made = makeCertificate(spec);
        if (!made) {
            return made.error();
        }
        identity.keyPem = std::move(made->keyPem);
        identity.certificatePem = std::move(made->certificatePem);
        identity.created = true;
    }

    // The key must be the certificate's: else every handshake would fail, or worse.
    {
        BIO* keyBio = BIO_new_mem_buf(identity.keyPem.data(), static_cast<int>(identity.keyPem.size()));
        EVP_PKEY* key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
        BIO_free(keyBio);
        BIO* certBio
            = BIO_new_mem_buf(identity.certificatePem.data(), static_cast<int>(identity.certificatePem.size()));
        X509* cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
        BIO_free(certBio);
        const bool readable = key && cert;
        const bool matches = readable && X509_check_private_key(cert, key) == 1;
        EVP_PKEY_free(key);
        X509_free(cert);
        if (!readable) {
            return Error("collector.identity_unreadable",
                         {{"key", keyFile.string()}, {"certificate", certificateFile.string()}},
                         opensslReason());
        }
        if (!matches) {
            ERR_clear_error();
            return Error("collector.key_mismatch",
                         {{"key", keyFile.string()}, {"certificate", certificateFile.string()}});
        }
    }
    auto fingerprint = certificateFingerprint(identity.certificatePem);
    if (!fingerprint) {
        return fingerprint.error();
    }
    identity.fingerprint = std::move(*fingerprint);

    if (identity.created) {
        // The key first (owner only), then the certificate: a crash between the two leaves a key
        // without a certificate, which the next start refuses rather than replaces.
        if (auto st = writeFileAtomically(keyFile, identity.keyPem, {false, true}); !st) {
            return st.error();
        }
        if (auto st = writeFileAtomically(certificateFile, identity.certificatePem, {false, false}); !st) {
            return st.error();
        }
    }
    return identity;
}

} // namespace auditor::net
