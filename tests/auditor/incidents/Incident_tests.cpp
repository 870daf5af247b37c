#include "incidents/Incident.h"

#include "common/Files.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace auditor;
using nlohmann::json;

namespace {

Incident sampleIncident()
{
    Incident inc;
    inc.id = "inc-20300107-0001";
    inc.kind = IncidentKind::AbusedScam;
    inc.account.platform = "facebook";
    inc.account.identifier = "https://www.facebook.com/example.teacher";
    inc.account.displayName = "Cô Lan";
    inc.account.registeredContact = "0900000000";
    inc.account.unitAccount = false;
    inc.applicant.fullName = "Nguyễn Thị Lan";
    inc.applicant.dateOfBirth = "1985-03-14";
    inc.applicant.idNumber = "056185000000";
    inc.applicant.address = "Nha Trang, Khánh Hòa";
    inc.occurredAt = "2030-01-06T21:30:00+07:00";
    inc.discoveredAt = "2030-01-07";
    inc.description = "Tài khoản bị chiếm và dùng để hỏi vay tiền.";
    inc.damage = "2.000.000 đồng";
    inc.triage.stillHasAccess = false;
    inc.triage.contactsGotStrangeMessages = true;
    Evidence e;
    e.type = Evidence::Type::Screenshot;
    e.path = "/home/lan/anh-chup.png";
    e.sha256 = std::string(64, 'a');
    e.addedAt = test::testEpoch();
    inc.evidence.push_back(e);
    Evidence u;
    u.type = Evidence::Type::Url;
    u.url = "https://www.facebook.com/fake.profile";
    u.addedAt = test::testEpoch() + std::chrono::minutes(5);
    inc.evidence.push_back(u);
    inc.actions.push_back({"change_password", "đã đổi", test::testEpoch() + std::chrono::minutes(10)});
    inc.notifications.push_back({"provider", "facebook.hacked", "123456", test::testEpoch() + std::chrono::hours(1)});
    inc.providerTicket = "123456";
    inc.place = "Nha Trang";
    inc.createdAt = test::testEpoch();
    inc.updatedAt = test::testEpoch() + std::chrono::hours(2);
    inc.closedAt = test::testEpoch() + std::chrono::hours(3);
    return inc;
}

bool hasIssue(const std::vector<JsonIssue>& issues, const std::string& pointer, const std::string& words)
{
    return std::any_of(issues.begin(), issues.end(), [&](const JsonIssue& i) {
        return i.pointer == pointer && i.message.find(words) != std::string::npos;
    });
}

} // namespace

TEST_CASE("Incident kinds and evidence types round trip through their ids", "[incidents]")
{
    for (auto k : {IncidentKind::LostControl,
                   IncidentKind::Impersonated,
                   IncidentKind::AbusedScam,
                   IncidentKind::SuspiciousSignin}) {
        CHECK(incidentKindFromId(incidentKindId(k)) == k);
    }
    CHECK(incidentKindId(IncidentKind::LostControl) == "lost_control");
    CHECK(incidentKindId(IncidentKind::AbusedScam) == "abused_scam");
    CHECK_FALSE(incidentKindFromId("hacked").has_value());
    for (auto t : {Evidence::Type::File,
                   Evidence::Type::Screenshot,
                   Evidence::Type::Url,
                   Evidence::Type::Message,
                   Evidence::Type::Receipt}) {
        CHECK(evidenceTypeFromId(evidenceTypeId(t)) == t);
    }
    CHECK(evidenceTypeId(Evidence::Type::Receipt) == "receipt");
    CHECK_FALSE(evidenceTypeFromId("video").has_value());
}

TEST_CASE("An incident survives a round trip through JSON", "[incidents]")
{
    const Incident inc = sampleIncident();
    const json j = incidentToJson(inc);
    CHECK(j["kind"] == "abused_scam");
    CHECK(j["account"]["display_name"] == "Cô Lan");
    CHECK(j["evidence"][0]["added_at"] == "2030-01-07T08:00:00Z");
    CHECK(j["triage"]["money_lost"].is_null());
    CHECK(j["triage"]["still_has_access"] == false);

    std::vector<JsonIssue> issues;
    const auto back = incidentFromJson(j, "mem.json", &issues);
    REQUIRE(back.ok());
    CHECK(issues.empty());
    CHECK(incidentToJson(*back) == j);
    CHECK(back->closedAt == inc.closedAt);
    CHECK_FALSE(back->triage.moneyLost.has_value());
    CHECK(back->actions.at(0).doneAt == inc.actions.at(0).doneAt);
}

