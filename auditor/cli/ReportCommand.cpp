#include "cli/Commands.h"
#include "cli/Session.h"
#include "common/Files.h"
#include "common/Json.h"
#include "readiness/StaffReport.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

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
        const nlohmann::json report = buildStaffReport(*content, *progress, s.clock().now(), newReportId());
        const std::filesystem::path schema = s.options().contentDir / "schema" / "staff-report.schema.json";
        auto validator = SchemaValidator::fromFile(schema);
        if (!validator) {
            s.printError(validator.error());
            return kExitContent;
        }
        if (const auto issues = validator->validate(report, m_out); !issues.empty()) {
            // A report that breaks its own schema is a bug in this program: say so, write nothing.
            s.printError(Error("report.invalid", {{"pointer", issues.front().pointer}}, issues.front().message));
            return kExitContent;
        }
        if (auto st = writeFileAtomically(m_out, report.dump(2) + "\n", WriteOptions{false, false}); !st) {
            s.printError(st.error());
            return kExitStore;
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
