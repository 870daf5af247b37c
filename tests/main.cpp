// The one translation unit with Catch2's main; no test cases here (Catch2 docs/slow-compiles.md).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
