// main() for the core and CLI tests; no test cases here (Catch2 docs/slow-compiles.md).
#include "CatchRunner.h"

int main(int argc, char** argv)
{
    return runCatchSession(argc, argv);
}
