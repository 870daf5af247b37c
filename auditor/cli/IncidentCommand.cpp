#include "cli/Commands.h"
#include "cli/Session.h"
#include "incidents/IncidentStore.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>

namespace auditor::cli {

namespace {

using nlohmann::json;

/** The fields `edit --set` may change, as JSON pointers into the incident's stored form. */
constexpr std::array<const char*, 20> kEditable{
    "applicant.full_name",
    "applicant.date_of_birth",
    "applicant.id_number",
    "applicant.id_issued_on",
    "applicant.id_issued_by",
    "applicant.address",
    "applicant.phone",
    "applicant.email",
    "applicant.workplace",
    "applicant.position",
    "account.identifier",
    "account.display_name",
    "account.registered_contact",
    "account.unit_account",
    "account.fake_account",
    "description",
    "damage",
    "request",
    "place",
    "language",
};

std::string kindList()
{
    std::string out;
    for (auto k : {IncidentKind::LostControl,
                   IncidentKind::Impersonated,
                   IncidentKind::AbusedScam,
                   IncidentKind::SuspiciousSignin}) {
        out += (out.empty() ? "" : ", ") + incidentKindId(k);
    }
    return out;
}

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

/** The incident's times are shown in its own offset (Vietnam time by default). */
std::string localTime(const Incident& inc, TimePoint t)
{
    const int offset = incidentUtcOffsetMinutes(inc);
    std::string text = formatIsoUtc(t + std::chrono::minutes(offset));
    text.pop_back(); // the "Z": this is local time now
    text[10] = ' ';
    char sign = offset < 0 ? '-' : '+';
    const int abs = offset < 0 ? -offset : offset;
    char buf[32];
    std::snprintf(buf, sizeof buf, " (UTC%c%02d:%02d)", sign, abs / 60 % 100, abs % 60);
    return text.substr(0, 16) + buf;
}

std::string orDash(const std::string& v)
{
    return v.empty() ? "-" : v;
}

} // namespace

/**
 * `auditor incident …`: the incident record on this computer (an account taken over, faked or
 * abused), its evidence and what was done, for the notices to the provider and the police.
 */
class IncidentCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        m_app = parent.add_subcommand("incident", help.text("incident.cli.description"));
        m_app->require_subcommand(1);
        const auto idArg = [&](CLI::App* sub) {
            sub->add_option("id", m_id, help.text("incident.cli.id"))->required()->type_name("ID");
        };
        const auto formatOpt = [&](CLI::App* sub) {
            sub->add_option("--format", m_format, help.text("cli.opt.format"))->check(CLI::IsMember({"text", "json"}));
        };

        m_new = m_app->add_subcommand("new", help.text("incident.cli.new"));
        m_new->add_option("--platform", m_platform, help.text("incident.cli.platform"))->required()->type_name("ID");
        m_new->add_option("--kind", m_kind, help.text("incident.cli.kind"))->required()->type_name("KIND");
        m_new->add_option("--account", m_account, help.text("incident.cli.account"))->type_name("ID");
        m_new->add_option("--occurred", m_occurred, help.text("incident.cli.time"))->type_name("TIME");
        m_new->add_option("--discovered", m_discovered, help.text("incident.cli.time"))->type_name("TIME");
        m_new->add_option("--description", m_text, help.text("incident.cli.description_opt"))->type_name("TEXT");
        formatOpt(m_new);

        m_list = m_app->add_subcommand("list", help.text("incident.cli.list"));
        formatOpt(m_list);

        m_show = m_app->add_subcommand("show", help.text("incident.cli.show"));
        idArg(m_show);
        formatOpt(m_show);

        m_edit = m_app->add_subcommand("edit", help.text("incident.cli.edit"));
        idArg(m_edit);
        m_edit->add_option("--set", m_sets, help.text("incident.cli.set"))->required()->type_name("KEY=VALUE");

        m_evidence = m_app->add_subcommand("evidence", help.text("incident.cli.evidence"));
        idArg(m_evidence);
        auto* file = m_evidence->add_option("--file", m_file, help.text("incident.cli.file"))->type_name("FILE");
        auto* url = m_evidence->add_option("--url", m_url, help.text("incident.cli.url"))->type_name("URL");
        auto* msg
            = m_evidence->add_option("--message", m_message, help.text("incident.cli.message"))->type_name("TEXT");
        file->excludes(url)->excludes(msg);
        url->excludes(msg);
        m_evidence->add_option("--type", m_evidenceType, help.text("incident.cli.evidence_type"))
            ->check(CLI::IsMember({"file", "screenshot", "receipt"}));
        m_evidence->add_option("--note", m_note, help.text("incident.cli.note"))->type_name("TEXT");

