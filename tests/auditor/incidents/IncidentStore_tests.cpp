#include "incidents/IncidentStore.h"

#include "common/Digest.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace auditor;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path kSample = fs::path(TEST_CHECKS_DIR) / ".." / "docs" / "examples" / "incident.json";

Incident draft(const std::string& platform = "facebook")
{
    Incident inc;
    inc.kind = IncidentKind::LostControl;
    inc.account.platform = platform;
    inc.applicant.idNumber = "056185000000";
    return inc;
}

std::vector<std::string> filesIn(const fs::path& dir)
{
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) {
        names.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

bool hasPointer(const std::vector<JsonIssue>& issues, const std::string& pointer)
{
    return std::any_of(issues.begin(), issues.end(), [&](const JsonIssue& i) { return i.pointer == pointer; });
}

} // namespace

TEST_CASE("The sample incident is valid against the schema and parses", "[incidents]")
{
    auto validator = SchemaValidator::fromFile(fs::path(TEST_CHECKS_DIR) / "schema" / "incident.schema.json");
    REQUIRE(validator.ok());
    const json doc = json::parse(test::readText(kSample));
    const auto issues = validator->validate(doc, kSample);
    for (const JsonIssue& i : issues) {
        UNSCOPED_INFO(i.pointer << " " << i.message);
    }
    CHECK(issues.empty());
    const auto inc = incidentFromJson(doc, kSample);
    REQUIRE(inc.ok());
    CHECK(inc->kind == IncidentKind::AbusedScam);
    CHECK(inc->evidence.size() == 3);
    // The schema describes exactly what incidentToJson writes.
    CHECK(incidentToJson(*inc) == doc);
}

TEST_CASE("The incident schema rejects a broken copy at the right pointer", "[incidents]")
{
    auto validator = SchemaValidator::fromFile(fs::path(TEST_CHECKS_DIR) / "schema" / "incident.schema.json");
    REQUIRE(validator.ok());
    json doc = json::parse(test::readText(kSample));
    doc["evidence"][1]["type"] = "video";
    doc["actions"][0]["done_at"] = "2026-11-28 07:05";
    doc["account"].erase("platform");
    const auto issues = validator->validate(doc, "broken.json");
    CHECK(hasPointer(issues, "/evidence/1/type"));
    CHECK(hasPointer(issues, "/actions/0/done_at"));
    CHECK(hasPointer(issues, "/account"));
    CHECK_FALSE(hasPointer(issues, "/evidence/0/type"));
}

