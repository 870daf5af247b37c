#include "incidents/Incident.h"

#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <regex>
#include <utility>

namespace auditor {

namespace {

using nlohmann::json;

constexpr std::array<std::pair<IncidentKind, const char*>, 4> kKinds{{
    {IncidentKind::LostControl, "lost_control"},
    {IncidentKind::Impersonated, "impersonated"},
    {IncidentKind::AbusedScam, "abused_scam"},
    {IncidentKind::SuspiciousSignin, "suspicious_signin"},
}};

constexpr std::array<std::pair<Evidence::Type, const char*>, 5> kEvidenceTypes{{
    {Evidence::Type::File, "file"},
    {Evidence::Type::Screenshot, "screenshot"},
    {Evidence::Type::Url, "url"},
    {Evidence::Type::Message, "message"},
    {Evidence::Type::Receipt, "receipt"},
}};

constexpr int kDefaultOffsetMinutes = 7 * 60; // Vietnam (UTC+07:00, no daylight saving)

/** A parsed ISO 8601 value: the instant (UTC) and the offset it was written with, if any. */
struct IsoValue
{
    TimePoint utc{};
    std::optional<int> offsetMinutes; // unset for a plain date
};

/**
 * "2026-11-27", "2026-11-27T21:30[:00]Z" or "2026-11-27T21:30[:00]+07:00". A date-time must carry
 * its offset: a bare local time would be read differently on every machine.
 */
std::optional<IsoValue> parseIso(const std::string& text)
{
    static const std::regex pattern(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2})))?$)");
    std::smatch m;
    if (!std::regex_match(text, m, pattern)) {
        return std::nullopt;
    }
    const auto num = [&](int i) { return m[i].matched ? std::stoi(m[i].str()) : 0; };
    const std::chrono::year_month_day ymd{std::chrono::year{num(1)},
                                          std::chrono::month{static_cast<unsigned>(num(2))},
                                          std::chrono::day{static_cast<unsigned>(num(3))}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    IsoValue v;
    v.utc = TimePoint{std::chrono::sys_days{ymd}.time_since_epoch()};
    if (!m[4].matched) {
        return v;
    }
    const int h = num(4), mi = num(5), s = num(6);
    if (h > 23 || mi > 59 || s > 59) {
        return std::nullopt;
    }
    int offset = 0;
    if (m[7].str() != "Z") {
        const int oh = num(9), om = num(10);
        if (oh > 14 || om > 59) {
            return std::nullopt;
        }
        offset = (oh * 60 + om) * (m[8].str() == "-" ? -1 : 1);
    }
    v.offsetMinutes = offset;
    v.utc += std::chrono::hours(h) + std::chrono::minutes(mi) + std::chrono::seconds(s) - std::chrono::minutes(offset);
    return v;
}

std::string pointerJoin(const std::string& base, const std::string& key)
{
    // Keys here are our own snake_case names and array indices: nothing to escape.
    return base + "/" + key;
}

/** Reads fields of one JSON object, recording every problem with its pointer. */
class Reader
{
public:
    Reader(std::filesystem::path origin, std::vector<JsonIssue>& issues)
        : m_origin(std::move(origin))
        , m_issues(issues)
    { }

    void issue(const std::string& pointer, const std::string& message)
    {
        JsonIssue i;
        i.file = m_origin;
        i.pointer = pointer;
        i.message = message;
        m_issues.push_back(std::move(i));
    }