TEST_CASE("An open incident has a null closing time", "[incidents]")
{
    Incident inc = sampleIncident();
    inc.closedAt.reset();
    const json j = incidentToJson(inc);
    CHECK(j["closed_at"].is_null());
    const auto back = incidentFromJson(j, "mem.json");
    REQUIRE(back.ok());
    CHECK_FALSE(back->closedAt.has_value());
}

TEST_CASE("Each problem in an incident is reported with its pointer", "[incidents]")
{
    json j = incidentToJson(sampleIncident());
    j["kind"] = "hacked";
    j["account"]["unit_account"] = "yes";
    j["evidence"][0]["type"] = "video";
    j["evidence"][1]["added_at"] = "yesterday";
    j["actions"][0]["done_at"] = "2030-02-30T10:00:00Z";
    j["occurred_at"] = "2030-01-06T21:30:00"; // local time without offset
    j["discovered_at"] = 20300107;
    j["notifications"][0].erase("to");
    j.erase("created_at");
    j["applicant"]["date_of_birth"] = "14/03/1985";

    std::vector<JsonIssue> issues;
    const auto r = incidentFromJson(j, "bad.json", &issues);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == "incident_invalid");
    CHECK(r.error().params.at("file") == "bad.json");
    CHECK(hasIssue(issues, "/kind", "unknown incident kind"));
    CHECK(hasIssue(issues, "/account/unit_account", "expected a boolean"));
    CHECK(hasIssue(issues, "/evidence/0/type", "unknown evidence type"));
    CHECK(hasIssue(issues, "/evidence/1/added_at", "not an ISO 8601"));
    CHECK(hasIssue(issues, "/actions/0/done_at", "not an ISO 8601"));
    CHECK(hasIssue(issues, "/occurred_at", "not an ISO 8601"));
    CHECK(hasIssue(issues, "/discovered_at", "expected a string"));
    CHECK(hasIssue(issues, "/notifications/0/to", "missing"));
    CHECK(hasIssue(issues, "/created_at", "missing"));
    CHECK(hasIssue(issues, "/applicant/date_of_birth", "not an ISO 8601 date"));
    CHECK(issues.size() == 10);
    for (const JsonIssue& i : issues) {
        CHECK(i.file == "bad.json");
    }
}

TEST_CASE("A document that is not an object or lacks the account is refused", "[incidents]")
{
    std::vector<JsonIssue> issues;
    CHECK_FALSE(incidentFromJson(json::array(), "a.json", &issues).ok());
    CHECK(hasIssue(issues, "", "expected an object"));

    issues.clear();
    json j = incidentToJson(sampleIncident());
    j.erase("account");
    j["schema_version"] = 2;
    CHECK_FALSE(incidentFromJson(j, "a.json", &issues).ok());
    CHECK(hasIssue(issues, "/account", "missing"));
    CHECK(hasIssue(issues, "/schema_version", "unsupported schema version 2"));
}

TEST_CASE("Times with an offset or Z are accepted and converted to UTC", "[incidents]")
{
    json j = incidentToJson(sampleIncident());
    j["actions"][0]["done_at"] = "2030-01-07T15:10:00+07:00";
    j["occurred_at"] = "2030-01-06T21:30Z";
    const auto r = incidentFromJson(j, "a.json");
    REQUIRE(r.ok());
    CHECK(formatIsoUtc(r->actions[0].doneAt) == "2030-01-07T08:10:00Z");
    CHECK(r->occurredAt == "2030-01-06T21:30Z");
}

TEST_CASE("The display offset comes from the incident or defaults to Vietnam time", "[incidents]")
{
    Incident inc;
    CHECK(incidentUtcOffsetMinutes(inc) == 420);
    inc.occurredAt = "2030-01-06";
    CHECK(incidentUtcOffsetMinutes(inc) == 420);
    inc.discoveredAt = "2030-01-07T09:00:00-05:30";
    CHECK(incidentUtcOffsetMinutes(inc) == -330);
    inc.occurredAt = "2030-01-06T21:30:00Z";
    CHECK(incidentUtcOffsetMinutes(inc) == 0);
}

TEST_CASE("Loading an incident file reports a syntax error with its line", "[incidents]")
{
    test::TempDir dir;
    test::writeText(dir / "good.json", incidentToJson(sampleIncident()).dump(2));
    const auto good = loadIncidentFile(dir / "good.json");
    REQUIRE(good.ok());
    CHECK(good->id == "inc-20300107-0001");

    test::writeText(dir / "bad.json", "{\n  \"id\": \"x\",\n  oops\n}\n");
    std::vector<JsonIssue> issues;
    const auto bad = loadIncidentFile(dir / "bad.json", &issues);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == "json.syntax");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].line == 3);

    CHECK(loadIncidentFile(dir / "missing.json").error().code == "file.read");
}
