#include "incidents/NoticeComposer.h"

#include "checklist/ContentLoader.h"
#include "incidents/Directory.h"
#include "incidents/OrgProfile.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

using namespace auditor;
using namespace auditor::test;
using nlohmann::json;

namespace {

const std::vector<NoticeKind> kAllKinds{
    NoticeKind::Police, NoticeKind::Unit, NoticeKind::Provider, NoticeKind::Contacts, NoticeKind::Internal};

/** The shipped content, directory and templates, loaded once for every test. */
struct Shipped
{
    ContentReport content = loadContent(TEST_CHECKS_DIR);
    DirectoryReport directory = loadDirectory(TEST_CHECKS_DIR, content.content);
    Result<NoticeTemplates> templates = NoticeTemplates::load(TEST_CHECKS_DIR);
};

const Shipped& shipped()
{
    static const Shipped s;
    return s;
}

OrgProfile sampleProfile()
{
    OrgProfile p;
    p.id = "kh-thcs-vi-du";
    p.parentName = "Ủy ban nhân dân phường Nha Trang";
    p.name = "Trường THCS Ví Dụ";
    p.symbol = "THCSVD";
    p.place = "Nha Trang";
    p.commune = "phường Nha Trang";
    p.signerAuthority = "KT. Hiệu trưởng";
    p.signerTitle = "Phó Hiệu trưởng";
    p.signerName = "Nguyễn Văn Ví Dụ";
    p.draftingUnit = "VP";
    p.itContact = "Lê Văn Kỹ Thuật, 0900 000 000";
    return p;
}

Incident sampleIncident()
{
    auto loaded = loadIncidentFile(std::filesystem::path(TEST_DATA_DIR) / "incidents" / "sample.json");
    REQUIRE(loaded.ok());
    return *loaded;
}

// 2026-01-05 03:00 UTC = 10:00 in Nha Trang (+07:00): a day and a month that need a leading zero.
TimePoint fifthOfJanuary()
{
    return *parseIsoUtc("2026-01-05T03:00:00Z");
}

std::vector<NoticeDocument> compose(const Incident& incident,
                                    const std::string& lang,
                                    bool blank,
                                    TimePoint now = fifthOfJanuary(),
                                    const OrgProfile& profile = sampleProfile())
{
    const Shipped& s = shipped();
    REQUIRE(s.templates.ok());
    const NoticeInputs inputs{*s.templates, s.directory.directory, &s.content.content, profile, now, lang};
    return composeNotices(incident, inputs, kAllKinds, blank);
}

const NoticeDocument& find(const std::vector<NoticeDocument>& docs, NoticeKind kind)
{
    const auto it = std::find_if(docs.begin(), docs.end(), [&](const NoticeDocument& d) { return d.kind == kind; });
    REQUIRE(it != docs.end());
    return *it;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

bool isNfc(const std::string& text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    return nfc->isNormalized(icu::UnicodeString::fromUTF8(text), status) && U_SUCCESS(status);
}

} // namespace

TEST_CASE("The shipped notice templates load clean", "[incidents][notices]")
{
    std::vector<JsonIssue> issues;
    const auto templates = NoticeTemplates::load(TEST_CHECKS_DIR, &issues);
    for (const JsonIssue& i : issues) {
        UNSCOPED_INFO(i.file.string() << " " << i.pointer << " " << i.message);
    }
    REQUIRE(templates.ok());
    CHECK_FALSE(templates->sources(NoticeKind::Unit).empty());
    CHECK(templates->sources(NoticeKind::Unit)[0].contains("as_of"));
}

TEST_CASE("A broken notice template is reported with its file and pointer", "[incidents][notices]")
{
    TempDir dir;
    copyContent(dir.path());
    json police = json::parse(readText(dir.path() / "notices" / "police.json"));
    police["texts"]["title"].erase("en");
    writeText(dir.path() / "notices" / "police.json", police.dump(2));
    std::vector<JsonIssue> issues;
    const auto templates = NoticeTemplates::load(dir.path(), &issues);
    REQUIRE_FALSE(templates.ok());
    CHECK(templates.error().code == "notice.templates_invalid");
    REQUIRE_FALSE(issues.empty());
    CHECK(issues.front().file.filename() == "police.json");
    CHECK(contains(issues.front().pointer, "/texts/title"));
}

TEST_CASE("Dates are written the way Decree 30 asks", "[incidents][notices]")
{
    CHECK(decreeDate(2026, 1, 5, "vi") == "ngày 05 tháng 01 năm 2026");
    CHECK(decreeDate(2026, 2, 28, "vi") == "ngày 28 tháng 02 năm 2026");
    CHECK(decreeDate(2026, 11, 9, "vi") == "ngày 09 tháng 11 năm 2026");
    CHECK(decreeDate(2026, 3, 10, "vi") == "ngày 10 tháng 3 năm 2026");
    CHECK(decreeDate(2026, 3, 10, "en") == "10 March 2026");
}

TEST_CASE("The police report from the sample incident has every required element", "[incidents][notices]")
{
    const auto docs = compose(sampleIncident(), "vi", false);
    const NoticeDocument& d = find(docs, NoticeKind::Police);
    const std::string text = noticePlainText(d);
    CHECK(d.header.style == NoticeHeader::Style::Citizen);
    for (const char* part : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                             "Độc lập - Tự do - Hạnh phúc",
                             "ĐƠN TRÌNH BÁO",
                             "Kính gửi:",
                             "Công an phường Nha Trang",
                             "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
                             "Trần Thị Mai Anh",
                             "056188000123",
                             "ngày 02 tháng 5 năm 1988",
                             "0901 234 567",
                             "Giáo viên Ngữ văn",
                             "profile.php?id=100000000000001",
                             "lúc 21 giờ 30 phút, ngày 27 tháng 11 năm 2026",
                             "lúc 06 giờ 45 phút, ngày 28 tháng 11 năm 2026",
                             "3.000.000 đồng",
                             "1. ",
                             "tin-nhan-vay-tien.png",
                             "3f7a1c0e9b2d4a6f8e1c3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b1d3f5a",
                             "1234567890123456",
                             "khóa hoặc khôi phục tài khoản",
                             "Tôi xin cam đoan những nội dung trình bày trên là đúng sự thật và chịu trách nhiệm trước "
                             "pháp luật./.",
                             "Nha Trang, ngày 05 tháng 01 năm 2026",
                             "NGƯỜI LÀM ĐƠN",
                             "(Ký, ghi rõ họ tên)"}) {
        INFO(part);
        CHECK(contains(text, part));
    }
    CHECK(d.signature.name == "Trần Thị Mai Anh");
    // Footnotes: each addressee's source and date, and laws in force on the document's date only.
    const std::string notes = noticeToJson(d)["footnotes"].dump();
    CHECK(contains(notes, "2026-11-28"));
    CHECK(contains(notes, "147/2024/NĐ-CP"));
    CHECK(contains(notes, "91/2025"));
    CHECK_FALSE(contains(notes, "116/2025")); // in force from 1 July 2026, after the document's date
}

