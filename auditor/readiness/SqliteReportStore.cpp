#include "readiness/ReportStore.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <array>
#include <charconv>
#include <cstring>
#include <fstream>
#include <mutex>
#include <system_error>

namespace fs = std::filesystem;

namespace auditor {

namespace {

/**
 * The schema, one step per version, applied in order, each in its own transaction with the
 * user_version it leads to. Never edit a step that has shipped: add the next one.
 */
struct Migration
{
    int version;
    const char* sql;
};

constexpr std::array<Migration, 2> kMigrations{{
    // 1: every report as received, with the fields aggregation reads in columns; platforms and
    // checks in a compact text form (see encodeChecks) so that reading needs no JSON parsing.
    {1, R"sql(
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
)sql"},
    // 2: the newest report of each person kept in a table of its own, so that the dashboard reads
    // one row per person instead of searching each person's history; and an index for reading
    // the history in generated_at order (trends).
    {2, R"sql(
CREATE TABLE latest(
    person_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL REFERENCES reports(seq)
) WITHOUT ROWID;
INSERT INTO latest(person_id, seq)
    SELECT person_id, seq FROM (
        SELECT person_id, seq, row_number() OVER (
            PARTITION BY person_id ORDER BY generated_at DESC, report_id DESC) AS rank
        FROM reports)
    WHERE rank = 1;
CREATE INDEX reports_generated ON reports(generated_at, report_id);
)sql"},
}};

static_assert(kMigrations.back().version == kReportStoreSchemaVersion);

// ---- RAII over the C API ----------------------------------------------------------------------

struct DbCloser
{
    void operator()(sqlite3* db) const
    {
        sqlite3_close_v2(db);
    }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;

/** A prepared statement, finalized when it goes. */
class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
    {
        m_rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    ~Statement()
    {
        sqlite3_finalize(m_stmt);
    }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const
    {
        return m_rc == SQLITE_OK && m_stmt;
    }
    void bind(int index, std::string_view text)
    {
        sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, std::int64_t value)
    {
        sqlite3_bind_int64(m_stmt, index, value);
    }
    /** SQLITE_ROW, SQLITE_DONE or an error code. */
    int step()
    {
        return sqlite3_step(m_stmt);
    }
    /** Ready for new bindings: call before reusing the statement. */
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    std::string_view text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return data ? std::string_view(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                    : std::string_view();
    }
    std::int64_t int64(int column) const
    {
        return sqlite3_column_int64(m_stmt, column);
    }
    int integer(int column) const
    {
        return sqlite3_column_int(m_stmt, column);
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

/** Runs SQL without results; false on failure. */
bool exec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

/** Reads one integer pragma ("user_version", "application_id"). */
std::optional<std::int64_t> pragmaInt(sqlite3* db, const char* sql)
{
    Statement s(db, sql);
    if (!s.ok() || s.step() != SQLITE_ROW) {
        return std::nullopt;
    }
    return s.int64(0);
}

/** A write transaction, rolled back unless committed. */
class Transaction
{
public:
    explicit Transaction(sqlite3* db)
        : m_db(db)
    {
        // IMMEDIATE: take the write lock now (waiting up to busy_timeout), not halfway through.
        m_open = exec(db, "BEGIN IMMEDIATE");
    }
    ~Transaction()
    {
        if (m_open) {
            exec(m_db, "ROLLBACK");
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool begun() const
    {
        return m_open;
    }
    bool commit()
    {
        if (!m_open || !exec(m_db, "COMMIT")) {
            return false;
        }
        m_open = false;
        return true;
    }

private:
    sqlite3* m_db;
    bool m_open = false;
};

std::int64_t toSeconds(TimePoint t)
{
    return t.time_since_epoch().count();
}

TimePoint fromSeconds(std::int64_t s)
{
    return TimePoint(std::chrono::seconds(s));
}

// ---- The compact forms of platforms and checks --------------------------------------------------
// One line per item, fields split by tabs (ids match ^[a-z][a-z0-9_.]*$, so never hold either):
//   platforms: "<id>\t<percent>\t<achieved>\t<possible>\n"
//   checks:    "<id>\t<state letter>\t<set_at seconds, or empty>\n"

char stateLetter(CheckState state)
{
    switch (state) {
    case CheckState::Open:
        return 'o';
    case CheckState::Done:
        return 'd';
    case CheckState::Stale:
        return 's';
    case CheckState::NotDone:
        return 'n';
    case CheckState::NotApplicable:
        return 'a';
    case CheckState::RiskAccepted:
        return 'r';
    case CheckState::NotRelevant:
        return 'x';
    }
    return 'o';
}

CheckState stateFromLetter(char letter)
{
    switch (letter) {
    case 'd':
        return CheckState::Done;
    case 's':
        return CheckState::Stale;
    case 'n':
        return CheckState::NotDone;
    case 'a':
        return CheckState::NotApplicable;
    case 'r':
        return CheckState::RiskAccepted;
    case 'x':
        return CheckState::NotRelevant;
    default:
        return CheckState::Open;
    }
}

std::string encodePlatforms(const std::vector<ReportPlatform>& platforms)
{
    std::string out;
    for (const ReportPlatform& p : platforms) {
        out += p.id;
        out += '\t';
        out += std::to_string(p.percent);
        out += '\t';
        out += std::to_string(p.achieved);
        out += '\t';
        out += std::to_string(p.possible);
        out += '\n';
    }
    return out;
}

std::string encodeChecks(const std::vector<ReportCheck>& checks)
{
    std::string out;
    out.reserve(checks.size() * 32);
    for (const ReportCheck& c : checks) {
        out += c.id;
        out += '\t';
        out += stateLetter(c.state);
        out += '\t';
        if (c.setAt) {
            out += std::to_string(toSeconds(*c.setAt));
        }
        out += '\n';
    }
    return out;
}

/** Splits `text` at `separator`: the part before it, and `text` moved past it. */
std::string_view nextField(std::string_view& text, char separator)
{
    const std::size_t end = text.find(separator);
    const std::string_view field = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    return field;
}

template <typename T>
T toNumber(std::string_view text)
{
    T value{};
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

/** Decodes into `out`, reusing its strings' storage (one record object serves a whole scan). */
void decodePlatforms(std::string_view text, std::vector<ReportPlatform>& out)
{
    std::size_t n = 0;
    while (!text.empty()) {
        std::string_view line = nextField(text, '\n');
        if (n == out.size()) {
            out.emplace_back();
        }
        ReportPlatform& p = out[n++];
        p.id.assign(nextField(line, '\t'));
        p.percent = toNumber<int>(nextField(line, '\t'));
        p.achieved = toNumber<int>(nextField(line, '\t'));
        p.possible = toNumber<int>(nextField(line, '\t'));
    }
    out.resize(n);
}

void decodeChecks(std::string_view text, std::vector<ReportCheck>& out)
{
    std::size_t n = 0;
    while (!text.empty()) {
        std::string_view line = nextField(text, '\n');
        if (n == out.size()) {
            out.emplace_back();
        }
        ReportCheck& c = out[n++];
        c.id.assign(nextField(line, '\t'));
        const std::string_view state = nextField(line, '\t');
        c.state = stateFromLetter(state.empty() ? 'o' : state.front());
        const std::string_view setAt = nextField(line, '\t');
        if (setAt.empty()) {
            c.setAt.reset();
        } else {
            c.setAt = fromSeconds(toNumber<std::int64_t>(setAt));
        }
    }
    out.resize(n);
}

/** The same JSON value, whatever the spacing and key order: a client's retry of one report. */
bool sameReport(std::string_view stored, const std::string& incoming)
{
    if (stored == incoming) {
        return true;
    }
    try {
        return nlohmann::json::parse(stored) == nlohmann::json::parse(incoming);
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

// The columns every scan reads, in the order rowToRecord expects.
constexpr const char* kRecordColumns
    = "r.report_id, r.profile_id, r.unit, r.person_id, r.person_name, r.person_email, r.generated_at, "
      "r.received_at, r.app_version, r.content_version, r.percent, r.achieved, r.possible, r.open_incidents, "
      "r.platforms";

void rowToRecord(const Statement& s, ReportRecord& r, bool withChecks)
{
    r.reportId.assign(s.text(0));
    r.profileId.assign(s.text(1));
    r.unit.assign(s.text(2));
    r.personId.assign(s.text(3));
    r.personName.assign(s.text(4));
    r.personEmail.assign(s.text(5));
    r.generatedAt = fromSeconds(s.int64(6));
    r.receivedAt = fromSeconds(s.int64(7));
    r.appVersion.assign(s.text(8));
    r.contentVersion.assign(s.text(9));
    r.percent = s.integer(10);
    r.achieved = s.integer(11);
    r.possible = s.integer(12);
    r.openIncidents = s.integer(13);
    decodePlatforms(s.text(14), r.platforms);
    if (withChecks) {
        decodeChecks(s.text(15), r.checks);
    } else {
        r.checks.clear();
    }
}

class SqliteReportStore final : public ReportStore
{
public:
    SqliteReportStore(DbHandle db, fs::path file)
        : m_db(std::move(db))
        , m_file(std::move(file))
    { }

    Result<std::vector<PutResult>> putMany(const std::vector<IncomingReport>& reports) override
    {
        const std::lock_guard lock(m_mutex);
        for (const IncomingReport& report : reports) {
            if (report.record.reportId.empty() || report.record.personId.empty()) {
                return Error("store.bad_record", {{"report_id", report.record.reportId}});
            }
        }
        sqlite3* db = m_db.get();
        Transaction transaction(db);
        if (!transaction.begun()) {
            return failure("store.write");
        }
        Statement find(db, "SELECT body, person_id FROM reports WHERE report_id = ?1");
        Statement insert(db,
                         "INSERT INTO reports(report_id, person_id, profile_id, unit, person_name, person_email, "
                         "generated_at, received_at, app_version, content_version, percent, achieved, possible, "
                         "open_incidents, platforms, checks, body) "
                         "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
        Statement newest(db,
                         "SELECT r.generated_at, r.report_id FROM latest l JOIN reports r ON r.seq = l.seq "
                         "WHERE l.person_id = ?1");
        Statement setNewest(db,
                            "INSERT INTO latest(person_id, seq) VALUES(?1, ?2) "
                            "ON CONFLICT(person_id) DO UPDATE SET seq = excluded.seq");
        if (!find.ok() || !insert.ok() || !newest.ok() || !setNewest.ok()) {
            return failure("store.write");
        }
        std::vector<PutResult> results;
        results.reserve(reports.size());
        for (const IncomingReport& report : reports) {
            const ReportRecord& r = report.record;
            PutResult result;
            find.reset();
            find.bind(1, r.reportId);
            const int found = find.step();
            if (found == SQLITE_ROW) {
                const std::string personId(find.text(1));
                if (sameReport(find.text(0), report.body)) {
                    result.outcome = PutOutcome::Duplicate;
                    newest.reset();
                    newest.bind(1, personId);
                    result.newestForPerson = newest.step() == SQLITE_ROW && newest.text(1) == r.reportId;
                } else {
                    result.outcome = PutOutcome::Conflict;
                }
                results.push_back(result);
                continue;
            }
            if (found != SQLITE_DONE) {
                return failure("store.write");
            }
            insert.reset();
            insert.bind(1, r.reportId);
            insert.bind(2, r.personId);
            insert.bind(3, r.profileId);
            insert.bind(4, r.unit);
            insert.bind(5, r.personName);
            insert.bind(6, r.personEmail);
            insert.bind(7, toSeconds(r.generatedAt));
            insert.bind(8, toSeconds(r.receivedAt));
            insert.bind(9, r.appVersion);
            insert.bind(10, r.contentVersion);
            insert.bind(11, std::int64_t{r.percent});
            insert.bind(12, std::int64_t{r.achieved});
            insert.bind(13, std::int64_t{r.possible});
            insert.bind(14, std::int64_t{r.openIncidents});
            insert.bind(15, encodePlatforms(r.platforms));
            insert.bind(16, encodeChecks(r.checks));
            insert.bind(17, report.body);
            if (insert.step() != SQLITE_DONE) {
                return failure("store.write");
            }
            const std::int64_t seq = sqlite3_last_insert_rowid(db);

            // Newest per person: by generated_at, then report id, whatever the order of arrival.
            newest.reset();
            newest.bind(1, r.personId);
            const int current = newest.step();
            bool isNewest = current == SQLITE_DONE;
            if (current == SQLITE_ROW) {
                const std::int64_t currentAt = newest.int64(0);
                const std::int64_t at = toSeconds(r.generatedAt);
                isNewest = at > currentAt || (at == currentAt && r.reportId > newest.text(1));
            } else if (current != SQLITE_DONE) {
                return failure("store.write");
            }
            if (isNewest) {
                setNewest.reset();
                setNewest.bind(1, r.personId);
                setNewest.bind(2, seq);
                if (setNewest.step() != SQLITE_DONE) {
                    return failure("store.write");
                }
            }
            result.newestForPerson = isNewest;
            results.push_back(result);
        }
        find.reset();
        newest.reset();
        if (!transaction.commit()) {
            return failure("store.write");
        }
        return results;
    }

    Status forEachLatest(const std::function<void(const ReportRecord&)>& visit) const override
    {
        const std::lock_guard lock(m_mutex);
        const std::string sql = std::string("SELECT ") + kRecordColumns
            + ", r.checks FROM latest l JOIN reports r ON r.seq = l.seq ORDER BY l.person_id";
        return scan(sql.c_str(), true, visit);
    }

    Status forEachReport(bool withChecks, const std::function<void(const ReportRecord&)>& visit) const override
    {
        const std::lock_guard lock(m_mutex);
        const std::string sql = std::string("SELECT ") + kRecordColumns + (withChecks ? ", r.checks" : ", ''")
            + " FROM reports r ORDER BY r.generated_at, r.report_id";
        return scan(sql.c_str(), withChecks, visit);
    }

    Result<std::size_t> count() const override
    {
        const std::lock_guard lock(m_mutex);
        Statement s(m_db.get(), "SELECT count(*) FROM reports");
        if (!s.ok() || s.step() != SQLITE_ROW) {
            return failure("store.read");
        }
        return static_cast<std::size_t>(s.int64(0));
    }

    Result<std::string> body(const std::string& reportId) const override
    {
        const std::lock_guard lock(m_mutex);
        Statement s(m_db.get(), "SELECT body FROM reports WHERE report_id = ?1");
        if (!s.ok()) {
            return failure("store.read");
        }
        s.bind(1, reportId);
        const int rc = s.step();
        if (rc == SQLITE_DONE) {
            return Error("store.not_found", {{"report_id", reportId}});
        }
        if (rc != SQLITE_ROW) {
            return failure("store.read");
        }
        return std::string(s.text(0));
    }

private:
    Status scan(const char* sql, bool withChecks, const std::function<void(const ReportRecord&)>& visit) const
    {
        Statement s(m_db.get(), sql);
        if (!s.ok()) {
            return failure("store.read");
        }
        // One statement is one consistent snapshot (WAL): a writer committing meanwhile is not seen.
        ReportRecord record;
        int rc = SQLITE_ROW;
        while ((rc = s.step()) == SQLITE_ROW) {
            rowToRecord(s, record, withChecks);
            visit(record);
        }
        if (rc != SQLITE_DONE) {
            return failure("store.read");
        }
        return Ok{};
    }

    Error failure(const char* code) const
    {
        return Error(code, {{"file", m_file.string()}}, sqlite3_errmsg(m_db.get()));
    }

    DbHandle m_db;
    fs::path m_file;
    // One connection per object, used by one thread at a time: the mutex serialises the calls
    // (recursive, so a visitor may call count() or body() on the same store).
    mutable std::recursive_mutex m_mutex;
};

/** SQLite takes file names in UTF-8 on every system (path::string() is the ANSI code page on Windows). */
std::string utf8Path(const fs::path& file)
{
    const std::u8string name = file.u8string();
    return std::string(name.begin(), name.end());
}

Error openError(const char* code, const fs::path& file, std::string detail = {})
{
    return Error(code, {{"file", file.string()}}, std::move(detail));
}

Error sqliteError(const char* code, const fs::path& file, sqlite3* db)
{
    return openError(code, file, db ? sqlite3_errmsg(db) : "out of memory");
}

/**
 * Looks at an existing file without writing to it: a SQLite header, our application id and a
 * schema we know. A read-only connection never checkpoints a WAL into the file, so even another
 * program's database is left byte for byte as it was.
 */
Status probeExisting(const fs::path& file)
{
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec) {
        return openError("store.open", file, ec.message());
    }
    if (size == 0) {
        return Ok{}; // an empty file is an empty database: nothing to lose
    }
    std::array<char, 16> header{};
    std::ifstream in(file, std::ios::binary);
    if (!in.read(header.data(), header.size()) || std::memcmp(header.data(), "SQLite format 3", 16) != 0) {
        return openError("store.foreign", file, "not a SQLite database");
    }
    in.close();
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(utf8Path(file).c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    DbHandle db(raw);
    if (rc != SQLITE_OK) {
        return sqliteError("store.open", file, raw);
    }
    sqlite3_busy_timeout(raw, 5000);
    const auto appId = pragmaInt(raw, "PRAGMA application_id");
    const auto version = pragmaInt(raw, "PRAGMA user_version");
    const auto objects = pragmaInt(raw, "SELECT count(*) FROM sqlite_master");
    if (!appId || !version || !objects) {
        // Not a database behind a SQLite header is foreign; anything else (damaged, unreadable) is
        // an open error naming SQLite's reason.
        return sqliteError(sqlite3_errcode(raw) == SQLITE_NOTADB ? "store.foreign" : "store.open", file, raw);
    }
    if (*appId == 0 && *version == 0 && *objects == 0) {
        return Ok{}; // an empty database
    }
    if (*appId != kReportStoreApplicationId) {
        return openError("store.foreign", file, "application_id " + std::to_string(*appId));
    }
    if (*version > kReportStoreSchemaVersion) {
        return Error("store.newer",
                     {{"file", file.string()},
                      {"version", std::to_string(*version)},
                      {"supported", std::to_string(kReportStoreSchemaVersion)}});
    }
    return Ok{};
}

/** Brings the schema up to date, one version per transaction (so a crash leaves a whole version). */
Status migrate(sqlite3* db, const fs::path& file)
{
    if (pragmaInt(db, "PRAGMA user_version") == kReportStoreSchemaVersion
        && pragmaInt(db, "PRAGMA application_id") == kReportStoreApplicationId) {
        return Ok{}; // the usual case: no write lock needed
    }
    for (const Migration& step : kMigrations) {
        Transaction transaction(db);
        if (!transaction.begun()) {
            return sqliteError("store.open", file, db);
        }
        // Read again inside the transaction: another process may have migrated meanwhile.
        const auto version = pragmaInt(db, "PRAGMA user_version");
        const auto appId = pragmaInt(db, "PRAGMA application_id");
        const auto objects = pragmaInt(db, "SELECT count(*) FROM sqlite_master");
        if (!version || !appId || !objects) {
            return sqliteError("store.open", file, db);
        }
        if (*version == 0 && (*appId != 0 || *objects != 0)) {
            return openError("store.foreign", file, "unexpected contents");
        }
        if (*version > kReportStoreSchemaVersion) {
            return Error("store.newer",
                         {{"file", file.string()},
                          {"version", std::to_string(*version)},
                          {"supported", std::to_string(kReportStoreSchemaVersion)}});
        }
        if (*version >= step.version) {
            continue;
        }
        if (*version != step.version - 1) {
            return openError("store.open", file, "schema version " + std::to_string(*version) + " has no migration");
        }
        const std::string finish = "PRAGMA application_id = " + std::to_string(kReportStoreApplicationId)
            + "; PRAGMA user_version = " + std::to_string(step.version) + ";";
        if (!exec(db, step.sql) || !exec(db, finish.c_str())) {
            return openError(
                "store.open", file, "migration to version " + std::to_string(step.version) + ": " + sqlite3_errmsg(db));
        }
        if (!transaction.commit()) {
            return sqliteError("store.open", file, db);
        }
    }
    return Ok{};
}

/** A new store file readable by its owner only: it may hold staff names and e-mail addresses. */
Status createPrivateFile(const fs::path& file)
{
    std::error_code ec;
    if (file.has_parent_path()) {
        fs::create_directories(file.parent_path(), ec);
        if (ec) {
            return openError("store.open", file, ec.message());
        }
    }
    {
        std::ofstream out(file, std::ios::binary | std::ios::app);
        if (!out) {
            return openError("store.open", file, "cannot create the file");
        }
    }
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, ec); // the -wal and -shm files follow
    return Ok{};
}

} // namespace

Result<std::unique_ptr<ReportStore>> openSqliteReportStore(const fs::path& file)
{
    std::error_code ec;
    const bool exists = fs::exists(file, ec);
    if (exists) {
        if (!fs::is_regular_file(file, ec)) {
            return openError("store.open", file, "not a regular file");
        }
        if (auto probed = probeExisting(file); !probed) {
            return probed.error();
        }
    } else if (auto created = createPrivateFile(file); !created) {
        return created.error();
    }

    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(
        utf8Path(file).c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    DbHandle db(raw);
    if (rc != SQLITE_OK) {
        return sqliteError("store.open", file, raw);
    }
    // Another connection (the server's writer, the dashboard) may hold the lock for a moment.
    sqlite3_busy_timeout(raw, 5000);
    // WAL: readers and the writer do not block each other; FULL: a commit is on the disk (the WAL
    // is synced) before COMMIT returns, so an acknowledged report survives a power cut.
    {
        Statement journal(raw, "PRAGMA journal_mode = WAL");
        if (!journal.ok() || journal.step() != SQLITE_ROW || journal.text(0) != "wal") {
            return sqliteError("store.open", file, raw);
        }
    }
    if (!exec(raw, "PRAGMA synchronous = FULL") || !exec(raw, "PRAGMA foreign_keys = ON")) {
        return sqliteError("store.open", file, raw);
    }
    if (auto migrated = migrate(raw, file); !migrated) {
        return migrated.error();
    }
    return std::unique_ptr<ReportStore>(std::make_unique<SqliteReportStore>(std::move(db), file));
}

} // namespace auditor
