#include "cli/Commands.h"
#include "cli/Session.h"
#include "common/Json.h"
#include "incidents/OrgProfileLoader.h"
#include "readiness/FolderImport.h"
#include "readiness/ReportStore.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

namespace auditor::cli {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

void printIssues(std::ostream& out, const std::vector<JsonIssue>& issues)
{
    for (const JsonIssue& i : issues) {
        out << "    " << i.file.string();
        if (i.line > 0) {
            out << ":" << i.line << ":" << i.column;
        }
        out << ": " << (i.pointer.empty() ? "" : i.pointer + ": ") << i.message << "\n";
    }
}

json issuesToJson(const std::vector<JsonIssue>& issues)
{
    json all = json::array();
    for (const JsonIssue& i : issues) {
        json issue{{"file", i.file.string()}, {"pointer", i.pointer}, {"message", i.message}};
        if (i.line > 0) {
            issue["line"] = i.line;
            issue["column"] = i.column;
        }
        all.push_back(issue);
    }
    return all;
}

/**
 * The profile's id and unit ids, read from the loaded profile's own keys ("id", and "units":
 * [{"id": …}, …]) without the readiness part of the profile (part A's readReadinessProfile), so
 * that import does not depend on the rest of it.
 */
ImportRules rulesFromProfile(const LoadedOrgProfile& loaded)
{
    ImportRules rules;
    rules.profileId = loaded.profile.id;
    const auto units = loaded.otherKeys.find("units");
    if (units != loaded.otherKeys.end() && units->is_array()) {
        for (const json& unit : *units) {
            if (unit.is_object() && unit.contains("id") && unit["id"].is_string()) {
                rules.units.push_back(unit["id"].get<std::string>());
            }
        }
    }
    return rules;
}

/** Why a file was refused, in the reader's language. */
std::string refusalText(const Session& s, const ImportedFile& f)
{
    std::map<std::string, std::string> params = f.error.params;
    if (params["pointer"].empty() && !f.issues.empty()) {
        params["pointer"] = f.issues.front().pointer;
    }
    std::string code = f.error.code;
    // A report made before its sender joined any profile, or without a unit: say that, not "".
    if (code == "report.wrong_profile" && params["found"].empty()) {
        code = "report.no_profile";
    } else if (code == "report.unknown_unit" && params["unit"].empty()) {
        code = "report.no_unit";
    }
    const std::string key = code.rfind("report.", 0) == 0 ? "cli.readiness.import.why." + code.substr(7) : "";
    if (!key.empty() && s.catalog().text(key, params) != key) {
        return s.catalog().text(key, params);
    }
    return s.catalog().error(f.error); // an error of another kind: its own sentence
}

std::string outcomeId(ImportedFile::Outcome outcome)
{
    switch (outcome) {
    case ImportedFile::Outcome::Stored:
        return "stored";
    case ImportedFile::Outcome::Duplicate:
        return "duplicate";
    case ImportedFile::Outcome::Refused:
        return "refused";
    }
    return "refused";
}

/** `auditor readiness import DIR [--db FILE] [--profile FILE] [--format text|json]`. */
class ReadinessImportCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* readiness = groupCommand(parent, "readiness", help.text("cli.readiness.import.group"));
        CLI::App* import = readiness->add_subcommand("import", help.text("cli.readiness.import.description"));
        import->add_option("dir", m_dir, help.text("cli.readiness.import.dir"))->required()->type_name("DIR");
        import->add_option("--db", m_db, help.text("cli.readiness.import.db"))->type_name("FILE");
        import->add_option("--profile", m_profile, help.text("cli.readiness.import.profile"))->type_name("FILE");
        import->add_option("--format", m_format, help.text("cli.opt.format"))->check(CLI::IsMember({"text", "json"}));
        return import;
    }

    int execute(Session& s) override
    {
        std::error_code ec;
        if (!fs::is_directory(m_dir, ec)) {
            s.err() << s.tr("cli.readiness.import.no_dir", {{"dir", m_dir.string()}}) << "\n";
            return kExitUsage;
        }

        // The organisation profile: given, or the one the IT lead keeps in the data folder.
        ImportRules rules;
        fs::path profileFile = m_profile;
        if (profileFile.empty() && fs::exists(s.options().dataDir / "org-profile.json", ec)) {
            profileFile = s.options().dataDir / "org-profile.json";
        }
        if (!profileFile.empty()) {
            std::vector<JsonIssue> issues;
            auto loaded = loadOrgProfile(profileFile, s.options().contentDir, &issues);
            if (!loaded) {
                s.printError(loaded.error());
                printIssues(s.err(), issues);
                return kExitUsage;
            }
            rules = rulesFromProfile(*loaded);
        }

        auto validator = SchemaValidator::fromFile(s.options().contentDir / "schema" / "staff-report.schema.json");
        if (!validator) {
            s.printError(validator.error());
            return kExitContent;
        }
        const fs::path db = m_db.empty() ? s.options().dataDir / "collector" / "reports.sqlite" : m_db;
        auto store = openSqliteReportStore(db);
        if (!store) {
            s.printError(store.error());
            return kExitStore;
        }
        auto imported = importReportFolder(m_dir, **store, *validator, rules, s.clock().now());
        if (!imported) {
            s.printError(imported.error());
            return imported.error().code == "store.import_folder" ? kExitUsage : kExitStore;
        }
        if (m_format == "json") {
            printJson(s, *imported, db, rules);
        } else {
            printText(s, *imported, db);
        }
        return imported->refused > 0 ? kExitProblemsFound : kExitOk;
    }

