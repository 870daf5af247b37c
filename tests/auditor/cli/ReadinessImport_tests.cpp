// `auditor readiness import DIR`: the collector's folder import, run in-process against a real
// SQLite file in a temporary folder.
#include "readiness/FolderImport.h"
#include "readiness/ReportStore.h"

#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace auditor;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path kData = TEST_DATA_DIR;

/** Copies test data files into `dir` (named as given, or renamed with name=source). */
void copyReports(const fs::path& dir, const std::vector<std::pair<std::string, std::string>>& files)
{
    fs::create_directories(dir);
    for (const auto& [name, source] : files) {
        fs::copy_file(kData / source, dir / name, fs::copy_options::overwrite_existing);
    }
}

/** The full sample report with some fields changed, as another person's or unit's report. */
std::string variant(const std::function<void(json&)>& change)
{
    json doc = json::parse(test::readText(kData / "report-v2-full.json"));
    change(doc);
    return doc.dump(2);
}

std::size_t storedCount(const fs::path& db)
{
    auto store = openSqliteReportStore(db);
    REQUIRE(store);
    return (*store)->count().value();
}

} // namespace

TEST_CASE("Import stores good reports, says why the others are refused and is idempotent", "[store]")
{
    test::TempDir data;
    FixedClock clock(test::testEpoch());
    const fs::path inbox = data / "usb";
    copyReports(inbox,
                {{"a-full.json", "report-v2-full.json"},
                 {"b-minimal.json", "report-v2-minimal.json"},
                 {"c-syntax.json", "report-v2-broken-syntax.json"},
                 {"d-state.json", "report-v2-broken-state.json"},
                 {"e-old.json", "report-v2-old-version1.json"}});
    test::writeText(inbox / "notes.txt", "not a report");
    test::writeText(inbox / "._a-full.json", std::string("\0\5\26\7", 4)); // macOS metadata on USB sticks
    copyReports(inbox / "sub", {{"x.json", "report-v2-broken-syntax.json"}});

    const auto first = test::runCli(data.path(), {"readiness", "import", inbox.string()}, clock);
    INFO(first.out << first.err);
    CHECK(first.code == 1);
    const fs::path db = data / "collector" / "reports.sqlite";
    CHECK(storedCount(db) == 2);
    CHECK_THAT(first.out, Catch::Contains((inbox / "a-full.json").string() + ": đã lưu."));
    CHECK_THAT(first.out, Catch::Contains((inbox / "b-minimal.json").string() + ": đã lưu."));
    CHECK_THAT(first.out,
               Catch::Contains("c-syntax.json: không nhận — nội dung không phải JSON hợp lệ (lỗi ở dòng 4, cột 13)"));
    CHECK_THAT(first.out,
               Catch::Contains("d-state.json: không nhận — không đúng mẫu báo cáo tại /platforms/0/checks/1/state"));
    CHECK_THAT(first.out, Catch::Contains("e-old.json: không nhận — báo cáo do phiên bản cũ của ứng dụng"));
    CHECK_THAT(first.out, Catch::Contains("cập nhật ứng dụng"));
    CHECK_THAT(first.out, Catch::Contains("Tổng cộng 5 tệp: 2 đã lưu, 0 đã có từ trước, 3 không nhận."));
    CHECK(first.out.find("notes.txt") == std::string::npos);
    CHECK(first.out.find("._a-full") == std::string::npos);
    CHECK(first.out.find((inbox / "sub").string()) == std::string::npos);
    // Files print in name order.
    CHECK(first.out.find("a-full.json") < first.out.find("b-minimal.json"));
    CHECK(first.out.find("d-state.json") < first.out.find("e-old.json"));

    SECTION("importing the same folder again stores nothing twice")
    {
        const auto again = test::runCli(data.path(), {"readiness", "import", inbox.string()}, clock);
        CHECK(again.code == 1);
        CHECK_THAT(again.out, Catch::Contains("a-full.json: báo cáo này đã có từ trước"));
        CHECK_THAT(again.out, Catch::Contains("2 đã có từ trước"));
        CHECK(storedCount(db) == 2);
    }
    SECTION("once the broken files are gone, the import succeeds")
    {
        fs::remove(inbox / "c-syntax.json");
        fs::remove(inbox / "d-state.json");
        fs::remove(inbox / "e-old.json");
        const auto again = test::runCli(data.path(), {"readiness", "import", inbox.string()}, clock);
        CHECK(again.code == 0);
        CHECK_THAT(again.out, Catch::Contains("Tổng cộng 2 tệp: 0 đã lưu, 2 đã có từ trước, 0 không nhận."));
    }
    SECTION("a changed report with a stored id is refused as a conflict")
    {
        const fs::path other = data / "other";
        fs::create_directories(other);
        test::writeText(other / "changed.json", variant([](json& d) { d["overall"]["percent"] = 100; }));
        const auto again = test::runCli(data.path(), {"readiness", "import", other.string()}, clock);
        CHECK(again.code == 1);
        CHECK_THAT(again.out, Catch::Contains("đã có một báo cáo khác mang cùng mã 0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
        CHECK(storedCount(db) == 2);
    }
    SECTION("an older report of a person is stored but said not to count")
    {
        const fs::path other = data / "other";
        fs::create_directories(other);
        test::writeText(other / "older.json", variant([](json& d) {
                            d["report_id"] = "0a1b2c3d4e5f60718293a4b5c6d7e8f0";
                            d["generated_at"] = "2029-12-01T08:00:00Z";
                        }));
        const auto again = test::runCli(data.path(), {"readiness", "import", other.string()}, clock);
        CHECK(again.code == 0);
        CHECK_THAT(again.out, Catch::Contains("older.json: đã lưu vào lịch sử; người này đã có báo cáo mới hơn"));
        CHECK(storedCount(db) == 3);
    }
}

TEST_CASE("Import with a profile refuses reports of another profile or an unknown unit", "[store]")
{
    test::TempDir data;
    FixedClock clock(test::testEpoch());
    const fs::path inbox = data / "inbox";
    copyReports(inbox, {{"good.json", "report-v2-full.json"}});
    test::writeText(inbox / "other-profile.json", variant([](json& d) {
                        d["report_id"] = "11111111111111111111111111111111";
                        d["profile_id"] = "so-gd-phu-yen";
                    }));
    test::writeText(inbox / "other-unit.json", variant([](json& d) {
                        d["report_id"] = "22222222222222222222222222222222";
                        d["unit"] = "thpt-khong-co";
                    }));
    const fs::path db = data / "collect.sqlite";

    SECTION("the profile given on the command line")
    {
        const auto r = test::runCli(data.path(),
                                    {"readiness",
                                     "import",
                                     inbox.string(),
                                     "--db",
                                     db.string(),
                                     "--profile",
                                     (kData / "store-org-profile.json").string()},
                                    clock);
        INFO(r.out << r.err);
        CHECK(r.code == 1);
        CHECK_THAT(r.out, Catch::Contains("good.json: đã lưu."));
        CHECK_THAT(r.out,
                   Catch::Contains("other-profile.json: không nhận — báo cáo thuộc hồ sơ tổ chức \"so-gd-phu-yen\", "
                                   "không phải hồ sơ \"so-gd-khanh-hoa\""));
        CHECK_THAT(
            r.out,
            Catch::Contains("other-unit.json: không nhận — đơn vị \"thpt-khong-co\" không có trong hồ sơ tổ chức. "
                            "Các mã đơn vị hợp lệ: thpt-binh-minh, thcs-hoa-sen."));
        CHECK(storedCount(db) == 1);
    }
    SECTION("the profile in the data folder, and json output")
    {
        fs::copy_file(kData / "store-org-profile.json", data / "org-profile.json");
        const auto r = test::runCli(
            data.path(), {"readiness", "import", inbox.string(), "--db", db.string(), "--format", "json"}, clock);
        INFO(r.out << r.err);
        CHECK(r.code == 1);
        const json out = json::parse(r.out);
        CHECK(out["profile_id"] == "so-gd-khanh-hoa");
        CHECK(out["db"] == db.string());
        CHECK(out["total"] == json{{"files", 3}, {"stored", 1}, {"duplicates", 0}, {"refused", 2}});
        REQUIRE(out["files"].size() == 3);
        CHECK(out["files"][0]["file"] == (inbox / "good.json").string());
        CHECK(out["files"][0]["outcome"] == "stored");
        CHECK(out["files"][0]["report_id"] == "0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        CHECK(out["files"][0]["newest_for_person"] == true);
        CHECK(out["files"][1]["outcome"] == "refused");
        CHECK(out["files"][1]["error"]["code"] == "report.wrong_profile");
        CHECK(out["files"][1]["error"]["issues"][0]["pointer"] == "/profile_id");
        CHECK(out["files"][2]["error"]["code"] == "report.unknown_unit");
        CHECK(out["files"][2]["error"]["params"]["units"] == "thpt-binh-minh, thcs-hoa-sen");
        CHECK(out["files"][2]["error"]["issues"][0]["pointer"] == "/unit");
    }
    SECTION("without a profile, any profile and unit are taken")
    {
        const auto r = test::runCli(data.path(), {"readiness", "import", inbox.string(), "--db", db.string()}, clock);
        CHECK(r.code == 0);
        CHECK(storedCount(db) == 3);
    }
    SECTION("a report of no profile or of no unit says what is missing")
    {
        const fs::path more = data / "more";
        fs::create_directories(more);
        test::writeText(more / "no-profile.json", variant([](json& d) {
                            d["report_id"] = "33333333333333333333333333333333";
                            d["profile_id"] = "";
                        }));
        test::writeText(more / "no-unit.json", variant([](json& d) {
                            d["report_id"] = "44444444444444444444444444444444";
                            d["unit"] = "";
                        }));
        const auto r = test::runCli(data.path(),
                                    {"readiness",
                                     "import",
                                     more.string(),
                                     "--db",
                                     db.string(),
                                     "--profile",
                                     (kData / "store-org-profile.json").string()},
                                    clock);
        CHECK(r.code == 1);
        CHECK_THAT(r.out, Catch::Contains("no-profile.json: không nhận — báo cáo chưa gắn với hồ sơ tổ chức nào"));
        CHECK_THAT(r.out, Catch::Contains("no-unit.json: không nhận — báo cáo chưa ghi đơn vị của người gửi"));
        CHECK_THAT(r.out, Catch::Contains("thpt-binh-minh, thcs-hoa-sen"));
    }
    SECTION("a broken profile stops the import before anything is stored")
    {
        test::writeText(data / "bad-profile.json", "{\"kind\": \"org_profile\"}");
        const auto r = test::runCli(data.path(),
                                    {"readiness",
                                     "import",
                                     inbox.string(),
                                     "--db",
                                     db.string(),
                                     "--profile",
                                     (data / "bad-profile.json").string()},
                                    clock);
        CHECK(r.code == 2);
        CHECK_FALSE(r.err.empty());
        CHECK_FALSE(fs::exists(db));
    }
}

TEST_CASE("Import json output says where each broken report is broken", "[store]")
{
    test::TempDir data;
    FixedClock clock(test::testEpoch());
    const fs::path inbox = data / "inbox";
    copyReports(inbox,
                {{"1.json", "report-v2-broken-syntax.json"},
                 {"2.json", "report-v2-broken-state.json"},
                 {"3.json", "report-v2-old-version1.json"}});
    test::writeText(inbox / "4.json", std::string(kMaxReportFileBytes + 1, ' ')); // no report is this big
    const auto r
        = test::runCli(data.path(), {"readiness", "import", inbox.string(), "--format", "json", "--lang", "en"}, clock);
    INFO(r.out << r.err);
    CHECK(r.code == 1);
    const json out = json::parse(r.out);
    REQUIRE(out["files"].size() == 4);
    const json& syntax = out["files"][0]["error"];
    CHECK(syntax["code"] == "report.syntax");
    CHECK(syntax["issues"][0]["line"] == 4);
    CHECK(syntax["issues"][0]["column"] == 13);
    CHECK(syntax["issues"][0]["file"] == (inbox / "1.json").string());
    const json& invalid = out["files"][1]["error"];
    CHECK(invalid["code"] == "report.invalid");
    CHECK(invalid["params"]["pointer"] == "/platforms/0/checks/1/state");
    CHECK(invalid["issues"][0]["pointer"] == "/platforms/0/checks/1/state");
    const json& version = out["files"][2]["error"];
    CHECK(version["code"] == "report.version");
    CHECK_THAT(version["message"].get<std::string>(), Catch::Contains("older version of the app"));
    CHECK(out["files"][3]["error"]["code"] == "report.too_large");
    CHECK(out["total"]["refused"] == 4);
}

TEST_CASE("Import exits 4 when the store cannot be opened and leaves the file alone", "[store]")
{
    test::TempDir data;
    FixedClock clock(test::testEpoch());
    const fs::path inbox = data / "inbox";
    copyReports(inbox, {{"good.json", "report-v2-full.json"}});
    const fs::path notAStore = data / "reports.sqlite";
    const std::string text = "Danh sách cán bộ, không phải cơ sở dữ liệu\n";
    test::writeText(notAStore, text);
    const auto r
        = test::runCli(data.path(), {"readiness", "import", inbox.string(), "--db", notAStore.string()}, clock);
    CHECK(r.code == 4);
    CHECK_THAT(r.err, Catch::Contains("không phải tệp dữ liệu thu thập của ứng dụng này"));
    CHECK(test::readText(notAStore) == text);
}

TEST_CASE("Import of a folder that is not there is a usage error", "[store]")
{
    test::TempDir data;
    FixedClock clock(test::testEpoch());
    const auto r = test::runCli(data.path(), {"readiness", "import", (data / "no-such-usb").string()}, clock);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("Không tìm thấy thư mục"));
    CHECK_FALSE(fs::exists(data / "collector"));

    SECTION("an empty folder is fine and says so")
    {
        fs::create_directories(data / "empty");
        const auto empty = test::runCli(data.path(), {"readiness", "import", (data / "empty").string()}, clock);
        CHECK(empty.code == 0);
        CHECK_THAT(empty.out, Catch::Contains("không có tệp báo cáo .json nào"));
    }
}
