#pragma once

#include "cli/Command.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <sstream>
#include <string>
#include <vector>

namespace auditor::test {

struct CliResult
{
    int code = -1;
    std::string out;
    std::string err;
};

/**
 * Runs `auditor ARGS…` in-process against the source tree's content, a data folder and a clock
 * of the test's choosing, with `input` as standard input.
 */
inline CliResult runCli(const std::filesystem::path& dataDir,
                        std::vector<std::string> args,
                        const Clock& clock,
                        const std::string& input = {})
{
    std::vector<std::string> argv{"auditor", "--data-dir", dataDir.string(), "--content", TEST_CHECKS_DIR};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<const char*> raw;
    for (const auto& a : argv) {
        raw.push_back(a.c_str());
    }
    std::istringstream in(input);
    std::ostringstream out, err;
    cli::Context context{in, out, err, clock, {}};
    CliResult r;
    r.code = cli::run(static_cast<int>(raw.size()), raw.data(), context);
    r.out = out.str();
    r.err = err.str();
    return r;
}

} // namespace auditor::test
