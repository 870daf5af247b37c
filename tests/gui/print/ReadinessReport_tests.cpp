#include "NoticeFonts.h"
#include "ReadinessReport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>

#include <filesystem>

using namespace auditor;
namespace fs = std::filesystem;

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

// Fictitious data only.
CellStats cell(int people, int done, int stale = 0, int notApplicable = 0)
{
    CellStats c;
    c.people = people;
    c.done = done;
    c.stale = stale;
    c.notApplicable = notApplicable;
    c.open = people - done - stale - notApplicable;
    return c;
}

UnitSummary unit(const std::string& id, const std::string& name, int expected, int reported, int stale, int average)
{
    UnitSummary u;
    u.id = id;
    u.name = name;
    u.expected = expected;
    u.reported = reported;
    u.stale = stale;
    u.current = reported - stale;
    u.notReported = std::max(0, expected - reported);
    u.averagePercent = average;
    u.openIncidents = 1;
    return u;
}

/** Three schools: the kind of summary a district's IT lead looks at. */
ReadinessSummary smallSummary()
{
    ReadinessSummary s;
    s.generatedAt = test::testEpoch();
    s.profileId = "pgd-vi-du";
    s.orgName = "Sở Giáo dục và Đào tạo tỉnh Ví Dụ";
    s.units = {unit("thpt-binh-minh", "Trường THPT Bình Minh", 15, 12, 2, 64),
               unit("thcs-hoa-sen", "Trường THCS Hoa Sen", 20, 9, 1, 48),
               unit("mn-son-ca", "Trường Mầm non Sơn Ca", 8, 8, 0, 81)};
    s.total = unit("", "", 43, 29, 3, 63);
    s.total.openIncidents = 3;
    CheckRow a{"facebook", "facebook.two_factor_app", "Bật xác thực hai yếu tố bằng ứng dụng", true, {}, {}};
    a.cells = {cell(12, 9), cell(9, 2, 1), cell(8, 8)};
    a.total = cell(29, 19, 1);
    CheckRow b{"zalo", "zalo.two_layer_verification", "Bật bảo mật hai lớp", true, {}, {}};
    b.cells = {cell(12, 5), cell(9, 0), cell(0, 0)};
    b.total = cell(21, 5);
    CheckRow c{"google", "google.backup_codes", "Lưu mã dự phòng ở nơi an toàn", false, {}, {}};
    c.cells = {cell(10, 7), cell(7, 3, 0, 1), cell(8, 6)};
    c.total = cell(25, 16, 0, 1);
    // Content order puts the optional check first: the report must still list required ones first.
    s.checks = {c, a, b};
    s.histogram = {1, 0, 2, 3, 4, 6, 5, 4, 2, 2};
    for (int week = 0; week < 12; ++week) {
        TrendPoint p;
        p.weekEnding = formatIsoDate(test::testEpoch() - std::chrono::days(7 * (11 - week)));
        p.people = 2 * week + 5;
        p.averagePercent = 40 + 2 * week;
        p.complete = week;
        s.trend.push_back(p);
    }
    s.peopleShown = false;
    s.staleAfterDays = 45;
    return s;
}

const std::map<std::string, std::string> kPlatformNames{
    {"facebook", "Facebook"}, {"zalo", "Zalo"}, {"google", "Tài khoản Google (Gmail)"}};

ReadinessSummary bigSummary(int units, int checks)
{
    ReadinessSummary s = smallSummary();
    s.units.clear();
    for (int u = 0; u < units; ++u) {
        s.units.push_back(unit("truong-" + std::to_string(u),
                               "Trường Tiểu học Nguyễn Thị Định số " + std::to_string(u + 1),
                               30,
                               20 + u % 10,
                               u % 4,
                               30 + u));
    }
    s.checks.clear();
    for (int c = 0; c < checks; ++c) {
        CheckRow row;
        row.platform = "platform" + std::to_string(c / 8);
        row.check = row.platform + ".check" + std::to_string(c);
        row.title
            = "Việc cần làm số " + std::to_string(c + 1) + ": kiểm tra thiết bị đã đăng nhập và thông tin khôi phục";
        row.required = c % 5 == 0;
        for (int u = 0; u < units; ++u) {
            row.cells.push_back(cell(20, (u * 7 + c * 3) % 21));
        }
        row.total = cell(20 * units, 10 * units);
        s.checks.push_back(row);
    }
    return s;
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
    return r.out.simplified();
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

int pageCount(const fs::path& pdf)
{
    const RunResult r = run(QStringLiteral("pdfinfo"), {path(pdf)});
    REQUIRE(r.exitCode == 0);
    static const QRegularExpression pages(QStringLiteral(R"(Pages:\s+(\d+))"));
    return pages.match(r.out).captured(1).toInt();
}

/** Every word inside the notices' text area (left 30, right 15, top and bottom 20 mm), page numbers in the top margin.
 */
void requireInsideMargins(const std::vector<Word>& ws)
{
    for (const Word& w : ws) {
        INFO("page " << w.page << " '" << w.text.toStdString() << "' x " << w.xMin << "–" << w.xMax << " y " << w.yMin
                     << "–" << w.yMax);
        CHECK(w.xMin >= 29.8);
        CHECK(w.xMax <= 210 - 14.8);
        CHECK(w.yMax <= 297 - 19.8);
        if (w.yMin < 19.8) {
            CHECK(w.page > 1); // only page numbers, from page 2
            CHECK(w.text == QString::number(w.page));
        }
    }
}

} // namespace

