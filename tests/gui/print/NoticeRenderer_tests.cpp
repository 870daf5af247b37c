#include "NoticeFonts.h"
#include "NoticePrinter.h"
#include "NoticeRenderer.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <filesystem>

using namespace auditor;
using namespace auditor::print;
namespace fs = std::filesystem;

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

// Fictitious data only.
const std::string kSentence
    = "Tài khoản Facebook của tôi đã bị kẻ gian chiếm đoạt và dùng để nhắn tin vay tiền người quen.";

NoticeDocument agencyLetter()
{
    NoticeDocument d;
    d.kind = NoticeKind::Unit;
    d.documentTitle = "Công văn về tài khoản bị chiếm đoạt";
    d.header.style = NoticeHeader::Style::Agency;
    d.header.nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    d.header.motto = "Độc lập - Tự do - Hạnh phúc";
    d.header.parentBody = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KHÁNH HÒA";
    d.header.issuingBody = "TRƯỜNG THPT VÍ DỤ";
    d.header.number = "Số: 12/THPTVD-VP";
    d.header.placeDate = "Nha Trang, ngày 05 tháng 01 năm 2030";
    d.header.subject = "V/v tài khoản mạng xã hội của giáo viên bị chiếm đoạt";
    NoticeBlock to;
    to.type = NoticeBlock::Type::Recipients;
    to.label = "Kính gửi:";
    to.lines = {"Sở Giáo dục và Đào tạo tỉnh Khánh Hòa", "Công an phường Ví Dụ"};
    d.body.push_back(to);
    for (const std::string& s :
         {std::string("Ngày 04 tháng 01 năm 2030, Trường THPT Ví Dụ nhận được phản ánh của cô Trần Thị Mẫu, giáo viên "
                      "tổ Ngữ văn, về việc tài khoản mạng xã hội cá nhân bị mất quyền kiểm soát."),
          kSentence,
          std::string("Nhà trường đã hướng dẫn giáo viên thực hiện các bước khôi phục theo hướng dẫn của nhà cung cấp "
                      "dịch vụ, cảnh báo phụ huynh và học sinh không chuyển tiền hoặc gửi mã xác thực."),
          std::string("Trân trọng đề nghị quý cơ quan xem xét, phối hợp xử lý theo quy định./.")}) {
        NoticeBlock p;
        p.text = s;
        d.body.push_back(p);
    }
    d.signature.present = true;
    d.signature.authority = "KT. HIỆU TRƯỞNG";
    d.signature.title = "PHÓ HIỆU TRƯỞNG";
    d.signature.name = "Lê Văn Ký";
    d.signature.receivedByLabel = "Nơi nhận:";
    d.signature.receivedBy = {"- Như trên;", "- Hiệu trưởng (để b/c);", "- Lưu: VT, VP."};
    return d;
}

NoticeDocument citizenReport(bool blank = false)
{
    NoticeDocument d;
    d.kind = NoticeKind::Police;
    d.blank = blank;
    d.documentTitle = "Đơn trình báo";
    d.header.style = NoticeHeader::Style::Citizen;
    d.header.nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    d.header.motto = "Độc lập - Tự do - Hạnh phúc";
    d.header.title = "ĐƠN TRÌNH BÁO";
    d.header.titleSubject = "(V/v tài khoản Facebook bị chiếm đoạt)";
    NoticeBlock to;
    to.type = NoticeBlock::Type::Recipients;
    to.label = "Kính gửi:";
    to.lines = {"Công an phường Ví Dụ"};
    d.body.push_back(to);
    NoticeBlock heading;
    heading.type = NoticeBlock::Type::Heading;
    heading.text = "1. Thông tin người trình báo";
    d.body.push_back(heading);
    const std::vector<std::pair<std::string, std::string>> fields
        = {{"Họ và tên", "Trần Thị Mẫu"},
           {"Ngày sinh", "01/02/1990"},
           {"Số CCCD", "000000000000"},
           {"Nơi cư trú", "Số 1 đường Ví Dụ, phường Ví Dụ, tỉnh Khánh Hòa"},
           {"Số điện thoại", "0900000000"}};
    for (const auto& [label, value] : fields) {
        NoticeBlock f;
        f.type = NoticeBlock::Type::Field;
        f.label = label;
        f.text = blank ? std::string() : value;
        f.fillLines = label == "Nơi cư trú" ? 2 : 1;
        d.body.push_back(f);
    }
    heading.text = "2. Sự việc";
    d.body.push_back(heading);
    NoticeBlock p;
    p.text = kSentence;
    d.body.push_back(p);
    if (!blank) {
        for (int i = 1; i <= 9; ++i) {
            p.text = "Đoạn mô tả thứ " + std::to_string(i)
                + ": vào lúc 21 giờ ngày 04 tháng 01 năm 2030, nhiều người quen cho biết họ nhận được tin nhắn "
                  "từ tài khoản của tôi đề nghị chuyển tiền vào một tài khoản ngân hàng lạ; tôi không thể đăng "
                  "nhập vì mật khẩu, thư điện tử và số điện thoại khôi phục đã bị thay đổi.";
            d.body.push_back(p);
        }
        NoticeBlock item;
        item.type = NoticeBlock::Type::ListItem;
        item.text = "Ảnh chụp màn hình các tin nhắn giả mạo (05 ảnh).";
        d.body.push_back(item);
    }
    p.text = "Tôi xin cam đoan những nội dung trình bày trên là đúng sự thật và chịu trách nhiệm trước pháp luật./.";
    d.body.push_back(p);
    d.signature.present = true;
    d.signature.placeDate = "Nha Trang, ngày 05 tháng 01 năm 2030";
    d.signature.title = "NGƯỜI LÀM ĐƠN";
    d.signature.hint = "(Ký, ghi rõ họ tên)";
    d.signature.name = blank ? "" : "Trần Thị Mẫu";
    return d;
}

