// Stores reports through the SQLite report store in an endless loop and prints each report id
// once putMany has returned (the moment the collector would acknowledge it), so that a test can
// kill it at any moment and then check that every acknowledged report is in the store.
// Usage: report_store_writer DB_FILE PREFIX   (PREFIX: 8 hex digits, so each run's ids differ)
#include "readiness/ReportStore.h"

#include <cstdio>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: report_store_writer DB_FILE PREFIX\n");
        return 2;
    }
    auto store = auditor::openSqliteReportStore(argv[1]);
    if (!store) {
        std::fprintf(stderr, "%s: %s\n", store.error().code.c_str(), store.error().detail.c_str());
        return 1;
    }
    const std::string prefix = argv[2];
    const auto epoch = auditor::TimePoint(std::chrono::seconds(1893830400)); // 2030-01-05
    for (long i = 0;;) {
        // Batches of one to three reports, from a handful of people, with many checks each.
        std::vector<auditor::IncomingReport> batch;
        for (long n = 1 + i % 3; n > 0; --n, ++i) {
            char id[33];
            std::snprintf(id, sizeof id, "%s%024lx", prefix.c_str(), i);
            auditor::IncomingReport report;
            report.record.reportId = id;
            report.record.personId = std::string(31, 'a') + "0123456789abcdef"[i % 7];
            report.record.generatedAt = epoch + std::chrono::seconds(i);
            report.record.receivedAt = report.record.generatedAt;
            report.record.percent = static_cast<int>(i % 101);
            for (int c = 0; c < 30; ++c) {
                report.record.checks.push_back(
                    {"facebook.check_" + std::to_string(c), auditor::CheckState::Done, report.record.generatedAt});
            }
            report.body
                = std::string("{\"report_id\":\"") + id + "\",\"padding\":\"" + std::string(i % 2000, 'x') + "\"}";
            batch.push_back(std::move(report));
        }
        auto stored = (*store)->putMany(batch);
        if (!stored) {
            std::fprintf(stderr, "%s: %s\n", stored.error().code.c_str(), stored.error().detail.c_str());
            return 1;
        }
        for (const auto& report : batch) {
            std::printf("%s\n", report.record.reportId.c_str());
        }
        std::fflush(stdout);
    }
}
