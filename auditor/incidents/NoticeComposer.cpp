#include "incidents/NoticeComposer.h"

#include "checklist/Checklist.h"
#include "incidents/Directory.h"
#include "incidents/OrgProfile.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <set>

namespace auditor {

using nlohmann::json;

namespace {

// What a dotted gap looks like in a sentence of a blank form.
const std::string kGap = "…………";

std::string str(const json& object, const char* key)
{
    if (object.is_object() && object.contains(key) && object[key].is_string()) {
        return object[key].get<std::string>();
    }
    return {};
}

json member(const json& object, const char* key, json fallback)
{
    return object.is_object() && object.contains(key) && !object[key].is_null() ? object[key] : fallback;
}

std::string localized(const json& object, const std::string& lang)
{
    if (!object.is_object()) {
        return object.is_string() ? object.get<std::string>() : std::string();
    }
    const char* key = lang == "en" ? "en" : "vi";
    if (object.contains(key) && object[key].is_string()) {
        return object[key].get<std::string>();
    }
    return str(object, "vi");
}

std::string fill(std::string text, const std::map<std::string, std::string>& params)
{
    for (const auto& [name, value] : params) {
        const std::string token = "{" + name + "}";
        for (std::size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size())) {
            text.replace(at, token.size(), value);
        }
    }
    return text;
}

std::string upper(const std::string& text)
{
    std::string out;
    icu::UnicodeString::fromUTF8(text).toUpper(icu::Locale("vi")).toUTF8String(out);
    return out;
}

std::string two(int n)
{
    const std::string digits = std::to_string(n);
    return n >= 0 && n < 10 ? "0" + digits : digits;
}

struct LocalTime
{
    int year = 0, month = 0, day = 0, hour = -1, minute = -1;
};

LocalTime localTime(TimePoint t, int offsetMinutes)
{
    using namespace std::chrono;
    const auto local = t + minutes(offsetMinutes);
    const auto dayPoint = floor<days>(local);
    const year_month_day ymd{dayPoint};
    const hh_mm_ss hms{local - dayPoint};
    return {int(ymd.year()),
            int(unsigned(ymd.month())),
            int(unsigned(ymd.day())),
            int(hms.hours().count()),
            int(hms.minutes().count())};
}

/** The incident's own local time as written ("2026-11-27T21:30:00+07:00" or "2026-11-27"). */
std::optional<LocalTime> parseLocal(const std::string& text)
{
    LocalTime t;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d", &t.year, &t.month, &t.day) != 3) {
        return std::nullopt;
    }
    if (text.size() >= 16 && text[10] == 'T') {
        std::sscanf(text.c_str() + 11, "%2d:%2d", &t.hour, &t.minute);
    }
    return t;
}

