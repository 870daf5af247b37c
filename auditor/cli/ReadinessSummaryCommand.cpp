#include "cli/Commands.h"
#include "cli/Format.h"
#include "cli/Session.h"
#include "common/Files.h"
#include "common/Json.h"
#include "incidents/OrgProfileLoader.h"
#include "readiness/Profile.h"
#include "readiness/ReportStore.h"
#include "readiness/Summary.h"

#ifdef AUDITOR_WITH_PDF
#include "PrintSupport.h"
#include "ReadinessReport.h"
#endif

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <system_error>

namespace auditor::cli {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

/** What the three subcommands share: where the store and the profile are, and the filter. */
struct Sources
{
    fs::path db;
    fs::path profile;
    std::vector<std::string> units;
    std::vector<std::string> platforms;
};

/** Options every readiness view takes. */
void addSourceOptions(CLI::App* app, Sources& sources, const Catalog& help, bool filters)
{
    app->add_option("--db", sources.db, help.text("cli.readiness.summary.opt.db"))->type_name("FILE");
    app->add_option("--profile", sources.profile, help.text("cli.readiness.summary.opt.profile"))->type_name("FILE");
    if (filters) {
        app->add_option("--unit", sources.units, help.text("cli.readiness.summary.opt.unit"))->type_name("ID");
        app->add_option("--platform", sources.platforms, help.text("cli.readiness.summary.opt.platform"))
            ->type_name("ID");
    }
}

/** The profile, the content and the open store, or the exit code after saying what is wrong. */
struct Loaded
{
    ReadinessProfile profile;
    const Content* content = nullptr;
    std::unique_ptr<ReportStore> store;
    fs::path db;
    bool empty = false;
};

void printIssues(Session& s, const std::vector<JsonIssue>& issues)
{
    for (const JsonIssue& i : issues) {
        s.err() << "  " << i.file.string();
        if (i.line > 0) {
            s.err() << ":" << i.line << ":" << i.column;
        }
        s.err() << ": " << (i.pointer.empty() ? "" : i.pointer + ": ") << i.message << "\n";
    }
}

/**
 * Loads what a view needs, in the order a new IT lead meets problems: the profile (given, or
 * org-profile.json in the data folder), the content, then the collection database, which must
 * exist (opening would create it: a mistyped --db would then show an empty organisation).
 */
std::optional<int> load(Session& s, const Sources& sources, Loaded& loaded)
{
    std::error_code ec;
    fs::path profileFile = sources.profile;
    if (profileFile.empty()) {
        profileFile = s.options().dataDir / "org-profile.json";
        if (!fs::exists(profileFile, ec)) {
            s.err() << s.tr("cli.readiness.summary.no_profile", {{"file", profileFile.string()}}) << "\n";
            return kExitUsage;
        }
    }
    std::vector<JsonIssue> issues;
    auto org = loadOrgProfile(profileFile, s.options().contentDir, &issues);
    if (!org) {
        s.printError(org.error());
        printIssues(s, issues);
        return kExitUsage;
    }
    auto profile = readReadinessProfile(*org, &issues, profileFile);
    if (!profile) {
        s.printError(profile.error());
        printIssues(s, issues);
        return kExitUsage;
    }
    loaded.profile = std::move(*profile);

    loaded.content = s.content();
    if (loaded.content == nullptr) {
        return kExitContent;
    }

    loaded.db = sources.db.empty() ? s.options().dataDir / "collector" / "reports.sqlite" : sources.db;
    if (!fs::exists(loaded.db, ec)) {
        s.err() << s.tr("cli.readiness.summary.no_store", {{"db", loaded.db.string()}}) << "\n";
        return kExitStore;
    }
    auto store = openSqliteReportStore(loaded.db);
    if (!store) {
        s.printError(store.error());
        return kExitStore;
    }
    loaded.store = std::move(*store);
    auto count = loaded.store->count();
    if (!count) {
        s.printError(count.error());
        return kExitStore;
    }
    loaded.empty = *count == 0;
    return std::nullopt;
}

/** Says why the filter was refused; the valid ids help more than a bare "unknown". */
void printFilterError(Session& s, const Error& error, const ReadinessProfile& profile, const Content& content)
{
    std::string valid;
    if (error.code == "summary.unknown_unit") {
        for (const OrgUnit& u : profile.units) {
            valid += (valid.empty() ? "" : ", ") + u.id;
        }
    } else {
        for (const Platform& p : content.platforms()) {
            valid += (valid.empty() ? "" : ", ") + p.id;
        }
    }
    std::map<std::string, std::string> params = error.params;
    params["valid"] = valid;
    s.err() << s.tr("error." + error.code, params) << "\n";
}

Result<ReadinessSummary> summarizeFor(Session& s, const Loaded& loaded, const Sources& sources)
{
    return summarize(*loaded.store,
                     loaded.profile,
                     loaded.content,
                     s.lang(),
                     s.clock().now(),
                     SummaryFilter{sources.units, sources.platforms});
}

/** Counts its text in characters, not bytes (Vietnamese letters take two or three bytes). */
std::size_t width(const std::string& text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/** `text` cut to `columns` characters (with "…") and padded with spaces to it. */
std::string cell(const std::string& text, std::size_t columns, bool right = false)
{
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 1;
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xF0) {
            len = 4;
        } else if (lead >= 0xE0) {
            len = 3;
        } else if (lead >= 0xC0) {
            len = 2;
        }
        if (used + 1 == columns && width(text) > columns) {
            out += "…";
            ++used;
            break;
        }
        out += text.substr(i, len);
        ++used;
        i += len;
        if (used == columns) {
            break;
        }
    }
    const std::string pad(columns > used ? columns - used : 0, ' ');
    return right ? pad + out : out + pad;
}

