#pragma once

#include "common/Result.h"
#include "readiness/ReportRecord.h"

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
    bool newestForPerson = false; // it is now the report that counts for its person
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
     * report only after this returns). Idempotent by report id. One result per report, in order.
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

    /** The newest report of each person, with checks. */
    virtual Status forEachLatest(const std::function<void(const ReportRecord&)>& visit) const = 0;
    /** Every stored report in generated_at order; checks filled only when `withChecks`. */
    virtual Status forEachReport(bool withChecks, const std::function<void(const ReportRecord&)>& visit) const = 0;
    virtual Result<std::size_t> count() const = 0;
    /** The JSON of one report as received; "store.not_found" if there is none. */
    virtual Result<std::string> body(const std::string& reportId) const = 0;
};

/**
 * Opens (creating if needed) the SQLite store at `file`, in WAL mode with synchronous=FULL, and
 * runs the migrations up to the current schema. A file that is not a store of ours, or is of a
 * newer schema, is an error ("store.foreign", "store.newer"), never overwritten.
 */
Result<std::unique_ptr<ReportStore>> openSqliteReportStore(const std::filesystem::path& file);

} // namespace auditor
