#include "cli/Commands.h"
#include "cli/Session.h"
#include "common/Files.h"
#include "readiness/Enrolment.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <regex>

namespace auditor::cli {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

void printIssues(Session& s, const std::vector<JsonIssue>& issues)
{
    for (const JsonIssue& i : issues) {
        s.err() << "  " << i.file.string();
        if (i.line > 0) {
            s.err() << ":" << i.line << ":" << i.column;
        }
        s.err() << ": " << (i.pointer.empty() ? "/" : i.pointer) << ": " << i.message << "\n";
    }
}

/** The person's to fix (usage), unless the data folder could not be written (store). */
int fail(Session& s, const Error& e, const std::vector<JsonIssue>& issues = {})
{
    s.printError(e);
    if (e.code != "json.syntax") {
        printIssues(s, issues);
    }
    return e.code.rfind("file.", 0) == 0 ? kExitStore : kExitUsage;
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& i : items) {
        out += (out.empty() ? "" : ", ") + i;
    }
    return out;
}

std::string yesNo(Session& s, bool v)
{
    return s.tr(v ? "org.word.yes" : "org.word.no");
}

json readinessToJson(const ReadinessProfile& p)
{
    json units = json::array();
    for (const OrgUnit& u : p.units) {
        units.push_back({{"id", u.id}, {"name", u.name}, {"kind", u.kind}, {"expected_staff", u.expectedStaff}});
    }
    return json{{"id", p.profileId},
                {"org_name", p.orgName},
                {"parent_name", p.parentName},
                {"units", units},
                {"requirements", {{"platforms", p.requiredPlatforms}, {"checks", p.requiredChecks}}},
                {"recheck", {{"report_every_days", p.reportEveryDays}, {"stale_after_days", p.staleAfterDays}}},
                {"privacy", {{"name", p.includeName}, {"email", p.includeEmail}, {"show_people", p.showPeople}}},
                {"collector",
                 {{"url", p.collector.url},
                  {"fingerprint", p.collector.fingerprint},
                  {"token", p.collector.token.empty() ? "" : maskToken(p.collector.token)},
                  {"configured", p.collector.configured()}}}};
}

void printUnits(Session& s, const ReadinessProfile& p)
{
    for (const OrgUnit& u : p.units) {
        s.out() << "  - " << u.name << " (" << u.id << ", " << s.tr("org.kind." + u.kind) << ")";
        if (u.expectedStaff > 0) {
            s.out() << ": " << s.tr("org.show.expected", {{"count", std::to_string(u.expectedStaff)}});
        }
        s.out() << "\n";
    }
}

bool validEmail(const std::string& email)
{
    static const std::regex pattern(R"(^[^@\s]+@[^@\s]+$)");
    return email.size() <= 200 && std::regex_match(email, pattern);
}

} // namespace

/**
 * `auditor org …`: the organisation profile. The IT lead makes and edits it (init, show, edit,
 * code); staff install it (import) and say which unit they belong to (join).
 */
class OrgCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        m_app = parent.add_subcommand("org", help.text("org.cli.description"));
        m_app->require_subcommand(1);
        const auto profileOpt = [&](CLI::App* sub) {
            sub->add_option("--profile", m_profile, help.text("org.cli.profile"))->type_name("FILE");
        };

        m_init = m_app->add_subcommand("init", help.text("org.cli.init"));
        m_init->add_option("--id", m_id, help.text("org.cli.id"))->required()->type_name("ID");
        m_init->add_option("--name", m_name, help.text("org.cli.name"))->required()->type_name("NAME");
        m_init->add_option("--parent", m_parent, help.text("org.cli.parent"))->type_name("NAME");
        m_init->add_option("--out", m_out, help.text("org.cli.out"))->type_name("FILE");
        m_init->add_flag("--force", m_force, help.text("org.cli.force"));

        m_show = m_app->add_subcommand("show", help.text("org.cli.show"));
        profileOpt(m_show);
        m_show->add_option("--format", m_format, help.text("cli.opt.format"))->check(CLI::IsMember({"text", "json"}));

        m_edit = m_app->add_subcommand("edit", help.text("org.cli.edit"));
        profileOpt(m_edit);
        m_edit->add_option("--add-unit", m_addUnit, help.text("org.cli.add_unit"))->type_name("ID=NAME");
        m_edit->add_option("--kind", m_kind, help.text("org.cli.kind"))
            ->check(CLI::IsMember({"school", "office", "department"}));
        m_edit->add_option("--expected", m_expected, help.text("org.cli.expected"))->type_name("N");
        m_edit->add_option("--remove-unit", m_removeUnit, help.text("org.cli.remove_unit"))->type_name("ID");
        m_edit->add_option("--require-platform", m_requirePlatform, help.text("org.cli.require_platform"))
            ->type_name("ID");
        m_edit->add_option("--unrequire-platform", m_unrequirePlatform, help.text("org.cli.unrequire_platform"))
            ->type_name("ID");
        m_edit->add_option("--require-check", m_requireCheck, help.text("org.cli.require_check"))->type_name("ID");
        m_edit->add_option("--unrequire-check", m_unrequireCheck, help.text("org.cli.unrequire_check"))
            ->type_name("ID");
        m_edit->add_option("--report-every", m_reportEvery, help.text("org.cli.report_every"))->type_name("DAYS");
        m_edit->add_option("--stale-after", m_staleAfter, help.text("org.cli.stale_after"))->type_name("DAYS");
        const auto yesNoOpt = [&](const char* name, std::string& target, const char* key) {
            m_edit->add_option(name, target, help.text(key))->check(CLI::IsMember({"yes", "no"}));
        };
        yesNoOpt("--share-name", m_shareName, "org.cli.share_name");
        yesNoOpt("--share-email", m_shareEmail, "org.cli.share_email");
        yesNoOpt("--show-people", m_showPeople, "org.cli.show_people");
        m_edit->add_option("--collector-url", m_collectorUrl, help.text("org.cli.collector_url"))->type_name("URL");
        m_edit->add_option("--collector-fingerprint", m_fingerprint, help.text("org.cli.collector_fingerprint"))
            ->type_name("FP");
        m_edit->add_flag("--new-token", m_newToken, help.text("org.cli.new_token"));

        m_code = m_app->add_subcommand("code", help.text("org.cli.code"));
        profileOpt(m_code);

        m_import = m_app->add_subcommand("import", help.text("org.cli.import"));
        auto* file = m_import->add_option("file", m_in, help.text("org.cli.import_file"))->type_name("FILE");
        auto* code = m_import->add_option("--code", m_codeText, help.text("org.cli.import_code"))->type_name("CODE");
        auto* codeFile
            = m_import->add_option("--code-file", m_codeFile, help.text("org.cli.import_code_file"))->type_name("FILE");
        file->excludes(code)->excludes(codeFile);
        code->excludes(codeFile);

        m_join = m_app->add_subcommand("join", help.text("org.cli.join"));
        m_join->add_option("--unit", m_unit, help.text("org.cli.unit"))->required()->type_name("ID");
        m_join->add_option("--name", m_personName, help.text("org.cli.person_name"))->type_name("NAME");
        m_join->add_option("--email", m_email, help.text("org.cli.email"))->type_name("EMAIL");
        return m_app;
    }

    int execute(Session& s) override
    {
        if (m_init->parsed()) {
            return init(s);
        }
        if (m_show->parsed()) {
            return show(s);
        }
        if (m_edit->parsed()) {
            return edit(s);
        }
        if (m_code->parsed()) {
            return code(s);
        }
        if (m_import->parsed()) {
            return import(s);
        }
        if (m_join->parsed()) {
            return join(s);
        }
        return kExitUsage;
    }

