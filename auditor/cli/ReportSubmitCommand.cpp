#include "cli/CollectorProfile.h"
#include "cli/Commands.h"
#include "cli/Session.h"
#include "common/Files.h"
#include "common/Json.h"
#include "readiness/ReportRecord.h"
#include "readiness/Submit.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <istream>

namespace auditor::cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

/** The exit code for a failed submission: the network's fault (try again) or the report's. */
int exitFor(const Error& e)
{
    if (e.code == "submit.not_configured" || e.code == "submit.bad_url" || e.code == "submit.bad_fingerprint") {
        return kExitUsage;
    }
    if (e.code == "submit.rejected") {
        const auto status = e.params.find("status");
        return status != e.params.end() && status->second == "503" ? kExitIncomplete : kExitProblemsFound;
    }
    return kExitIncomplete; // connect, tls, pin_mismatch, timeout: nothing was stored
}

bool isYes(std::string answer)
{
    while (!answer.empty() && (answer.back() == '\r' || answer.back() == ' ')) {
        answer.pop_back();
    }
    for (char& c : answer) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return answer == "c" || answer == "co" || answer == "có" || answer == "y" || answer == "yes";
}

} // namespace

/**
 * `auditor report submit --file REPORT.json [--yes] [--format text|json]`: sends an exported
 * staff report to the collector named in the organisation profile (<data>/org-profile.json,
 * "collector"), trusting only the pinned certificate. Shows what will be sent and asks first
 * unless --yes.
 */
class ReportSubmitCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* report = groupCommand(parent, "report", help.text("cli.report.description"));
        CLI::App* submit = report->add_subcommand("submit", help.text("cli.report.submit.description"));
        submit->add_option("--file", m_file, help.text("cli.report.submit.file"))->required()->type_name("FILE");
        submit->add_flag("--yes", m_yes, help.text("cli.report.submit.yes"));
        submit->add_option("--format", m_format, help.text("cli.opt.format"))
            ->check(CLI::IsMember({"text", "json"}))
            ->type_name("text|json");
        return submit;
    }

    int execute(Session& s) override
    {
        const bool asJson = m_format == "json";
        // 1. Where to: the collector of the profile the person joined.
        const fs::path profileFile = s.options().dataDir / "org-profile.json";
        std::vector<JsonIssue> issues;
        auto profile = loadCollectorProfile(profileFile, s.options().contentDir, &issues);
        if (!profile) {
            if (profile.error().code == "collector.no_profile") {
                return fail(s, Error("submit.not_configured", {{"file", profileFile.string()}}), asJson);
            }
            printProfileProblem(s, profile.error(), issues, profileFile);
            return kExitContent;
        }
        const CollectorSettings& collector = profile->collector;
        if (!collector.configured()) {
            return fail(s, Error("submit.not_configured", {{"file", profileFile.string()}}), asJson);
        }

        // 2. What: the exported report, checked as the collector will check it.
        auto text = readFile(m_file);
        if (!text) {
            s.printError(text.error());
            return kExitUsage;
        }
        auto validator = SchemaValidator::fromFile(s.options().contentDir / "schema" / "staff-report.schema.json");
        if (!validator) {
            s.printError(validator.error());
            return kExitContent;
        }
        std::vector<JsonIssue> problems;
        auto record = parseStaffReport(*text, *validator, s.clock().now(), &problems);
        if (!record) {
            Error e = record.error();
            e.params["file"] = m_file;
            s.printError(Error("submit.report_" + e.code.substr(e.code.find('.') + 1), e.params));
            for (const JsonIssue& issue : problems) {
                s.err() << "  " << m_file;
                if (issue.line > 0) {
                    s.err() << ":" << issue.line << ":" << issue.column;
                }
                s.err() << ": " << (issue.pointer.empty() ? "" : issue.pointer + ": ") << issue.message << "\n";
            }
            return kExitUsage;
        }

        // 3. Show it and ask.
        std::ostream& view = asJson ? s.err() : s.out();
        view << s.tr("cli.report.submit.what", {{"file", m_file}, {"url", collector.url}}) << "\n";
        const std::string person = !record->personName.empty() ? record->personName : record->personId;
        view << "  " << s.tr("cli.report.submit.person", {{"person", person}, {"email", record->personEmail}}) << "\n";
        view << "  " << s.tr("cli.report.submit.unit", {{"unit", record->unit}, {"profile", record->profileId}})
             << "\n";
        view << "  "
             << s.tr("cli.report.submit.overall",
                     {{"percent", std::to_string(record->percent)},
                      {"generated_at", formatIsoUtc(record->generatedAt)},
                      {"incidents", std::to_string(record->openIncidents)}})
             << "\n";
        for (const ReportPlatform& p : record->platforms) {
            view << "    " << p.id << ": " << p.percent << "%\n";
        }
        if (!m_yes) {
            view << s.tr("cli.report.submit.confirm") << " " << std::flush;
            std::string answer;
            if (!std::getline(s.context().in, answer) || !isYes(answer)) {
                view << s.tr("cli.report.submit.cancelled") << "\n";
                if (asJson) {
                    s.out() << json{{"status", "cancelled"}}.dump(2) << "\n";
                }
                return kExitOk;
            }
        }

        // 4. Send.
        auto receipt = submitReport(collector, *text);
        if (!receipt) {
            return fail(s, receipt.error(), asJson);
        }
        if (asJson) {
            s.out() << json{{"status", receipt->outcome},
                            {"http_status", receipt->status},
                            {"report_id", receipt->reportId},
                            {"collector", collector.url}}
                           .dump(2)
                    << "\n";
        } else {
            s.out() << s.tr(receipt->outcome == "stored" ? "cli.report.submit.stored" : "cli.report.submit.duplicate",
                            {{"report_id", receipt->reportId}, {"url", collector.url}})
                    << "\n";
        }
        return kExitOk;
    }

private:
    int fail(Session& s, const Error& e, bool asJson)
    {
        s.printError(e);
        if (e.code == "submit.rejected") {
            const auto code = e.params.find("code");
            if (code != e.params.end() && s.catalog().has("submit.why." + code->second)) {
                s.err() << s.tr("submit.why." + code->second, e.params) << "\n";
            }
        }
        if (asJson) {
            json params = json::object();
            for (const auto& [k, v] : e.params) {
                params[k] = v;
            }
            s.out() << json{{"status", "failed"},
                            {"error", e.code},
                            {"params", params},
                            {"message", s.catalog().error(e)}}
                           .dump(2)
                    << "\n";
        }
        return exitFor(e);
    }

    std::string m_file;
    bool m_yes = false;
    std::string m_format = "text";
};

std::unique_ptr<Command> makeReportSubmitCommand()
{
    return std::make_unique<ReportSubmitCommand>();
}

} // namespace auditor::cli
