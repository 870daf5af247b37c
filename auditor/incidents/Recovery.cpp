#include "incidents/Recovery.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace auditor {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

LocalText textOf(const json& node)
{
    return {node.value("vi", ""), node.value("en", "")};
}

std::optional<LocalText> optionalText(const json& parent, const char* key)
{
    if (parent.contains(key) && parent[key].is_object()) {
        return textOf(parent[key]);
    }
    return std::nullopt;
}

std::vector<SourceRef> sourcesOf(const json& list)
{
    std::vector<SourceRef> out;
    for (const json& s : list) {
        out.push_back({s.value("url", ""), s.value("document", ""), s.value("title", "")});
    }
    return out;
}

AnswerConditions conditionsOf(const json& node)
{
    AnswerConditions out;
    for (const auto& [key, value] : node.items()) {
        out[key] = value.get<bool>();
    }
    return out;
}

std::set<IncidentKind> kindsOf(const json& list)
{
    std::set<IncidentKind> out;
    for (const json& k : list) {
        if (auto kind = incidentKindFromId(k.get<std::string>())) {
            out.insert(*kind);
        }
    }
    return out;
}

std::string refKey(const LinkRef& ref)
{
    return (ref.type == LinkRef::Type::Check ? "check:" : "channel:") + ref.id;
}

ResolvedLink fromCheck(const Check& check)
{
    ResolvedLink link;
    link.ref = {LinkRef::Type::Check, check.id};
    link.title = check.title;
    link.url = check.settingsUrl;
    link.inAppPath = check.settingsPath;
    for (const Step& s : check.steps) {
        link.steps.push_back(s.text);
    }
    // Checklist items carry no confidence mark: derive it from the directory's definitions. Verified
    // means confirmed on the provider's own pages (H); otherwise several sources (M) or one (L).
    link.confidence = check.verified ? "H" : (check.sources.size() >= 2 ? "M" : "L");
    link.verified = check.verified;
    link.verificationNote = check.verificationNote;
    for (const Source& s : check.sources) {
        link.sources.push_back({s.url, {}, s.title});
    }
    link.asOf = check.asOf;
    return link;
}

/**
 * A provider channel ("in_app_path", "steps") or an authority channel ("path", "type"). A channel
 * that runs through another body's service ("via": "vn.vneid") takes that service's address and
 * path for the same type of channel, which the directory records only once.
 */
ResolvedLink fromChannel(const json& channel, const Directory& directory)
{
    ResolvedLink link;
    link.ref = {LinkRef::Type::Channel, channel.value("id", "")};
    link.title = textOf(channel.value("title", json::object()));
    link.url = channel.value("url", "");
    link.inAppPath = optionalText(channel, "in_app_path");
    if (!link.inAppPath) {
        link.inAppPath = optionalText(channel, "path");
    }
    for (const json& s : channel.value("steps", json::array())) {
        link.steps.push_back(textOf(s));
    }
    link.channelType = channel.value("type", "");
    if (const json* via = channel.contains("via") ? directory.authority(channel.value("via", "")) : nullptr) {
        for (const json& c : via->value("channels", json::array())) {
            if (c.value("type", "") == link.channelType && link.url.empty() && !link.inAppPath) {
                link.url = c.value("url", "");
                link.inAppPath = optionalText(c, "path");
            }
        }
    }
    link.kinds = kindsOf(channel.value("kinds", json::array()));
    link.confidence = channel.value("confidence", "?");
    link.verified = channel.value("verified", false);
    link.verificationNote = optionalText(channel, "verification_note");
    link.sources = sourcesOf(channel.value("sources", json::array()));
    link.asOf = channel.value("as_of", "");
    return link;
}

/** Every channel of the directory (providers' and authorities'), by id. */
std::map<std::string, const json*> directoryChannels(const Directory& directory)
{
    // Pointers into the directory itself (json::value would return copies that die at once).
    static const json empty = json::array();
    const auto list = [](const json& parent, const char* key) -> const json& {
        return parent.is_object() && parent.contains(key) ? parent.at(key) : empty;
    };
    std::map<std::string, const json*> out;
    for (const json* doc : {&directory.providers, &directory.authorities}) {
        for (const json& entry : list(*doc, doc == &directory.providers ? "providers" : "authorities")) {
            for (const json& c : list(entry, "channels")) {
                out[c.value("id", "")] = &c;
            }
        }
    }
    return out;
}

bool conditionsMet(const AnswerConditions& when, const TriageAnswers& answers)
{
    return std::all_of(when.begin(), when.end(), [&](const auto& c) {
        const std::optional<bool> a = triageAnswer(answers, c.first);
        return a && *a == c.second;
    });
}

bool anyConditionMet(const AnswerConditions& when, const TriageAnswers& answers)
{
    return std::any_of(when.begin(), when.end(), [&](const auto& c) {
        const std::optional<bool> a = triageAnswer(answers, c.first);
        return a && *a == c.second;
    });
}

} // namespace

