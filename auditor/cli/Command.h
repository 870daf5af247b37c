#pragma once

#include "common/Catalog.h"
#include "common/Clock.h"

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace auditor::cli {

/** Documented exit codes (docs/cli.md). */
enum ExitCode : int
{
    kExitOk = 0,
    kExitProblemsFound = 1, // lint found errors
    kExitUsage = 2, // bad arguments, unknown check id, missing reason
    kExitContent = 3, // the content (checks/) could not be loaded
    kExitStore = 4, // the data folder could not be read or written
    kExitIncomplete = 5, // a check could not finish (network, list file): the answer is unknown
};

/** Where a command reads and writes, and what it runs against. Tests build one over string streams. */
struct Context
{
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    const Clock& clock;
    std::filesystem::path programPath; // argv[0], to find installed content
};

/** The options every command shares, filled by the parser before a command runs. */
struct GlobalOptions
{
    std::filesystem::path dataDir;
    std::filesystem::path contentDir;
    std::string lang; // empty: the language saved in the store, else Vietnamese
};

class Session;

/**
 * One `auditor` subcommand. `setup` declares it and its options on the parser (with help text
 * from the catalog); `execute` runs it when it was chosen and returns an ExitCode.
 */
class Command
{
public:
    virtual ~Command() = default;
    virtual CLI::App* setup(CLI::App& parent, const Catalog& help) = 0;
    virtual int execute(Session& session) = 0;
};

std::vector<std::unique_ptr<Command>> makeCommands();

/** The subcommand `name` of `parent`, added with `description` when no command made it yet (`readiness`, `report`). */
CLI::App* groupCommand(CLI::App& parent, const std::string& name, const std::string& description);

/** Runs the command line in-process: the `auditor` program's main, and the CLI tests' entry. */
int run(int argc, const char* const* argv, Context& context);

} // namespace auditor::cli
