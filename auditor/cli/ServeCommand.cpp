#include "cli/CollectorProfile.h"
#include "cli/Commands.h"
#include "cli/Session.h"
#include "common/Json.h"
#include "net/ReportServer.h"
#include "readiness/ReportStore.h"

#include <utility> // before asio: GCC 12 + Boost 1.74 under C++20 (chriskohlhoff/asio#944)

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/host_name.hpp>
#include <boost/asio/signal_set.hpp>

#include <CLI/CLI.hpp>

#include <csignal>
#include <mutex>

namespace auditor::cli {

namespace fs = std::filesystem;

namespace {

/** "0.0.0.0:8443", "[::]:8443", "8443" (all addresses). */
std::optional<std::pair<std::string, std::uint16_t>> parseListen(const std::string& text)
{
    std::string host = "0.0.0.0";
    std::string port = text;
    if (const auto colon = text.rfind(':'); colon != std::string::npos) {
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
        if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
            host = host.substr(1, host.size() - 2);
        }
    }
    boost::system::error_code ec;
    boost::asio::ip::make_address(host, ec);
    if (ec || port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    const int number = std::stoi(port);
    if (number > 65535) {
        return std::nullopt;
    }
    return std::make_pair(host, static_cast<std::uint16_t>(number));
}

std::string urlHost(const std::string& host)
{
    return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

} // namespace

/**
 * `auditor serve`: the collector. Reads the organisation profile (its id, units and enrolment
 * token), makes or loads the collector's certificate, opens the SQLite store and serves HTTPS
 * until SIGINT or SIGTERM. Prints "listening on https://ADDR:PORT" first (scripts and tests wait
 * for that line), then the fingerprint and the `auditor org edit` command that puts both in the
 * profile. One line per request goes to stderr; the token never does.
 */
class ServeCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* serve = parent.add_subcommand("serve", help.text("cli.serve.description"));
        serve->add_option("--profile", m_profile, help.text("cli.serve.profile"))->type_name("FILE");
        serve->add_option("--db", m_db, help.text("cli.serve.db"))->type_name("FILE");
        serve->add_option("--listen", m_listen, help.text("cli.serve.listen"))->type_name("ADDR:PORT");
        auto* cert = serve->add_option("--cert", m_cert, help.text("cli.serve.cert"))->type_name("FILE");
        auto* key = serve->add_option("--key", m_key, help.text("cli.serve.key"))->type_name("FILE");
        cert->needs(key);
        key->needs(cert);
        serve->add_option("--host", m_host, help.text("cli.serve.host"))->type_name("NAME");
        serve->add_flag("--print-fingerprint", m_printOnly, help.text("cli.serve.print_fingerprint"));
        return serve;
    }

