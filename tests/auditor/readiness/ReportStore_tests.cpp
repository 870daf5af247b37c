#include "readiness/ReportStore.h"

#include "StoreTestPrograms.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <atomic>
#include <cstdio>
#include <map>
#include <set>
#include <thread>

#ifndef _WIN32
#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace auditor;
namespace fs = std::filesystem;

namespace {

/** 32 hex digits made from a short tag: "p1" -> "p1" padded, readable in failures. */
std::string hexId(int n, char fill = '0')
{
    char text[33];
    std::snprintf(text, sizeof text, "%032x", n);
    std::string id = text;
    if (fill != '0') {
        id[0] = fill;
    }
    return id;
}

TimePoint at(int days, int seconds = 0)
{
    return test::testEpoch() + std::chrono::days(days) + std::chrono::seconds(seconds);
}

/** A report as the collector would store it; the body is its JSON, compact. */
IncomingReport report(const std::string& reportId, const std::string& personId, TimePoint generatedAt, int percent = 50)
{
    IncomingReport in;
    ReportRecord& r = in.record;
    r.reportId = reportId;
    r.personId = personId;
    r.profileId = "so-gd-khanh-hoa";
    r.unit = "thpt-binh-minh";
    r.personName = "Nguyễn Thị Hoa";
    r.personEmail = "hoa.nt@binhminh.edu.vn";
    r.generatedAt = generatedAt;
    r.receivedAt = generatedAt + std::chrono::hours(1);
    r.appVersion = "0.9.0";
    r.contentVersion = "2026.11";
    r.percent = percent;
    r.achieved = 5;
    r.possible = 9;
    r.openIncidents = 2;
    r.platforms = {{"facebook", 66, 4, 6}, {"zalo", 33, 1, 3}};
    r.checks = {{"facebook.two_factor_app", CheckState::Done, at(-3)},
                {"facebook.recovery_codes", CheckState::Stale, at(-400)},
                {"zalo.two_layer_verification", CheckState::Open, std::nullopt},
                {"zalo.sim_in_your_name", CheckState::RiskAccepted, at(-10, 17)},
                {"zalo.never_share_codes", CheckState::NotDone, at(-1)},
                {"zalo.unique_password", CheckState::NotApplicable, at(-2)}};
    nlohmann::json body{{"report_id", reportId},
                        {"person", {{"id", personId}}},
                        {"generated_at", formatIsoUtc(generatedAt)},
                        {"percent", percent}};
    in.body = body.dump();
    return in;
}

std::unique_ptr<ReportStore> open(const fs::path& file)
{
    auto store = openSqliteReportStore(file);
    if (!store) {
        FAIL(store.error().code << ": " << store.error().detail);
    }
    return std::move(*store);
}

std::vector<ReportRecord> latest(const ReportStore& store)
{
    std::vector<ReportRecord> all;
    const auto st = store.forEachLatest([&](const ReportRecord& r) { all.push_back(r); });
    REQUIRE(st);
    return all;
}

std::vector<std::string> historyIds(const ReportStore& store)
{
    std::vector<std::string> ids;
    REQUIRE(store.forEachReport(false, [&](const ReportRecord& r) { ids.push_back(r.reportId); }));
    return ids;
}

/** Runs SQL on a file with the plain C API, as another program would. */
void rawSql(const fs::path& file, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    const std::string error = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(error == "");
    REQUIRE(rc == SQLITE_OK);
}

std::int64_t rawInt(const fs::path& file, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const std::int64_t value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

} // namespace

TEST_CASE("Reports survive closing and reopening the store, field for field", "[store]")
{
    test::TempDir dir;
    const fs::path file = dir / "collector" / "reports.sqlite"; // the folder is made too
    const IncomingReport first = report(hexId(1), hexId(100), at(-1), 55);
    {
        auto store = open(file);
        const auto put = store->put(first);
        REQUIRE(put);
        CHECK(put->outcome == PutOutcome::Stored);
        CHECK(put->newestForPerson);
        REQUIRE(store->put(report(hexId(2), hexId(200), at(-2), 70)));
    }
    CHECK(rawInt(file, "SELECT journal_mode = 'wal' FROM pragma_journal_mode") == 1); // kept in the file
    auto store = open(file);
    CHECK(store->count().value() == 2);
    const auto body = store->body(hexId(1));
    REQUIRE(body);
    CHECK(*body == first.body);

    const auto all = latest(*store);
    REQUIRE(all.size() == 2);
    const ReportRecord& r = all[0]; // person id order
    const ReportRecord& want = first.record;
    CHECK(r.reportId == want.reportId);
    CHECK(r.personId == want.personId);
    CHECK(r.profileId == want.profileId);
    CHECK(r.unit == want.unit);
    CHECK(r.personName == want.personName);
    CHECK(r.personEmail == want.personEmail);
    CHECK(r.generatedAt == want.generatedAt);
    CHECK(r.receivedAt == want.receivedAt);
    CHECK(r.appVersion == want.appVersion);
    CHECK(r.contentVersion == want.contentVersion);
    CHECK(r.percent == 55);
    CHECK(r.achieved == want.achieved);
    CHECK(r.possible == want.possible);
    CHECK(r.openIncidents == want.openIncidents);
    REQUIRE(r.platforms.size() == want.platforms.size());
    for (std::size_t i = 0; i < r.platforms.size(); ++i) {
        CHECK(r.platforms[i].id == want.platforms[i].id);
        CHECK(r.platforms[i].percent == want.platforms[i].percent);
        CHECK(r.platforms[i].achieved == want.platforms[i].achieved);
        CHECK(r.platforms[i].possible == want.platforms[i].possible);
    }
    REQUIRE(r.checks.size() == want.checks.size());
    for (std::size_t i = 0; i < r.checks.size(); ++i) {
        CAPTURE(i);
        CHECK(r.checks[i].id == want.checks[i].id);
        CHECK(r.checks[i].state == want.checks[i].state);
        CHECK(r.checks[i].setAt == want.checks[i].setAt);
    }
    CHECK(all[1].reportId == hexId(2));
    CHECK(all[1].percent == 70);

    SECTION("an unknown report id is not found")
    {
        const auto missing = store->body(hexId(3));
        REQUIRE_FALSE(missing);
        CHECK(missing.error().code == "store.not_found");
    }
#ifndef _WIN32
    SECTION("the file is readable by its owner only")
    {
        struct stat st
        { };
        REQUIRE(::stat(file.c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0600);
    }
#endif
}

TEST_CASE("Storing is idempotent by report id and refuses a changed report", "[store]")
{
    test::TempDir dir;
    auto store = open(dir / "reports.sqlite");
    const IncomingReport original = report(hexId(1), hexId(100), at(-1), 40);
    REQUIRE(store->put(original)->outcome == PutOutcome::Stored);

    SECTION("the same report again is a duplicate and changes nothing")
    {
        const auto again = store->put(original);
        REQUIRE(again);
        CHECK(again->outcome == PutOutcome::Duplicate);
        CHECK(again->newestForPerson);
        CHECK(store->count().value() == 1);
    }
    SECTION("the same JSON spaced and ordered differently is a duplicate too")
    {
        IncomingReport pretty = original;
        pretty.body = nlohmann::json::parse(original.body).dump(4);
        REQUIRE(pretty.body != original.body);
        CHECK(store->put(pretty)->outcome == PutOutcome::Duplicate);
        CHECK(store->body(hexId(1)).value() == original.body); // kept as first received
    }
    SECTION("the same id with another body is a conflict and the first one stays")
    {
        IncomingReport changed = report(hexId(1), hexId(100), at(0), 99);
        const auto put = store->put(changed);
        REQUIRE(put);
        CHECK(put->outcome == PutOutcome::Conflict);
        CHECK_FALSE(put->newestForPerson);
        CHECK(store->count().value() == 1);
        CHECK(store->body(hexId(1)).value() == original.body);
        const auto all = latest(*store);
        REQUIRE(all.size() == 1);
        CHECK(all[0].percent == 40);
    }
    SECTION("in one batch, a conflict and a duplicate do not stop the others")
    {
        const auto put = store->putMany({report(hexId(2), hexId(200), at(-1)),
                                         report(hexId(1), hexId(100), at(0), 99),
                                         original,
                                         report(hexId(3), hexId(300), at(-1)),
                                         report(hexId(3), hexId(300), at(-1))});
        REQUIRE(put);
        REQUIRE(put->size() == 5);
        CHECK((*put)[0].outcome == PutOutcome::Stored);
        CHECK((*put)[1].outcome == PutOutcome::Conflict);
        CHECK((*put)[2].outcome == PutOutcome::Duplicate);
        CHECK((*put)[3].outcome == PutOutcome::Stored);
        CHECK((*put)[4].outcome == PutOutcome::Duplicate); // twice in the same batch
        CHECK(store->count().value() == 3);
    }
    SECTION("a record without a person id is refused and nothing of its batch is stored")
    {
        IncomingReport nobody = report(hexId(5), "", at(0));
        const auto put = store->putMany({report(hexId(4), hexId(400), at(0)), nobody});
        REQUIRE_FALSE(put);
        CHECK(put.error().code == "store.bad_record");
        CHECK(store->count().value() == 1);
    }
}

TEST_CASE("The newest report per person counts, whatever the order of arrival", "[store]")
{
    test::TempDir dir;
    auto store = open(dir / "reports.sqlite");
    const std::string hoa = hexId(100);
    const std::string lan = hexId(200);

    SECTION("an older report arriving after a newer one is kept but does not count")
    {
        const auto newer = store->put(report(hexId(2), hoa, at(-1), 80));
        REQUIRE(newer);
        CHECK(newer->newestForPerson);
        const auto older = store->put(report(hexId(1), hoa, at(-5), 20));
        REQUIRE(older);
        CHECK(older->outcome == PutOutcome::Stored);
        CHECK_FALSE(older->newestForPerson);
        const auto all = latest(*store);
        REQUIRE(all.size() == 1);
        CHECK(all[0].reportId == hexId(2));
        CHECK(all[0].percent == 80);
        CHECK(store->count().value() == 2);
        CHECK(historyIds(*store) == std::vector<std::string>{hexId(1), hexId(2)});
    }
    SECTION("a newer report takes over, per person")
    {
        REQUIRE(store->putMany({report(hexId(1), hoa, at(-5), 20), report(hexId(3), lan, at(-4), 30)}));
        const auto newer = store->put(report(hexId(2), hoa, at(-1), 80));
        CHECK(newer->newestForPerson);
        const auto all = latest(*store);
        REQUIRE(all.size() == 2);
        CHECK(all[0].reportId == hexId(2));
        CHECK(all[1].reportId == hexId(3));
    }
    SECTION("at the same generated_at, the greater report id counts")
    {
        const std::string low = hexId(7);
        const std::string high = hexId(7, 'f');
        REQUIRE(store->put(report(high, hoa, at(-1), 60)));
        CHECK_FALSE(store->put(report(low, hoa, at(-1), 10))->newestForPerson);
        REQUIRE(latest(*store).size() == 1);
        CHECK(latest(*store)[0].reportId == high);
    }
    SECTION("within one batch, out of order")
    {
        const auto put = store->putMany(
            {report(hexId(3), hoa, at(-1), 90), report(hexId(1), hoa, at(-9), 10), report(hexId(2), hoa, at(-3), 50)});
        REQUIRE(put);
        CHECK((*put)[0].newestForPerson);
        CHECK_FALSE((*put)[1].newestForPerson);
        CHECK_FALSE((*put)[2].newestForPerson);
        CHECK(latest(*store)[0].percent == 90);
        std::vector<int> percents;
        REQUIRE(store->forEachReport(true, [&](const ReportRecord& r) {
            percents.push_back(r.percent);
            CHECK(r.checks.size() == 6);
        }));
        CHECK(percents == std::vector<int>{10, 50, 90}); // history in generated_at order
    }
    SECTION("history without checks leaves them out")
    {
        REQUIRE(store->put(report(hexId(1), hoa, at(-1))));
        REQUIRE(store->forEachReport(false, [&](const ReportRecord& r) {
            CHECK(r.checks.empty());
            CHECK(r.platforms.size() == 2);
        }));
    }
}

TEST_CASE("A second store object on the same file reads what the first one stored", "[store]")
{
    test::TempDir dir;
    const fs::path file = dir / "reports.sqlite";
    auto writer = open(file);
    auto reader = open(file);
    CHECK(reader->count().value() == 0);
    REQUIRE(writer->put(report(hexId(1), hexId(100), at(-1))));
    CHECK(reader->count().value() == 1);
    CHECK(latest(*reader).size() == 1);
    // A visitor may ask the same store for more while it scans.
    REQUIRE(reader->forEachLatest([&](const ReportRecord& r) { CHECK(reader->body(r.reportId)); }));
}

TEST_CASE("A reader on its own connection sees whole batches while a writer stores", "[store]")
{
    test::TempDir dir;
    const fs::path file = dir / "reports.sqlite";
    auto writer = open(file);
    auto reader = open(file);
    constexpr int kBatches = 40;
    constexpr int kPerBatch = 5;
    std::atomic<bool> done{false};
    std::thread writing([&] {
        for (int b = 0; b < kBatches; ++b) {
            std::vector<IncomingReport> batch;
            for (int i = 0; i < kPerBatch; ++i) {
                const int n = b * kPerBatch + i;
                batch.push_back(report(hexId(n + 1), hexId(1000 + n % 17), at(0, n)));
            }
            if (!writer->putMany(batch)) {
                break;
            }
        }
        done = true;
    });
    std::size_t last = 0;
    int scans = 0;
    bool failed = false;
    while (!done || scans == 0) {
        std::size_t seen = 0;
        const auto st = reader->forEachReport(false, [&](const ReportRecord&) { ++seen; });
        failed = failed || !st;
        // One scan is one snapshot: whole batches only, never fewer than before.
        failed = failed || seen % kPerBatch != 0 || seen < last;
        last = seen;
        ++scans;
    }
    writing.join();
    CHECK_FALSE(failed);
    CHECK(reader->count().value() == kBatches * kPerBatch);
    CHECK(latest(*reader).size() == 17);
}

// The first schema exactly as version 1 of the store wrote it. Never change this text: it stands
// for files already on IT leads' machines.
static const char* const kSchemaVersion1 = R"sql(
PRAGMA application_id = 1094799955;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES('format', 'account-auditor/report-store');
CREATE TABLE reports(
    seq INTEGER PRIMARY KEY,
    report_id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    unit TEXT NOT NULL,
    person_name TEXT NOT NULL,
    person_email TEXT NOT NULL,
    generated_at INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    app_version TEXT NOT NULL,
    content_version TEXT NOT NULL,
    percent INTEGER NOT NULL,
    achieved INTEGER NOT NULL,
    possible INTEGER NOT NULL,
    open_incidents INTEGER NOT NULL,
    platforms TEXT NOT NULL,
    checks TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX reports_person ON reports(person_id, generated_at, report_id);
PRAGMA user_version = 1;
)sql";

TEST_CASE("A version 1 store file is migrated and keeps its reports", "[store]")
{
    static_assert(kReportStoreApplicationId == 1094799955);
    test::TempDir dir;
    const fs::path file = dir / "reports.sqlite";
    rawSql(file, kSchemaVersion1);
    // Two reports of one person (the newer stored first) and one of another.
    rawSql(file,
           "INSERT INTO reports(report_id, person_id, profile_id, unit, person_name, person_email, generated_at, "
           "received_at, app_version, content_version, percent, achieved, possible, open_incidents, platforms, "
           "checks, body) VALUES "
           "('" + hexId(2)
               + "', '" + hexId(100)
               + "', 'p', 'u', '', '', 2000, 2001, '0.9.0', '1', 80, 8, 10, 0, "
                 "'facebook\t80\t8\t10\n', 'facebook.two_factor_app\td\t1999\nzalo.unique_password\to\t\n', '{}'),"
                 "('"
               + hexId(1) + "', '" + hexId(100)
               + "', 'p', 'u', '', '', 1000, 3000, '0.9.0', '1', 20, 2, 10, 0, "
                 "'', '', '{}'),"
                 "('"
               + hexId(3) + "', '" + hexId(200)
               + "', 'p', 'u', '', '', 1500, 1501, '0.9.0', '1', 35, 3, 10, 1, "
                 "'', '', '{}');");
    REQUIRE(rawInt(file, "PRAGMA user_version") == 1);

    {
        auto store = open(file);
        CHECK(store->count().value() == 3);
        const auto all = latest(*store);
        REQUIRE(all.size() == 2);
        CHECK(all[0].reportId == hexId(2));
        CHECK(all[0].percent == 80);
        REQUIRE(all[0].platforms.size() == 1);
        CHECK(all[0].platforms[0].possible == 10);
        REQUIRE(all[0].checks.size() == 2);
        CHECK(all[0].checks[0].state == CheckState::Done);
        CHECK(all[0].checks[0].setAt == TimePoint(std::chrono::seconds(1999)));
        CHECK_FALSE(all[0].checks[1].setAt);
        CHECK(all[1].reportId == hexId(3));
        CHECK(historyIds(*store) == std::vector<std::string>{hexId(1), hexId(3), hexId(2)});
        // And it goes on working as a current store.
        CHECK(store->put(report(hexId(4), hexId(200), at(0)))->newestForPerson);
    }
    CHECK(rawInt(file, "PRAGMA user_version") == kReportStoreSchemaVersion);
    CHECK(rawInt(file, "SELECT count(*) FROM sqlite_master WHERE name = 'reports_generated'") == 1);
    CHECK(rawInt(file, "SELECT count(*) FROM latest") == 2);
    CHECK(open(file)->count().value() == 4);
}

TEST_CASE("Files that are not our store are refused and left as they were", "[store]")
{
    test::TempDir dir;
    const fs::path file = dir / "reports.sqlite";

    SECTION("another program's SQLite database")
    {
        rawSql(file,
               "PRAGMA journal_mode = WAL; CREATE TABLE contacts(name TEXT); "
               "INSERT INTO contacts VALUES('Trần Văn An');");
        const std::string before = test::readText(file);
        const auto store = openSqliteReportStore(file);
        REQUIRE_FALSE(store);
        CHECK(store.error().code == "store.foreign");
        CHECK(store.error().params.at("file") == file.string());
        CHECK(test::readText(file) == before);
    }
    SECTION("a SQLite database with another application id")
    {
        rawSql(file, "PRAGMA application_id = 42; PRAGMA user_version = 1;");
        const std::string before = test::readText(file);
        REQUIRE(openSqliteReportStore(file).error().code == "store.foreign");
        CHECK(test::readText(file) == before);
    }
    SECTION("a file that is no database at all")
    {
        const std::string text = "{\"format\": \"account-auditor/staff-report\"}\n" + std::string(5000, ' ');
        test::writeText(file, text);
        const auto store = openSqliteReportStore(file);
        REQUIRE_FALSE(store);
        CHECK(store.error().code == "store.foreign");
        CHECK(test::readText(file) == text);
        CHECK_FALSE(fs::exists(dir / "reports.sqlite-wal"));
    }
    SECTION("a store of a newer schema")
    {
        {
            auto store = open(file);
            REQUIRE(store->put(report(hexId(1), hexId(100), at(0))));
        }
        rawSql(file, "PRAGMA user_version = 99;");
        const std::string before = test::readText(file);
        const auto store = openSqliteReportStore(file);
        REQUIRE_FALSE(store);
        CHECK(store.error().code == "store.newer");
        CHECK(store.error().params.at("version") == "99");
        CHECK(test::readText(file) == before);
    }
    SECTION("a folder where the file should be")
    {
        fs::create_directories(file);
        const auto store = openSqliteReportStore(file);
        REQUIRE_FALSE(store);
        CHECK(store.error().code == "store.open");
    }
}

#ifndef _WIN32
TEST_CASE("Every report acknowledged before a kill is in the store", "[store][kill]")
{
    test::TempDir dir;
    const fs::path file = dir / "reports.sqlite";
    std::set<std::string> acknowledged;
    for (int round = 0; round < 12; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        char prefix[9];
        std::snprintf(prefix, sizeof prefix, "%08x", round);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::dup2(fds[1], STDOUT_FILENO);
            ::close(fds[0]);
            ::close(fds[1]);
            ::execl(
                REPORT_STORE_WRITER_PATH, REPORT_STORE_WRITER_PATH, file.c_str(), prefix, static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::close(fds[1]);
        // Let the writer acknowledge a varying number of reports, then kill it wherever it is.
        std::FILE* child = ::fdopen(fds[0], "r");
        const int wanted = 1 + (round * 13) % 40;
        char line[64];
        int seen = 0;
        while (seen < wanted && std::fgets(line, sizeof line, child)) {
            acknowledged.insert(std::string(line, 32));
            ++seen;
        }
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        // Lines already in the pipe were acknowledged too.
        while (std::fgets(line, sizeof line, child)) {
            acknowledged.insert(std::string(line, 32));
        }
        std::fclose(child);
        REQUIRE(seen == wanted); // the writer really ran
        CHECK(WIFSIGNALED(status));

        INFO("round " << round);
        auto store = open(file);
        for (const std::string& id : acknowledged) {
            CAPTURE(id);
            CHECK(store->body(id));
        }
        CHECK(store->count().value() >= acknowledged.size());
        // The newest-per-person table still agrees with the history.
        std::map<std::string, std::string> newest;
        REQUIRE(store->forEachReport(false, [&](const ReportRecord& r) { newest[r.personId] = r.reportId; }));
        std::map<std::string, std::string> counted;
        REQUIRE(store->forEachLatest([&](const ReportRecord& r) { counted[r.personId] = r.reportId; }));
        CHECK(counted == newest);
    }
    CHECK(acknowledged.size() > 12);
}
#endif
