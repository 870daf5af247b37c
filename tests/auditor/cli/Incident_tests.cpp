// Drives `auditor incident` in-process on a temporary data folder, as a person would.
#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace auditor;
using auditor::test::runCli;
using Catch::Matchers::Contains;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string newIncident(const fs::path& dir, const Clock& clock)
{
    const auto r = runCli(dir,
                          {"incident",
                           "new",
                           "--platform",
                           "facebook",
                           "--kind",
                           "abused_scam",
                           "--account",
                           "https://www.facebook.com/example",
                           "--occurred",
                           "2030-01-06T21:30+07:00",
                           "--format",
                           "json"},
                          clock);
    INFO(r.err);
    REQUIRE(r.code == 0);
    return json::parse(r.out)["id"].get<std::string>();
}

json showJson(const fs::path& dir, const std::string& id, const Clock& clock)
{
    const auto r = runCli(dir, {"incident", "show", id, "--format", "json"}, clock);
    INFO(r.err);
    REQUIRE(r.code == 0);
    return json::parse(r.out);
}

} // namespace

TEST_CASE("An incident is created listed and shown", "[incident-cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const std::string id = newIncident(dir.path(), clock);
    CHECK(id == "inc-20300107-0001");

    const auto text = runCli(dir.path(), {"incident", "list"}, clock);
    CHECK(text.code == 0);
    CHECK_THAT(text.out, Contains("inc-20300107-0001"));
    CHECK_THAT(text.out, Contains("đang mở"));
    CHECK_THAT(text.out, Contains("2030-01-07 15:00 (UTC+07:00)"));

    const auto list = runCli(dir.path(), {"incident", "list", "--format", "json"}, clock);
    const json l = json::parse(list.out);
    REQUIRE(l.size() == 1);
    CHECK(l[0]["kind"] == "abused_scam");
    CHECK(l[0]["open"] == true);

    const json shown = showJson(dir.path(), id, clock);
    CHECK(shown["account"]["platform"] == "facebook");
    CHECK(shown["occurred_at"] == "2030-01-06T21:30+07:00");

    const auto en = runCli(dir.path(), {"--lang", "en", "incident", "show", id}, clock);
    CHECK(en.code == 0);
    CHECK_THAT(en.out, Contains("account used to scam contacts"));
}

TEST_CASE("A new incident needs a known platform kind and valid times", "[incident-cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const auto platform
        = runCli(dir.path(), {"incident", "new", "--platform", "myspace", "--kind", "lost_control"}, clock);
    CHECK(platform.code == 2);
    CHECK_THAT(platform.err, Contains("myspace"));
    const auto kind = runCli(dir.path(), {"incident", "new", "--platform", "zalo", "--kind", "hacked"}, clock);
    CHECK(kind.code == 2);
    CHECK_THAT(kind.err, Contains("lost_control"));
    const auto time
        = runCli(dir.path(),
                 {"incident", "new", "--platform", "zalo", "--kind", "lost_control", "--occurred", "hôm qua"},
                 clock);
    CHECK(time.code == 2);
    CHECK_THAT(time.err, Contains("/occurred_at"));
    CHECK_FALSE(fs::exists(dir / "incidents"));
}

TEST_CASE("Editing sets applicant and account fields and refuses bad ones", "[incident-cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const std::string id = newIncident(dir.path(), clock);
    const auto ok = runCli(dir.path(),
                           {"incident",
                            "edit",
                            id,
                            "--set",
                            "applicant.full_name=Trần Thị Mai Anh",
                            "--set",
                            "applicant.date_of_birth=1988-05-02",
                            "--set",
                            "account.unit_account=true",
                            "--set",
                            "damage=3.000.000 đồng"},
                           clock);
    INFO(ok.err);
    CHECK(ok.code == 0);
    const json shown = showJson(dir.path(), id, clock);
    CHECK(shown["applicant"]["full_name"] == "Trần Thị Mai Anh");
    CHECK(shown["applicant"]["date_of_birth"] == "1988-05-02");
    CHECK(shown["account"]["unit_account"] == true);
    CHECK(shown["damage"] == "3.000.000 đồng");

    const auto unknown = runCli(dir.path(), {"incident", "edit", id, "--set", "id=inc-20300101-0001"}, clock);
    CHECK(unknown.code == 2);
    CHECK_THAT(unknown.err, Contains("applicant.full_name"));
    const auto badDate
        = runCli(dir.path(), {"incident", "edit", id, "--set", "applicant.date_of_birth=2/5/1988"}, clock);
    CHECK(badDate.code == 2);
    CHECK_THAT(badDate.err, Contains("/applicant/date_of_birth"));
    CHECK(showJson(dir.path(), id, clock)["applicant"]["date_of_birth"] == "1988-05-02");
}

