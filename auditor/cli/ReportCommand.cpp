#include "cli/Commands.h"
#include "cli/Session.h"
#include "readiness/StaffReport.h"

#include <CLI/CLI.hpp>

namespace auditor::cli {

/**
 * `auditor report export --out FILE`: writes the staff report (statuses, dates, scores; no
 * secrets, no reasons). The report is checked against its own schema before it is written.
 */
class ReportCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* report = parent.add_subcommand("report", help.text("cli.report.description"));
        report->require_subcommand(1);
        CLI::App* exportApp = report->add_subcommand("export", help.text("cli.report.export.description"));
        exportApp->add_option("--out", m_out, help.text("cli.report.export.out"))->required()->type_name("FILE");
        return exportApp;
    }

    int execute(Session& s) override
    {
        const Content* content = s.content();
        if (!content) {
            return kExitContent;
        }
        Progress* progress = s.progress();
        if (!progress) {
            return kExitStore;
        }
        const std::filesystem::path schema = s.options().contentDir / "schema" / "staff-report.schema.json";
        if (auto st = writeStaffReport(*content, *progress, s.clock().now(), schema, m_out); !st) {
            s.printError(st.error());
            return st.error().code == "file.write" || st.error().code == "file.mkdir" ? kExitStore : kExitContent;
        }
        s.out() << s.tr("cli.report.export.written", {{"file", m_out}}) << "\n";
        return kExitOk;
    }

private:
    std::string m_out;
};

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace auditor::cli
