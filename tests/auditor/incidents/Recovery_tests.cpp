#include "incidents/Recovery.h"

#include "checklist/ContentLoader.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>

using namespace auditor;
using nlohmann::json;

namespace {

const IncidentKind kAllKinds[]
    = {IncidentKind::LostControl, IncidentKind::Impersonated, IncidentKind::AbusedScam, IncidentKind::SuspiciousSignin};

/** The shipped content, directory and recovery file, loaded once for the whole test program. */
struct Shipped
{
    ContentReport content;
    DirectoryReport directory;
    std::optional<Recovery> recovery;
    std::vector<JsonIssue> issues;

    Shipped()
        : content(loadContent(TEST_CHECKS_DIR))
        , directory(loadDirectory(TEST_CHECKS_DIR, content.content))
    {
        auto loaded = Recovery::load(TEST_CHECKS_DIR, content.content, directory.directory, &issues);
        if (loaded) {
            recovery = std::move(*loaded);
        }
    }
};

const Shipped& shipped()
{
    static const Shipped s;
    return s;
}

std::vector<std::string> stepIds(const RecoveryPlan& plan)
{
    std::vector<std::string> ids;
    for (const PlanStep& p : plan.steps) {
        ids.push_back(p.step->id);
    }
    return ids;
}

bool contains(const std::vector<std::string>& list, const std::string& item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

/** Loads a copy of checks/ whose recovery.json was changed by `edit`. */
std::vector<JsonIssue> loadEdited(const test::TempDir& dir, const std::function<void(json&)>& edit)
{
    test::copyContent(dir.path());
    const auto path = dir / "incidents/recovery.json";
    json doc = json::parse(test::readText(path));
    edit(doc);
    test::writeText(path, doc.dump(2));
    const ContentReport content = loadContent(dir.path());
    const DirectoryReport directory = loadDirectory(dir.path(), content.content);
    std::vector<JsonIssue> issues;
    auto r = Recovery::load(dir.path(), content.content, directory.directory, &issues);
    CHECK_FALSE(r.ok());
    if (!r.ok()) {
        CHECK(r.error().code == "recovery.invalid");
    }
    return issues;
}

bool hasIssue(const std::vector<JsonIssue>& issues, const std::string& pointer, const std::string& words)
{
    return std::any_of(issues.begin(), issues.end(), [&](const JsonIssue& i) {
        return i.file.filename() == "recovery.json" && i.pointer == pointer
            && i.message.find(words) != std::string::npos;
    });
}

} // namespace

TEST_CASE("The shipped recovery file loads clean and asks every triage question once", "[incidents][recovery]")
{
    const Shipped& s = shipped();
    REQUIRE(s.content.clean());
    REQUIRE(s.directory.clean());
    for (const JsonIssue& i : s.issues) {
        UNSCOPED_INFO(i.file.string() << " " << i.pointer << " " << i.message);
    }
    REQUIRE(s.recovery.has_value());
    const auto& questions = s.recovery->triageQuestions();
    REQUIRE(questions.size() == triageAnswerIds().size());
    for (const std::string& id : triageAnswerIds()) {
        CHECK(std::count_if(questions.begin(), questions.end(), [&](const TriageQuestion& q) { return q.id == id; })
              == 1);
    }
    for (const TriageQuestion& q : questions) {
        CHECK_FALSE(q.text.vi.empty());
        CHECK_FALSE(q.text.en.empty());
    }
    // The Digital First Aid Kit is CC BY-SA: the file must credit it.
    const auto& credits = s.recovery->credits();
    CHECK(std::any_of(credits.begin(), credits.end(), [](const SourceRef& c) {
        return c.title.find("Digital First Aid Kit") != std::string::npos;
    }));
}

TEST_CASE("Every platform and kind gives a plan whose links resolve and carry a source", "[incidents][recovery]")
{
    const Shipped& s = shipped();
    REQUIRE(s.recovery.has_value());
    int platforms = 0;
    for (const Platform& platform : s.content.content.platforms()) {
        if (platform.kind != PlatformKind::Platform) {
            continue;
        }
        ++platforms;
        for (IncidentKind kind : kAllKinds) {
            INFO(platform.id << " " << incidentKindId(kind));
            auto plan = s.recovery->recoveryPlan(platform.id, kind, TriageAnswers{});
            REQUIRE(plan.ok());
            REQUIRE_FALSE(plan->steps.empty());
            CHECK(contains(stepIds(*plan), "report_to_provider"));
            int previousOrder = -1;
            for (const PlanStep& p : plan->steps) {
                INFO(p.step->id);
                CHECK(p.step->order >= previousOrder);
                previousOrder = p.step->order;
                CHECK(p.step->kinds.count(kind) == 1);
                CHECK_FALSE(p.step->sources.empty());
                CHECK_FALSE(p.step->asOf.empty());
                // A step without a link says why, in both languages.
                if (p.links.empty()) {
                    REQUIRE(p.step->noLinkNote.has_value());
                    CHECK_FALSE(p.step->noLinkNote->vi.empty());
                }
                for (const ResolvedLink& l : p.links) {
                    INFO(l.ref.id);
                    // Somewhere to go: an address, a path in the app, steps, or a desk to walk to.
                    CHECK((!l.url.empty() || l.inAppPath.has_value() || !l.steps.empty()
                           || l.channelType == "in_person"));
                    if (!l.url.empty()) {
                        CHECK(l.url.rfind("https://", 0) == 0);
                    }
                    REQUIRE_FALSE(l.sources.empty());
                    CHECK_FALSE(l.sources.front().title.empty());
                    CHECK((!l.sources.front().url.empty() || !l.sources.front().document.empty()));
                    CHECK(l.asOf.size() == 10);
                    CHECK_FALSE(l.title.vi.empty());
                    // A channel for other kinds of incident must not be offered.
                    CHECK((l.kinds.empty() || l.kinds.count(kind) == 1));
                }
            }
        }
    }
    // The eleven provider platforms of today; a new one is covered by the same rules.
    CHECK(platforms >= 11);
}

TEST_CASE("Platform specific links are used before the shared ones", "[incidents][recovery]")
{
    const Recovery& r = *shipped().recovery;
    const auto linkIds = [&](const std::string& platform, const std::string& step) {
        std::vector<std::string> ids;
        auto plan = r.recoveryPlan(platform, IncidentKind::SuspiciousSignin, TriageAnswers{});
        REQUIRE(plan.ok());
        for (const PlanStep& p : plan->steps) {
            if (p.step->id == step) {
                for (const ResolvedLink& l : p.links) {
                    ids.push_back(l.ref.id);
                }
            }
        }
        return ids;
    };
    CHECK(linkIds("google", "check_mail_forwarding") == std::vector<std::string>{"google.gmail_forwarding_filters"});
    CHECK(linkIds("microsoft", "check_mail_forwarding")
          == std::vector<std::string>{"microsoft.outlook_forwarding_rules"});
    CHECK(linkIds("facebook", "check_mail_forwarding")
          == std::vector<std::string>{"email_master.no_unknown_forwarding"});
    CHECK(linkIds("facebook", "sign_out_sessions") == std::vector<std::string>{"facebook.where_logged_in"});
    CHECK(contains(linkIds("zalo", "sign_out_sessions"), "zalo.review_devices"));

    // The link carries the checklist item's own settings address and sources.
    auto plan = r.recoveryPlan("facebook", IncidentKind::SuspiciousSignin, TriageAnswers{});
    REQUIRE(plan.ok());
    const auto step = std::find_if(
        plan->steps.begin(), plan->steps.end(), [](const PlanStep& p) { return p.step->id == "sign_out_sessions"; });
    REQUIRE(step != plan->steps.end());
    REQUIRE(step->links.size() == 1);
    const Check* check = shipped().content.content.check("facebook.where_logged_in");
    REQUIRE(check != nullptr);
    CHECK(step->links[0].url == check->settingsUrl);
    CHECK(step->links[0].sources.size() == check->sources.size());
    CHECK(step->links[0].asOf == check->asOf);
}

TEST_CASE("Provider channels are kept only for the kinds they serve", "[incidents][recovery]")
{
    const Recovery& r = *shipped().recovery;
    const auto reportLinks = [&](IncidentKind kind) {
        std::vector<std::string> ids;
        auto plan = r.recoveryPlan("facebook", kind, TriageAnswers{});
        REQUIRE(plan.ok());
        for (const PlanStep& p : plan->steps) {
            if (p.step->id == "report_to_provider") {
                for (const ResolvedLink& l : p.links) {
                    ids.push_back(l.ref.id);
                }
            }
        }
        return ids;
    };
    const auto impersonated = reportLinks(IncidentKind::Impersonated);
    CHECK(contains(impersonated, "facebook.impersonation_form"));
    CHECK_FALSE(contains(impersonated, "facebook.hacked"));
    const auto lost = reportLinks(IncidentKind::LostControl);
    CHECK(contains(lost, "facebook.hacked"));
    CHECK_FALSE(contains(lost, "facebook.impersonation_form"));
}

TEST_CASE("The answers choose the kind and the conditional steps", "[incidents][recovery]")
{
    const Recovery& r = *shipped().recovery;
    TriageAnswers a;
    const KindRule* rule = nullptr;
    CHECK(r.suggestKind(a, &rule) == IncidentKind::SuspiciousSignin);
    REQUIRE(rule != nullptr);
    CHECK(rule->when.empty());

    a.stillHasAccess = false;
    a.contactsGotStrangeMessages = true;
    CHECK(r.suggestKind(a) == IncidentKind::LostControl);
    a.stillHasAccess = true;
    CHECK(r.suggestKind(a, &rule) == IncidentKind::AbusedScam);
    CHECK_FALSE(rule->why.vi.empty());
    a.contactsGotStrangeMessages = false;
    a.someonePostingAsYou = true;
    CHECK(r.suggestKind(a) == IncidentKind::Impersonated);
    a.someonePostingAsYou = false;
    a.moneyLost = true;
    CHECK(r.suggestKind(a) == IncidentKind::AbusedScam);

    // Unanswered: the money and mailbox steps wait for a "yes"; they come first when it is given.
    auto plain = r.recoveryPlan("zalo", IncidentKind::AbusedScam, TriageAnswers{});
    REQUIRE(plain.ok());
    CHECK_FALSE(contains(stepIds(*plain), "bank_if_money"));
    CHECK_FALSE(contains(stepIds(*plain), "secure_email_first"));
    TriageAnswers yes;
    yes.moneyLost = true;
    yes.emailAlsoAffected = true;
    auto urgent = r.recoveryPlan("zalo", IncidentKind::AbusedScam, yes);
    REQUIRE(urgent.ok());
    REQUIRE(urgent->steps.size() >= 2);
    CHECK(urgent->steps[0].step->id == "bank_if_money");
    CHECK(contains(stepIds(*urgent), "secure_email_first"));

    // A fake account: nothing to secure on the real one, but report it and warn people.
    auto fake = r.recoveryPlan("facebook", IncidentKind::Impersonated, TriageAnswers{});
    REQUIRE(fake.ok());
    CHECK_FALSE(contains(stepIds(*fake), "change_password"));
    CHECK(contains(stepIds(*fake), "warn_contacts"));
    CHECK(contains(stepIds(*fake), "report_to_police"));
    auto lost = r.recoveryPlan("facebook", IncidentKind::LostControl, TriageAnswers{});
    REQUIRE(lost.ok());
    CHECK(contains(stepIds(*lost), "recover_access"));
    CHECK_FALSE(contains(stepIds(*fake), "recover_access"));
}

TEST_CASE("Steps recorded in an incident are done with their time", "[incidents][recovery]")
{
    const Recovery& r = *shipped().recovery;
    Incident incident;
    incident.kind = IncidentKind::LostControl;
    const TimePoint first = test::testEpoch();
    const TimePoint later = first + std::chrono::hours(2);
    incident.actions.push_back({"change_password", "", first});
    incident.actions.push_back({"change_password", "again from the school computer", later});
    incident.actions.push_back({"", "called the head teacher", first});
    auto plan = r.recoveryPlan("facebook", IncidentKind::LostControl, TriageAnswers{}, &incident);
    REQUIRE(plan.ok());
    int done = 0;
    for (const PlanStep& p : plan->steps) {
        if (p.step->id == "change_password") {
            CHECK(p.done);
            REQUIRE(p.doneAt.has_value());
            CHECK(*p.doneAt == later);
        } else {
            CHECK_FALSE(p.done);
        }
        done += p.done ? 1 : 0;
    }
    CHECK(done == 1);
    // Without an incident nothing is done.
    auto fresh = r.recoveryPlan("facebook", IncidentKind::LostControl, TriageAnswers{});
    REQUIRE(fresh.ok());
    CHECK(std::none_of(fresh->steps.begin(), fresh->steps.end(), [](const PlanStep& p) { return p.done; }));
}

TEST_CASE("An unknown platform gives an error", "[incidents][recovery]")
{
    auto plan = shipped().recovery->recoveryPlan("myspace", IncidentKind::LostControl, TriageAnswers{});
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().code == "platform.unknown");
    CHECK(plan.error().params.at("id") == "myspace");
}