TEST_CASE("Evidence steps warnings and tickets are recorded", "[incident-cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const std::string id = newIncident(dir.path(), clock);
    test::writeText(dir / "shot.png", "abc");
    clock.set(test::testEpoch() + std::chrono::minutes(30));
    CHECK(runCli(dir.path(),
                 {"incident",
                  "evidence",
                  id,
                  "--file",
                  (dir / "shot.png").string(),
                  "--type",
                  "screenshot",
                  "--note",
                  "tin nhắn"},
                 clock)
              .code
          == 0);
    CHECK(runCli(dir.path(), {"incident", "evidence", id, "--url", "https://example.com/fake"}, clock).code == 0);
    CHECK(runCli(dir.path(), {"incident", "evidence", id, "--message", "Chuyển giúp em 3 triệu"}, clock).code == 0);
    CHECK(runCli(dir.path(), {"incident", "evidence", id}, clock).code == 2);
    CHECK(runCli(dir.path(), {"incident", "evidence", id, "--url", "u", "--message", "m"}, clock).code != 0);
    CHECK(runCli(dir.path(), {"incident", "step", id, "change_password", "--note", "đã đổi"}, clock).code == 0);
    CHECK(runCli(dir.path(), {"incident", "warned", id, "--channel", "nhóm zalo"}, clock).code == 0);
    CHECK(runCli(dir.path(), {"incident", "ticket", id, "1234567", "--channel", "facebook.hacked"}, clock).code == 0);

    const json shown = showJson(dir.path(), id, clock);
    REQUIRE(shown["evidence"].size() == 3);
    CHECK(shown["evidence"][0]["type"] == "screenshot");
    CHECK(shown["evidence"][0]["sha256"] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(shown["evidence"][0]["added_at"] == "2030-01-07T08:30:00Z");
    CHECK(shown["evidence"][2]["text"] == "Chuyển giúp em 3 triệu");
    CHECK(shown["actions"][0]["step_id"] == "change_password");
    CHECK(shown["notifications"][0]["to"] == "contacts");
    CHECK(shown["notifications"][1]["reference"] == "1234567");
    CHECK(shown["provider_ticket"] == "1234567");

    const auto text = runCli(dir.path(), {"incident", "show", id}, clock);
    CHECK_THAT(text.out, Contains("2030-01-07 15:30 (UTC+07:00)  screenshot"));
}

TEST_CASE("Close reopen and delete change the incident's state", "[incident-cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const std::string id = newIncident(dir.path(), clock);
    CHECK(runCli(dir.path(), {"incident", "close", id}, clock).code == 0);
    CHECK(showJson(dir.path(), id, clock)["closed_at"] == "2030-01-07T08:00:00Z");
    CHECK(runCli(dir.path(), {"incident", "reopen", id}, clock).code == 0);
    CHECK(showJson(dir.path(), id, clock)["closed_at"].is_null());

    const auto unconfirmed = runCli(dir.path(), {"incident", "delete", id}, clock);
    CHECK(unconfirmed.code == 2);
    CHECK_THAT(unconfirmed.err, Contains("--yes"));
    CHECK(fs::exists(dir / ("incidents/" + id + ".json")));
    CHECK(runCli(dir.path(), {"incident", "delete", id, "--yes"}, clock).code == 0);
    CHECK(fs::is_empty(dir / "incidents"));
    const auto missing = runCli(dir.path(), {"incident", "show", id}, clock);
    CHECK(missing.code == 2);
    CHECK_THAT(missing.err, Contains("auditor incident list"));
}

TEST_CASE("Export and import move an incident between data folders", "[incident-cli]")
{
    test::TempDir dir;
    test::TempDir other;
    FixedClock clock(test::testEpoch());
    const std::string id = newIncident(dir.path(), clock);
    const fs::path file = dir / "export.json";
    CHECK(runCli(dir.path(), {"incident", "export", id, "--out", file.string()}, clock).code == 0);
    const auto imported = runCli(other.path(), {"incident", "import", file.string(), "--format", "json"}, clock);
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    CHECK(json::parse(imported.out)["id"] == id);
    const auto again = runCli(other.path(), {"incident", "import", file.string()}, clock);
    CHECK(again.code == 0);
    CHECK_THAT(again.out, Contains("inc-20300107-0002"));

    json broken = json::parse(test::readText(file));
    broken["evidence"] = json::array({{{"type", "video"}}});
    test::writeText(dir / "broken.json", broken.dump(2));
    const auto bad = runCli(other.path(), {"incident", "import", (dir / "broken.json").string()}, clock);
    CHECK(bad.code == 2);
    CHECK_THAT(bad.err, Contains("broken.json"));
    CHECK_THAT(bad.err, Contains("/evidence/0"));
}

TEST_CASE("A damaged incident file is reported and moved aside by the list", "[incident-cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const std::string good = newIncident(dir.path(), clock);
    const std::string bad = newIncident(dir.path(), clock);
    test::writeText(dir / ("incidents/" + bad + ".json"), "not json");
    const auto r = runCli(dir.path(), {"incident", "list"}, clock);
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Contains(good));
    CHECK_THAT(r.err, Contains(bad + ".json"));
    CHECK_THAT(r.err, Contains("corrupt"));
}

TEST_CASE("A damaged incident file saved twice is restored from its previous copy", "[incident-cli]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    const std::string id = newIncident(dir.path(), clock);
    REQUIRE(runCli(dir.path(), {"incident", "close", id}, clock).code == 0);
    test::writeText(dir / ("incidents/" + id + ".json"), "not json");
    const auto r = runCli(dir.path(), {"--lang", "en", "incident", "list"}, clock);
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Contains(id));
    CHECK_THAT(r.out, Contains("open")); // the copy from before the closing
    CHECK_THAT(r.err, Contains("previous save was restored"));
}