    /** The member `key` of `obj`, or null when it is absent; a missing required one is reported. */
    const json* member(const json& obj, const std::string& base, const std::string& key, bool required)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || (it->is_null() && required)) {
            if (required) {
                issue(pointerJoin(base, key), "required field \"" + key + "\" is missing");
            }
            return nullptr;
        }
        return &*it;
    }

    void string(
        const json& obj, const std::string& base, const std::string& key, std::string& out, bool required = false)
    {
        const json* v = member(obj, base, key, required);
        if (v == nullptr || (v->is_null() && !required)) {
            return;
        }
        if (!v->is_string()) {
            issue(pointerJoin(base, key), "expected a string, found " + std::string(v->type_name()));
            return;
        }
        out = v->get<std::string>();
    }

    void boolean(const json& obj, const std::string& base, const std::string& key, bool& out)
    {
        const json* v = member(obj, base, key, false);
        if (v == nullptr || v->is_null()) {
            return;
        }
        if (!v->is_boolean()) {
            issue(pointerJoin(base, key), "expected a boolean, found " + std::string(v->type_name()));
            return;
        }
        out = v->get<bool>();
    }

    void optionalBool(const json& obj, const std::string& base, const std::string& key, std::optional<bool>& out)
    {
        const json* v = member(obj, base, key, false);
        if (v == nullptr || v->is_null()) {
            out.reset();
            return;
        }
        if (!v->is_boolean()) {
            issue(pointerJoin(base, key), "expected a boolean or null, found " + std::string(v->type_name()));
            return;
        }
        out = v->get<bool>();
    }

    /** An instant ("2026-11-28T01:25:00Z", or with an offset, or a date). */
    void instant(const json& obj, const std::string& base, const std::string& key, TimePoint& out, bool required)
    {
        std::string text;
        const std::size_t before = m_issues.size();
        string(obj, base, key, text, required);
        if (m_issues.size() != before || (text.empty() && !required)) {
            return;
        }
        const auto v = parseIso(text);
        if (!v) {
            issue(pointerJoin(base, key), "\"" + text + "\" is not an ISO 8601 date or date-time with offset");
            return;
        }
        out = v->utc;
    }

    /** A date or local date-time kept as written ("2026-11-27T21:30:00+07:00"); empty allowed. */
    void localTime(const json& obj, const std::string& base, const std::string& key, std::string& out)
    {
        std::string text;
        const std::size_t before = m_issues.size();
        string(obj, base, key, text);
        if (m_issues.size() != before || text.empty()) {
            return;
        }
        if (!parseIso(text)) {
            issue(pointerJoin(base, key), "\"" + text + "\" is not an ISO 8601 date or date-time with offset");
            return;
        }
        out = text;
    }

    /** The array `key`, or nullptr when absent or of the wrong type (reported). */
    const json* array(const json& obj, const std::string& base, const std::string& key)
    {
        const json* v = member(obj, base, key, false);
        if (v == nullptr || v->is_null()) {
            return nullptr;
        }
        if (!v->is_array()) {
            issue(pointerJoin(base, key), "expected an array, found " + std::string(v->type_name()));
            return nullptr;
        }
        return v;
    }

    /** The object `key`, or nullptr when absent (reported if required) or not an object (reported). */
    const json* object(const json& obj, const std::string& base, const std::string& key, bool required)
    {
        const json* v = member(obj, base, key, required);
        if (v == nullptr || (v->is_null() && !required)) {
            return nullptr;
        }
        if (!v->is_object()) {
            issue(pointerJoin(base, key), "expected an object, found " + std::string(v->type_name()));
            return nullptr;
        }
        return v;
    }

    /** An array element that must be an object. */
    bool isObject(const json& v, const std::string& pointer)
    {
        if (!v.is_object()) {
            issue(pointer, "expected an object, found " + std::string(v.type_name()));
            return false;
        }
        return true;
    }

private:
    std::filesystem::path m_origin;
    std::vector<JsonIssue>& m_issues;
};

json optionalBoolJson(const std::optional<bool>& b)
{
    return b ? json(*b) : json(nullptr);
}

} // namespace

std::string incidentKindId(IncidentKind kind)
{
    for (const auto& [k, id] : kKinds) {
        if (k == kind) {
            return id;
        }
    }
    return {};
}

