#include "cli/Commands.h"
#include "cli/Format.h"
#include "cli/Session.h"
#include "readiness/Enrolment.h"
#include "readiness/StaffReport.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

namespace auditor::cli {

namespace {

using nlohmann::json;

int reportFailure(Session& s, const Error& e, const std::vector<JsonIssue>& issues)
{
    s.printError(e);
    for (const JsonIssue& i : issues) {
        s.err() << "  " << i.file.string() << ": " << (i.pointer.empty() ? "/" : i.pointer) << ": " << i.message
                << "\n";
    }
    if (e.code.rfind("file.", 0) == 0 || e.code.rfind("membership.", 0) == 0) {
        return kExitStore;
    }
    return e.code == "org_profile.invalid" ? kExitStore : kExitContent;
}

/** The readable form of exactly what the report says: nothing more, nothing less. */
void printReadable(Session& s, const Content& content, const OutgoingReport& r)
{
    const json& report = r.report;
    std::ostream& out = s.out();
    out << s.tr("org.show_report.heading") << "\n\n";
    if (r.hasProfile) {
        out << s.tr("org.show_report.organisation", {{"name", r.profile.orgName}, {"id", r.profile.profileId}}) << "\n";
        const OrgUnit* unit = r.profile.unit(r.membership.unit);
        out << (unit ? s.tr("org.show_report.unit", {{"name", unit->name}, {"id", unit->id}})
                     : s.tr("org.show_report.no_unit"))
            << "\n";
    } else {
        out << s.tr("org.show_report.no_profile") << "\n";
    }
    const json& person = report["person"];
    out << s.tr("org.show_report.person_id", {{"id", person["id"].get<std::string>()}}) << "\n";
    if (person.contains("name")) {
        out << s.tr("org.show_report.name_sent", {{"name", person["name"].get<std::string>()}}) << "\n";
    } else if (!r.membership.name.empty()) {
        out << s.tr("org.show_report.name_kept") << "\n";
    }
    if (person.contains("email")) {
        out << s.tr("org.show_report.email_sent", {{"email", person["email"].get<std::string>()}}) << "\n";
    } else if (!r.membership.email.empty()) {
        out << s.tr("org.show_report.email_kept") << "\n";
    }
    out << s.tr("org.show_report.generated",
                {{"date", dateText(s, report["generated_at"].get<std::string>().substr(0, 10))},
                 {"app", report["app_version"].get<std::string>()},
                 {"content", report["content_version"].get<std::string>()}})
        << "\n";
    const json& overall = report["overall"];
    out << s.tr("org.show_report.overall",
                {{"percent", std::to_string(overall["percent"].get<int>())},
                 {"band", s.tr("band." + overall["band"].get<std::string>())}})
        << "\n\n";
    for (const json& p : report["platforms"]) {
        const Platform* platform = content.platform(p["id"].get<std::string>());
        const std::string name = platform ? platform->name.in(s.lang()) : p["id"].get<std::string>();
        out << s.tr("org.show_report.platform",
                    {{"name", name},
                     {"percent", std::to_string(p["score"]["percent"].get<int>())},
                     {"band", s.tr("band." + p["score"]["band"].get<std::string>())}})
            << "\n";
        for (const json& c : p["checks"]) {
            const Check* check = content.check(c["id"].get<std::string>());
            std::string line = "    - " + (check ? check->title.in(s.lang()) : c["id"].get<std::string>()) + ": "
                + s.tr("state." + c["state"].get<std::string>());
            if (c.contains("set_at")) {
                line += " (" + dateText(s, c["set_at"].get<std::string>().substr(0, 10)) + ")";
            }
            out << line << "\n";
        }
    }
    out << "\n"
        << s.tr("org.show_report.incidents", {{"count", std::to_string(report["open_incidents"].get<int>())}}) << "\n"
        << s.tr("org.show_report.not_sent") << "\n";
}

} // namespace

/**
 * `auditor report export --out FILE`: writes the staff report (version 2: statuses, dates,
 * scores, the person as the organisation profile allows; no secrets, no reasons). The report is
 * checked against its own schema before it is written.
 * `auditor report show [--format text|json]`: exactly what would be sent; json is the report
 * itself, the bytes `report submit` sends. Two commands, since each returns the one subcommand
 * that runs it and `report` is shared with `report submit`.
 */
class ReportCommand final : public Command
{
public:
    explicit ReportCommand(bool show)
        : m_isShow(show)
    { }

    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* report = groupCommand(parent, "report", help.text("cli.report.description"));
        if (m_isShow) {
            m_app = report->add_subcommand("show", help.text("org.cli.report_show"));
            m_app->add_option("--format", m_format, help.text("cli.opt.format"))
                ->check(CLI::IsMember({"text", "json"}));
        } else {
            m_app = report->add_subcommand("export", help.text("cli.report.export.description"));
            m_app->add_option("--out", m_out, help.text("cli.report.export.out"))->required()->type_name("FILE");
        }
        return m_app;
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
        std::vector<JsonIssue> issues;
        auto outgoing
            = prepareStaffReport(*content, *progress, s.clock(), s.options().dataDir, s.options().contentDir, &issues);
        if (!outgoing) {
            return reportFailure(s, outgoing.error(), issues);
        }
        const std::filesystem::path schema = s.options().contentDir / "schema" / "staff-report.schema.json";
        if (m_isShow) {
            // A report that breaks its own schema is a bug: show nothing that could not be sent.
            if (auto st = validateStaffReport(outgoing->report, schema); !st) {
                s.printError(st.error());
                return kExitContent;
            }
            if (m_format == "json") {
                s.out() << staffReportText(outgoing->report);
            } else {
                printReadable(s, *content, *outgoing);
            }
            return kExitOk;
        }
        if (auto st = writeStaffReport(outgoing->report, schema, m_out); !st) {
            s.printError(st.error());
            return st.error().code == "file.write" || st.error().code == "file.mkdir" ? kExitStore : kExitContent;
        }
        s.out() << s.tr("cli.report.export.written", {{"file", m_out}}) << "\n";
        return kExitOk;
    }

private:
    bool m_isShow;
    CLI::App* m_app = nullptr;
    std::string m_out;
    std::string m_format = "text";
};

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>(false);
}

std::unique_ptr<Command> makeReportShowCommand()
{
    return std::make_unique<ReportCommand>(true);
}

} // namespace auditor::cli