const std::string kQrText = "https://www.facebook.com/hacked";

NoticeDocument providerReport()
{
    NoticeDocument d;
    d.kind = NoticeKind::Provider;
    d.documentTitle = "Báo cáo cho nhà cung cấp";
    d.header.style = NoticeHeader::Style::Plain;
    d.header.title = "NỘI DUNG GỬI NHÀ CUNG CẤP";
    NoticeBlock p;
    p.text = "Dán nội dung dưới đây vào biểu mẫu của nhà cung cấp.";
    d.body.push_back(p);
    NoticeBlock box;
    box.type = NoticeBlock::Type::Box;
    box.text = "My account https://www.facebook.com/example.teacher was taken over on 2030-01-04.\n"
               "Please restore my access and preserve the account's data.";
    d.body.push_back(box);
    NoticeBlock qr;
    qr.type = NoticeBlock::Type::QrCode;
    qr.text = kQrText;
    qr.label = kQrText;
    d.body.push_back(qr);
    d.footnotes = {"Địa chỉ biểu mẫu: cần xác minh."};
    return d;
}

struct RunResult
{
    int exitCode = -1;
    QString out;
};

RunResult run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

QString path(const fs::path& p)
{
    return QString::fromStdString(p.string());
}

QString plainText(const fs::path& pdf)
{
    const RunResult r = run(QStringLiteral("pdftotext"),
                            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path(pdf), QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    return r.out.simplified(); // columns and wrapped lines become single spaces
}

struct Word
{
    int page = 0;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0; // mm from the page's top-left corner
    QString text;
};

std::vector<Word> words(const fs::path& pdf)
{
    const RunResult r = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path(pdf), QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    std::vector<Word> result;
    int page = 0;
    static const QRegularExpression tag(QStringLiteral(
        R"re(<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    auto it = tag.globalMatch(r.out);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(0).startsWith(QStringLiteral("<page"))) {
            ++page;
            continue;
        }
        result.push_back({page,
                          m.captured(1).toDouble() / kPointsPerMm,
                          m.captured(2).toDouble() / kPointsPerMm,
                          m.captured(3).toDouble() / kPointsPerMm,
                          m.captured(4).toDouble() / kPointsPerMm,
                          m.captured(5)});
    }
    return result;
}

/** pdffonts' rows: font name and whether it is embedded. */
std::vector<std::pair<QString, bool>> fonts(const fs::path& pdf)
{
    const RunResult r = run(QStringLiteral("pdffonts"), {path(pdf)});
    REQUIRE(r.exitCode == 0);
    std::vector<std::pair<QString, bool>> result;
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) { // two heading lines
        const QStringList cols = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        result.emplace_back(cols[0], cols[cols.size() - 5] == QStringLiteral("yes"));
    }
    return result;
}

int pageCount(const std::vector<Word>& ws)
{
    int pages = 0;
    for (const Word& w : ws) {
        pages = std::max(pages, w.page);
    }
    return pages;
}

/** Every font in the PDF is the chosen family, embedded; returns how many faces there are. */
void requireOnlyChosenFamily(const fs::path& pdf)
{
    const QString family = noticeFontFamily();
    QString squeezed = family;
    squeezed.remove(QLatin1Char(' '));
    const auto list = fonts(pdf);
    REQUIRE(list.size() >= 3); // regular, bold, italic at least
    for (const auto& [name, embedded] : list) {
        INFO(name.toStdString());
        CHECK(name.startsWith(squeezed));
        CHECK(embedded);
    }
}