private:
    fs::path profileFile(const Session& s) const
    {
        return m_profile.empty() ? installedProfilePath(s.options().dataDir) : fs::path(m_profile);
    }

    int init(Session& s)
    {
        const fs::path out = m_out.empty() ? installedProfilePath(s.options().dataDir) : fs::path(m_out);
        std::error_code ec;
        if (fs::exists(out, ec) && !m_force) {
            return fail(s, Error("org.exists", {{"file", out.string()}}));
        }
        json profile = newProfileTemplate(m_id, m_name, m_parent);
        profile["collector"] = {{"token", newEnrolmentToken()}};
        std::vector<JsonIssue> issues;
        auto full = checkProfileJson(profile, s.options().contentDir, out.parent_path(), &issues, out);
        if (!full) {
            return fail(s, full.error(), issues);
        }
        if (auto st = saveProfileFile(out, profile); !st) {
            return fail(s, st.error());
        }
        s.out() << s.tr("org.init.created", {{"name", m_name}, {"file", out.string()}}) << "\n"
                << s.tr("org.init.next", {{"file", out.string()}}) << "\n";
        return kExitOk;
    }

    Result<FullProfile> load(Session& s, const fs::path& file, std::vector<JsonIssue>& issues)
    {
        std::error_code ec;
        if (!fs::exists(file, ec)) {
            return Error("org.no_profile", {{"file", file.string()}});
        }
        return loadFullProfile(file, s.options().contentDir, &issues);
    }

    int show(Session& s)
    {
        std::vector<JsonIssue> issues;
        auto full = load(s, profileFile(s), issues);
        if (!full) {
            return fail(s, full.error(), issues);
        }
        const ReadinessProfile& p = full->readiness;
        if (m_format == "json") {
            s.out() << readinessToJson(p).dump(2) << "\n";
            return kExitOk;
        }
        s.out() << s.tr("org.show.organisation", {{"name", p.orgName}, {"id", p.profileId}}) << "\n";
        if (!p.parentName.empty()) {
            s.out() << s.tr("org.show.parent", {{"name", p.parentName}}) << "\n";
        }
        s.out() << s.tr("org.show.units", {{"count", std::to_string(p.units.size())}}) << "\n";
        printUnits(s, p);
        s.out() << s.tr("org.show.platforms",
                        {{"list", p.requiredPlatforms.empty() ? s.tr("org.word.none") : joined(p.requiredPlatforms)}})
                << "\n"
                << s.tr("org.show.checks",
                        {{"list", p.requiredChecks.empty() ? s.tr("org.word.none") : joined(p.requiredChecks)}})
                << "\n"
                << s.tr("org.show.recheck",
                        {{"every", std::to_string(p.reportEveryDays)}, {"stale", std::to_string(p.staleAfterDays)}})
                << "\n"
                << s.tr("org.show.privacy_name", {{"answer", yesNo(s, p.includeName)}}) << "\n"
                << s.tr("org.show.privacy_email", {{"answer", yesNo(s, p.includeEmail)}}) << "\n"
                << s.tr(p.showPeople ? "org.show.people_listed" : "org.show.people_counted") << "\n";
        if (p.collector.url.empty()) {
            s.out() << s.tr("org.show.no_collector") << "\n";
        } else {
            s.out() << s.tr("org.show.collector", {{"url", p.collector.url}}) << "\n"
                    << s.tr("org.show.fingerprint",
                            {{"fingerprint",
                              p.collector.fingerprint.empty() ? s.tr("org.word.missing") : p.collector.fingerprint}})
                    << "\n";
        }
        s.out() << s.tr(
            "org.show.token",
            {{"token", p.collector.token.empty() ? s.tr("org.word.missing") : maskToken(p.collector.token)}})
                << "\n";
        return kExitOk;
    }

    /** One change to the profile's JSON; false (with the error printed) refuses the whole edit. */
    int edit(Session& s)
    {
        const fs::path file = profileFile(s);
        std::vector<JsonIssue> issues;
        auto full = load(s, file, issues);
        if (!full) {
            return fail(s, full.error(), issues);
        }
        auto raw = loadJsonFile(file);
        if (!raw) {
            return fail(s, raw.error());
        }
        json doc = *raw;
        const Content* content = s.content();
        if (!content) {
            return kExitContent;
        }
        std::vector<std::string> changes;

        if (!m_kind.empty() || m_expected >= 0) {
            if (m_addUnit.empty()) {
                return fail(s, Error("org.kind_needs_unit"));
            }
        }
        json& units = doc["units"];
        if (!units.is_array()) {
            units = json::array();
        }
        if (!m_addUnit.empty()) {
            const std::size_t eq = m_addUnit.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == m_addUnit.size()) {
                return fail(s, Error("org.bad_unit_arg", {{"value", m_addUnit}}));
            }
            const std::string id = m_addUnit.substr(0, eq);
            if (full->readiness.unit(id)) {
                return fail(s, Error("org.unit_exists", {{"id", id}}));
            }
            json unit{{"id", id}, {"name", m_addUnit.substr(eq + 1)}, {"kind", m_kind.empty() ? "school" : m_kind}};
            unit["expected_staff"] = std::max(m_expected, 0);
            units.push_back(unit);
            changes.push_back(s.tr("org.edit.unit_added", {{"id", id}}));
        }
        if (!m_removeUnit.empty()) {
            const auto before = units.size();
            units.erase(std::remove_if(units.begin(),
                                       units.end(),
                                       [&](const json& u) { return u.value("id", "") == m_removeUnit; }),
                        units.end());
            if (units.size() == before) {
                return fail(s, unknownUnit(full->readiness, m_removeUnit));
            }
            changes.push_back(s.tr("org.edit.unit_removed", {{"id", m_removeUnit}}));
        }
        json& requirements = doc["requirements"];
        if (!requirements.is_object()) {
            requirements = json::object();
        }
        const auto addTo = [&](const char* list, const std::string& id) {
            json& items = requirements[list];
            if (!items.is_array()) {
                items = json::array();
            }
            if (std::find(items.begin(), items.end(), id) == items.end()) {
                items.push_back(id);
            }
        };
        const auto removeFrom = [&](const char* list, const std::string& id) {
            json& items = requirements[list];
            if (!items.is_array()) {
                return false;
            }
            const auto it = std::find(items.begin(), items.end(), id);
            if (it == items.end()) {
                return false;
            }
            items.erase(it);
            return true;
        };
        for (const std::string& id : m_requirePlatform) {
            if (!content->platform(id)) {
                std::vector<std::string> ids;
                for (const Platform& p : content->platforms()) {
                    ids.push_back(p.id);
                }
                return fail(s, Error("org.unknown_platform", {{"id", id}, {"known", joined(ids)}}));
            }
            addTo("platforms", id);
            changes.push_back(s.tr("org.edit.required", {{"id", id}}));
        }
        for (const std::string& id : m_unrequirePlatform) {
            if (!removeFrom("platforms", id)) {
                return fail(s, Error("org.not_required", {{"id", id}}));
            }
            changes.push_back(s.tr("org.edit.unrequired", {{"id", id}}));
        }
        for (const std::string& id : m_requireCheck) {
            if (!content->check(id)) {
                std::vector<std::string> ids;
                const std::string platform = id.substr(0, id.find('.'));
                for (const Platform& p : content->platforms()) {
                    // The list is long: only the checks of the platform named, when it exists.
                    if (content->platform(platform) && p.id != platform) {
                        continue;
                    }
                    for (const Check& c : p.checks) {
                        ids.push_back(c.id);
                    }
                }
                return fail(s, Error("org.unknown_check", {{"id", id}, {"known", joined(ids)}}));
            }
            addTo("checks", id);
            changes.push_back(s.tr("org.edit.required", {{"id", id}}));
        }
        for (const std::string& id : m_unrequireCheck) {
            if (!removeFrom("checks", id)) {
                return fail(s, Error("org.not_required", {{"id", id}}));
            }
            changes.push_back(s.tr("org.edit.unrequired", {{"id", id}}));
        }
        if (m_reportEvery >= 0 || m_staleAfter >= 0) {
            json& recheck = doc["recheck"];
            if (!recheck.is_object()) {
                recheck = json::object();
            }
            if (m_reportEvery >= 0) {
                recheck["report_every_days"] = m_reportEvery;
            }
            if (m_staleAfter >= 0) {
                recheck["stale_after_days"] = m_staleAfter;
            }
            changes.push_back(s.tr("org.edit.recheck"));
        }
        const auto setPrivacy = [&](const char* key, const std::string& answer) {
            if (answer.empty()) {
                return;
            }
            json& privacy = doc["privacy"];
            if (!privacy.is_object()) {
                privacy = json::object();
            }
            privacy[key] = answer == "yes";
            changes.push_back(s.tr("org.edit.privacy"));
        };
        setPrivacy("name", m_shareName);
        setPrivacy("email", m_shareEmail);
        setPrivacy("show_people", m_showPeople);
        json& collector = doc["collector"];
        if (!collector.is_object()) {
            collector = json::object();
        }
        bool codeChanged = false;
        if (!m_collectorUrl.empty()) {
            collector["url"] = m_collectorUrl;
            codeChanged = true;
            changes.push_back(s.tr("org.edit.collector"));
        }
        if (!m_fingerprint.empty()) {
            std::string fp = m_fingerprint;
            std::transform(fp.begin(), fp.end(), fp.begin(), [](char c) {
                return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            });
            collector["fingerprint"] = fp;
            codeChanged = true;
            changes.push_back(s.tr("org.edit.collector"));
        }
        if (m_newToken) {
            collector["token"] = newEnrolmentToken();
            codeChanged = true;
            changes.push_back(s.tr("org.edit.token", {{"token", maskToken(collector["token"].get<std::string>())}}));
        }
        if (collector.empty()) {
            doc.erase("collector");
        }
        if (changes.empty()) {
            return fail(s, Error("org.nothing_to_change"));
        }
        // Validated as a whole before anything is written: a bad value leaves the file as it was.
        issues.clear();
        auto checked = checkProfileJson(doc, s.options().contentDir, file.parent_path(), &issues, file);
        if (!checked) {
            return fail(s, checked.error(), issues);
        }
        if (auto st = saveProfileFile(file, doc); !st) {
            return fail(s, st.error());
        }
        changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
        for (const std::string& c : changes) {
            s.out() << "  " << c << "\n";
        }
        s.out() << s.tr("org.edit.saved", {{"file", file.string()}}) << "\n";
        if (codeChanged) {
            s.out() << s.tr("org.edit.new_code") << "\n";
        }
        return kExitOk;
    }

    Error unknownUnit(const ReadinessProfile& p, const std::string& id) const
    {
        std::vector<std::string> ids;
        for (const OrgUnit& u : p.units) {
            ids.push_back(u.id);
        }
        return Error("org.unknown_unit", {{"id", id}, {"known", ids.empty() ? "-" : joined(ids)}});
    }

    int code(Session& s)
    {
        const fs::path file = profileFile(s);
        std::vector<JsonIssue> issues;
        auto full = load(s, file, issues);
        if (!full) {
            return fail(s, full.error(), issues);
        }
        auto raw = loadJsonFile(file);
        if (!raw) {
            return fail(s, raw.error());
        }
        raw->erase("$schema");
        if (!full->readiness.collector.configured()) {
            s.err() << s.tr("org.code.no_collector") << "\n";
        }
        s.err() << s.tr("org.code.explain") << "\n";
        s.out() << encodeProfileCode(*raw) << "\n";
        return kExitOk;
    }

    int import(Session& s)
    {
        Result<json> doc = Error("org.import_source");
        fs::path origin;
        if (!m_in.empty()) {
            origin = m_in;
            JsonIssue syntax;
            doc = loadJsonFile(m_in, &syntax);
            if (!doc && syntax.line > 0) {
                return fail(s, doc.error(), {syntax});
            }
        } else if (!m_codeText.empty() || !m_codeFile.empty()) {
            std::string text = m_codeText;
            if (!m_codeFile.empty()) {
                if (m_codeFile == "-") {
                    text.assign(std::istreambuf_iterator<char>(s.context().in), std::istreambuf_iterator<char>());
                } else {
                    auto read = readFile(m_codeFile);
                    if (!read) {
                        return fail(s, read.error());
                    }
                    text = *read;
                }
            }
            origin = "profile code";
            doc = decodeProfileCode(text);
        }
        if (!doc) {
            return fail(s, doc.error());
        }
        std::vector<JsonIssue> issues;
        auto installed = installProfile(s.options().dataDir, s.options().contentDir, *doc, &issues, origin);
        if (!installed) {
            return fail(s, installed.error(), issues);
        }
        auto readiness = readReadinessProfile(*installed);
        if (!readiness) {
            return fail(s, readiness.error());
        }
        s.out() << s.tr("org.import.installed",
                        {{"name", readiness->orgName},
                         {"id", readiness->profileId},
                         {"file", installedProfilePath(s.options().dataDir).string()}})
                << "\n"
                << s.tr("org.show.units", {{"count", std::to_string(readiness->units.size())}}) << "\n";
        printUnits(s, *readiness);
        s.out() << s.tr("org.import.next") << "\n";
        return kExitOk;
    }

    int join(Session& s)
    {
        const fs::path dataDir = s.options().dataDir;
        std::vector<JsonIssue> issues;
        auto full = load(s, installedProfilePath(dataDir), issues);
        if (!full) {
            if (full.error().code == "org.no_profile") {
                return fail(s, Error("org.join_no_profile"));
            }
            return fail(s, full.error(), issues);
        }
        const ReadinessProfile& p = full->readiness;
        const OrgUnit* unit = p.unit(m_unit);
        if (!unit) {
            return fail(s, unknownUnit(p, m_unit));
        }
        if (!m_email.empty() && !validEmail(m_email)) {
            return fail(s, Error("org.bad_email", {{"email", m_email}}));
        }
        if (m_personName.size() > 200) {
            return fail(s, Error("org.bad_name"));
        }
        // The person id is made once: joining again (another unit, a new profile) keeps it.
        Membership m;
        auto old = loadMembership(dataDir);
        if (old) {
            m = *old;
        } else {
            if (old.error().code != "membership.missing") {
                s.printError(old.error()); // moved aside; a fresh membership replaces it
            }
            m = newMembership(p.profileId, m_unit, "", "");
        }
        m.profileId = p.profileId;
        m.unit = m_unit;
        m.name = m_personName;
        m.email = m_email;
        if (auto st = saveMembership(dataDir, m); !st) {
            return fail(s, st.error());
        }
        s.out() << s.tr("org.join.joined", {{"unit", unit->name}, {"org", p.orgName}}) << "\n"
                << s.tr("org.join.sent_id") << "\n";
        if (!m.name.empty()) {
            s.out() << s.tr(p.includeName ? "org.join.name_sent" : "org.join.name_kept") << "\n";
        }
        if (!m.email.empty()) {
            s.out() << s.tr(p.includeEmail ? "org.join.email_sent" : "org.join.email_kept") << "\n";
        }
        s.out() << s.tr("org.join.next") << "\n";
        return kExitOk;
    }

    CLI::App* m_app = nullptr;
    CLI::App* m_init = nullptr;
    CLI::App* m_show = nullptr;
    CLI::App* m_edit = nullptr;
    CLI::App* m_code = nullptr;
    CLI::App* m_import = nullptr;
    CLI::App* m_join = nullptr;
    std::string m_profile;
    std::string m_format = "text";
    std::string m_id;
    std::string m_name;
    std::string m_parent;
    std::string m_out;
    bool m_force = false;
    std::string m_addUnit;
    std::string m_kind;
    int m_expected = -1;
    std::string m_removeUnit;
    std::vector<std::string> m_requirePlatform;
    std::vector<std::string> m_unrequirePlatform;
    std::vector<std::string> m_requireCheck;
    std::vector<std::string> m_unrequireCheck;
    int m_reportEvery = -1;
    int m_staleAfter = -1;
    std::string m_shareName;
    std::string m_shareEmail;
    std::string m_showPeople;
    std::string m_collectorUrl;
    std::string m_fingerprint;
    bool m_newToken = false;
    std::string m_in;
    std::string m_codeText;
    std::string m_codeFile;
    std::string m_unit;
    std::string m_personName;
    std::string m_email;
};

std::unique_ptr<Command> makeOrgCommand()
{
    return std::make_unique<OrgCommand>();
}

} // namespace auditor::cli