std::string percentText(int percent)
{
    return percent < 0 ? "–" : std::to_string(percent) + " %";
}

std::string n(int value)
{
    return std::to_string(value);
}

/** The terminal dashboard: units, the singled-out checks per unit, who is missing, the trend. */
void printDashboard(
    Session& s, const ReadinessSummary& sum, const ReadinessProfile& profile, bool empty, const fs::path& db)
{
    std::ostream& out = s.out();
    out << s.tr("cli.readiness.summary.title",
                {{"org", sum.orgName.empty() ? sum.profileId : sum.orgName},
                 {"date", dateText(s, formatIsoDate(sum.generatedAt))}})
        << "\n"
        << s.tr("cli.readiness.summary.stale_rule", {{"days", n(sum.staleAfterDays)}}) << "\n";
    if (!sum.filter.units.empty() || !sum.filter.platforms.empty()) {
        std::string units;
        for (const std::string& u : sum.filter.units) {
            units += (units.empty() ? "" : ", ") + u;
        }
        std::string platforms;
        for (const std::string& p : sum.filter.platforms) {
            platforms += (platforms.empty() ? "" : ", ") + p;
        }
        out << s.tr("cli.readiness.summary.filtered",
                    {{"units", units.empty() ? s.tr("cli.readiness.summary.all") : units},
                     {"platforms", platforms.empty() ? s.tr("cli.readiness.summary.all") : platforms}})
            << "\n";
    }
    if (empty) {
        out << "\n" << s.tr("cli.readiness.summary.empty", {{"db", db.string()}}) << "\n";
    }

    // 1. Units.
    constexpr std::size_t kName = 30;
    out << "\n"
        << cell(s.tr("cli.readiness.summary.col.unit"), kName) << " "
        << cell(s.tr("cli.readiness.summary.col.reported"), 9, true) << " "
        << cell(s.tr("cli.readiness.summary.col.stale"), 8, true) << " "
        << cell(s.tr("cli.readiness.summary.col.missing"), 8, true) << " "
        << cell(s.tr("cli.readiness.summary.col.average"), 8, true) << "  " << s.tr("cli.readiness.summary.col.bands")
        << "\n";
    auto unitLine = [&](const UnitSummary& u, const std::string& name) {
        const std::string reported = n(u.reported) + "/" + (u.expected > 0 ? n(u.expected) : "?");
        out << cell(name, kName) << " " << cell(reported, 9, true) << " " << cell(n(u.stale), 8, true) << " "
            << cell(u.expected > 0 ? n(u.notReported) : "?", 8, true) << " "
            << cell(u.reported > 0 ? percentText(u.averagePercent) : "–", 8, true) << "  " << u.bands[1] << " / "
            << u.bands[2] << " / " << u.bands[3] << " / " << u.bands[4] << "\n";
    };
    for (const UnitSummary& u : sum.units) {
        unitLine(u, u.id == "?" ? s.tr("cli.readiness.summary.unknown_unit") : u.name);
    }
    unitLine(sum.total, s.tr("cli.readiness.summary.total"));
    out << s.tr("cli.readiness.summary.bands_legend",
                {{"at_risk", s.tr("band.at_risk")},
                 {"fair", s.tr("band.fair")},
                 {"good", s.tr("band.good")},
                 {"complete", s.tr("band.complete")}})
        << "\n";

    // 2. The checks the profile singles out, else the five least done: percent done per unit.
    std::vector<const CheckRow*> rows;
    for (const CheckRow& r : sum.checks) {
        if (r.required) {
            rows.push_back(&r);
        }
    }
    const bool required = !rows.empty();
    if (!required) {
        for (const CheckRow& r : sum.checks) {
            if (r.total.percentDone() >= 0) {
                rows.push_back(&r);
            }
        }
        std::stable_sort(rows.begin(), rows.end(), [](const CheckRow* a, const CheckRow* b) {
            return a->total.percentDone() < b->total.percentDone();
        });
        rows.resize(std::min<std::size_t>(rows.size(), 5));
    }
    if (!rows.empty()) {
        out << "\n"
            << s.tr(required ? "cli.readiness.summary.required_checks" : "cli.readiness.summary.least_done") << "\n";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            out << "  [" << i + 1 << "] " << rows[i]->title << " (" << rows[i]->check << ")\n";
        }
        out << cell(s.tr("cli.readiness.summary.col.unit"), kName);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            out << " " << cell("[" + std::to_string(i + 1) + "]", 6, true);
        }
        out << "\n";
        auto checkLine = [&](const std::string& name, auto cellOf) {
            out << cell(name, kName);
            for (const CheckRow* r : rows) {
                out << " " << cell(percentText(cellOf(*r).percentDone()), 6, true);
            }
            out << "\n";
        };
        for (std::size_t u = 0; u < sum.units.size(); ++u) {
            checkLine(sum.units[u].id == "?" ? s.tr("cli.readiness.summary.unknown_unit") : sum.units[u].name,
                      [u](const CheckRow& r) -> const CellStats& { return r.cells[u]; });
        }
        checkLine(s.tr("cli.readiness.summary.total"), [](const CheckRow& r) -> const CellStats& { return r.total; });
        int missing = 0;
        for (const CheckRow* r : rows) {
            missing = std::max(missing, r->total.missing);
        }
        if (missing > 0) {
            out << s.tr("cli.readiness.summary.missing_platforms", {{"count", n(missing)}}) << "\n";
        }
    }

    // 3. Who has not reported, and whose report is stale: counts only.
    out << "\n";
    if (sum.total.notReported > 0) {
        std::string where;
        for (const UnitSummary& u : sum.units) {
            if (u.notReported > 0) {
                where += (where.empty() ? "" : "; ") + u.name + ": " + n(u.notReported);
            }
        }
        out << s.tr("cli.readiness.summary.not_reported", {{"count", n(sum.total.notReported)}, {"where", where}})
            << "\n";
    } else {
        out << s.tr("cli.readiness.summary.all_reported") << "\n";
    }
    if (sum.total.stale > 0) {
        out << s.tr("cli.readiness.summary.stale_people",
                    {{"count", n(sum.total.stale)}, {"days", n(sum.staleAfterDays)}})
            << "\n";
    }
    if (sum.otherProfileReports > 0) {
        out << s.tr("cli.readiness.summary.other_profile",
                    {{"count", n(sum.otherProfileReports)}, {"profile", profile.profileId}})
            << "\n";
    }

    // 4. The trend.
    out << "\n"
        << s.tr("cli.readiness.summary.trend") << "\n"
        << cell(s.tr("cli.readiness.summary.col.week"), 14) << " "
        << cell(s.tr("cli.readiness.summary.col.people"), 9, true) << " "
        << cell(s.tr("cli.readiness.summary.col.average"), 8, true) << " "
        << cell(s.tr("cli.readiness.summary.col.good"), 16, true) << "\n";
    for (const TrendPoint& p : sum.trend) {
        out << cell(dateText(s, p.weekEnding), 14) << " " << cell(n(p.people), 9, true) << " "
            << cell(p.people > 0 ? percentText(p.averagePercent) : "–", 8, true) << " " << cell(n(p.complete), 16, true)
            << "\n";
    }
}

