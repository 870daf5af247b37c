#include "cli/Commands.h"
#include "cli/Format.h"
#include "cli/Session.h"
#include "incidents/Directory.h"
#include "incidents/Recovery.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <optional>

namespace auditor::cli {

namespace {

constexpr std::size_t kWidth = 78;
using nlohmann::json;

json textJson(const LocalText& t, const std::string& lang)
{
    return t.in(lang);
}

json optionalTextJson(const std::optional<LocalText>& t, const std::string& lang)
{
    return t ? json(t->in(lang)) : json(nullptr);
}

json sourcesJson(const std::vector<SourceRef>& sources)
{
    json out = json::array();
    for (const SourceRef& s : sources) {
        json j{{"title", s.title}};
        if (!s.url.empty()) {
            j["url"] = s.url;
        }
        if (!s.document.empty()) {
            j["document"] = s.document;
        }
        out.push_back(j);
    }
    return out;
}

std::string sourceText(const SourceRef& s)
{
    return s.title + (s.url.empty() ? (s.document.empty() ? "" : " (" + s.document + ")") : " <" + s.url + ">");
}

/** "yes", "no" and their Vietnamese and boolean spellings; nullopt for anything else. */
std::optional<bool> parseYesNo(const std::string& text)
{
    for (const char* yes : {"yes", "y", "true", "1", "có", "co"}) {
        if (text == yes) {
            return true;
        }
    }
    for (const char* no : {"no", "n", "false", "0", "không", "khong"}) {
        if (text == no) {
            return false;
        }
    }
    return std::nullopt;
}

/** Loads content, directory and the recovery file; prints why not and returns nullopt. */
std::optional<Recovery> loadRecovery(Session& s)
{
    const Content* content = s.content();
    if (!content) {
        return std::nullopt;
    }
    const DirectoryReport directory = loadDirectory(s.options().contentDir, *content);
    std::vector<JsonIssue> issues = directory.issues;
    std::optional<Recovery> recovery;
    if (directory.clean()) {
        auto loaded = Recovery::load(s.options().contentDir, *content, directory.directory, &issues);
        if (loaded) {
            recovery = std::move(*loaded);
        }
    }
    if (!recovery) {
        s.err() << s.tr("cli.content_invalid", {{"dir", s.options().contentDir.string()}}) << "\n";
        for (const JsonIssue& issue : issues) {
            s.err() << "  " << issue.file.string();
            if (issue.line > 0) {
                s.err() << ":" << issue.line << ":" << issue.column;
            }
            s.err() << ": " << (issue.pointer.empty() ? "" : issue.pointer + ": ") << issue.message << "\n";
        }
    }
    return recovery;
}

} // namespace

/**
 * `auditor recovery questions` and `auditor recovery plan`: the guided flow's triage questions,
 * and the immediate steps with their official links for a platform and an incident kind.
 */
class RecoveryCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* recovery = parent.add_subcommand("recovery", help.text("recovery.cli.description"));
        recovery->require_subcommand(1);
        m_questions = recovery->add_subcommand("questions", help.text("recovery.cli.questions.description"));
        m_questions->add_option("--format", m_format, help.text("cli.opt.format"))
            ->check(CLI::IsMember({"text", "json"}));
        m_plan = recovery->add_subcommand("plan", help.text("recovery.cli.plan.description"));
        m_plan->add_option("--platform", m_platform, help.text("cli.opt.platform"))->required()->type_name("ID");
        m_plan->add_option("--kind", m_kind, help.text("recovery.cli.opt.kind"))
            ->check(CLI::IsMember({"lost_control", "impersonated", "abused_scam", "suspicious_signin"}))
            ->type_name("KIND");
        m_plan->add_option("--answer", m_answers, help.text("recovery.cli.opt.answer"))->type_name("ID=yes|no");
        m_plan->add_option("--format", m_format, help.text("cli.opt.format"))->check(CLI::IsMember({"text", "json"}));
        return recovery;
    }

    int execute(Session& s) override
    {
        std::optional<Recovery> recovery = loadRecovery(s);
        if (!recovery) {
            return kExitContent;
        }
        if (m_questions->parsed()) {
            return questions(s, *recovery);
        }
        return plan(s, *recovery);
    }