/** Margins per Decree 30: left 30–35, right 15–20, top 20–25, bottom ≥ 20 mm (page numbers excepted). */
void requireDecreeMargins(const std::vector<Word>& ws)
{
    double left = 1000, right = 0, top = 1000, bottom = 0;
    for (const Word& w : ws) {
        if (w.yMax < 20) {
            continue; // page number in the top margin: checked on its own
        }
        left = std::min(left, w.xMin);
        right = std::max(right, w.xMax);
        top = std::min(top, w.yMin);
        bottom = std::max(bottom, w.yMax);
    }
    INFO("left " << left << " right " << 210 - right << " top " << top << " bottom " << 297 - bottom);
    CHECK(left >= 29.8);
    CHECK(left <= 35);
    CHECK(210 - right >= 14.8);
    CHECK(210 - right <= 20);
    CHECK(top >= 19.8);
    CHECK(top <= 25);
    CHECK(297 - bottom >= 19.8);
}

void requirePageNumbers(const std::vector<Word>& ws)
{
    for (const Word& w : ws) {
        if (w.page == 1) {
            INFO(w.text.toStdString());
            CHECK(w.yMin >= 19.8); // nothing in page 1's top margin
        }
    }
    for (int page = 2; page <= pageCount(ws); ++page) {
        bool found = false;
        for (const Word& w : ws) {
            if (w.page == page && w.yMax < 20) {
                CHECK(w.text == QString::number(page));
                CHECK(std::abs((w.xMin + w.xMax) / 2 - (30 + 165.0 / 2)) < 1.5); // centred over the text
                CHECK(w.yMin > 3);
                found = true;
            }
        }
        CHECK(found);
    }
}

int pageOf(const std::vector<Word>& ws, const QString& text)
{
    for (const Word& w : ws) {
        if (w.text == text) {
            return w.page;
        }
    }
    return 0;
}

} // namespace

TEST_CASE("The notice font family covers Vietnamese in all four faces", "[print]")
{
    const QString family = noticeFontFamily();
    CHECK((family == QStringLiteral("Times New Roman") || family == QStringLiteral("Tinos")));
    for (bool bold : {false, true}) {
        for (bool italic : {false, true}) {
            CHECK(missingCharacters(family, bold, italic, vietnameseTestString()).isEmpty());
        }
    }
    // The check itself can fail: a family that is not installed covers nothing.
    CHECK(missingCharacters(QStringLiteral("No Such Family Anywhere"), false, false, QStringLiteral("Ộ"))
          == QStringLiteral("Ộ"));
}

TEST_CASE("An agency letter PDF follows the Decree 30 layout and reads back", "[print]")
{
    test::TempDir dir;
    const fs::path pdf = dir / "cong-van.pdf";
    REQUIRE(writeNoticePdf(agencyLetter(), pdf).ok());
    requireOnlyChosenFamily(pdf);
    const RunResult info = run(QStringLiteral("pdfinfo"), {path(pdf)});
    CHECK(info.out.simplified().contains(QStringLiteral("Title: Công văn về tài khoản bị chiếm đoạt")));

    const QString text = plainText(pdf);
    for (const char* expected : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                 "Độc lập - Tự do - Hạnh phúc",
                                 "TRƯỜNG THPT VÍ DỤ",
                                 "Số: 12/THPTVD-VP",
                                 "Nha Trang, ngày 05 tháng 01 năm 2030",
                                 "Kính gửi:",
                                 "- Sở Giáo dục và Đào tạo tỉnh Khánh Hòa;",
                                 "- Công an phường Ví Dụ.",
                                 "Nơi nhận:",
                                 "KT. HIỆU TRƯỞNG",
                                 "Lê Văn Ký"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    CHECK(text.contains(QString::fromStdString(kSentence)));

    const auto ws = words(pdf);
    CHECK(pageCount(ws) == 1);
    requireDecreeMargins(ws);
    requirePageNumbers(ws);

    // The place and date share the band of "Số", in the right column.
    const auto find = [&](const QString& t) {
        for (const Word& w : ws) {
            if (w.text == t) {
                return w;
            }
        }
        FAIL("word not found: " << t.toStdString());
        return Word{};
    };
    const Word so = find(QStringLiteral("Số:"));
    const Word place = find(QStringLiteral("Nha"));
    CHECK(std::abs(so.yMax - place.yMax) < 2);
    CHECK(so.xMax < 30 + 65);
    CHECK(place.xMin > 30 + 65);
}

TEST_CASE("A long citizen report runs onto page two with its number and keeps the signature with the text", "[print]")
{
    test::TempDir dir;
    const fs::path pdf = dir / "don-trinh-bao.pdf";
    REQUIRE(writeNoticePdf(citizenReport(), pdf).ok());
    requireOnlyChosenFamily(pdf);
    const QString text = plainText(pdf);
    for (const char* expected : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                 "ĐƠN TRÌNH BÁO",
                                 "Kính gửi: Công an phường Ví Dụ",
                                 "NGƯỜI LÀM ĐƠN",
                                 "Trần Thị Mẫu"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    CHECK(text.contains(QString::fromStdString(kSentence)));

    const auto ws = words(pdf);
    REQUIRE(pageCount(ws) >= 2);
    requireDecreeMargins(ws);
    requirePageNumbers(ws);
    // The commitment's last words and the signer's title are on the same page.
    CHECK(pageOf(ws, QStringLiteral("luật./.")) == pageOf(ws, QStringLiteral("NGƯỜI")));
}

TEST_CASE("A blank report leaves dotted lines instead of the applicant's details", "[print]")
{
    test::TempDir dir;
    const fs::path pdf = dir / "don-trinh-bao-mau.pdf";
    REQUIRE(writeNoticePdf(citizenReport(true), pdf).ok());
    const QString text = plainText(pdf);
    CHECK(text.contains(QStringLiteral("Họ và tên:")));
    CHECK(text.contains(QStringLiteral("Số CCCD:")));
    CHECK_FALSE(text.contains(QStringLiteral("Trần Thị Mẫu")));
    requireDecreeMargins(words(pdf));
}

TEST_CASE("A provider report draws its box and a QR code that decodes", "[print]")
{
    test::TempDir dir;
    const fs::path pdf = dir / "nha-cung-cap.pdf";
    REQUIRE(writeNoticePdf(providerReport(), pdf).ok());
    requireOnlyChosenFamily(pdf);
    const QString text = plainText(pdf);
    CHECK(text.contains(QStringLiteral("Please restore my access and preserve the account's data.")));
    CHECK(text.contains(QStringLiteral("cần xác minh")));

    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    INFO("zbarimg (Debian zbar-tools, installed by scripts/dev) is needed to decode the QR code");
    REQUIRE_FALSE(zbarimg.isEmpty());
    const fs::path png = dir / "page";
    REQUIRE(run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"),
                 QStringLiteral("150"),
                 QStringLiteral("-png"),
                 QStringLiteral("-singlefile"),
                 path(pdf),
                 path(png)})
                .exitCode
            == 0);
    const RunResult decoded = run(zbarimg, {QStringLiteral("-q"), QStringLiteral("--raw"), path(dir / "page.png")});
    CHECK(decoded.out.trimmed() == QString::fromStdString(kQrText));
}