    int execute(Session& s) override
    {
        const fs::path data = s.options().dataDir;
        const auto listen = parseListen(m_listen);
        if (!listen) {
            s.err() << s.tr("cli.serve.bad_listen", {{"listen", m_listen}}) << "\n";
            return kExitUsage;
        }
        const auto& [address, port] = *listen;

        // 1. The certificate: given, or ours (made on the first start).
        const bool given = !m_cert.empty();
        const fs::path certFile = given ? fs::path(m_cert) : data / "collector" / "collector.crt";
        const fs::path keyFile = given ? fs::path(m_key) : data / "collector" / "collector.key";
        std::error_code fsError;
        if (given && (!fs::exists(certFile, fsError) || !fs::exists(keyFile, fsError))) {
            s.printError(Error("collector.identity_missing",
                               {{"file", (fs::exists(certFile, fsError) ? keyFile : certFile).string()}}));
            return kExitUsage;
        }
        boost::system::error_code ec;
        const auto listenAddress = boost::asio::ip::make_address(address, ec);
        std::string host = m_host;
        if (host.empty()) {
            host = listenAddress.is_unspecified() ? boost::asio::ip::host_name(ec) : address;
        }
        auto identity = net::loadOrCreateServerIdentity(keyFile, certFile, host, s.clock().now());
        if (!identity) {
            s.printError(identity.error());
            return kExitStore;
        }
        if (identity->created) {
            s.err() << s.tr("cli.serve.created", {{"file", certFile.string()}}) << "\n";
        }
        if (m_printOnly) {
            s.out() << identity->fingerprint << "\n";
            return kExitOk;
        }

        // 2. The profile: which reports to take, and the token.
        const fs::path profileFile = m_profile.empty() ? data / "org-profile.json" : fs::path(m_profile);
        std::vector<JsonIssue> issues;
        auto profile = loadCollectorProfile(profileFile, s.options().contentDir, &issues);
        if (!profile) {
            printProfileProblem(s, profile.error(), issues, profileFile);
            return profile.error().code == "collector.no_profile" ? kExitUsage : kExitContent;
        }
        if (profile->collector.token.empty()) {
            s.printError(Error("collector.no_token", {{"file", profileFile.string()}}));
            return kExitUsage;
        }

        // 3. The store and the report schema.
        const fs::path dbFile = m_db.empty() ? data / "collector" / "reports.sqlite" : fs::path(m_db);
        auto store = openSqliteReportStore(dbFile);
        if (!store) {
            s.printError(store.error());
            return kExitStore;
        }
        auto validator = SchemaValidator::fromFile(s.options().contentDir / "schema" / "staff-report.schema.json");
        if (!validator) {
            s.printError(validator.error());
            return kExitContent;
        }

        // 4. Serve.
        net::ServerSettings settings;
        settings.address = address;
        settings.port = port;
        settings.keyPem = identity->keyPem;
        settings.certificatePem = identity->certificatePem;
        settings.token = profile->collector.token;
        settings.profileId = profile->profileId;
        for (const OrgUnit& unit : profile->units) {
            settings.units.push_back(unit.id);
        }
        std::mutex logMutex;
        const Clock& clock = s.clock();
        std::ostream& err = s.err();
        settings.log = [&](const net::RequestLogEntry& e) {
            std::lock_guard lock(logMutex);
            err << formatIsoUtc(clock.now()) << " " << e.peer << " " << (e.method.empty() ? "-" : e.method) << " "
                << (e.target.empty() ? "-" : e.target) << " " << e.status;
            if (!e.reportId.empty()) {
                err << " report=" << e.reportId;
            }
            if (!e.error.empty()) {
                err << " error=" << e.error;
            }
            err << std::endl;
        };
        // The signals are caught from here on, before anyone can know the address to stop it.
        boost::asio::io_context signals;
        boost::asio::signal_set set(signals, SIGINT, SIGTERM);
        set.async_wait([](const boost::system::error_code&, int) {});
        net::ReportServer server(settings, **store, *validator, s.clock());
        auto bound = server.start();
        if (!bound) {
            s.printError(bound.error());
            return kExitStore;
        }
        const std::string url = "https://" + urlHost(host) + ":" + std::to_string(*bound);
        s.out() << "listening on https://" << urlHost(address) << ":" << *bound << "\n";
        s.out() << s.tr("cli.serve.fingerprint", {{"fingerprint", identity->fingerprint}}) << "\n";
        s.out() << s.tr("cli.serve.profile_hint") << "\n";
        s.out() << "  auditor org edit --collector-url " << url << " --collector-fingerprint " << identity->fingerprint
                << "\n";
        s.out() << s.tr("cli.serve.stop_hint", {{"db", dbFile.string()}}) << std::endl;

        // 5. Until SIGINT (Ctrl+C) or SIGTERM: then finish the reports being stored.
        signals.run();
        server.stop();
        s.out() << s.tr("cli.serve.stopped") << std::endl;
        return kExitOk;
    }

private:
    std::string m_profile;
    std::string m_db;
    std::string m_listen = "0.0.0.0:8443";
    std::string m_cert;
    std::string m_key;
    std::string m_host;
    bool m_printOnly = false;
};

std::unique_ptr<Command> makeServeCommand()
{
    return std::make_unique<ServeCommand>();
}

} // namespace auditor::cli