std::optional<IncidentKind> incidentKindFromId(const std::string& id)
{
    for (const auto& [k, name] : kKinds) {
        if (id == name) {
            return k;
        }
    }
    return std::nullopt;
}

std::string evidenceTypeId(Evidence::Type type)
{
    for (const auto& [t, id] : kEvidenceTypes) {
        if (t == type) {
            return id;
        }
    }
    return {};
}

std::optional<Evidence::Type> evidenceTypeFromId(const std::string& id)
{
    for (const auto& [t, name] : kEvidenceTypes) {
        if (id == name) {
            return t;
        }
    }
    return std::nullopt;
}

json incidentToJson(const Incident& incident)
{
    json j;
    j["schema_version"] = Incident::kSchemaVersion;
    j["id"] = incident.id;
    j["kind"] = incidentKindId(incident.kind);
    const IncidentAccount& a = incident.account;
    j["account"] = {
        {"platform", a.platform},
        {"identifier", a.identifier},
        {"display_name", a.displayName},
        {"registered_contact", a.registeredContact},
        {"unit_account", a.unitAccount},
        {"fake_account", a.fakeAccount},
    };
    const Applicant& p = incident.applicant;
    j["applicant"] = {
        {"full_name", p.fullName},
        {"date_of_birth", p.dateOfBirth},
        {"id_number", p.idNumber},
        {"id_issued_on", p.idIssuedOn},
        {"id_issued_by", p.idIssuedBy},
        {"address", p.address},
        {"phone", p.phone},
        {"email", p.email},
        {"workplace", p.workplace},
        {"position", p.position},
    };
    j["occurred_at"] = incident.occurredAt;
    j["discovered_at"] = incident.discoveredAt;
    j["description"] = incident.description;
    j["damage"] = incident.damage;
    const TriageAnswers& t = incident.triage;
    j["triage"] = {
        {"still_has_access", optionalBoolJson(t.stillHasAccess)},
        {"someone_posting_as_you", optionalBoolJson(t.someonePostingAsYou)},
        {"contacts_got_strange_messages", optionalBoolJson(t.contactsGotStrangeMessages)},
        {"money_lost", optionalBoolJson(t.moneyLost)},
        {"email_also_affected", optionalBoolJson(t.emailAlsoAffected)},
    };
    j["evidence"] = json::array();
    for (const Evidence& e : incident.evidence) {
        j["evidence"].push_back({
            {"type", evidenceTypeId(e.type)},
            {"description", e.description},
            {"path", e.path},
            {"sha256", e.sha256},
            {"url", e.url},
            {"text", e.text},
            {"added_at", formatIsoUtc(e.addedAt)},
        });
    }
    j["actions"] = json::array();
    for (const IncidentAction& act : incident.actions) {
        j["actions"].push_back({{"step_id", act.stepId}, {"text", act.text}, {"done_at", formatIsoUtc(act.doneAt)}});
    }
    j["notifications"] = json::array();
    for (const Notification& n : incident.notifications) {
        j["notifications"].push_back(
            {{"to", n.to}, {"channel", n.channel}, {"reference", n.reference}, {"at", formatIsoUtc(n.at)}});
    }
    j["provider_ticket"] = incident.providerTicket;
    j["request"] = incident.request;
    j["place"] = incident.place;
    j["language"] = incident.language;
    j["created_at"] = formatIsoUtc(incident.createdAt);
    j["updated_at"] = formatIsoUtc(incident.updatedAt);
    j["closed_at"] = incident.closedAt ? json(formatIsoUtc(*incident.closedAt)) : json(nullptr);
    return j;
}

