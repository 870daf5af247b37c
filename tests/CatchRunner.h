#pragma once

/** Runs the Catch2 tests linked into this program with the given command line. */
int runCatchSession(int argc, char** argv);
