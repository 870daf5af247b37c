// `auditor serve` as a real process and `auditor report submit` against it; the collector killed
// in the middle of many submissions keeps every report it acknowledged.
#include "readiness/ReportStore.h"

#include "CliRunner.h"
#include "CollectorClient.h"
#include "CollectorFixture.h"
#include "TestPrograms.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#ifndef _WIN32
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <set>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace auditor;
using test::CollectorClient;
using test::collectorReport;
using test::kCollectorToken;

namespace {

/**
 * `auditor serve` in its own process, on 127.0.0.1 and a free port. The constructor returns once
 * the process printed "listening on …" (its stdout is read line by line: no sleeping).
 */
class ServeProcess
{
public:
    ServeProcess(const std::filesystem::path& dataDir, const std::filesystem::path& errFile)
    {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        m_pid = ::fork();
        REQUIRE(m_pid >= 0);
        if (m_pid == 0) {
            ::dup2(fds[1], STDOUT_FILENO);
            std::FILE* err = std::fopen(errFile.c_str(), "a");
            if (err) {
                ::dup2(::fileno(err), STDERR_FILENO);
            }
            ::close(fds[0]);
            ::close(fds[1]);
            const std::string data = dataDir.string();
            ::execl(AUDITOR_PATH,
                    AUDITOR_PATH,
                    "--data-dir",
                    data.c_str(),
                    "--content",
                    TEST_CHECKS_DIR,
                    "--lang",
                    "en",
                    "serve",
                    "--listen",
                    "127.0.0.1:0",
                    "--host",
                    "127.0.0.1",
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::close(fds[1]);
        m_out = ::fdopen(fds[0], "r");
        char line[512];
        while (std::fgets(line, sizeof line, m_out)) {
            const std::string text = line;
            m_lines.push_back(text);
            if (text.rfind("listening on https://127.0.0.1:", 0) == 0) {
                m_port = static_cast<std::uint16_t>(std::stoi(text.substr(text.rfind(':') + 1)));
            }
            if (const auto at = text.find("--collector-fingerprint "); at != std::string::npos) {
                m_fingerprint = text.substr(at + 24);
                m_fingerprint.erase(m_fingerprint.find_last_not_of("\r\n") + 1);
                break;
            }
        }
        INFO(test::readText(errFile));
        REQUIRE(m_port != 0);
        REQUIRE(m_fingerprint.size() == 95);
    }

    ~ServeProcess()
    {
        if (m_pid > 0) {
            kill(SIGKILL);
        }
        if (m_out) {
            std::fclose(m_out);
        }
    }

    /** Sends `signal` and waits for the process to end; its wait status. */
    int kill(int signal)
    {
        ::kill(m_pid, signal);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        return status;
    }

    /** The rest of its stdout, up to its end (after it stopped). */
    std::string rest()
    {
        std::string out;
        char line[512];
        while (std::fgets(line, sizeof line, m_out)) {
            out += line;
        }
        return out;
    }

    std::uint16_t port() const
    {
        return m_port;
    }
    const std::string& fingerprint() const
    {
        return m_fingerprint;
    }
    const std::vector<std::string>& lines() const
    {
        return m_lines;
    }

private:
    pid_t m_pid = -1;
    std::FILE* m_out = nullptr;
    std::uint16_t m_port = 0;
    std::string m_fingerprint;
    std::vector<std::string> m_lines;
};

/** The test profile, with the collector's address and fingerprint when given. */
void writeProfile(const std::filesystem::path& dataDir, std::uint16_t port = 0, const std::string& fingerprint = {})
{
    auto profile = nlohmann::json::parse(test::readText(TEST_DATA_DIR "/collector-org-profile.json"));
    if (port != 0) {
        profile["collector"]["url"] = "https://127.0.0.1:" + std::to_string(port);
        profile["collector"]["fingerprint"] = fingerprint;
    }
    std::filesystem::create_directories(dataDir);
    test::writeText(dataDir / "org-profile.json", profile.dump(2));
}

} // namespace

TEST_CASE("auditor serve prints its address and fingerprint and report submit sends to it", "[collector]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    writeProfile(dir / "lead");
    ServeProcess serve(dir / "lead", dir / "serve.log");
    CHECK(
        serve.lines().back().find("auditor org edit --collector-url https://127.0.0.1:" + std::to_string(serve.port()))
        != std::string::npos);
    const auto log = test::readText(dir / "serve.log");
    CHECK(log.find(kCollectorToken) == std::string::npos);

    // The staff member's machine: the profile with the collector, and an exported report.
    writeProfile(dir / "staff", serve.port(), serve.fingerprint());
    test::writeText(dir / "report.json", collectorReport(1, 1));
    const std::string file = (dir / "report.json").string();

    SECTION("sent after a yes, stored once, then a duplicate")
    {
        auto r = test::runCli(dir / "staff", {"--lang", "en", "report", "submit", "--file", file}, clock, "y\n");
        INFO(r.out << r.err);
        CHECK(r.code == 0);
        CHECK_THAT(r.out, Catch::Matchers::Contains("Overall completion: 55%"));
        CHECK_THAT(r.out, Catch::Matchers::Contains("stored report " + test::hexId(1, 0xa11ce)));
        auto again
            = test::runCli(dir / "staff", {"report", "submit", "--file", file, "--yes", "--format", "json"}, clock);
        CHECK(again.code == 0);
        const auto answer = nlohmann::json::parse(again.out);
        CHECK(answer["status"] == "duplicate");
        CHECK(answer["http_status"] == 200);
    }
    SECTION("nothing is sent without a yes")
    {
        auto r = test::runCli(dir / "staff", {"--lang", "vi", "report", "submit", "--file", file}, clock, "\n");
        CHECK(r.code == 0);
        CHECK_THAT(r.out, Catch::Matchers::Contains("Đã không gửi báo cáo."));
        serve.kill(SIGTERM);
        auto store = openSqliteReportStore(dir / "lead" / "collector" / "reports.sqlite");
        REQUIRE(store);
        CHECK(*(*store)->count() == 0);
    }
    SECTION("a wrong pinned fingerprint sends nothing and exits as a network failure")
    {
        writeProfile(dir / "staff",
                     serve.port(),
                     "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
        auto r = test::runCli(dir / "staff", {"--lang", "en", "report", "submit", "--file", file, "--yes"}, clock);
        CHECK(r.code == cli::kExitIncomplete);
        CHECK_THAT(r.err, Catch::Matchers::Contains(serve.fingerprint()));
        CHECK_THAT(r.err, Catch::Matchers::Contains("is not the collector the organisation profile trusts"));
    }
    SECTION("a report of an unknown unit is refused with the collector's reason")
    {
        test::writeText(dir / "report.json", collectorReport(2, 2, "thpt-khong-co"));
        auto r = test::runCli(dir / "staff", {"--lang", "en", "report", "submit", "--file", file, "--yes"}, clock);
        CHECK(r.code == cli::kExitProblemsFound);
        CHECK_THAT(r.err, Catch::Matchers::Contains("report.unknown_unit"));
        CHECK_THAT(r.err, Catch::Matchers::Contains("Choose your unit again"));
    }
    SECTION("a broken file is refused before anything is sent")
    {
        test::writeText(dir / "report.json", "{\"version\": 2,");
        auto r = test::runCli(dir / "staff", {"--lang", "en", "report", "submit", "--file", file, "--yes"}, clock);
        CHECK(r.code == cli::kExitUsage);
        CHECK_THAT(r.err, Catch::Matchers::Contains("line 1"));
    }
    SECTION("SIGTERM stops it cleanly")
    {
        const int status = serve.kill(SIGTERM);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
        CHECK_THAT(serve.rest(), Catch::Matchers::Contains("has stopped"));
    }
}

TEST_CASE("auditor report submit without a collector in the profile says so", "[collector]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    writeProfile(dir / "staff");
    test::writeText(dir / "report.json", collectorReport(1, 1));
    auto r = test::runCli(
        dir / "staff", {"--lang", "en", "report", "submit", "--file", (dir / "report.json").string(), "--yes"}, clock);
    CHECK(r.code == cli::kExitUsage);
    CHECK_THAT(r.err, Catch::Matchers::Contains("does not say enough about the collector"));
}

TEST_CASE("The collector killed during submissions keeps every report it acknowledged", "[collector][kill]")
{
    test::TempDir dir;
    writeProfile(dir / "lead");
    auto serve = std::make_unique<ServeProcess>(dir / "lead", dir / "serve.log");

    constexpr int kClients = 8;
    std::mutex mutex;
    std::condition_variable enough;
    std::set<std::string> acknowledged;
    std::vector<std::thread> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.emplace_back([&, i] {
            CollectorClient client(serve->port());
            for (unsigned long long k = 0; client.connected(); ++k) {
                const auto a = client.post(collectorReport(i * 100000 + k, i * 1000 + k % 7), kCollectorToken);
                if (a.status == 201 || a.status == 200) {
                    std::lock_guard lock(mutex);
                    acknowledged.insert(test::hexId(i * 100000 + k, 0xa11ce));
                    enough.notify_all();
                } else if (a.status == 0) {
                    break; // the collector is gone
                }
            }
        });
    }
    {
        // Kill it in the middle: after some reports were acknowledged, while others are in flight.
        std::unique_lock lock(mutex);
        enough.wait(lock, [&] { return acknowledged.size() >= 200; });
    }
    const int status = serve->kill(SIGKILL);
    for (std::thread& t : clients) {
        t.join();
    }
    CHECK(WIFSIGNALED(status));
    serve.reset();

    auto store = openSqliteReportStore(dir / "lead" / "collector" / "reports.sqlite");
    REQUIRE(store);
    std::size_t missing = 0;
    for (const std::string& id : acknowledged) {
        missing += (*store)->body(id) ? 0 : 1;
    }
    INFO(acknowledged.size() << " acknowledged");
    CHECK(missing == 0);
    CHECK(*(*store)->count() >= acknowledged.size());
    store->reset();

    // It starts again on the same store and certificate.
    ServeProcess again(dir / "lead", dir / "serve.log");
    CollectorClient client(again.port());
    const bool had = acknowledged.count(test::hexId(0, 0xa11ce)) > 0;
    const auto a = client.post(collectorReport(0, 0), kCollectorToken);
    CHECK(a.status == (had ? 200 : 201));
}
#endif