Result<Incident> incidentFromJson(const json& j, const std::filesystem::path& origin, std::vector<JsonIssue>* issuesOut)
{
    std::vector<JsonIssue> local;
    std::vector<JsonIssue>& issues = issuesOut != nullptr ? *issuesOut : local;
    const std::size_t before = issues.size();
    Reader r(origin, issues);
    Incident inc;

    if (!j.is_object()) {
        r.issue("", "expected an object, found " + std::string(j.type_name()));
    } else {
        if (const json* v = r.member(j, "", "schema_version", true)) {
            if (!v->is_number_integer()) {
                r.issue("/schema_version", "expected an integer, found " + std::string(v->type_name()));
            } else if (v->get<int>() != Incident::kSchemaVersion) {
                r.issue("/schema_version",
                        "unsupported schema version " + std::to_string(v->get<int>()) + " (this program reads "
                            + std::to_string(Incident::kSchemaVersion) + ")");
            }
        }
        r.string(j, "", "id", inc.id, true);
        std::string kind;
        const std::size_t beforeKind = issues.size();
        r.string(j, "", "kind", kind, true);
        if (issues.size() == beforeKind) {
            if (const auto k = incidentKindFromId(kind)) {
                inc.kind = *k;
            } else {
                r.issue("/kind", "unknown incident kind \"" + kind + "\"");
            }
        }

        if (const json* a = r.object(j, "", "account", true)) {
            IncidentAccount& acc = inc.account;
            r.string(*a, "/account", "platform", acc.platform, true);
            r.string(*a, "/account", "identifier", acc.identifier);
            r.string(*a, "/account", "display_name", acc.displayName);
            r.string(*a, "/account", "registered_contact", acc.registeredContact);
            r.boolean(*a, "/account", "unit_account", acc.unitAccount);
            r.string(*a, "/account", "fake_account", acc.fakeAccount);
        }
        if (const json* p = r.object(j, "", "applicant", false)) {
            Applicant& ap = inc.applicant;
            r.string(*p, "/applicant", "full_name", ap.fullName);
            r.string(*p, "/applicant", "date_of_birth", ap.dateOfBirth);
            r.string(*p, "/applicant", "id_number", ap.idNumber);
            r.string(*p, "/applicant", "id_issued_on", ap.idIssuedOn);
            r.string(*p, "/applicant", "id_issued_by", ap.idIssuedBy);
            r.string(*p, "/applicant", "address", ap.address);
            r.string(*p, "/applicant", "phone", ap.phone);
            r.string(*p, "/applicant", "email", ap.email);
            r.string(*p, "/applicant", "workplace", ap.workplace);
            r.string(*p, "/applicant", "position", ap.position);
            for (const auto& [key, value] :
                 {std::pair{"date_of_birth", &ap.dateOfBirth}, std::pair{"id_issued_on", &ap.idIssuedOn}}) {
                const auto v = value->empty() ? std::nullopt : parseIso(*value);
                if (!value->empty() && (!v || v->offsetMinutes)) {
                    r.issue(std::string("/applicant/") + key,
                            "\"" + *value + "\" is not an ISO 8601 date (YYYY-MM-DD)");
                }
            }
        }
        r.localTime(j, "", "occurred_at", inc.occurredAt);
        r.localTime(j, "", "discovered_at", inc.discoveredAt);
        r.string(j, "", "description", inc.description);
        r.string(j, "", "damage", inc.damage);
        if (const json* t = r.object(j, "", "triage", false)) {
            TriageAnswers& ta = inc.triage;
            r.optionalBool(*t, "/triage", "still_has_access", ta.stillHasAccess);
            r.optionalBool(*t, "/triage", "someone_posting_as_you", ta.someonePostingAsYou);
            r.optionalBool(*t, "/triage", "contacts_got_strange_messages", ta.contactsGotStrangeMessages);
            r.optionalBool(*t, "/triage", "money_lost", ta.moneyLost);
            r.optionalBool(*t, "/triage", "email_also_affected", ta.emailAlsoAffected);
        }
        if (const json* list = r.array(j, "", "evidence")) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const std::string at = "/evidence/" + std::to_string(i);
                const json& e = (*list)[i];
                if (!r.isObject(e, at)) {
                    continue;
                }
                Evidence ev;
                std::string type;
                const std::size_t beforeType = issues.size();
                r.string(e, at, "type", type, true);
                if (issues.size() == beforeType) {
                    if (const auto t = evidenceTypeFromId(type)) {
                        ev.type = *t;
                    } else {
                        r.issue(at + "/type", "unknown evidence type \"" + type + "\"");
                    }
                }
                r.string(e, at, "description", ev.description);
                r.string(e, at, "path", ev.path);
                r.string(e, at, "sha256", ev.sha256);
                if (!ev.sha256.empty() && !std::regex_match(ev.sha256, std::regex("^[0-9a-f]{64}$"))) {
                    r.issue(at + "/sha256", "expected 64 lower-case hexadecimal digits");
                }
                r.string(e, at, "url", ev.url);
                r.string(e, at, "text", ev.text);
                r.instant(e, at, "added_at", ev.addedAt, true);
                inc.evidence.push_back(std::move(ev));
            }
        }
        if (const json* list = r.array(j, "", "actions")) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const std::string at = "/actions/" + std::to_string(i);
                const json& e = (*list)[i];
                if (!r.isObject(e, at)) {
                    continue;
                }
                IncidentAction act;
                r.string(e, at, "step_id", act.stepId);
                r.string(e, at, "text", act.text);
                r.instant(e, at, "done_at", act.doneAt, true);
                inc.actions.push_back(std::move(act));
            }
        }
        if (const json* list = r.array(j, "", "notifications")) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const std::string at = "/notifications/" + std::to_string(i);
                const json& e = (*list)[i];
                if (!r.isObject(e, at)) {
                    continue;
                }
                Notification n;
                r.string(e, at, "to", n.to, true);
                r.string(e, at, "channel", n.channel);
                r.string(e, at, "reference", n.reference);
                r.instant(e, at, "at", n.at, true);
                inc.notifications.push_back(std::move(n));
            }
        }
        r.string(j, "", "provider_ticket", inc.providerTicket);
        r.string(j, "", "request", inc.request);
        r.string(j, "", "place", inc.place);
        r.string(j, "", "language", inc.language);
        if (inc.language != "vi" && inc.language != "en") {
            r.issue("/language", "unsupported language \"" + inc.language + "\" (vi or en)");
        }
        r.instant(j, "", "created_at", inc.createdAt, true);
        r.instant(j, "", "updated_at", inc.updatedAt, true);
        if (const json* c = r.member(j, "", "closed_at", false); c != nullptr && !c->is_null()) {
            TimePoint closed{};
            const std::size_t beforeClosed = issues.size();
            r.instant(j, "", "closed_at", closed, true);
            if (issues.size() == beforeClosed) {
                inc.closedAt = closed;
            }
        }
    }

    if (issues.size() != before) {
        const JsonIssue& first = issues[before];
        return Error("incident_invalid",
                     {{"file", origin.string()}, {"pointer", first.pointer}},
                     first.pointer + ": " + first.message);
    }
    return inc;
}

Result<Incident> loadIncidentFile(const std::filesystem::path& path, std::vector<JsonIssue>* issues)
{
    JsonIssue syntax;
    Result<json> doc = loadJsonFile(path, &syntax);
    if (!doc) {
        if (issues != nullptr && (syntax.line > 0 || !syntax.message.empty())) {
            syntax.file = path;
            issues->push_back(syntax);
        }
        return doc.error();
    }
    return incidentFromJson(*doc, path, issues);
}

int incidentUtcOffsetMinutes(const Incident& incident)
{
    for (const std::string* text : {&incident.occurredAt, &incident.discoveredAt}) {
        if (const auto v = parseIso(*text); v && v->offsetMinutes) {
            return *v->offsetMinutes;
        }
    }
    return kDefaultOffsetMinutes;
}

} // namespace auditor
