// Catch2's implementation, compiled once and shared by every test program, plus the one function
// the programs' main() calls (Catch::Session is only declared where the implementation is).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "CatchRunner.h"

int runCatchSession(int argc, char** argv)
{
    return Catch::Session().run(argc, argv);
}
