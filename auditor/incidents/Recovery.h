#pragma once

#include "checklist/Checklist.h"
#include "common/Json.h"
#include "common/Result.h"
#include "incidents/Directory.h"
#include "incidents/Incident.h"

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace auditor {

/** A source of a fact: a web page (url) or a document of the project (document). */
struct SourceRef
{
    std::string url;
    std::string document;
    std::string title;
};

/** One triage question; `id` names the TriageAnswers field it fills ("still_has_access"). */
struct TriageQuestion
{
    std::string id;
    LocalText text;
    std::optional<LocalText> help;
};

/** The answers a kind rule or a step condition wants: answer id → yes / no. */
using AnswerConditions = std::map<std::string, bool>;

/** The first rule whose `when` matches the answers suggests the kind. */
struct KindRule
{
    AnswerConditions when;
    IncidentKind kind = IncidentKind::SuspiciousSignin;
    LocalText why;
};

/** A reference from a step to where its official link lives. */
struct LinkRef
{
    enum class Type
    {
        Check, // a checklist item of checks/platforms
        Channel, // a provider channel or an authority channel of checks/directory
    };
    Type type = Type::Check;
    std::string id;
};

/**
 * An official link resolved from a checklist item or a directory channel: its address or the
 * path inside the app, the steps, and the facts' source, date and confidence.
 */
struct ResolvedLink
{
    LinkRef ref;
    LocalText title;
    std::string url; // empty when there is no web address
    std::optional<LocalText> inAppPath;
    std::vector<LocalText> steps;
    std::string channelType; // an authority channel's type ("app", "in_person", …); empty otherwise
    std::set<IncidentKind> kinds; // a channel's kinds; empty = any kind (checklist items)
    std::string confidence; // "H", "M", "L", "?"
    bool verified = false;
    std::optional<LocalText> verificationNote;
    std::vector<SourceRef> sources;
    std::string asOf;
};

/** One immediate step as the content defines it. */
struct RecoveryStep
{
    std::string id; // "change_password": stored as IncidentAction::stepId
    int order = 0;
    std::set<IncidentKind> kinds;
    AnswerConditions onlyIf; // every one must be answered so
    AnswerConditions skipIf; // any one answered so skips the step
    LocalText title;
    LocalText why;
    std::map<std::string, std::vector<LinkRef>> links; // platform id or "*" → links
    std::optional<LocalText> noLinkNote;
    std::string confidence;
    bool verified = false;
    std::optional<LocalText> verificationNote;
    std::vector<SourceRef> sources;
    std::string asOf;
};

/**
 * A step of a plan for one platform and kind, with its links resolved and its done state.
 * `step` points into the Recovery that made the plan: keep that Recovery alive while the plan is used.
 */
struct PlanStep
{
    const RecoveryStep* step = nullptr;
    std::vector<ResolvedLink> links; // empty: see step->noLinkNote
    bool done = false;
    std::optional<TimePoint> doneAt;
};

struct RecoveryPlan
{
    std::string platform;
    IncidentKind kind = IncidentKind::LostControl;
    std::vector<PlanStep> steps;
};

/**
 * The guided recovery flow of checks/incidents/recovery.json: the triage questions, the kind
 * they suggest, and the immediate steps for a platform and a kind with their official links.
 */
class Recovery
{
public:
    /**
     * Loads and validates the file against checks/schema/recovery.schema.json, then what the
     * schema cannot say: every answer id is asked exactly once, step ids are unique, a last kind
     * rule matches any answers, link platforms exist in `content`, and every linked checklist
     * item and channel exists in `content` / `directory` (a link's sources come from there).
     * Every problem goes to `issues` with the file and JSON pointer; then "recovery.invalid".
     */
    static Result<Recovery> load(const std::filesystem::path& contentDir,
                                 const Content& content,
                                 const Directory& directory,
                                 std::vector<JsonIssue>* issues = nullptr);

    const std::vector<TriageQuestion>& triageQuestions() const
    {
        return m_questions;
    }
    const std::vector<RecoveryStep>& steps() const
    {
        return m_steps;
    }
    const std::vector<SourceRef>& credits() const
    {
        return m_credits;
    }
    const std::string& asOf() const
    {
        return m_asOf;
    }

    /** The kind the answers suggest, with the rule that chose it (never null once loaded). */
    IncidentKind suggestKind(const TriageAnswers& answers, const KindRule** rule = nullptr) const;

    /**
     * The steps for `platform` (a checks/platforms id) and `kind` whose conditions the answers
     * meet, by order. Unanswered questions do not skip a step but do not meet an only_if.
     * Channel links are kept only when the channel lists `kind`. With an incident, a step is done
     * when one of its actions has that stepId (the latest time is kept).
     */
    Result<RecoveryPlan> recoveryPlan(const std::string& platform,
                                      IncidentKind kind,
                                      const TriageAnswers& answers,
                                      const Incident* incident = nullptr) const;

private:
    std::vector<TriageQuestion> m_questions;
    std::vector<KindRule> m_rules;
    std::vector<RecoveryStep> m_steps;
    std::vector<SourceRef> m_credits;
    std::map<std::string, ResolvedLink> m_links; // "check:<id>" / "channel:<id>" → resolved
    std::set<std::string> m_platforms;
    std::string m_asOf;
};

/** Adds an issue for every string of `node` (at `pointer`) that is not in Unicode NFC. */
void findNonNfc(const nlohmann::json& node,
                const std::string& pointer,
                const std::filesystem::path& file,
                std::vector<JsonIssue>& issues);

/** The answer ids, in TriageAnswers order. */
const std::vector<std::string>& triageAnswerIds();
/** The answer named `id`; nullopt for an unknown id or an unanswered question. */
std::optional<bool> triageAnswer(const TriageAnswers& answers, const std::string& id);
/** Sets the answer named `id`; false for an unknown id. */
bool setTriageAnswer(TriageAnswers& answers, const std::string& id, std::optional<bool> value);

} // namespace auditor
