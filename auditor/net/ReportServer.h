#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace auditor {
class ReportStore;
class SchemaValidator;
} // namespace auditor

namespace auditor::net {

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
    int threads = 2;
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
 *     401 wrong or missing token; 409 same id, other content; 413 body over the limit; 408 too slow
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