TEST_CASE("A law coming into force later appears once the document is dated after it", "[incidents][notices]")
{
    const auto docs = compose(sampleIncident(), "vi", false, *parseIsoUtc("2026-11-28T03:00:00Z"));
    const std::string notes = noticeToJson(find(docs, NoticeKind::Police))["footnotes"].dump();
    CHECK(contains(notes, "116/2025"));
}

TEST_CASE("Empty damage reads as not yet determined", "[incidents][notices]")
{
    Incident incident = sampleIncident();
    incident.damage.clear();
    CHECK(contains(noticePlainText(find(compose(incident, "vi", false), NoticeKind::Police)),
                   "Thiệt hại: chưa xác định"));
    CHECK(contains(noticePlainText(find(compose(incident, "en", false), NoticeKind::Police)),
                   "Damage: not yet determined"));
}

TEST_CASE("The unit letter follows Decree 30 form 1.5", "[incidents][notices]")
{
    const auto docs = compose(sampleIncident(), "vi", false);
    const NoticeDocument& d = find(docs, NoticeKind::Unit);
    CHECK(d.header.style == NoticeHeader::Style::Agency);
    CHECK(d.header.parentBody == "ỦY BAN NHÂN DÂN PHƯỜNG NHA TRANG");
    CHECK(d.header.issuingBody == "TRƯỜNG THCS VÍ DỤ");
    CHECK(contains(d.header.number, "Số:"));
    CHECK(contains(d.header.number, "/THCSVD-VP"));
    CHECK(contains(d.header.subject, "V/v thông báo tài khoản Facebook bị chiếm đoạt"));
    CHECK(d.header.placeDate == "Nha Trang, ngày 05 tháng 01 năm 2026");
    const std::string text = noticePlainText(d);
    CHECK(contains(text, "Sở Giáo dục và Đào tạo tỉnh Khánh Hòa"));
    CHECK(contains(text, "Công an tỉnh Khánh Hòa"));
    CHECK(contains(text, "./."));
    CHECK(d.signature.receivedByLabel == "Nơi nhận:");
    REQUIRE(d.signature.receivedBy.size() >= 2);
    CHECK(d.signature.receivedBy.front() == "- Như trên;");
    CHECK(d.signature.receivedBy.back() == "- Lưu: VT, VP.");
    CHECK(d.signature.authority == "KT. HIỆU TRƯỞNG");
    CHECK(d.signature.title == "PHÓ HIỆU TRƯỞNG");
    CHECK(d.signature.name == "Nguyễn Văn Ví Dụ");
}