/**
 * Every string of the document must be in NFC: decomposed Vietnamese (some macOS editors write it)
 * prints with detached diacritics in the PDFs and fails text searches.
 */
void findNonNfc(const json& node, const std::string& pointer, const fs::path& file, std::vector<JsonIssue>& issues)
{
    if (node.is_string()) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
        const icu::UnicodeString text = icu::UnicodeString::fromUTF8(node.get_ref<const std::string&>());
        if (U_SUCCESS(status) && !nfc->isNormalized(text, status) && U_SUCCESS(status)) {
            issues.push_back({file, pointer, 0, 0, "text is not in NFC (decomposed diacritics); save it composed"});
        }
    } else if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            findNonNfc(*it, pointer + "/" + it.key(), file, issues);
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            findNonNfc(node[i], pointer + "/" + std::to_string(i), file, issues);
        }
    }
}

const std::vector<std::string>& triageAnswerIds()
{
    static const std::vector<std::string> ids{"still_has_access",
                                              "someone_posting_as_you",
                                              "contacts_got_strange_messages",
                                              "money_lost",
                                              "email_also_affected"};
    return ids;
}

namespace {

/** The field named `id` of a (const or not) TriageAnswers, or null. */
template <typename Answers>
auto answerField(Answers& a, const std::string& id) -> decltype(&a.stillHasAccess)
{
    if (id == "still_has_access") {
        return &a.stillHasAccess;
    }
    if (id == "someone_posting_as_you") {
        return &a.someonePostingAsYou;
    }
    if (id == "contacts_got_strange_messages") {
        return &a.contactsGotStrangeMessages;
    }
    if (id == "money_lost") {
        return &a.moneyLost;
    }
    if (id == "email_also_affected") {
        return &a.emailAlsoAffected;
    }
    return nullptr;
}

} // namespace

std::optional<bool> triageAnswer(const TriageAnswers& answers, const std::string& id)
{
    const std::optional<bool>* field = answerField(answers, id);
    return field ? *field : std::nullopt;
}

bool setTriageAnswer(TriageAnswers& answers, const std::string& id, std::optional<bool> value)
{
    std::optional<bool>* field = answerField(answers, id);
    if (!field) {
        return false;
    }
    *field = value;
    return true;
}

