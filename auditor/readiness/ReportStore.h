#pragma once

#include "common/Result.h"
#include "readiness/ReportRecord.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace auditor {

/** What storing one report did. */
enum class PutOutcome
{
    Stored, // new report id
    Duplicate, // the same report id with the same body: nothing changed (a client's retry)
    Conflict, // the same report id with a different body: refused
};

struct PutResult
{
    PutOutcome outcome = PutOutcome::Stored;
    // It is the report that counts for its person once this report was handled (a later report of
    // the same person in the same putMany may take its place). False for a conflict.
    bool newestForPerson = false;
};

struct IncomingReport
{
    ReportRecord record;
    std::string body; // the JSON as received
};

/**
 * Where the collector keeps reports. SQLite (WAL) is the embedded default; a province could add a
 * server database behind the same interface. Every report is kept (history for trends); the
 * newest per person (by generated_at, then report id) is the one that counts.
 */
class ReportStore
{
public:
    virtual ~ReportStore() = default;

    /**
     * Stores the reports in one transaction, durable on return (the collector acknowledges a
     * report only after this returns). Idempotent by report id: an id already stored with the
     * same JSON (whatever its spacing or key order) is a Duplicate, with other JSON a Conflict;
     * either way that report changes nothing and the others are still stored. One result per
     * report, in order. On an error nothing at all was stored ("store.write"; "store.bad_record"
     * for a record without a report or person id, a caller's bug).
     */
    virtual Result<std::vector<PutResult>> putMany(const std::vector<IncomingReport>& reports) = 0;

    Result<PutResult> put(const IncomingReport& report)
    {
        auto r = putMany({report});
        if (!r) {
            return r.error();
        }
        return r->front();
    }

    /** The newest report of each person, with checks, in person id order. */
    virtual Status forEachLatest(const std::function<void(const ReportRecord&)>& visit) const = 0;
    /** Every stored report in generated_at order; checks filled only when `withChecks`. */
    virtual Status forEachReport(bool withChecks, const std::function<void(const ReportRecord&)>& visit) const = 0;
    virtual Result<std::size_t> count() const = 0;
    /** The JSON of one report as received; "store.not_found" if there is none. */
    virtual Result<std::string> body(const std::string& reportId) const = 0;
};

/** The SQLite store's application_id ("AARS") and the schema version (PRAGMA user_version) it writes. */
inline constexpr std::int32_t kReportStoreApplicationId = 0x41415253;
inline constexpr int kReportStoreSchemaVersion = 2;

/**
 * Opens (creating if needed, with its folder) the SQLite store at `file`, in WAL mode with
 * synchronous=FULL, and runs the migrations up to the current schema, each in its own
 * transaction. A new file is readable by its owner only (it may hold names and e-mail
 * addresses). A file that is not a store of ours (another program's database, or no database at
 * all), or is of a newer schema, is an error ("store.foreign", "store.newer") and left byte for
 * byte as it was; anything else that fails is "store.open". Every error has the param "file".
 *
 * Threads: each store object owns one connection and serialises its own calls, so it may be
 * used from any thread. For reading while another thread or process writes (the dashboard while
 * `auditor serve` stores), open a second store object on the same file: in WAL mode readers and
 * the one writer do not block each other, and each scan sees one consistent snapshot. A writer
 * waits up to 5 s for another writer's lock. A visitor may call count() and body() on the same
 * object but must not keep the record it is given (it is reused for the next one).
 */
Result<std::unique_ptr<ReportStore>> openSqliteReportStore(const std::filesystem::path& file);

} // namespace auditor