TEST_CASE("Printing goes through the same renderer to a PDF printer", "[print]")
{
    test::TempDir dir;
    const fs::path pdf = dir / "printed.pdf";
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path(pdf));
    REQUIRE(printNotices({agencyLetter(), citizenReport()}, printer).ok());
    requireOnlyChosenFamily(pdf);
    const auto ws = words(pdf);
    CHECK(pageCount(ws) >= 3); // one page of letter, two of report, each document on its own pages
    requireDecreeMargins(ws);
    CHECK(pageOf(ws, QStringLiteral("Lê")) == 1);
    CHECK(pageOf(ws, QStringLiteral("ĐƠN")) == 2);
    // Each document numbers its own pages: none on the report's first page, "2" on its second.
    for (const Word& w : ws) {
        if (w.yMax < 20) {
            CHECK(w.page == 3);
            CHECK(w.text == QStringLiteral("2"));
        }
    }
    const QString text = plainText(pdf);
    CHECK(text.contains(QString::fromStdString(kSentence)));
}

TEST_CASE("A notice PDF is private to its owner and a bad folder gives a file error", "[print]")
{
    test::TempDir dir;
    const fs::path pdf = dir / "cong-van.pdf";
    REQUIRE(writeNoticePdf(agencyLetter(), pdf).ok());
#ifndef _WIN32
    CHECK((fs::status(pdf).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
#endif
    test::writeText(dir / "a-file", "not a folder");
    const Status failed = writeNoticePdf(agencyLetter(), dir / "a-file" / "x.pdf");
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code.rfind("file.", 0) == 0); // file.mkdir or file.write, with the path
}

// Not a check: writes the sample documents to $AUDITOR_NOTICE_OUT to look at them
// (`print_tests "[.samples]"`, then pdftoppm; the pictures in docs/screenshots/notices come from it).
TEST_CASE("The sample notices are written for looking at", "[.samples]")
{
    const QString out = qEnvironmentVariable("AUDITOR_NOTICE_OUT");
    REQUIRE_FALSE(out.isEmpty());
    const fs::path folder = out.toStdString();
    REQUIRE(writeNoticePdf(agencyLetter(), folder / "cong-van.pdf").ok());
    REQUIRE(writeNoticePdf(citizenReport(), folder / "don-trinh-bao.pdf").ok());
    REQUIRE(writeNoticePdf(citizenReport(true), folder / "don-trinh-bao-mau.pdf").ok());
    REQUIRE(writeNoticePdf(providerReport(), folder / "nha-cung-cap.pdf").ok());
}