/** `auditor readiness summary [--db FILE] [--profile FILE] [--unit ID]… [--platform ID]… [--format text|json]`. */
class SummaryCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* group = groupCommand(parent, "readiness", help.text("cli.readiness.summary.group"));
        CLI::App* app = group->add_subcommand("summary", help.text("cli.readiness.summary.description"));
        addSourceOptions(app, m_sources, help, true);
        app->add_option("--format", m_format, help.text("cli.opt.format"))->check(CLI::IsMember({"text", "json"}));
        return app;
    }

    int execute(Session& s) override
    {
        Loaded loaded;
        if (auto failed = load(s, m_sources, loaded)) {
            return *failed;
        }
        auto summary = summarizeFor(s, loaded, m_sources);
        if (!summary) {
            if (summary.error().code.rfind("summary.", 0) == 0) {
                printFilterError(s, summary.error(), loaded.profile, *loaded.content);
                return kExitUsage;
            }
            s.printError(summary.error());
            return kExitStore;
        }
        if (m_format == "json") {
            s.out() << summaryToJson(*summary).dump(2) << "\n";
            return kExitOk;
        }
        printDashboard(s, *summary, loaded.profile, loaded.empty, loaded.db);
        return kExitOk;
    }

private:
    Sources m_sources;
    std::string m_format = "text";
};