Result<Recovery> Recovery::load(const fs::path& contentDir,
                                const Content& content,
                                const Directory& directory,
                                std::vector<JsonIssue>* issuesOut)
{
    std::vector<JsonIssue> local;
    std::vector<JsonIssue>& issues = issuesOut ? *issuesOut : local;
    const std::size_t before = issues.size();
    const fs::path file = contentDir / "incidents" / "recovery.json";
    const auto fail = [&]() -> Result<Recovery> {
        const JsonIssue& first = issues[before];
        return Error("recovery.invalid",
                     {{"file", first.file.string()},
                      {"pointer", first.pointer},
                      {"count", std::to_string(issues.size() - before)}},
                     first.message);
    };

    auto doc = loadValidatedJson(file, contentDir / "schema" / "recovery.schema.json", issues);
    if (!doc) {
        return fail();
    }

    findNonNfc(*doc, "", file, issues);

    Recovery r;
    r.m_asOf = doc->value("as_of", "");
    r.m_credits = sourcesOf((*doc)["credits"]);
    for (const Platform& p : content.platforms()) {
        r.m_platforms.insert(p.id);
    }

    const json& questions = (*doc)["questions"];
    std::map<std::string, int> asked;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const std::string id = questions[i].value("id", "");
        if (++asked[id] > 1) {
            issues.push_back(
                {file, "/questions/" + std::to_string(i) + "/id", 0, 0, "question \"" + id + "\" is asked twice"});
        }
        r.m_questions.push_back({id, textOf(questions[i]["text"]), optionalText(questions[i], "help")});
    }
    for (const std::string& id : triageAnswerIds()) {
        if (!asked.count(id)) {
            issues.push_back({file, "/questions", 0, 0, "no question fills the answer \"" + id + "\""});
        }
    }

    const json& rules = (*doc)["kind_rules"];
    for (const json& rule : rules) {
        r.m_rules.push_back({conditionsOf(rule["when"]),
                             incidentKindFromId(rule.value("kind", "")).value_or(IncidentKind::SuspiciousSignin),
                             textOf(rule["why"])});
    }
    // suggestKind must always answer: the last rule is the one for "none of the above".
    if (!r.m_rules.back().when.empty()) {
        issues.push_back({file,
                          "/kind_rules/" + std::to_string(rules.size() - 1) + "/when",
                          0,
                          0,
                          "the last kind rule must match any answers (an empty \"when\")"});
    }

    const std::map<std::string, const json*> channels = directoryChannels(directory);
    // A platform whose file exists but did not load: lint reports that file itself, and its links
    // are left out here rather than reported once more for every step.
    const auto brokenPlatform = [&](const std::string& id) {
        std::error_code ec;
        return !content.platform(id) && fs::exists(contentDir / "platforms" / (id + ".json"), ec);
    };
    const json& steps = (*doc)["steps"];
    std::set<std::string> stepIds;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const json& s = steps[i];
        const std::string base = "/steps/" + std::to_string(i);
        RecoveryStep step;
        step.id = s.value("id", "");
        if (!stepIds.insert(step.id).second) {
            issues.push_back({file, base + "/id", 0, 0, "step id \"" + step.id + "\" is used twice"});
        }
        step.order = s.value("order", 0);
        step.kinds = kindsOf(s["kinds"]);
        step.onlyIf = conditionsOf(s.value("only_if", json::object()));
        step.skipIf = conditionsOf(s.value("skip_if", json::object()));
        step.title = textOf(s["title"]);
        step.why = textOf(s["why"]);
        step.noLinkNote = optionalText(s, "no_link_note");
        step.confidence = s.value("confidence", "?");
        step.verified = s.value("verified", false);
        step.verificationNote = optionalText(s, "verification_note");
        step.sources = sourcesOf(s["sources"]);
        step.asOf = s.value("as_of", "");
        for (const auto& [platform, refs] : s["links"].items()) {
            const std::string at = base + "/links/" + platform;
            if (platform != "*" && !r.m_platforms.count(platform)) {
                if (!brokenPlatform(platform)) {
                    issues.push_back({file, at, 0, 0, "no checklist platform \"" + platform + "\""});
                }
                continue;
            }
            for (std::size_t k = 0; k < refs.size(); ++k) {
                LinkRef ref;
                if (refs[k].contains("check")) {
                    ref = {LinkRef::Type::Check, refs[k]["check"].get<std::string>()};
                    const Check* check = content.check(ref.id);
                    if (!check && brokenPlatform(ref.id.substr(0, ref.id.find('.')))) {
                        continue;
                    }
                    if (!check) {
                        issues.push_back({file,
                                          at + "/" + std::to_string(k) + "/check",
                                          0,
                                          0,
                                          "no checklist item \"" + ref.id + "\""});
                        continue;
                    }
                    r.m_links.emplace(refKey(ref), fromCheck(*check));
                } else {
                    ref = {LinkRef::Type::Channel, refs[k]["channel"].get<std::string>()};
                    const auto found = channels.find(ref.id);
                    if (found == channels.end()) {
                        issues.push_back({file,
                                          at + "/" + std::to_string(k) + "/channel",
                                          0,
                                          0,
                                          "no directory channel \"" + ref.id + "\""});
                        continue;
                    }
                    r.m_links.emplace(refKey(ref), fromChannel(*found->second, directory));
                }
                step.links[platform].push_back(ref);
            }
        }
        r.m_steps.push_back(std::move(step));
    }
    std::stable_sort(r.m_steps.begin(), r.m_steps.end(), [](const RecoveryStep& a, const RecoveryStep& b) {
        return a.order < b.order;
    });
    if (issues.size() > before) {
        return fail();
    }
    return r;
}

IncidentKind Recovery::suggestKind(const TriageAnswers& answers, const KindRule** rule) const
{
    for (const KindRule& r : m_rules) {
        if (conditionsMet(r.when, answers)) {
            if (rule) {
                *rule = &r;
            }
            return r.kind;
        }
    }
    // Not reached with a loaded file (its last rule matches anything); the mildest kind otherwise.
    if (rule) {
        *rule = nullptr;
    }
    return IncidentKind::SuspiciousSignin;
}

Result<RecoveryPlan> Recovery::recoveryPlan(const std::string& platform,
                                            IncidentKind kind,
                                            const TriageAnswers& answers,
                                            const Incident* incident) const
{
    if (!m_platforms.count(platform)) {
        return Error("platform.unknown", {{"id", platform}});
    }
    RecoveryPlan plan;
    plan.platform = platform;
    plan.kind = kind;
    for (const RecoveryStep& step : m_steps) {
        if (!step.kinds.count(kind) || !conditionsMet(step.onlyIf, answers) || anyConditionMet(step.skipIf, answers)) {
            continue;
        }
        PlanStep planned;
        planned.step = &step;
        auto refs = step.links.find(platform);
        if (refs == step.links.end()) {
            refs = step.links.find("*");
        }
        if (refs != step.links.end()) {
            for (const LinkRef& ref : refs->second) {
                const ResolvedLink& link = m_links.at(refKey(ref));
                if (link.kinds.empty() || link.kinds.count(kind)) {
                    planned.links.push_back(link);
                }
            }
        }
        if (incident) {
            for (const IncidentAction& action : incident->actions) {
                if (action.stepId == step.id && (!planned.doneAt || action.doneAt > *planned.doneAt)) {
                    planned.done = true;
                    planned.doneAt = action.doneAt;
                }
            }
        }
        plan.steps.push_back(std::move(planned));
    }
    return plan;
}

} // namespace auditor