TEST_CASE("A readiness report names the organisation, the units with their diacritics and the figures",
          "[dashboard][print]")
{
    test::TempDir dir;
    const fs::path pdf = dir / "bao-cao.pdf";
    REQUIRE(writeReadinessPdf(smallSummary(), "vi", pdf, {{"facebook", "Facebook"}, {"zalo", "Zalo"}}).ok());
    const QString all = plainText(pdf);
    CHECK(all.contains(QStringLiteral("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VÍ DỤ")));
    CHECK(all.contains(QStringLiteral("BÁO CÁO MỨC ĐỘ SẴN SÀNG AN TOÀN TÀI KHOẢN")));
    CHECK(all.contains(QStringLiteral("ngày 07 tháng 01 năm 2030")));
    CHECK(all.contains(QStringLiteral("Trường THPT Bình Minh")));
    CHECK(all.contains(QStringLiteral("Trường Mầm non Sơn Ca")));
    CHECK(all.contains(QStringLiteral("29 trên 43 cán bộ, giáo viên dự kiến đã gửi báo cáo")));
    CHECK(all.contains(QStringLiteral("26 báo cáo còn mới, 3 báo cáo đã cũ và 14 người chưa gửi")));
    CHECK(all.contains(QStringLiteral("Điểm trung bình: 63%")));
    CHECK(all.contains(QStringLiteral("chưa xử lý xong: 3")));
    // Heat-map cells are the core's percentDone: 9 of 12, 2 of 9, 8 of 8; nobody applies → "–".
    CHECK(all.contains(QStringLiteral("75% 22% 100%")));
    CHECK(all.contains(QStringLiteral("41% 0% –")));
    // Required checks first although the content lists the optional one first.
    CHECK(all.indexOf(QStringLiteral("Bật bảo mật hai lớp")) < all.indexOf(QStringLiteral("Lưu mã dự phòng")));
    CHECK(all.indexOf(QStringLiteral("Việc bắt buộc")) < all.indexOf(QStringLiteral("Các việc khác")));
    CHECK(all.contains(QStringLiteral("Điểm 100 không có nghĩa là tài khoản không thể bị tấn công")));
    CHECK(all.contains(QStringLiteral("chỉ có số liệu tổng hợp")));
    // The trend's weeks and the histogram's bins.
    CHECK(all.contains(QStringLiteral("07/01")));
    CHECK(all.contains(QStringLiteral("90–100")));

    // Only the notices' family, embedded; an A4 page.
    const RunResult fonts = run(QStringLiteral("pdffonts"), {path(pdf)});
    REQUIRE(fonts.exitCode == 0);
    QString family = auditor::print::noticeFontFamily();
    family.remove(QLatin1Char(' '));
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 3);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        INFO(lines[i].toStdString());
        const QStringList cols = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        CHECK(cols[0].contains(family));
        CHECK(cols[cols.size() - 5] == QStringLiteral("yes"));
    }
    const RunResult info = run(QStringLiteral("pdfinfo"), {path(pdf)});
    CHECK(info.out.contains(QStringLiteral("(A4)")));
    requireInsideMargins(words(pdf));
}