TEST_CASE("Broken cross references are named with their pointer", "[incidents][recovery]")
{
    test::TempDir dir;
    const auto issues = loadEdited(dir, [](json& d) {
        for (json& step : d["steps"]) {
            if (step["id"] == "sign_out_sessions") {
                step["links"]["facebook"][0] = {{"check", "facebook.no_such_check"}};
                step["links"]["myspace"] = json::array({{{"channel", "facebook.hacked"}}});
            }
            if (step["id"] == "report_to_provider") {
                step["links"]["zalo"][0] = {{"channel", "zalo.no_such_channel"}};
            }
        }
        d["steps"][1]["id"] = d["steps"][0]["id"];
        d["kind_rules"].erase(d["kind_rules"].size() - 1);
        d["questions"].erase(0);
    });
    for (const JsonIssue& i : issues) {
        UNSCOPED_INFO(i.pointer << " " << i.message);
    }
    const auto stepIndex = [&](const std::string& id) {
        const json doc = json::parse(test::readText(dir / "incidents/recovery.json"));
        for (std::size_t i = 0; i < doc["steps"].size(); ++i) {
            if (doc["steps"][i]["id"] == id) {
                return "/steps/" + std::to_string(i);
            }
        }
        return std::string("?");
    };
    CHECK(hasIssue(issues,
                   stepIndex("sign_out_sessions") + "/links/facebook/0/check",
                   "no checklist item \"facebook.no_such_check\""));
    CHECK(hasIssue(issues, stepIndex("sign_out_sessions") + "/links/myspace", "no checklist platform \"myspace\""));
    CHECK(hasIssue(issues,
                   stepIndex("report_to_provider") + "/links/zalo/0/channel",
                   "no directory channel \"zalo.no_such_channel\""));
    CHECK(hasIssue(issues, "/steps/1/id", "is used twice"));
    CHECK(hasIssue(issues, "/questions", "no question fills the answer \"still_has_access\""));
    CHECK(hasIssue(issues, "/kind_rules/3/when", "must match any answers"));
}