bool hasKind(const json& entry, const std::string& kind)
{
    const json kinds = member(entry, "kinds", json::array());
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

std::string firstSource(const json& entry)
{
    const json sources = member(entry, "sources", json::array());
    if (sources.empty()) {
        return {};
    }
    const json& s = sources.front();
    for (const char* key : {"title", "url", "document"}) {
        if (!str(s, key).empty()) {
            return str(s, key);
        }
    }
    return {};
}

class Composer
{
public:
    Composer(const Incident& incident, const NoticeInputs& in, bool blank)
        : m_incident(incident)
        , m_in(in)
        , m_blank(blank)
        , m_lang(in.language == "en" ? "en" : "vi")
    {
        const LocalTime now = localTime(in.now, incidentUtcOffsetMinutes(incident));
        m_today = decreeDate(now.year, now.month, now.day, m_lang);
        m_todayIso = std::to_string(now.year) + "-" + two(now.month) + "-" + two(now.day);
        for (const json& s : member(in.directory.authorities, "superseded", json::array())) {
            m_superseded.insert(str(s, "id"));
        }
    }

    NoticeDocument compose(NoticeKind kind)
    {
        NoticeDocument d;
        d.kind = kind;
        d.language = m_lang;
        d.blank = m_blank;
        switch (kind) {
        case NoticeKind::Police:
            police(d);
            break;
        case NoticeKind::Unit:
            unit(d);
            break;
        case NoticeKind::Provider:
            provider(d);
            break;
        case NoticeKind::Contacts:
            contacts(d);
            break;
        case NoticeKind::Internal:
            internal(d);
            break;
        }
        d.fileStem = t(kind, "file_stem") + (m_blank ? "-blank" : "");
        normalize(d);
        return d;
    }

private:
    std::string t(NoticeKind kind, const std::string& key, const std::map<std::string, std::string>& params = {}) const
    {
        return m_in.templates.text(kind, key, m_incident.kind, m_lang, params);
    }
    std::string personal(const std::string& value) const
    {
        return m_blank ? std::string() : value;
    }
    std::string platformName() const
    {
        if (m_blank) {
            return kGap;
        }
        if (const json* p = m_in.directory.provider(m_incident.account.platform)) {
            return localized(p->value("name", json()), m_lang);
        }
        if (m_in.content != nullptr) {
            for (const Platform& p : m_in.content->platforms()) {
                if (p.id == m_incident.account.platform) {
                    return p.name.in(m_lang);
                }
            }
        }
        return m_incident.account.platform;
    }
    std::string place() const
    {
        std::string p = !m_incident.place.empty() ? m_incident.place : m_in.profile.place;
        return p.empty() ? kGap : p;
    }
    std::string placeDate() const
    {
        if (m_blank) {
            return m_lang == "en" ? "……, … … …" : "……, ngày … tháng … năm …";
        }
        return place() + ", " + m_today;
    }
    std::string when(NoticeKind kind, const std::string& iso) const
    {
        const auto local = parseLocal(iso);
        if (!local) {
            return t(kind, "unknown");
        }
        const std::string date = decreeDate(local->year, local->month, local->day, m_lang);
        if (local->hour < 0) {
            return date;
        }
        return t(kind, "time_words", {{"hour", two(local->hour)}, {"minute", two(local->minute)}, {"date", date}});
    }
    std::string when(NoticeKind kind, TimePoint tp) const
    {
        const LocalTime l = localTime(tp, incidentUtcOffsetMinutes(m_incident));
        return t(
            kind,
            "time_words",
            {{"hour", two(l.hour)}, {"minute", two(l.minute)}, {"date", decreeDate(l.year, l.month, l.day, m_lang)}});
    }
    std::string isoDateWords(const std::string& iso) const
    {
        const auto local = parseLocal(iso);
        return local ? decreeDate(local->year, local->month, local->day, m_lang) : iso;
    }

    /** An authority by id, the profile's override first; null for unknown or superseded ids. */
    std::optional<json> authority(const std::string& id) const
    {
        if (m_superseded.count(id) != 0) {
            return std::nullopt;
        }
        for (const json& o : m_in.profile.authorityOverrides) {
            if (str(o, "id") == id) {
                return o;
            }
        }
        for (const json& a : member(m_in.directory.authorities, "authorities", json::array())) {
            if (str(a, "id") == id) {
                return a;
            }
        }
        return std::nullopt;
    }
    std::vector<std::string> recipientIds(const std::string& notice, const std::vector<std::string>& chosen) const
    {
        if (!chosen.empty()) {
            return chosen;
        }
        std::vector<std::pair<int, std::string>> ranked;
        for (const json& a : member(m_in.directory.authorities, "authorities", json::array())) {
            const std::string province = str(a, "province");
            if (!province.empty() && province != m_in.profile.province) {
                continue;
            }
            for (const json& f : member(a, "default_for", json::array())) {
                if (str(f, "notice") == notice) {
                    ranked.emplace_back(
                        (f.contains("rank") && f["rank"].is_number_integer() ? f["rank"].get<int>() : 99),
                        str(a, "id"));
                }
            }
        }
        std::sort(ranked.begin(), ranked.end());
        std::vector<std::string> ids;
        for (const auto& r : ranked) {
            ids.push_back(r.second);
        }
        return ids;
    }
    std::string authorityName(const json& a) const
    {
        if (a.contains("name_template")) {
            std::map<std::string, std::string> params;
            for (const json& f : member(a, "fill_in", json::array())) {
                const std::string key = str(f, "key");
                params[key] = (key == "commune" && !m_in.profile.commune.empty()) ? m_in.profile.commune : kGap;
            }
            return fill(localized(a["name_template"], m_lang), params);
        }
        return localized(member(a, "name", json()), m_lang);
    }
    /** The addressees' names; each one's source and date go to the footnotes. */
    std::vector<std::string> recipients(NoticeKind kind,
                                        const std::string& notice,
                                        const std::vector<std::string>& chosen,
                                        std::vector<std::string>& footnotes) const
    {
        std::vector<std::string> names;
        for (const std::string& id : recipientIds(notice, chosen)) {
            const auto a = authority(id);
            if (!a) {
                continue;
            }
            const std::string name = authorityName(*a);
            names.push_back(name);
            const bool contactKnown = a->contains("contact") && (*a)["contact"].contains("address")
                && (*a)["contact"]["address"].value("verified", false);
            const bool roleSure = a->value("role_confidence", std::string()) != "?";
            const std::string verify
                = (contactKnown && roleSure) ? std::string() : "; " + t(kind, "needs_verification");
            footnotes.push_back(t(kind,
                                  "source_note",
                                  {{"name", name},
                                   {"source", firstSource(*a)},
                                   {"as_of", a->value("as_of", std::string())},
                                   {"verify", verify}}));
        }
        return names;
    }
    void legalFootnotes(NoticeKind kind, const std::vector<std::string>& ids, std::vector<std::string>& footnotes) const
    {
        std::vector<std::string> lines;
        for (const json& i : member(m_in.directory.legal, "instruments", json::array())) {
            const std::string id = str(i, "id");
            const std::string effective = str(i, "effective");
            if (std::find(ids.begin(), ids.end(), id) == ids.end() || str(i, "status") != "in_force"
                || effective.empty() || effective > m_todayIso) {
                continue;
            }
            lines.push_back(t(kind,
                              "legal_note",
                              {{"number", str(i, "number")},
                               {"title", localized(member(i, "title", json()), m_lang)},
                               {"effective", isoDateWords(effective)}}));
        }
        if (!lines.empty()) {
            footnotes.push_back(t(kind, "legal_heading"));
            footnotes.insert(footnotes.end(), lines.begin(), lines.end());
        }
    }

    static NoticeBlock block(NoticeBlock::Type type, std::string text, std::string label = {})
    {
        NoticeBlock b;
        b.type = type;
        b.text = std::move(text);
        b.label = std::move(label);
        return b;
    }
    NoticeBlock field(NoticeKind kind, const std::string& labelKey, const std::string& value, int fillLines = 1) const
    {
        NoticeBlock b = block(NoticeBlock::Type::Field, m_blank ? std::string() : value, t(kind, labelKey));
        b.fillLines = fillLines;
        return b;
    }

    void police(NoticeDocument& d)
    {
        const NoticeKind k = NoticeKind::Police;
        const Applicant& a = m_incident.applicant;
        const IncidentAccount& acc = m_incident.account;
        d.header.style = NoticeHeader::Style::Citizen;
        d.header.nationalName = t(k, "national_name");
        d.header.motto = t(k, "motto");
        d.header.title = t(k, "title");
        d.header.titleSubject = t(k, "title_subject", {{"platform", platformName()}});
        d.documentTitle = d.header.title;

        NoticeBlock to = block(NoticeBlock::Type::Recipients, {}, t(k, "recipients_label"));
        to.lines = recipients(k, "police", m_in.profile.policeRecipients, d.footnotes);
        d.body.push_back(to);

        d.body.push_back(block(NoticeBlock::Type::Heading, t(k, "heading_applicant")));
        d.body.push_back(field(k, "field_name", a.fullName));
        d.body.push_back(field(k, "field_dob", a.dateOfBirth.empty() ? "" : isoDateWords(a.dateOfBirth)));
        d.body.push_back(field(k, "field_id", a.idNumber));
        std::string issued = a.idIssuedOn.empty() ? "" : isoDateWords(a.idIssuedOn);
        if (!a.idIssuedBy.empty()) {
            issued += (issued.empty() ? "" : ", ") + a.idIssuedBy;
        }
        d.body.push_back(field(k, "field_issued", issued));
        d.body.push_back(field(k, "field_address", a.address));
        d.body.push_back(field(k, "field_phone", a.phone));
        d.body.push_back(field(k, "field_email", a.email));
        d.body.push_back(field(k, "field_workplace", a.workplace));
        d.body.push_back(field(k, "field_position", a.position));

        d.body.push_back(block(NoticeBlock::Type::Heading, t(k, "heading_account")));
        d.body.push_back(field(k, "field_platform", m_blank ? "" : platformName()));
        d.body.push_back(field(k, "field_identifier", acc.identifier));
        d.body.push_back(field(k, "field_display", acc.displayName));
        d.body.push_back(field(k, "field_registered", acc.registeredContact));
        if (m_incident.kind == IncidentKind::Impersonated || !acc.fakeAccount.empty()) {
            d.body.push_back(field(k, "field_fake", acc.fakeAccount));
        }

        d.body.push_back(block(NoticeBlock::Type::Heading, t(k, "heading_events")));
        d.body.push_back(field(k, "field_occurred", when(k, m_incident.occurredAt)));
        d.body.push_back(field(k, "field_discovered", when(k, m_incident.discoveredAt)));
        d.body.push_back(field(k, "field_description", m_incident.description, 8));
        d.body.push_back(
            field(k, "field_damage", m_incident.damage.empty() ? t(k, "damage_unknown") : m_incident.damage, 2));

        d.body.push_back(block(NoticeBlock::Type::Heading, t(k, "heading_evidence")));
        evidence(k, d);
        d.body.push_back(block(NoticeBlock::Type::Heading, t(k, "heading_actions")));
        actions(k, d);
        if (!m_incident.providerTicket.empty() || m_blank) {
            d.body.push_back(field(k, "field_ticket", m_incident.providerTicket));
        }

        d.body.push_back(block(NoticeBlock::Type::Heading, t(k, "heading_request")));
        d.body.push_back(block(NoticeBlock::Type::Paragraph,
                               m_blank || m_incident.request.empty() ? t(k, "request") : m_incident.request));
        d.body.push_back(block(NoticeBlock::Type::Paragraph, t(k, "commitment")));

        d.signature.present = true;
        d.signature.placeDate = placeDate();
        d.signature.title = t(k, "signer_title");
        d.signature.hint = t(k, "signer_hint");
        d.signature.name = personal(a.fullName);
        legalFootnotes(k, {"nd_147_2024", "luat_91_2025", "luat_116_2025"}, d.footnotes);
    }

    void evidence(NoticeKind k, NoticeDocument& d) const
    {
        if (m_blank) {
            for (int i = 1; i <= 3; ++i) {
                d.body.push_back(block(NoticeBlock::Type::ListItem, kGap + kGap + kGap, std::to_string(i) + "."));
            }
            return;
        }
        if (m_incident.evidence.empty()) {
            d.body.push_back(block(NoticeBlock::Type::Paragraph, t(k, "none")));
        }
        int n = 1;
        for (const Evidence& e : m_incident.evidence) {
            std::string text = e.description;
            if (!e.path.empty()) {
                text += " (" + std::filesystem::path(e.path).filename().string();
                if (!e.sha256.empty()) {
                    text += ", SHA-256 " + e.sha256.substr(0, 16) + "…";
                    d.footnotes.push_back(t(k, "hash_note", {{"n", std::to_string(n)}, {"sha256", e.sha256}}));
                }
                text += ")";
            }
            if (!e.url.empty()) {
                text += ": " + e.url;
            }
            if (!e.text.empty()) {
                text += ": “" + e.text + "”";
            }
            d.body.push_back(block(NoticeBlock::Type::ListItem, text, std::to_string(n++) + "."));
        }
    }
    void actions(NoticeKind k, NoticeDocument& d) const
    {
        if (m_blank) {
            d.body.push_back(block(NoticeBlock::Type::ListItem, kGap + kGap + kGap));
            d.body.push_back(block(NoticeBlock::Type::ListItem, kGap + kGap + kGap));
            return;
        }
        if (m_incident.actions.empty()) {
            d.body.push_back(block(NoticeBlock::Type::Paragraph, t(k, "none")));
        }
        for (const IncidentAction& a : m_incident.actions) {
            d.body.push_back(
                block(NoticeBlock::Type::ListItem,
                      t(NoticeKind::Police, "action_item", {{"date", when(k, a.doneAt)}, {"text", a.text}})));
        }
    }

    void unit(NoticeDocument& d)
    {
        const NoticeKind k = NoticeKind::Unit;
        const OrgProfile& p = m_in.profile;
        const std::string drafting = p.draftingUnit.empty() ? kGap : p.draftingUnit;
        d.header.style = NoticeHeader::Style::Agency;
        d.header.nationalName = t(k, "national_name");
        d.header.motto = t(k, "motto");
        d.header.parentBody = upper(p.parentName);
        d.header.issuingBody = upper(p.name);
        d.header.number = t(k, "number", {{"number", "      "}, {"symbol", p.symbol}, {"drafting", drafting}});
        d.header.subject = t(k, "subject", {{"platform", platformName()}});
        d.header.placeDate = placeDate();
        d.documentTitle = d.header.subject;

        NoticeBlock to = block(NoticeBlock::Type::Recipients, {}, t(k, "recipients_label"));
        to.lines = recipients(k, "unit", p.unitLetterRecipients, d.footnotes);
        d.body.push_back(to);

        const Applicant& a = m_incident.applicant;
        std::string owner = m_incident.account.unitAccount ? p.name : a.fullName;
        if (!m_incident.account.unitAccount && !a.position.empty()) {
            owner += " (" + a.position + ")";
        }
        const std::map<std::string, std::string> params{
            {"unit", p.name.empty() ? kGap : p.name},
            {"platform", platformName()},
            {"display", m_blank ? kGap : m_incident.account.displayName},
            {"identifier", m_blank ? kGap : m_incident.account.identifier},
            {"owner", m_blank ? kGap : owner},
            {"occurred", m_blank ? kGap : when(k, m_incident.occurredAt)},
            {"discovered", m_blank ? kGap : when(k, m_incident.discoveredAt)},
        };
        d.body.push_back(block(NoticeBlock::Type::Paragraph, t(k, "body_intro", params)));
        if (m_blank) {
            d.body.push_back(field(k, "field_description", {}, 6));
        } else {
            d.body.push_back(block(NoticeBlock::Type::Paragraph,
                                   t(k, "body_description", {{"description", m_incident.description}})));
            d.body.push_back(
                block(NoticeBlock::Type::Paragraph,
                      t(k,
                        "body_damage",
                        {{"damage", m_incident.damage.empty() ? t(k, "damage_unknown") : m_incident.damage}})));
            std::string done;
            for (const IncidentAction& act : m_incident.actions) {
                done += (done.empty() ? "" : "; ") + act.text;
                while (!done.empty() && done.back() == '.') {
                    done.pop_back();
                }
            }
            if (!done.empty()) {
                d.body.push_back(block(NoticeBlock::Type::Paragraph, t(k, "body_actions", {{"actions", done}})));
            }
        }
        d.body.push_back(block(NoticeBlock::Type::Paragraph, t(k, "body_request", params)));
        d.body.push_back(block(NoticeBlock::Type::Paragraph, t(k, "body_closing")));

        d.signature.present = true;
        d.signature.authority = upper(p.signerAuthority);
        d.signature.title = upper(p.signerTitle);
        d.signature.hint = t(k, "signer_hint");
        d.signature.name = personal(p.signerName);
        d.signature.receivedByLabel = t(k, "received_label");
        d.signature.receivedBy = {t(k, "received_as_above"), t(k, "received_archive", {{"drafting", drafting}})};
        legalFootnotes(k, {"nd_30_2020", "nd_147_2024", "luat_91_2025", "luat_116_2025"}, d.footnotes);
    }

    /** The provider's channel for this platform and incident kind; the profile's overrides first. */
    std::optional<json> channel() const
    {
        const json* p = m_in.directory.provider(m_incident.account.platform);
        std::vector<json> channels;
        if (p != nullptr) {
            channels = p->value("channels", json::array()).get<std::vector<json>>();
        }
        for (const json& o : m_in.profile.channelOverrides) {
            const std::string id = str(o, "id");
            if (id.rfind(m_incident.account.platform + ".", 0) != 0) {
                continue;
            }
            auto same
                = std::find_if(channels.begin(), channels.end(), [&](const json& c) { return str(c, "id") == id; });
            if (same != channels.end()) {
                *same = o;
            } else {
                channels.insert(channels.begin(), o);
            }
        }
        static const std::map<IncidentKind, std::vector<std::string>> kPurposes{
            {IncidentKind::LostControl, {"recover_access", "report_hacked", "secure_account"}},
            {IncidentKind::AbusedScam, {"recover_access", "report_hacked", "secure_account", "report_abuse"}},
            {IncidentKind::Impersonated, {"report_impersonation", "report_abuse", "report_hacked"}},
            {IncidentKind::SuspiciousSignin, {"check_signin", "secure_account", "recover_access"}},
        };
        const std::string kind = incidentKindId(m_incident.kind);
        std::optional<json> best;
        int bestScore = 1 << 20;
        for (const json& c : channels) {
            if (!hasKind(c, kind)) {
                continue;
            }
            const auto& purposes = kPurposes.at(m_incident.kind);
            const auto at = std::find(purposes.begin(), purposes.end(), str(c, "purpose"));
            int score = int(at - purposes.begin()) * 2 + (member(c, "url", json()).is_string() ? 0 : 1);
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    void provider(NoticeDocument& d)
    {
        const NoticeKind k = NoticeKind::Provider;
        const auto c = channel();
        if (c) {
            const std::string form = c->value("form_language", std::string());
            if (form == "vi" || form == "en") {
                m_lang = form; // the text goes into the provider's form: its language, not the user's
            }
        }
        const std::string platform = platformName();
        d.language = m_lang;
        d.header.style = NoticeHeader::Style::Plain;
        d.header.title = t(k, "title", {{"platform", upper(platform)}});
        d.documentTitle = d.header.title;
        if (!c) {
            d.body.push_back(block(NoticeBlock::Type::Paragraph, t(k, "no_channel")));
        } else {
            d.body.push_back(field(k, "channel_label", localized(c->value("title", json()), m_lang)));
            if (c->value("url", json()).is_string()) {
                const std::string url = (*c)["url"].get<std::string>();
                d.body.push_back(field(k, "url_label", url));
                d.body.push_back(block(NoticeBlock::Type::QrCode, url, url));
            } else {
                d.body.push_back(block(NoticeBlock::Type::Paragraph, t(k, "no_url")));
            }
            d.footnotes.push_back(
                t(k,
                  "source_note",
                  {{"name", localized(c->value("title", json()), m_lang)},
                   {"source", firstSource(*c)},
                   {"as_of", c->value("as_of", std::string())},
                   {"verify", c->value("verified", false) ? "" : "; " + t(k, "needs_verification")}}));
        }
        const IncidentAccount& acc = m_incident.account;
        d.body.push_back(block(NoticeBlock::Type::Heading, t(k, "paste_heading")));
        d.body.push_back(
            block(NoticeBlock::Type::Box,
                  t(k,
                    "paste",
                    {{"platform", platform},
                     {"identifier", acc.identifier},
                     {"display", acc.displayName},
                     {"occurred", when(k, m_incident.occurredAt)},
                     {"fake", acc.fakeAccount.empty() ? std::string() : t(k, "fake", {{"fake", acc.fakeAccount}})},
                     {"description", m_incident.description},
                     {"ask", t(k, "ask")}})));
        if (!m_incident.providerTicket.empty()) {
            d.body.push_back(
                block(NoticeBlock::Type::Paragraph, t(k, "ticket", {{"ticket", m_incident.providerTicket}})));
        }
        if (c && !c->value("asks_for", json::array()).empty()) {
            d.body.push_back(block(NoticeBlock::Type::Heading, t(k, "asks_for_heading")));
            const json types = member(m_in.directory.providers, "evidence_types", json::array());
            for (const json& id : (*c)["asks_for"]) {
                std::string label = id.get<std::string>();
                for (const json& type : types) {
                    if (str(type, "id") == label) {
                        label = localized(member(type, "label", json()), m_lang);
                        break;
                    }
                }
                d.body.push_back(block(NoticeBlock::Type::ListItem, label));
            }
        }
    }

    void contacts(NoticeDocument& d)
    {
        const NoticeKind k = NoticeKind::Contacts;
        const IncidentAccount& acc = m_incident.account;
        const std::string phone = m_incident.applicant.phone.empty() ? kGap : m_incident.applicant.phone;
        d.header.style = NoticeHeader::Style::Plain;
        d.header.title = t(k, "title");
        d.documentTitle = d.header.title;
        d.body.push_back(block(NoticeBlock::Type::Paragraph,
                               t(k,
                                 "message",
                                 {{"platform", platformName()},
                                  {"display", acc.displayName},
                                  {"fake", acc.fakeAccount.empty() ? kGap : acc.fakeAccount},
                                  {"occurred", when(k, m_incident.occurredAt)}})));
        d.body.push_back(block(NoticeBlock::Type::Paragraph, t(k, "advice", {{"phone", phone}})));
        d.body.push_back(
            block(NoticeBlock::Type::Paragraph, t(k, "thanks", {{"name", m_incident.applicant.fullName}})));
        for (NoticeBlock& b : d.body) {
            b.noIndent = true;
        }
    }

    void internal(NoticeDocument& d)
    {
        const NoticeKind k = NoticeKind::Internal;
        const OrgProfile& p = m_in.profile;
        const Applicant& a = m_incident.applicant;
        d.header.style = NoticeHeader::Style::Plain;
        d.header.title = t(k, "title");
        d.documentTitle = d.header.title;
        d.body.push_back(block(NoticeBlock::Type::Paragraph,
                               t(k,
                                 "to",
                                 {{"unit", p.name.empty() ? kGap : p.name},
                                  {"it", p.itContact.empty() ? t(k, "needs_verification") : p.itContact}})));
        std::string who = a.fullName;
        if (!a.position.empty()) {
            who += ", " + a.position;
        }
        if (!a.phone.empty()) {
            who += ", " + a.phone;
        }
        d.body.push_back(field(k, "field_who", who));
        d.body.push_back(
            field(k,
                  "field_what",
                  t(k, "what", {{"platform", platformName()}, {"identifier", m_incident.account.identifier}})));
        d.body.push_back(
            field(k,
                  "field_when",
                  t(k,
                    "when",
                    {{"occurred", when(k, m_incident.occurredAt)}, {"discovered", when(k, m_incident.discoveredAt)}})));
        d.body.push_back(
            field(k, "field_damage", m_incident.damage.empty() ? t(k, "damage_unknown") : m_incident.damage));
        d.body.push_back(block(NoticeBlock::Type::Heading, t(k, "heading_done")));
        actions(k, d);
        d.body.push_back(block(NoticeBlock::Type::Heading, t(k, "heading_needed")));
        for (const std::string& n : m_in.templates.list(k, "needed", m_lang)) {
            d.body.push_back(block(NoticeBlock::Type::ListItem, n));
        }
    }

    static void normalize(NoticeDocument& d)
    {
        for (std::string* s : {&d.documentTitle,
                               &d.header.nationalName,
                               &d.header.motto,
                               &d.header.parentBody,
                               &d.header.issuingBody,
                               &d.header.number,
                               &d.header.placeDate,
                               &d.header.subject,
                               &d.header.title,
                               &d.header.titleSubject,
                               &d.signature.placeDate,
                               &d.signature.authority,
                               &d.signature.title,
                               &d.signature.hint,
                               &d.signature.name,
                               &d.signature.receivedByLabel}) {
            *s = toNfc(*s);
        }
        for (NoticeBlock& b : d.body) {
            b.label = toNfc(b.label);
            b.text = toNfc(b.text);
            for (std::string& l : b.lines) {
                l = toNfc(l);
            }
        }
        for (std::string& s : d.signature.receivedBy) {
            s = toNfc(s);
        }
        for (std::string& s : d.footnotes) {
            s = toNfc(s);
        }
    }

    const Incident& m_incident;
    const NoticeInputs& m_in;
    bool m_blank;
    std::string m_lang;
    std::string m_today;
    std::string m_todayIso;
    std::set<std::string> m_superseded;
};

} // namespace

Result<NoticeTemplates> NoticeTemplates::load(const std::filesystem::path& contentDir, std::vector<JsonIssue>* issues)
{
    std::vector<JsonIssue> found;
    auto validator = SchemaValidator::fromFile(contentDir / "schema" / "notice.schema.json");
    if (!validator) {
        return validator.error();
    }
    NoticeTemplates templates;
    for (NoticeKind kind :
         {NoticeKind::Police, NoticeKind::Unit, NoticeKind::Provider, NoticeKind::Contacts, NoticeKind::Internal}) {
        const std::filesystem::path file = contentDir / "notices" / (noticeKindId(kind) + ".json");
        JsonIssue syntax;
        auto doc = loadJsonFile(file, &syntax);
        if (!doc) {
            syntax.file = file;
            if (syntax.message.empty()) {
                syntax.message = "cannot read the file";
            }
            found.push_back(syntax);
            continue;
        }
        auto problems = validator->validate(*doc, file);
        if (problems.empty() && doc->value("kind", std::string()) != noticeKindId(kind)) {
            problems.push_back({file, "/kind", 0, 0, "kind must be \"" + noticeKindId(kind) + "\" in this file"});
        }
        found.insert(found.end(), problems.begin(), problems.end());
        templates.m_files[kind] = std::move(*doc);
    }
    if (!found.empty()) {
        const std::string where = found.front().file.string();
        if (issues != nullptr) {
            *issues = found;
        }
        return Error("notice.templates_invalid",
                     {{"file", where}, {"count", std::to_string(found.size())}},
                     found.front().pointer + " " + found.front().message);
    }
    return templates;
}

std::string NoticeTemplates::text(NoticeKind notice,
                                  const std::string& key,
                                  IncidentKind incident,
                                  const std::string& lang,
                                  const std::map<std::string, std::string>& params) const
{
    const auto file = m_files.find(notice);
    const std::string missing = "{" + noticeKindId(notice) + "." + key + "}";
    if (file == m_files.end() || !file->second["texts"].contains(key)) {
        return missing;
    }
    const json& entry = file->second["texts"][key];
    const std::string kindId = incidentKindId(incident);
    const json& localizedEntry = entry.contains(kindId) ? entry[kindId] : entry;
    const std::string text = localized(localizedEntry, lang);
    return text.empty() ? missing : fill(text, params);
}

std::vector<std::string> NoticeTemplates::list(NoticeKind notice, const std::string& key, const std::string& lang) const
{
    std::vector<std::string> out;
    const auto file = m_files.find(notice);
    if (file != m_files.end() && file->second["texts"].contains(key) && file->second["texts"][key].is_array()) {
        for (const json& item : file->second["texts"][key]) {
            out.push_back(localized(item, lang));
        }
    }
    return out;
}

const nlohmann::json& NoticeTemplates::sources(NoticeKind notice) const
{
    static const json kNone = json::array();
    const auto file = m_files.find(notice);
    return file == m_files.end() ? kNone : file->second["sources"];
}

std::vector<NoticeDocument> composeNotices(const Incident& incident,
                                           const NoticeInputs& inputs,
                                           const std::vector<NoticeKind>& kinds,
                                           bool blank)
{
    std::vector<NoticeDocument> documents;
    for (NoticeKind kind : kinds) {
        if (blank && kind != NoticeKind::Police && kind != NoticeKind::Unit) {
            continue; // only the police report and the unit letter exist as forms to fill by hand
        }
        Composer composer(incident, inputs, blank);
        documents.push_back(composer.compose(kind));
    }
    // The school's công văn carries no footnotes: an official letter has none. Where its addressees
    // and references come from (and what still needs verifying) goes to the note for the head of
    // unit, who checks it before signing.
    auto unit
        = std::find_if(documents.begin(), documents.end(), [](const auto& d) { return d.kind == NoticeKind::Unit; });
    if (unit != documents.end() && !unit->footnotes.empty()) {
        auto internal = std::find_if(
            documents.begin(), documents.end(), [](const auto& d) { return d.kind == NoticeKind::Internal; });
        if (internal != documents.end()) {
            NoticeBlock heading;
            heading.type = NoticeBlock::Type::Heading;
            heading.text = toNfc(
                inputs.templates.text(NoticeKind::Internal, "unit_sources_heading", incident.kind, inputs.language));
            internal->body.push_back(heading);
            for (const std::string& note : unit->footnotes) {
                NoticeBlock item;
                item.type = NoticeBlock::Type::ListItem;
                item.text = note;
                internal->body.push_back(item);
            }
        }
        unit->footnotes.clear();
    }
    return documents;
}

std::string decreeDate(int year, int month, int day, const std::string& lang)
{
    if (lang == "en") {
        static const std::array<const char*, 12> kMonths{"January",
                                                         "February",
                                                         "March",
                                                         "April",
                                                         "May",
                                                         "June",
                                                         "July",
                                                         "August",
                                                         "September",
                                                         "October",
                                                         "November",
                                                         "December"};
        return std::to_string(day) + " " + kMonths.at(std::size_t(std::clamp(month, 1, 12) - 1)) + " "
            + std::to_string(year);
    }
    // Decree 30/2020, Appendix I: days below 10 and the months 1 and 2 take a leading zero.
    const std::string d = day < 10 ? two(day) : std::to_string(day);
    const std::string m = month < 3 ? two(month) : std::to_string(month);
    return "ngày " + d + " tháng " + m + " năm " + std::to_string(year);
}

std::string toNfc(const std::string& text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || nfc == nullptr) {
        return text;
    }
    const icu::UnicodeString normalized = nfc->normalize(icu::UnicodeString::fromUTF8(text), status);
    if (U_FAILURE(status)) {
        return text;
    }
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

} // namespace auditor