private:
    void printText(Session& s, const FolderImport& imported, const fs::path& db)
    {
        if (imported.files.empty()) {
            s.out() << s.tr("cli.readiness.import.none", {{"dir", m_dir.string()}}) << "\n";
        }
        for (const ImportedFile& f : imported.files) {
            const std::map<std::string, std::string> params{{"file", f.file.string()}};
            switch (f.outcome) {
            case ImportedFile::Outcome::Stored:
                s.out() << s.tr(f.newestForPerson ? "cli.readiness.import.stored" : "cli.readiness.import.stored_older",
                                params)
                        << "\n";
                break;
            case ImportedFile::Outcome::Duplicate:
                s.out() << s.tr("cli.readiness.import.duplicate", params) << "\n";
                break;
            case ImportedFile::Outcome::Refused:
                s.out() << s.tr("cli.readiness.import.refused", {{"file", f.file.string()}, {"why", refusalText(s, f)}})
                        << "\n";
                if (f.error.code == "report.invalid") {
                    printIssues(s.out(), f.issues); // each problem at its pointer
                }
                break;
            }
        }
        s.out() << s.tr("cli.readiness.import.total",
                        {{"files", std::to_string(imported.files.size())},
                         {"stored", std::to_string(imported.stored)},
                         {"duplicates", std::to_string(imported.duplicates)},
                         {"refused", std::to_string(imported.refused)},
                         {"db", db.string()}})
                << "\n";
        if (imported.refused > 0) {
            s.out() << s.tr("cli.readiness.import.refused_hint") << "\n";
        }
    }

    void printJson(Session& s, const FolderImport& imported, const fs::path& db, const ImportRules& rules)
    {
        json files = json::array();
        for (const ImportedFile& f : imported.files) {
            json entry{{"file", f.file.string()}, {"outcome", outcomeId(f.outcome)}};
            if (!f.reportId.empty()) {
                entry["report_id"] = f.reportId;
                entry["person_id"] = f.personId;
                entry["unit"] = f.unit;
            }
            if (f.outcome == ImportedFile::Outcome::Refused) {
                json params = json::object();
                for (const auto& [key, value] : f.error.params) {
                    params[key] = value;
                }
                entry["error"] = json{{"code", f.error.code},
                                      {"params", params},
                                      {"message", refusalText(s, f)},
                                      {"issues", issuesToJson(f.issues)}};
            } else {
                entry["newest_for_person"] = f.newestForPerson;
            }
            files.push_back(entry);
        }
        const json out{{"db", db.string()},
                       {"profile_id", rules.profileId ? json(*rules.profileId) : json(nullptr)},
                       {"files", files},
                       {"total",
                        {{"files", imported.files.size()},
                         {"stored", imported.stored},
                         {"duplicates", imported.duplicates},
                         {"refused", imported.refused}}}};
        s.out() << out.dump(2) << "\n";
    }

    fs::path m_dir;
    fs::path m_db;
    fs::path m_profile;
    std::string m_format = "text";
};

} // namespace

std::unique_ptr<Command> makeReadinessImportCommand()
{
    return std::make_unique<ReadinessImportCommand>();
}

} // namespace auditor::cli