TEST_CASE("The readiness report in English, with people only when the profile shows them", "[dashboard][print]")
{
    test::TempDir dir;
    ReadinessSummary s = smallSummary();
    PersonLine person;
    person.personId = "0123456789abcdef0123456789abcdef";
    person.label = "Trần Thị Mẫu";
    person.unit = "thcs-hoa-sen";
    person.generatedAt = test::testEpoch() - std::chrono::days(50);
    person.percent = 37;
    person.stale = true;
    s.people = {person};

    SECTION("names hidden")
    {
        REQUIRE(writeReadinessPdf(s, "en", dir / "report.pdf").ok());
        const QString all = plainText(dir / "report.pdf");
        CHECK(all.contains(QStringLiteral("ACCOUNT SECURITY READINESS REPORT")));
        CHECK(all.contains(QStringLiteral("Date: 7 January 2030")));
        CHECK(all.contains(QStringLiteral("29 of 43 expected staff have sent")));
        CHECK(all.contains(QStringLiteral("does not allow names")));
        CHECK(all.contains(QStringLiteral("A score of 100 does not mean")));
        CHECK(all.contains(QStringLiteral("one sent more than 45 days ago")));
        CHECK_FALSE(all.contains(QStringLiteral("Trần Thị Mẫu")));
        // No platform names given: the ids head the groups.
        CHECK(all.contains(QStringLiteral("facebook")));
    }
    SECTION("reports naming a unit the profile lacks")
    {
        s.units.push_back(unit("?", "?", 0, 2, 0, 30));
        REQUIRE(writeReadinessPdf(s, "en", dir / "report.pdf").ok());
        const QString all = plainText(dir / "report.pdf");
        CHECK(all.contains(QStringLiteral("Other units (not in the profile)")));
    }
    SECTION("names shown")
    {
        s.peopleShown = true;
        REQUIRE(writeReadinessPdf(s, "en", dir / "report.pdf").ok());
        const QString all = plainText(dir / "report.pdf");
        CHECK(all.contains(QStringLiteral("Trần Thị Mẫu")));
        CHECK(all.contains(QStringLiteral("2029-11-18 (stale)")));
        CHECK(all.indexOf(QStringLiteral("Trần Thị Mẫu")) > all.indexOf(QStringLiteral("5. Staff")));
        CHECK_FALSE(all.contains(QStringLiteral("does not allow names")));
    }
}

TEST_CASE("A readiness report of 40 units and 60 checks splits the heat map and stays on the page",
          "[dashboard][print]")
{
    test::TempDir dir;
    const fs::path pdf = dir / "big.pdf";
    REQUIRE(writeReadinessPdf(bigSummary(40, 60), "vi", pdf).ok());
    const int pages = pageCount(pdf);
    CHECK(pages >= 8);
    const std::vector<Word> ws = words(pdf);
    requireInsideMargins(ws);
    const QString all = plainText(pdf);
    // The heat map in parts of a few units each, every unit in the units table and a heat-map head.
    CHECK(all.contains(QStringLiteral("Đơn vị 1–7 trên 40")));
    CHECK(all.contains(QStringLiteral("Đơn vị 36–40 trên 40")));
    CHECK(all.contains(QStringLiteral("Trường Tiểu học Nguyễn Thị Định số 40")));
    CHECK(all.contains(QStringLiteral("Việc cần làm số 60")));
    // Every page from the second has its number.
    for (int page = 2; page <= pages; ++page) {
        bool found = false;
        for (const Word& w : ws) {
            found = found || (w.page == page && w.yMax < 20 && w.text == QString::number(page));
        }
        INFO("page " << page);
        CHECK(found);
    }
}

TEST_CASE("The heat map's colours get darker as more is left to do, also in greyscale", "[dashboard][print]")
{
    int previous = 300;
    for (const int percent : {100, 70, 50, 30, 10}) {
        const int grey = qGray(readinessCellColour(percent).rgb());
        INFO(percent << "% grey " << grey);
        CHECK(grey < previous - 20); // a visible step in print
        previous = grey;
        // The ink stays readable: dark on light, white on dark.
        const int ink = qGray(readinessCellInk(percent).rgb());
        CHECK(std::abs(ink - grey) > 90);
    }
    CHECK(readinessCellColour(-1) == QColor(Qt::white)); // nobody it applies to: no shade
}

TEST_CASE("The sample readiness reports are written for looking at", "[.samples]")
{
    const QString out = qEnvironmentVariable("AUDITOR_NOTICE_OUT");
    REQUIRE_FALSE(out.isEmpty());
    const fs::path folder = out.toStdString();
    REQUIRE(writeReadinessPdf(smallSummary(), "vi", folder / "readiness-vi.pdf", kPlatformNames).ok());
    REQUIRE(writeReadinessPdf(smallSummary(), "en", folder / "readiness-en.pdf").ok());
    REQUIRE(writeReadinessPdf(bigSummary(40, 60), "vi", folder / "readiness-big.pdf").ok());
}