TEST_CASE("Created incidents get dated ids and private files", "[incidents]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    IncidentStore store(dir.path(), clock);
    const auto a = store.create(draft());
    REQUIRE(a.ok());
    CHECK(a->id == "inc-20300107-0001");
    CHECK(a->createdAt == test::testEpoch());
    const auto b = store.create(draft("zalo"));
    REQUIRE(b.ok());
    CHECK(b->id == "inc-20300107-0002");
    clock.advanceDays(1);
    CHECK(store.create(draft())->id == "inc-20300108-0001");
    CHECK(filesIn(store.folder())
          == std::vector<std::string>{"inc-20300107-0001.json", "inc-20300107-0002.json", "inc-20300108-0001.json"});
#ifndef _WIN32
    CHECK((fs::status(store.fileFor(a->id)).permissions() & fs::perms::all)
          == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK((fs::status(store.folder()).permissions() & fs::perms::all) == fs::perms::owner_all);
#endif
    const auto loaded = store.load(b->id);
    REQUIRE(loaded.ok());
    CHECK(loaded->account.platform == "zalo");
    CHECK(loaded->applicant.idNumber == "056185000000");
    CHECK(store.load("inc-20300107-0009").error().code == "incident_not_found");
    CHECK(store.load("../secret").error().code == "incident_not_found");
}

TEST_CASE("The list shows open incidents first and newest first", "[incidents]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    IncidentStore store(dir.path(), clock);
    CHECK(store.list().incidents.empty());
    const std::string first = store.create(draft())->id;
    clock.advanceDays(1);
    const std::string second = store.create(draft())->id;
    clock.advanceDays(1);
    const std::string third = store.create(draft())->id;
    REQUIRE(store.close(third).ok());
    const IncidentList l = store.list();
    REQUIRE(l.incidents.size() == 3);
    CHECK(l.incidents[0].id == second);
    CHECK(l.incidents[1].id == first);
    CHECK(l.incidents[2].id == third);
    CHECK(l.problems.empty());
}

TEST_CASE("A corrupt incident file is moved aside and the others still listed", "[incidents]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    IncidentStore store(dir.path(), clock);
    const std::string good = store.create(draft())->id;
    const std::string bad = store.create(draft())->id;
    test::writeText(store.fileFor(bad), "{ \"id\": ");
    const IncidentList l = store.list();
    REQUIRE(l.incidents.size() == 1);
    CHECK(l.incidents[0].id == good);
    REQUIRE(l.problems.size() == 1);
    CHECK(l.problems[0].file == store.fileFor(bad));
    CHECK(l.problems[0].error.code == "json.syntax");
    CHECK_FALSE(l.problems[0].restored); // never saved twice: no previous copy
    REQUIRE(l.problems[0].movedTo.has_value());
    CHECK(test::readText(*l.problems[0].movedTo) == "{ \"id\": ");
    CHECK_FALSE(fs::exists(store.fileFor(bad)));
    // The damaged file's id is not handed out again while its copy lies beside the others.
    CHECK(store.create(draft())->id == "inc-20300107-0003");
}

TEST_CASE("A file whose id does not match its name is a problem not an incident", "[incidents]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    IncidentStore store(dir.path(), clock);
    const std::string id = store.create(draft())->id;
    json doc = json::parse(test::readText(store.fileFor(id)));
    doc["id"] = "inc-20300107-0042";
    test::writeText(store.fileFor(id), doc.dump());
    const IncidentList l = store.list();
    CHECK(l.incidents.empty());
    REQUIRE(l.problems.size() == 1);
    CHECK(l.problems[0].error.code == "incident_invalid");
    CHECK(l.problems[0].issues.at(0).pointer == "/id");
}

TEST_CASE("Evidence actions and notifications are recorded with their times", "[incidents]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    IncidentStore store(dir.path(), clock);
    const std::string id = store.create(draft())->id;
    test::writeText(dir / "shot.png", "abc");

    clock.set(test::testEpoch() + std::chrono::minutes(5));
    const auto withFile = store.addFileEvidence(id, dir / "shot.png", Evidence::Type::Screenshot, "tin nhắn");
    REQUIRE(withFile.ok());
    REQUIRE(store.addUrlEvidence(id, "https://example.com/fake", "trang giả").ok());
    REQUIRE(store.addMessageEvidence(id, "Chị ơi chuyển giúp em 3 triệu").ok());
    CHECK(store.addFileEvidence(id, dir / "missing.png").error().code == "file.read");
    REQUIRE(store.recordAction(id, "change_password", "đã đổi").ok());
    REQUIRE(store.recordNotification(id, "contacts", "zalo group").ok());
    REQUIRE(store.recordNotification(id, "provider", "facebook.hacked", "123456").ok());

    const auto inc = store.load(id);
    REQUIRE(inc.ok());
    REQUIRE(inc->evidence.size() == 3);
    CHECK(inc->evidence[0].type == Evidence::Type::Screenshot);
    CHECK(inc->evidence[0].path == (dir / "shot.png").string());
    CHECK(inc->evidence[0].sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(inc->evidence[0].addedAt == test::testEpoch() + std::chrono::minutes(5));
    CHECK(inc->evidence[1].url == "https://example.com/fake");
    CHECK(inc->evidence[2].text == "Chị ơi chuyển giúp em 3 triệu");
    REQUIRE(inc->actions.size() == 1);
    CHECK(inc->actions[0].stepId == "change_password");
    CHECK(inc->notifications.size() == 2);
    CHECK(inc->providerTicket == "123456");
    CHECK(inc->updatedAt == test::testEpoch() + std::chrono::minutes(5));
    CHECK(inc->createdAt == test::testEpoch());
    CHECK(store.recordAction("inc-20300107-0099", "", "x").error().code == "incident_not_found");
}

TEST_CASE("Closing and reopening an incident sets and clears its closing time", "[incidents]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    IncidentStore store(dir.path(), clock);
    const std::string id = store.create(draft())->id;
    clock.advanceDays(2);
    REQUIRE(store.close(id).ok());
    CHECK(store.load(id)->closedAt == test::testEpoch() + std::chrono::days(2));
    REQUIRE(store.reopen(id).ok());
    CHECK_FALSE(store.load(id)->closedAt.has_value());
}

TEST_CASE("Deleting an incident leaves nothing behind", "[incidents]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    IncidentStore store(dir.path(), clock);
    const std::string keep = store.create(draft())->id;
    const std::string gone = store.create(draft())->id;
    REQUIRE(store.recordAction(gone, "", "một bước").ok());
    REQUIRE(store.remove(gone).ok());
    CHECK(filesIn(store.folder()) == std::vector<std::string>{keep + ".json"});
    CHECK(store.remove(gone).error().code == "incident_not_found");
}

TEST_CASE("An exported incident imports under a new id when its id is taken", "[incidents]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    IncidentStore store(dir.path(), clock);
    Incident d = draft();
    d.description = "Bị chiếm tài khoản";
    const std::string id = store.create(d)->id;
    REQUIRE(store.exportTo(id, dir / "out" / "export.json").ok());
#ifndef _WIN32
    CHECK((fs::status(dir / "out" / "export.json").permissions() & fs::perms::all)
          == (fs::perms::owner_read | fs::perms::owner_write));
#endif
    const auto imported = store.importFrom(dir / "out" / "export.json", TEST_CHECKS_DIR);
    REQUIRE(imported.ok());
    CHECK(imported->id == "inc-20300107-0002");
    CHECK(store.load(imported->id)->description == "Bị chiếm tài khoản");

    test::TempDir other;
    IncidentStore fresh(other.path(), clock);
    const auto sample = fresh.importFrom(kSample, TEST_CHECKS_DIR);
    REQUIRE(sample.ok());
    CHECK(sample->id == "inc-20261128-0001");
}

TEST_CASE("Importing a broken file names the file and the pointer", "[incidents]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    IncidentStore store(dir.path(), clock);
    json doc = json::parse(test::readText(kSample));
    doc["kind"] = "hacked";
    test::writeText(dir / "bad.json", doc.dump(2));
    std::vector<JsonIssue> issues;
    const auto r = store.importFrom(dir / "bad.json", TEST_CHECKS_DIR, &issues);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == "incident_invalid");
    CHECK(r.error().params.at("file") == (dir / "bad.json").string());
    CHECK(r.error().params.at("pointer") == "/kind");
    CHECK(hasPointer(issues, "/kind"));

    test::writeText(dir / "syntax.json", "{\n  \"kind\":\n");
    issues.clear();
    const auto s = store.importFrom(dir / "syntax.json", TEST_CHECKS_DIR, &issues);
    CHECK(s.error().code == "json.syntax");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].line >= 2);
    CHECK_FALSE(fs::exists(store.folder()));
}

TEST_CASE("A damaged incident file is replaced by its previous save", "[incidents]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    IncidentStore store(dir.path(), clock);
    const std::string id = store.create(draft())->id;
    REQUIRE(store.recordAction(id, "change_password", "").ok());
    REQUIRE(fs::exists(store.folder() / (id + ".json.bak")));
    test::writeText(store.fileFor(id), "{ damaged");
    const IncidentList l = store.list();
    REQUIRE(l.problems.size() == 1);
    CHECK(l.problems[0].restored);
    REQUIRE(l.problems[0].movedTo.has_value());
    CHECK(test::readText(*l.problems[0].movedTo) == "{ damaged");
    REQUIRE(l.incidents.size() == 1);
    CHECK(l.incidents[0].id == id);
    CHECK(l.incidents[0].actions.empty()); // the save before the step
    const auto reloaded = store.load(id);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->id == id);
}