        m_step = m_app->add_subcommand("step", help.text("incident.cli.step"));
        idArg(m_step);
        m_step->add_option("step", m_stepId, help.text("incident.cli.step_id"))->required()->type_name("STEP_ID");
        m_step->add_option("--note", m_note, help.text("incident.cli.note"))->type_name("TEXT");

        m_warned = m_app->add_subcommand("warned", help.text("incident.cli.warned"));
        idArg(m_warned);
        m_warned->add_option("--channel", m_channel, help.text("incident.cli.channel"))->required()->type_name("TEXT");

        m_ticket = m_app->add_subcommand("ticket", help.text("incident.cli.ticket"));
        idArg(m_ticket);
        m_ticket->add_option("number", m_number, help.text("incident.cli.number"))->required()->type_name("NUMBER");
        m_ticket->add_option("--channel", m_channel, help.text("incident.cli.channel"))->type_name("TEXT");

        m_close = m_app->add_subcommand("close", help.text("incident.cli.close"));
        idArg(m_close);
        m_reopen = m_app->add_subcommand("reopen", help.text("incident.cli.reopen"));
        idArg(m_reopen);
        m_delete = m_app->add_subcommand("delete", help.text("incident.cli.delete"));
        idArg(m_delete);
        m_delete->add_flag("--yes", m_yes, help.text("incident.cli.yes"));

        m_export = m_app->add_subcommand("export", help.text("incident.cli.export"));
        idArg(m_export);
        m_export->add_option("--out", m_out, help.text("incident.cli.out"))->required()->type_name("FILE");

        m_import = m_app->add_subcommand("import", help.text("incident.cli.import"));
        m_import->add_option("file", m_in, help.text("incident.cli.in"))->required()->type_name("FILE");
        formatOpt(m_import);
        return m_app;
    }

    int execute(Session& s) override
    {
        IncidentStore store(s.options().dataDir, s.clock());
        if (m_new->parsed()) {
            return create(s, store);
        }
        if (m_list->parsed()) {
            return list(s, store);
        }
        if (m_show->parsed()) {
            auto inc = store.load(m_id);
            return inc ? show(s, *inc) : fail(s, inc.error());
        }
        if (m_edit->parsed()) {
            return edit(s, store);
        }
        if (m_evidence->parsed()) {
            Result<Incident> r = Error("incident_evidence_source");
            if (!m_file.empty()) {
                r = store.addFileEvidence(m_id, m_file, *evidenceTypeFromId(m_evidenceType), m_note);
            } else if (!m_url.empty()) {
                r = store.addUrlEvidence(m_id, m_url, m_note);
            } else if (!m_message.empty()) {
                r = store.addMessageEvidence(m_id, m_message, m_note);
            }
            return done(s, r, "incident.evidence_added");
        }
        if (m_step->parsed()) {
            return done(s, store.recordAction(m_id, m_stepId, m_note), "incident.step_recorded");
        }
        if (m_warned->parsed()) {
            return done(s, store.recordNotification(m_id, "contacts", m_channel), "incident.warned_recorded");
        }
        if (m_ticket->parsed()) {
            return done(s, store.recordNotification(m_id, "provider", m_channel, m_number), "incident.ticket_recorded");
        }
        if (m_close->parsed()) {
            return done(s, store.close(m_id), "incident.closed");
        }
        if (m_reopen->parsed()) {
            return done(s, store.reopen(m_id), "incident.reopened");
        }
        if (m_delete->parsed()) {
            if (!m_yes) {
                return fail(s, Error("incident_confirm_delete", {{"id", m_id}}));
            }
            if (auto st = store.remove(m_id); !st) {
                return fail(s, st.error());
            }
            s.out() << s.tr("incident.deleted", {{"id", m_id}}) << "\n";
            return kExitOk;
        }
        if (m_export->parsed()) {
            if (auto st = store.exportTo(m_id, m_out); !st) {
                return fail(s, st.error());
            }
            s.out() << s.tr("incident.exported", {{"id", m_id}, {"file", m_out.string()}}) << "\n";
            return kExitOk;
        }
        if (m_import->parsed()) {
            std::vector<JsonIssue> issues;
            auto inc = store.importFrom(m_in, s.options().contentDir, &issues);
            if (!inc) {
                const int code = fail(s, inc.error());
                if (inc.error().code != "json.syntax") { // its line and column are in the message already
                    printIssues(s, issues);
                }
                return code;
            }
            if (m_format == "json") {
                s.out() << incidentToJson(*inc).dump(2) << "\n";
            } else {
                s.out() << s.tr("incident.imported", {{"id", inc->id}}) << "\n";
            }
            return kExitOk;
        }
        return kExitUsage;
    }