private:
    int questions(Session& s, const Recovery& recovery)
    {
        const std::string& lang = s.lang();
        if (m_format == "json") {
            json list = json::array();
            for (const TriageQuestion& q : recovery.triageQuestions()) {
                list.push_back(
                    {{"id", q.id}, {"text", textJson(q.text, lang)}, {"help", optionalTextJson(q.help, lang)}});
            }
            s.out() << json{{"questions", list},
                            {"credits", sourcesJson(recovery.credits())},
                            {"as_of", recovery.asOf()}}
                           .dump(2)
                    << "\n";
            return kExitOk;
        }
        s.out() << s.tr("recovery.questions.title") << "\n" << std::string(kWidth, '=') << "\n";
        int n = 0;
        for (const TriageQuestion& q : recovery.triageQuestions()) {
            s.out() << "\n"
                    << wrapText(std::to_string(++n) + ". " + q.text.in(lang), kWidth, "   ", "") << "   --answer "
                    << q.id << "=yes|no\n";
            if (q.help) {
                s.out() << wrapText(q.help->in(lang), kWidth, "   ", "   ");
            }
        }
        s.out() << "\n" << wrapText(s.tr("recovery.credits"), kWidth, "", "");
        return kExitOk;
    }

    int plan(Session& s, const Recovery& recovery)
    {
        const std::string& lang = s.lang();
        TriageAnswers answers;
        for (const std::string& a : m_answers) {
            const auto eq = a.find('=');
            const std::optional<bool> value = eq == std::string::npos ? std::nullopt : parseYesNo(a.substr(eq + 1));
            if (!value || !setTriageAnswer(answers, a.substr(0, eq), value)) {
                s.printError(Error("recovery.bad_answer", {{"answer", a}}));
                return kExitUsage;
            }
        }
        const KindRule* rule = nullptr;
        const IncidentKind kind = m_kind.empty() ? recovery.suggestKind(answers, &rule) : *incidentKindFromId(m_kind);
        auto planned = recovery.recoveryPlan(m_platform, kind, answers);
        if (!planned) {
            s.printError(planned.error());
            return kExitUsage;
        }
        const Content* content = s.content();
        const Platform* platform = content->platform(m_platform);
        const std::string kindId = incidentKindId(kind);
        if (m_format == "json") {
            json steps = json::array();
            for (const PlanStep& p : planned->steps) {
                json links = json::array();
                for (const ResolvedLink& l : p.links) {
                    json linkSteps = json::array();
                    for (const LocalText& t : l.steps) {
                        linkSteps.push_back(t.in(lang));
                    }
                    links.push_back({{"type", l.ref.type == LinkRef::Type::Check ? "check" : "channel"},
                                     {"id", l.ref.id},
                                     {"title", textJson(l.title, lang)},
                                     {"url", l.url.empty() ? json(nullptr) : json(l.url)},
                                     {"in_app_path", optionalTextJson(l.inAppPath, lang)},
                                     {"steps", linkSteps},
                                     {"channel_type", l.channelType.empty() ? json(nullptr) : json(l.channelType)},
                                     {"confidence", l.confidence},
                                     {"verified", l.verified},
                                     {"verification_note", optionalTextJson(l.verificationNote, lang)},
                                     {"sources", sourcesJson(l.sources)},
                                     {"as_of", l.asOf}});
                }
                const RecoveryStep& st = *p.step;
                steps.push_back(
                    {{"id", st.id},
                     {"order", st.order},
                     {"title", textJson(st.title, lang)},
                     {"why", textJson(st.why, lang)},
                     {"links", links},
                     {"no_link_note", p.links.empty() ? optionalTextJson(st.noLinkNote, lang) : json(nullptr)},
                     {"done", p.done},
                     {"done_at", p.doneAt ? json(formatIsoUtc(*p.doneAt)) : json(nullptr)},
                     {"confidence", st.confidence},
                     {"verified", st.verified},
                     {"verification_note", optionalTextJson(st.verificationNote, lang)},
                     {"sources", sourcesJson(st.sources)},
                     {"as_of", st.asOf}});
            }
            json answersJson = json::object();
            for (const std::string& id : triageAnswerIds()) {
                const auto a = triageAnswer(answers, id);
                answersJson[id] = a ? json(*a) : json(nullptr);
            }
            s.out() << json{{"platform", m_platform},
                            {"kind", kindId},
                            {"kind_suggested", m_kind.empty()},
                            {"kind_why", rule ? json(rule->why.in(lang)) : json(nullptr)},
                            {"answers", answersJson},
                            {"steps", steps},
                            {"credits", sourcesJson(recovery.credits())}}
                           .dump(2)
                    << "\n";
            return kExitOk;
        }

        s.out() << s.tr("recovery.plan.title",
                        {{"platform", platform->name.in(lang)}, {"kind", s.tr("recovery.kind." + kindId)}})
                << "\n"
                << std::string(kWidth, '=') << "\n";
        if (rule) {
            s.out() << wrapText(s.tr("recovery.plan.suggested",
                                     {{"kind", s.tr("recovery.kind." + kindId)}, {"why", rule->why.in(lang)}}),
                                kWidth,
                                "",
                                "");
        }
        int n = 0;
        for (const PlanStep& p : planned->steps) {
            const RecoveryStep& st = *p.step;
            std::string heading = std::to_string(++n) + ". " + st.title.in(lang) + " [" + st.id + "]";
            if (p.done) {
                heading += " (" + s.tr("recovery.plan.done", {{"date", dateText(s, formatIsoDate(*p.doneAt))}}) + ")";
            }
            s.out() << "\n" << wrapText(heading, kWidth, "   ", "");
            s.out() << wrapText(st.why.in(lang), kWidth, "   ", "   ");
            for (const ResolvedLink& l : p.links) {
                s.out() << wrapText(
                    "→ " + l.title.in(lang) + (l.url.empty() ? "" : ": " + l.url), kWidth, "       ", "   ");
                if (l.inAppPath) {
                    s.out() << wrapText(
                        s.tr("recovery.link.in_app", {{"path", l.inAppPath->in(lang)}}), kWidth, "       ", "     ");
                }
                s.out() << wrapText(s.tr("recovery.link.facts",
                                         {{"confidence", l.confidence},
                                          {"date", dateText(s, l.asOf)},
                                          {"source", l.sources.empty() ? "-" : sourceText(l.sources.front())}}),
                                    kWidth,
                                    "       ",
                                    "     ");
                if (!l.verified && l.verificationNote) {
                    s.out() << wrapText(s.tr("recovery.unverified", {{"note", l.verificationNote->in(lang)}}),
                                        kWidth,
                                        "       ",
                                        "     ");
                }
            }
            if (p.links.empty()) {
                s.out() << wrapText(
                    st.noLinkNote ? st.noLinkNote->in(lang) : s.tr("recovery.no_link"), kWidth, "     ", "   ");
            }
        }
        s.out() << "\n" << wrapText(s.tr("recovery.credits"), kWidth, "", "");
        return kExitOk;
    }

    CLI::App* m_questions = nullptr;
    CLI::App* m_plan = nullptr;
    std::string m_format = "text";
    std::string m_platform;
    std::string m_kind;
    std::vector<std::string> m_answers;
};

std::unique_ptr<Command> makeRecoveryCommand()
{
    return std::make_unique<RecoveryCommand>();
}

} // namespace auditor::cli