/** `auditor readiness export --format csv|json|pdf --out FILE [--what units|checks|people] [filters]`. */
class ExportCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* group = groupCommand(parent, "readiness", help.text("cli.readiness.summary.group"));
        CLI::App* app = group->add_subcommand("export", help.text("cli.readiness.export.description"));
        addSourceOptions(app, m_sources, help, true);
        app->add_option("--format", m_format, help.text("cli.readiness.export.opt.format"))
            ->required()
            ->check(CLI::IsMember({"csv", "json", "pdf"}));
        app->add_option("--out", m_out, help.text("cli.readiness.export.opt.out"))->type_name("FILE")->required();
        app->add_option("--what", m_what, help.text("cli.readiness.export.opt.what"))
            ->check(CLI::IsMember({"checks", "units", "people"}));
        return app;
    }

    int execute(Session& s) override
    {
#ifndef AUDITOR_WITH_PDF
        if (m_format == "pdf") {
            s.err() << s.tr("cli.readiness.export.no_pdf") << "\n";
            return kExitUsage;
        }
#endif
        Loaded loaded;
        if (auto failed = load(s, m_sources, loaded)) {
            return *failed;
        }
        auto summary = summarizeFor(s, loaded, m_sources);
        if (!summary) {
            if (summary.error().code.rfind("summary.", 0) == 0) {
                printFilterError(s, summary.error(), loaded.profile, *loaded.content);
                return kExitUsage;
            }
            s.printError(summary.error());
            return kExitStore;
        }
        if (m_what == "people" && !summary->peopleShown) {
            s.err() << s.tr("cli.readiness.people.not_allowed") << "\n";
            return kExitUsage;
        }
        Status written = Ok{};
        if (m_format == "pdf") {
#ifdef AUDITOR_WITH_PDF
            print::ensureGuiApplication(); // headless: the offscreen platform, no display needed
            std::map<std::string, std::string> platformNames;
            if (const Content* content = s.content()) {
                for (const Platform& platform : content->platforms()) {
                    platformNames[platform.id] = platform.name.in(s.lang());
                }
            }
            written = writeReadinessPdf(*summary, s.lang(), m_out, platformNames);
#endif
        } else if (m_format == "json") {
            written = writeFileAtomically(m_out, summaryToJson(*summary).dump(2) + "\n", {false, true});
        } else {
            const CsvTable table
                = m_what == "units" ? CsvTable::Units : (m_what == "people" ? CsvTable::People : CsvTable::Checks);
            written = writeFileAtomically(m_out, summaryToCsv(*summary, s.lang(), table), {false, true});
        }
        if (!written) {
            s.printError(written.error());
            return kExitStore;
        }
        s.out() << s.tr("cli.readiness.export.written",
                        {{"file", m_out.string()}, {"reported", n(summary->total.reported)}})
                << "\n";
        if (loaded.empty) {
            s.err() << s.tr("cli.readiness.summary.empty", {{"db", loaded.db.string()}}) << "\n";
        }
        return kExitOk;
    }

private:
    Sources m_sources;
    std::string m_format;
    fs::path m_out;
    std::string m_what = "checks";
};