private:
    /** Not found and bad input are the user's to fix (usage); a file that cannot be written is the store's. */
    static int fail(Session& s, const Error& e)
    {
        s.printError(e);
        return e.code.rfind("file.", 0) == 0 ? kExitStore : kExitUsage;
    }

    int done(Session& s, const Result<Incident>& r, const std::string& key)
    {
        if (!r) {
            return fail(s, r.error());
        }
        s.out() << s.tr(key, {{"id", r->id}}) << "\n";
        return kExitOk;
    }

    /** Checks a changed incident the way a stored one is read, so bad dates never reach the file. */
    static int validate(Session& s, const Incident& inc, const std::string& origin, Incident& out)
    {
        std::vector<JsonIssue> issues;
        auto checked = incidentFromJson(incidentToJson(inc), origin, &issues);
        if (!checked) {
            s.printError(Error("incident_bad_value", {{"pointer", issues.empty() ? "" : issues.front().pointer}}));
            printIssues(s, issues);
            return kExitUsage;
        }
        out = *checked;
        return kExitOk;
    }

    int create(Session& s, IncidentStore& store)
    {
        const Content* content = s.content();
        if (!content) {
            return kExitContent;
        }
        if (!content->platform(m_platform)) {
            return fail(s, Error("platform.unknown", {{"id", m_platform}}));
        }
        const auto kind = incidentKindFromId(m_kind);
        if (!kind) {
            return fail(s, Error("incident_unknown_kind", {{"kind", m_kind}, {"kinds", kindList()}}));
        }
        Incident inc;
        inc.kind = *kind;
        inc.account.platform = m_platform;
        inc.account.identifier = m_account;
        inc.occurredAt = m_occurred;
        inc.discoveredAt = m_discovered;
        inc.description = m_text;
        inc.language = s.lang() == "en" ? "en" : "vi";
        inc.id = "inc-00000000-0000"; // checked with a placeholder id: the store gives the real one
        if (int rc = validate(s, inc, "incident new", inc); rc != kExitOk) {
            return rc;
        }
        auto created = store.create(inc);
        if (!created) {
            return fail(s, created.error());
        }
        if (m_format == "json") {
            s.out() << incidentToJson(*created).dump(2) << "\n";
        } else {
            s.out() << s.tr("incident.created", {{"id", created->id}}) << "\n";
        }
        return kExitOk;
    }

    int list(Session& s, IncidentStore& store)
    {
        const IncidentList l = store.list();
        for (const IncidentProblem& p : l.problems) {
            s.printError(
                Error(p.restored ? "incident_corrupt_restored" : "incident_corrupt",
                      {{"file", p.file.string()}, {"moved_to", p.movedTo ? p.movedTo->string() : std::string("-")}},
                      p.error.detail));
            printIssues(s, p.issues);
        }
        if (m_format == "json") {
            json out = json::array();
            for (const Incident& inc : l.incidents) {
                out.push_back({{"id", inc.id},
                               {"kind", incidentKindId(inc.kind)},
                               {"platform", inc.account.platform},
                               {"account", inc.account.identifier},
                               {"open", !inc.closedAt.has_value()},
                               {"created_at", formatIsoUtc(inc.createdAt)},
                               {"updated_at", formatIsoUtc(inc.updatedAt)}});
            }
            s.out() << out.dump(2) << "\n";
            return kExitOk;
        }
        if (l.incidents.empty()) {
            s.out() << s.tr("incident.none") << "\n";
            return kExitOk;
        }
        for (const Incident& inc : l.incidents) {
            s.out() << inc.id << "  " << s.tr(inc.closedAt ? "incident.state_closed" : "incident.state_open") << "  "
                    << inc.account.platform << "  " << s.tr("incident.kind." + incidentKindId(inc.kind)) << "  "
                    << localTime(inc, inc.createdAt) << "\n";
        }
        return kExitOk;
    }

    int show(Session& s, const Incident& inc)
    {
        if (m_format == "json") {
            s.out() << incidentToJson(inc).dump(2) << "\n";
            return kExitOk;
        }
        const auto line = [&](const std::string& key, const std::string& value) {
            s.out() << s.tr("incident.field." + key) << ": " << orDash(value) << "\n";
        };
        line("id", inc.id);
        line("state", s.tr(inc.closedAt ? "incident.state_closed" : "incident.state_open"));
        line("kind", s.tr("incident.kind." + incidentKindId(inc.kind)));
        line("platform", inc.account.platform);
        line("account", inc.account.identifier);
        line("applicant", inc.applicant.fullName);
        line("occurred", inc.occurredAt);
        line("discovered", inc.discoveredAt);
        line("description", inc.description);
        line("damage", inc.damage);
        line("ticket", inc.providerTicket);
        s.out() << s.tr("incident.field.evidence") << ": " << inc.evidence.size() << "\n";
        for (const Evidence& e : inc.evidence) {
            s.out() << "  - " << localTime(inc, e.addedAt) << "  " << evidenceTypeId(e.type) << "  ";
            if (!e.path.empty()) {
                s.out() << e.path << "  sha256:" << e.sha256;
            } else if (!e.url.empty()) {
                s.out() << e.url;
            } else {
                s.out() << e.text;
            }
            s.out() << (e.description.empty() ? "" : "  (" + e.description + ")") << "\n";
        }
        s.out() << s.tr("incident.field.actions") << ": " << inc.actions.size() << "\n";
        for (const IncidentAction& a : inc.actions) {
            s.out() << "  - " << localTime(inc, a.doneAt) << "  " << (a.stepId.empty() ? "-" : a.stepId)
                    << (a.text.empty() ? "" : "  " + a.text) << "\n";
        }
        s.out() << s.tr("incident.field.notifications") << ": " << inc.notifications.size() << "\n";
        for (const Notification& n : inc.notifications) {
            s.out() << "  - " << localTime(inc, n.at) << "  " << n.to << "  " << orDash(n.channel)
                    << (n.reference.empty() ? "" : "  #" + n.reference) << "\n";
        }
        return kExitOk;
    }

    int edit(Session& s, IncidentStore& store)
    {
        auto inc = store.load(m_id);
        if (!inc) {
            return fail(s, inc.error());
        }
        json doc = incidentToJson(*inc);
        for (const std::string& set : m_sets) {
            const auto eq = set.find('=');
            const std::string key = set.substr(0, eq);
            if (eq == std::string::npos || std::find(kEditable.begin(), kEditable.end(), key) == kEditable.end()) {
                std::string keys;
                for (const char* k : kEditable) {
                    keys += (keys.empty() ? "" : ", ") + std::string(k);
                }
                return fail(s, Error("incident_unknown_field", {{"key", key}, {"keys", keys}}));
            }
            std::string pointer = "/" + key;
            std::replace(pointer.begin(), pointer.end(), '.', '/');
            const std::string value = set.substr(eq + 1);
            if (key == "account.unit_account") {
                if (value != "true" && value != "false") {
                    return fail(s, Error("incident_bad_value", {{"pointer", pointer}}, value));
                }
                doc[json::json_pointer(pointer)] = value == "true";
            } else {
                doc[json::json_pointer(pointer)] = value;
            }
        }
        std::vector<JsonIssue> issues;
        auto changed = incidentFromJson(doc, "--set", &issues);
        if (!changed) {
            s.printError(Error("incident_bad_value", {{"pointer", issues.empty() ? "" : issues.front().pointer}}));
            printIssues(s, issues);
            return kExitUsage;
        }
        if (auto st = store.save(*changed); !st) {
            return fail(s, st.error());
        }
        s.out() << s.tr("incident.saved", {{"id", m_id}}) << "\n";
        return kExitOk;
    }

    CLI::App* m_app = nullptr;
    CLI::App* m_new = nullptr;
    CLI::App* m_list = nullptr;
    CLI::App* m_show = nullptr;
    CLI::App* m_edit = nullptr;
    CLI::App* m_evidence = nullptr;
    CLI::App* m_step = nullptr;
    CLI::App* m_warned = nullptr;
    CLI::App* m_ticket = nullptr;
    CLI::App* m_close = nullptr;
    CLI::App* m_reopen = nullptr;
    CLI::App* m_delete = nullptr;
    CLI::App* m_export = nullptr;
    CLI::App* m_import = nullptr;

    std::string m_id;
    std::string m_platform;
    std::string m_kind;
    std::string m_account;
    std::string m_occurred;
    std::string m_discovered;
    std::string m_text;
    std::vector<std::string> m_sets;
    std::filesystem::path m_file;
    std::string m_url;
    std::string m_message;
    std::string m_evidenceType = "file";
    std::string m_note;
    std::string m_stepId;
    std::string m_channel;
    std::string m_number;
    bool m_yes = false;
    std::filesystem::path m_out;
    std::filesystem::path m_in;
    std::string m_format = "text";
};

std::unique_ptr<Command> makeIncidentCommand()
{
    return std::make_unique<IncidentCommand>();
}

} // namespace auditor::cli
