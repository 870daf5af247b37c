#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace auditor {
class ReportStore;
class SchemaValidator;
} // namespace auditor

namespace auditor::net {

/** One request as the collector saw it, for its log (never the token, never the body). */
struct RequestLogEntry
{
    std::string peer; // "192.168.1.23:51234"
    std::string method;
    std::string target;
    int status = 0; // 0: the connection closed before an answer (too slow, TLS failed)
    std::string reportId; // when the body named one
    std::string error; // the error code sent, or why the connection closed ("request.timeout")
};

struct ServerSettings
{
    std::string address = "0.0.0.0";
    std::uint16_t port = 8443; // 0 = any free port (tests)
    std::string keyPem; // the collector's key and certificate (see loadOrCreateServerIdentity)
    std::string certificatePem;
    std::string token; // the enrolment token, compared in constant time
    std::size_t bodyLimit = 256 * 1024;
    std::chrono::milliseconds readTimeout{10000}; // a whole request (headers and body) must arrive in this
    std::chrono::milliseconds handshakeTimeout{5000};
    std::chrono::milliseconds idleTimeout{30000}; // a kept-alive connection waiting for its next request
    int threads = 2;
    // The profile the collector serves: a report must name this profile id and one of these units
    // (else 400 "report.wrong_profile" / "report.unknown_unit").
    std::string profileId;
    std::vector<std::string> units;
    // Called once per request (from the server's threads, concurrently) when set.
    std::function<void(const RequestLogEntry&)> log;
};

/** The collector's key and certificate; made (self-signed, 10 years) and saved on first start. */
struct ServerIdentity
{
    std::string keyPem;
    std::string certificatePem;
    std::string fingerprint; // for the profile's collector.fingerprint
    bool created = false;
};
Result<ServerIdentity> loadOrCreateServerIdentity(const std::filesystem::path& keyFile,
                                                  const std::filesystem::path& certificateFile,
                                                  const std::string& hostName,
                                                  TimePoint now);

/**
 * `auditor serve`: HTTPS (Boost.Beast, OpenSSL) on one port.
 *   POST /v1/reports  Authorization: Bearer <token>, Content-Type: application/json, a staff report
 *     201 {"status":"stored","report_id":…}  stored durably (ReportStore::putMany returned)
 *     200 {"status":"duplicate",…}            already had it
 *     400 {"error":"report.syntax"|"report.invalid"|"report.version","message":…,"pointer":…}
 *         ("line" and "column" for report.syntax); "report.wrong_profile" (/profile_id),
 *         "report.unknown_unit" (/unit)
 *     401 wrong or missing token (WWW-Authenticate: Bearer); 409 same id, other content;
 *     413 body over the limit (said before the body is read); 415 not JSON;
 *     503 the store failed (Retry-After), or the collector is stopping
 *   A request that does not arrive whole within readTimeout (a slow or stalled client), or a
 *   handshake over handshakeTimeout, has its connection closed: no answer can be sent on a
 *   socket the timeout closed.
 *   Every error body is {"error": code, "message": English text, …}.
 *   GET /v1/health  200 {"status":"ok"} (no token needed; says nothing about the reports)
 * Concurrent reports are committed together (group commit), then each is acknowledged.
 */
class ReportServer
{
public:
    ReportServer(ServerSettings settings, ReportStore& store, const SchemaValidator& validator, const Clock& clock);
    ~ReportServer();
    ReportServer(const ReportServer&) = delete;
    ReportServer& operator=(const ReportServer&) = delete;

    /** Binds and starts serving on background threads; the port actually bound is returned. */
    Result<std::uint16_t> start();
    /** Stops accepting, finishes the reports being stored, joins the threads. */
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace auditor::net
