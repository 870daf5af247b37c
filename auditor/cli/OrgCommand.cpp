#include "cli/Commands.h"

// Placeholder until the readiness work lands: registers nothing.
namespace auditor::cli {

std::unique_ptr<Command> makeOrgCommand()
{
    class Nothing final : public Command
    {
    public:
        CLI::App* setup(CLI::App&, const Catalog&) override
        {
            return nullptr;
        }
        int execute(Session&) override
        {
            return kExitOk;
        }
    };
    return std::make_unique<Nothing>();
}

} // namespace auditor::cli