TEST_CASE("The profile's recipients replace the directory defaults", "[incidents][notices]")
{
    OrgProfile profile = sampleProfile();
    profile.unitLetterRecipients = {"kh.commune_committee", "kh.dic"};
    const auto docs = compose(sampleIncident(), "vi", false, fifthOfJanuary(), profile);
    const NoticeDocument& d = find(docs, NoticeKind::Unit);
    REQUIRE(d.body.front().type == NoticeBlock::Type::Recipients);
    // kh.dic is a superseded body: it is dropped, never addressed.
    REQUIRE(d.body.front().lines.size() == 1);
    CHECK_FALSE(contains(d.body.front().lines.front(), "Thông tin và Truyền thông"));
}

TEST_CASE("The provider report uses the form's channel address and language", "[incidents][notices]")
{
    const auto docs = compose(sampleIncident(), "vi", false);
    const NoticeDocument& d = find(docs, NoticeKind::Provider);
    const auto qr = std::find_if(
        d.body.begin(), d.body.end(), [](const NoticeBlock& b) { return b.type == NoticeBlock::Type::QrCode; });
    REQUIRE(qr != d.body.end());
    CHECK(qr->text == "https://www.facebook.com/hacked");
    const std::string text = noticePlainText(d);
    CHECK(contains(text, "https://www.facebook.com/hacked"));
    CHECK(contains(text, "Tài khoản Facebook của tôi"));
    CHECK(contains(text, "Email hoặc số điện thoại đã từng gắn với tài khoản"));

    Incident onX = sampleIncident();
    onX.account.platform = "x";
    onX.kind = IncidentKind::Impersonated;
    onX.account.fakeAccount = "https://x.com/fake_example";
    const auto xDocs = compose(onX, "vi", false);
    const NoticeDocument& x = find(xDocs, NoticeKind::Provider);
    CHECK(x.language == "en"); // X's forms are in English
    CHECK(contains(noticePlainText(x), "https://help.x.com/forms/impersonation"));
    CHECK(contains(noticePlainText(x), "https://x.com/fake_example"));
}

TEST_CASE("Contacts and the internal note carry the warning and the facts", "[incidents][notices]")
{
    const auto vi = compose(sampleIncident(), "vi", false);
    const std::string contactsVi = noticePlainText(find(vi, NoticeKind::Contacts));
    CHECK(contains(contactsVi, "KHÔNG chuyển tiền"));
    CHECK(contains(contactsVi, "0901 234 567"));
    const auto en = compose(sampleIncident(), "en", false);
    const std::string contactsEn = noticePlainText(find(en, NoticeKind::Contacts));
    CHECK(contains(contactsEn, "do NOT send money"));
    const std::string internal = noticePlainText(find(vi, NoticeKind::Internal));
    CHECK(contains(internal, "Lê Văn Kỹ Thuật"));
    CHECK(contains(internal, "Đổi mật khẩu e-mail"));
    CHECK(contains(internal, "Trần Thị Mai Anh"));
}