/** `auditor readiness people --check ID [--unit ID] [--state S]… [--format text|json]`: the drill-down. */
class PeopleCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* group = groupCommand(parent, "readiness", help.text("cli.readiness.summary.group"));
        CLI::App* app = group->add_subcommand("people", help.text("cli.readiness.people.description"));
        addSourceOptions(app, m_sources, help, false);
        app->add_option("--unit", m_unit, help.text("cli.readiness.people.opt.unit"))->type_name("ID");
        app->add_option("--check", m_check, help.text("cli.readiness.people.opt.check"))->type_name("ID")->required();
        app->add_option("--state", m_states, help.text("cli.readiness.people.opt.state"))
            ->check(CLI::IsMember({"open", "done", "stale", "not_done", "not_applicable", "risk_accepted", "missing"}));
        app->add_option("--format", m_format, help.text("cli.opt.format"))->check(CLI::IsMember({"text", "json"}));
        return app;
    }

    int execute(Session& s) override
    {
        Loaded loaded;
        if (auto failed = load(s, m_sources, loaded)) {
            return *failed;
        }
        if (!loaded.profile.showPeople) {
            s.err() << s.tr("cli.readiness.people.not_allowed") << "\n";
            return kExitUsage;
        }
        if (loaded.content->check(m_check) == nullptr) {
            s.err() << s.tr("cli.readiness.people.unknown_check", {{"check", m_check}}) << "\n";
            return kExitUsage;
        }
        std::vector<CheckState> states;
        bool missing = m_states.empty();
        for (const std::string& state : m_states) {
            if (state == "missing") {
                missing = true;
            } else {
                states.push_back(checkStateFromString(state));
            }
        }
        if (!m_states.empty() && states.empty()) {
            states.push_back(CheckState::NotRelevant); // only "missing": no reported state matches
        }
        auto people = drillDown(
            *loaded.store, loaded.profile, loaded.content, s.clock().now(), m_unit, m_check, states, missing);
        if (!people) {
            if (people.error().code.rfind("summary.", 0) == 0) {
                printFilterError(s, people.error(), loaded.profile, *loaded.content);
                return kExitUsage;
            }
            s.printError(people.error());
            return kExitStore;
        }
        if (m_format == "json") {
            json list = json::array();
            for (const PersonLine& p : *people) {
                list.push_back(json{{"person_id", p.personId},
                                    {"label", p.label},
                                    {"unit", p.unit},
                                    {"generated_at", formatIsoUtc(p.generatedAt)},
                                    {"percent", p.percent},
                                    {"stale", p.stale},
                                    {"open_incidents", p.openIncidents}});
            }
            s.out() << json{{"check", m_check}, {"unit", m_unit}, {"states", m_states}, {"people", list}}.dump(2)
                    << "\n";
            return kExitOk;
        }
        const Check* check = loaded.content->check(m_check);
        s.out() << s.tr(
            "cli.readiness.people.title",
            {{"check", check->title.in(s.lang())}, {"id", m_check}, {"count", n(static_cast<int>(people->size()))}})
                << "\n";
        if (people->empty()) {
            s.out() << s.tr("cli.readiness.people.none") << "\n";
        }
        std::string unit;
        for (const PersonLine& p : *people) {
            if (p.unit != unit) {
                unit = p.unit;
                const OrgUnit* known = nullptr;
                for (const OrgUnit& u : loaded.profile.units) {
                    known = u.id == unit ? &u : known;
                }
                s.out() << "\n" << (known ? known->name : s.tr("cli.readiness.summary.unknown_unit")) << "\n";
            }
            s.out() << "  " << cell(p.label, 32) << " " << cell(percentText(p.percent), 6, true) << "  "
                    << dateText(s, formatIsoDate(p.generatedAt));
            if (p.stale) {
                s.out() << "  " << s.tr("cli.readiness.people.stale");
            }
            s.out() << "\n";
        }
        return kExitOk;
    }

private:
    Sources m_sources;
    std::string m_unit;
    std::string m_check;
    std::vector<std::string> m_states;
    std::string m_format = "text";
};

/** The three views, registered as one Command so that Commands.cpp needs one line. */
class ReadinessSummaryCommands final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        m_apps = {m_summary.setup(parent, help), m_export.setup(parent, help), m_people.setup(parent, help)};
        return m_apps.front()->get_parent();
    }

    int execute(Session& s) override
    {
        if (m_apps[1]->parsed()) {
            return m_export.execute(s);
        }
        if (m_apps[2]->parsed()) {
            return m_people.execute(s);
        }
        return m_summary.execute(s);
    }

private:
    SummaryCommand m_summary;
    ExportCommand m_export;
    PeopleCommand m_people;
    std::vector<CLI::App*> m_apps;
};

} // namespace

std::unique_ptr<Command> makeReadinessSummaryCommand()
{
    return std::make_unique<ReadinessSummaryCommands>();
}

} // namespace auditor::cli
