// Saves progress through ProgressStore in an endless loop, printing the count after each save,
// so that a test can kill it at arbitrary moments and then check the store is still readable.
// Usage: store_writer DATA_DIR
#include "checklist/ProgressStore.h"

#include <cstdio>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_writer DATA_DIR\n");
        return 2;
    }
    auditor::ProgressStore store(argv[1]);
    auditor::SystemClock clock;
    auditor::Progress progress;
    progress.firstRunDone = true;
    progress.select("facebook", {});
    for (long i = 0;; ++i) {
        // Grow and shrink the document so that writes differ in length as well as content.
        const std::string id = "facebook.check_" + std::to_string(i % 50);
        if (i % 100 < 50) {
            progress.restoreRecord(id, auditor::CheckRecord{auditor::CheckStatus::Done, clock.now(), "", ""});
        } else {
            progress.clearStatus(id);
        }
        if (!store.save(progress, clock)) {
            return 1;
        }
        std::printf("%ld\n", i);
        std::fflush(stdout);
    }
}