TEST_CASE("Every kind in both languages is complete NFC text", "[incidents][notices]")
{
    for (const char* lang : {"vi", "en"}) {
        for (IncidentKind kind : {IncidentKind::LostControl,
                                  IncidentKind::Impersonated,
                                  IncidentKind::AbusedScam,
                                  IncidentKind::SuspiciousSignin}) {
            Incident incident = sampleIncident();
            incident.kind = kind;
            // Decomposed input (e + combining circumflex + dot below) must come out composed.
            incident.description = "Tài khoa\xcc\x89n bi\xcc\xa3 chiê\xcc\x81m";
            for (bool blank : {false, true}) {
                const auto docs = compose(incident, lang, blank);
                CHECK(docs.size() == (blank ? 2U : 5U));
                for (const NoticeDocument& d : docs) {
                    const std::string text = noticePlainText(d);
                    INFO(lang << " " << incidentKindId(kind) << " " << noticeKindId(d.kind) << "\n" << text);
                    CHECK(isNfc(noticeToJson(d).dump()));
                    CHECK_FALSE(contains(text, "{")); // no missing template text, no unfilled placeholder
                    CHECK_FALSE(d.fileStem.empty());
                }
            }
        }
    }
}

TEST_CASE("No composed document names a superseded body", "[incidents][notices]")
{
    const json superseded = shipped().directory.directory.authorities.at("superseded");
    REQUIRE_FALSE(superseded.empty());
    for (const char* lang : {"vi", "en"}) {
        for (bool blank : {false, true}) {
            for (const NoticeDocument& d : compose(sampleIncident(), lang, blank)) {
                const std::string text = noticeToJson(d).dump();
                for (const json& s : superseded) {
                    for (const json& name : s.value("match_names", json::array())) {
                        INFO(noticeKindId(d.kind) << " " << name.get<std::string>());
                        CHECK_FALSE(contains(text, name.get<std::string>()));
                    }
                    CHECK_FALSE(contains(text, s["name"]["vi"].get<std::string>()));
                    CHECK_FALSE(contains(text, s["name"]["en"].get<std::string>()));
                }
            }
        }
    }
}

TEST_CASE("Blank forms hold no personal data", "[incidents][notices]")
{
    const Incident incident = sampleIncident();
    const auto docs = compose(incident, "vi", true);
    REQUIRE(docs.size() == 2);
    for (const NoticeDocument& d : docs) {
        CHECK(d.blank);
        const std::string text = noticeToJson(d).dump() + noticePlainText(d);
        for (const std::string& personal : {incident.applicant.fullName,
                                            incident.applicant.idNumber,
                                            incident.applicant.phone,
                                            incident.applicant.address,
                                            incident.applicant.email,
                                            incident.account.identifier,
                                            std::string("Nguyễn Văn Ví Dụ"),
                                            std::string("tin-nhan-vay-tien"),
                                            std::string("3.000.000")}) {
            INFO(noticeKindId(d.kind) << " " << personal);
            CHECK_FALSE(contains(text, personal));
        }
        CHECK(contains(text, "ngày … tháng … năm …"));
    }
    CHECK(contains(noticePlainText(find(docs, NoticeKind::Police)), "Họ và tên: ....."));
}

TEST_CASE("The unit letter has no footnotes and the note for its signer says where they come from", "[incidents][notices]")
{
    const auto docs = compose(sampleIncident(), "vi", false, *parseIsoUtc("2026-11-28T03:00:00Z"));
    const NoticeDocument& unit = find(docs, NoticeKind::Unit);
    CHECK(unit.footnotes.empty());
    const std::string internal = noticePlainText(find(docs, NoticeKind::Internal));
    CHECK(contains(internal, "lãnh đạo kiểm tra trước khi ký"));
    CHECK(contains(internal, "30/2020/NĐ-CP"));
}