TEST_CASE("A schema violation in the recovery file names its pointer", "[incidents][recovery]")
{
    test::TempDir dir;
    const auto issues = loadEdited(dir, [](json& d) {
        d["steps"][2]["title"].erase("en");
        d["questions"][0]["id"] = "is_it_bad";
    });
    for (const JsonIssue& i : issues) {
        UNSCOPED_INFO(i.pointer << " " << i.message);
    }
    CHECK(std::any_of(issues.begin(), issues.end(), [](const JsonIssue& i) { return i.pointer == "/steps/2/title"; }));
    CHECK(std::any_of(issues.begin(), issues.end(), [](const JsonIssue& i) { return i.pointer == "/questions/0/id"; }));
}

TEST_CASE("Answers are read and written by their ids", "[incidents][recovery]")
{
    TriageAnswers a;
    CHECK_FALSE(triageAnswer(a, "money_lost").has_value());
    CHECK(setTriageAnswer(a, "money_lost", true));
    CHECK(a.moneyLost == std::optional<bool>(true));
    CHECK(triageAnswer(a, "money_lost") == std::optional<bool>(true));
    CHECK_FALSE(setTriageAnswer(a, "is_it_bad", true));
    CHECK_FALSE(triageAnswer(a, "is_it_bad").has_value());
    for (IncidentKind kind : kAllKinds) {
        CHECK(incidentKindFromId(incidentKindId(kind)) == kind);
    }
    CHECK_FALSE(incidentKindFromId("hacked").has_value());
}

TEST_CASE("Decomposed Vietnamese in the recovery file is refused", "[incidents][recovery]")
{
    test::TempDir dir;
    // "Đổi" with the hook above and circumflex as combining marks after a plain "o".
    const auto issues
        = loadEdited(dir, [](json& d) { d["steps"][3]["title"]["vi"] = "\u0110o\u0302\u0309i m\u1EADt kh\u1EA9u"; });
    CHECK(hasIssue(issues, "/steps/3/title/vi", "not in NFC"));
}
