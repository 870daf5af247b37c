// Kills a process in the middle of saving, again and again, and checks that the store it leaves
// behind always loads: the atomic write must never leave a torn progress.json.
#include "checklist/ProgressStore.h"

#include "TestPrograms.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#ifndef _WIN32
#include <csignal>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

using namespace auditor;

TEST_CASE("Killing the process during saves never leaves an unreadable store", "[store][kill]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    int completedSaves = 0;
    for (int round = 0; round < 40; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::dup2(fds[1], STDOUT_FILENO);
            ::close(fds[0]);
            ::close(fds[1]);
            ::execl(STORE_WRITER_PATH, STORE_WRITER_PATH, dir.path().c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::close(fds[1]);
        // Let the writer finish a varying number of saves, then kill it wherever it is now.
        std::FILE* child = ::fdopen(fds[0], "r");
        const int wanted = 1 + (round * 7) % 23;
        char line[64];
        int seen = 0;
        while (seen < wanted && std::fgets(line, sizeof line, child)) {
            ++seen;
        }
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        std::fclose(child);
        REQUIRE(seen == wanted); // the writer really ran
        CHECK(WIFSIGNALED(status));
        completedSaves += seen;

        const auto loaded = ProgressStore(dir.path()).load(clock);
        REQUIRE(loaded);
        INFO("round " << round);
        CHECK_FALSE(loaded->warning);
        CHECK(loaded->progress.firstRunDone);
    }
    CHECK(completedSaves > 40);
}
#endif
