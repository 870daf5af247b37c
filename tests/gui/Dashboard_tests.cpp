#include "AuditController.h"
#include "DashboardCharts.h"
#include "DashboardController.h"
#include "DashboardModels.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "Translations.h"

#include "readiness/ReportStore.h"

#include "TestConfig.h"
#include "TestSupport.h"
#include "auditor/readiness/GeneratedReports.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace auditor;
namespace fs = std::filesystem;

namespace {

constexpr const char* kBinhMinh = "Trường THPT Bình Minh";
constexpr const char* kHoaSen = "Trường THCS Hoa Sen";

TimePoint daysAgo(int days)
{
    return test::testEpoch() - std::chrono::days(days);
}

/** The IT lead's profile: two schools, Facebook's two-factor check required, people shown or not. */
void writeProfile(const fs::path& dataDir, bool showPeople)
{
    const nlohmann::json profile{
        {"schema_version", 1},
        {"kind", "org_profile"},
        {"id", "pgd-vi-du"},
        {"unit", {{"parent_name", "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KHÁNH HÒA"}, {"name", "Cụm trường phường Ví Dụ"}}},
        {"units",
         {{{"id", "thpt-binh-minh"}, {"name", kBinhMinh}, {"kind", "school"}, {"expected_staff", 10}},
          {{"id", "thcs-hoa-sen"}, {"name", kHoaSen}, {"kind", "school"}, {"expected_staff", 8}}}},
        {"requirements", {{"platforms", {"facebook"}}, {"checks", {"facebook.two_factor_app"}}}},
        {"recheck", {{"report_every_days", 30}, {"stale_after_days", 45}}},
        {"privacy", {{"name", true}, {"show_people", showPeople}}},
    };
    test::writeText(dataDir / "org-profile.json", profile.dump(2));
}

IncomingReport report(
    int person, const std::string& unit, TimePoint generatedAt, int percent, CheckState twoFactor, int incidents)
{
    IncomingReport in;
    ReportRecord& r = in.record;
    char id[33];
    std::snprintf(id, sizeof id, "%032x", person);
    r.personId = id;
    std::snprintf(id, sizeof id, "%032x", person + 0x1000);
    r.reportId = id;
    r.profileId = "pgd-vi-du";
    r.unit = unit;
    r.personName = "Nguyễn Văn Người " + std::to_string(person);
    r.generatedAt = generatedAt;
    r.receivedAt = generatedAt + std::chrono::hours(1);
    r.appVersion = "0.9.0";
    r.contentVersion = "2026.11";
    r.percent = percent;
    r.achieved = percent / 10;
    r.possible = 10;
    r.openIncidents = incidents;
    r.platforms = {{"facebook", percent, percent / 10, 10}};
    r.checks = {{"facebook.two_factor_app", twoFactor, generatedAt - std::chrono::days(1)},
                {"facebook.recovery_codes", CheckState::Open, std::nullopt}};
    in.body = nlohmann::json{{"report_id", r.reportId}, {"person", {{"id", r.personId}}}}.dump();
    return in;
}

/**
 * The store a collector would have filled: Bình Minh, 6 of 10 staff (one report 60 days old, so
 * stale), 4 of them with Facebook's two-factor done, score 60 each; Hoa Sen, 4 of 8, 1 done, score
 * 40, one open incident each.
 */
void fillStore(const fs::path& dataDir)
{
    auto store = openSqliteReportStore(dataDir / "collector" / "reports.sqlite");
    REQUIRE(store);
    std::vector<IncomingReport> reports;
    const CheckState binhMinh[] = {
        CheckState::Done, CheckState::Done, CheckState::Done, CheckState::NotDone, CheckState::Open, CheckState::Done};
    for (int i = 0; i < 6; ++i) {
        reports.push_back(report(i + 1, "thpt-binh-minh", daysAgo(i == 5 ? 60 : 2), 60, binhMinh[i], 0));
    }
    for (int i = 0; i < 4; ++i) {
        reports.push_back(
            report(i + 11, "thcs-hoa-sen", daysAgo(3), 40, i == 0 ? CheckState::Done : CheckState::NotDone, 1));
    }
    REQUIRE((*store)->putMany(reports));
}

struct Fixture
{
    explicit Fixture(const QString& lang = QStringLiteral("vi"))
        : clock(test::testEpoch())
        , controller(TEST_CHECKS_DIR, dir.path(), clock)
    {
        QString error;
        REQUIRE(controller.load(&error));
        REQUIRE(controller.setLanguage(lang, &error));
        applyLanguage(lang);
    }
    ~Fixture()
    {
        applyLanguage(QStringLiteral("vi"));
    }
    std::unique_ptr<DashboardPage> page()
    {
        auto p = std::make_unique<DashboardPage>(controller);
        p->resize(1100, 900);
        p->show();
        return p;
    }
    test::TempDir dir;
    FixedClock clock;
    AuditController controller;
};

QString tileText(DashboardPage& page, const char* name)
{
    QLabel* label = page.tile(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

/** The heat map's cell for `check` in the column headed `unit` (the all-units column when empty). */
QString cell(DashboardPage& page, const std::string& check, const QString& unit = {})
{
    QAbstractItemModel* model = page.heatMap()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(HeatMapModel::CheckIdRole).toString().toStdString() != check) {
            continue;
        }
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data(HeatMapModel::UnitIdRole).toString() == unit) {
                return index.data().toString();
            }
        }
    }
    return QStringLiteral("(no cell)");
}

QModelIndex cellIndex(DashboardPage& page, const std::string& check, const QString& unit)
{
    QAbstractItemModel* model = page.heatMap()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data(HeatMapModel::CheckIdRole).toString().toStdString() == check
                && index.data(HeatMapModel::UnitIdRole).toString() == unit) {
                return index;
            }
        }
    }
    return {};
}

void selectData(QComboBox* box, const QString& data)
{
    const int i = box->findData(data);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

/** Saves a picture for docs/ when AUDITOR_SCREENSHOT_DIR is set. */
void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("AUDITOR_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        QDir().mkpath(dir);
        CHECK(w->grab().save(dir + QLatin1Char('/') + name));
    }
}

} // namespace

TEST_CASE("Without a report store the dashboard explains how to collect reports", "[dashboard]")
{
    Fixture f;
    auto page = f.page();
    CHECK(page->emptyState()->isVisible());
    CHECK_FALSE(page->content()->isVisible());
    auto* text = page->findChild<QLabel*>(QStringLiteral("emptyStateText"));
    REQUIRE(text);
    CHECK(text->text().contains(QStringLiteral("auditor serve")));
    CHECK(text->text().contains(QStringLiteral("auditor readiness import")));
    CHECK(text->text().contains(QStringLiteral("reports.sqlite")));
    // Looking did not create a store.
    CHECK_FALSE(fs::exists(f.dir / "collector" / "reports.sqlite"));
    // A store made later shows up on Refresh.
    writeProfile(f.dir.path(), false);
    fillStore(f.dir.path());
    page->refresh();
    CHECK_FALSE(page->emptyState()->isVisible());
    CHECK(page->content()->isVisible());
    CHECK(tileText(*page, "reported") == QStringLiteral("10 / 18"));
}

TEST_CASE("The dashboard shows the store's headline numbers and heat map, and filters change them", "[dashboard]")
{
    Fixture f;
    writeProfile(f.dir.path(), false);
    fillStore(f.dir.path());
    auto page = f.page();
    REQUIRE(page->content()->isVisible());
    INFO(page->dashboard().profileProblem().toStdString());
    CHECK(page->dashboard().hasProfile());
    CHECK(tileText(*page, "reported") == QStringLiteral("10 / 18"));
    CHECK(tileText(*page, "current") == QStringLiteral("9"));
    CHECK(tileText(*page, "stale") == QStringLiteral("1 / 8"));
    CHECK(tileText(*page, "average") == QStringLiteral("52%"));
    CHECK(tileText(*page, "incidents") == QStringLiteral("4"));

    // Required check first, marked; its cells: 4 of 6, 1 of 4, 5 of 10.
    QAbstractItemModel* heat = page->heatMap()->model();
    REQUIRE(heat->rowCount() > 1);
    CHECK(heat->index(0, 0).data(HeatMapModel::CheckIdRole).toString() == QStringLiteral("facebook.two_factor_app"));
    CHECK(heat->headerData(0, Qt::Vertical).toString().startsWith(QStringLiteral("★")));
    CHECK(cell(*page, "facebook.two_factor_app", QStringLiteral("thpt-binh-minh")) == QStringLiteral("66%"));
    CHECK(cell(*page, "facebook.two_factor_app", QStringLiteral("thcs-hoa-sen")) == QStringLiteral("25%"));
    CHECK(cell(*page, "facebook.two_factor_app") == QStringLiteral("50%"));
    const QString tip
        = cellIndex(*page, "facebook.two_factor_app", QStringLiteral("thcs-hoa-sen")).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("1")));
    CHECK(tip.contains(QString::fromUtf8(kHoaSen)));
    // Darker where more is left to do.
    const QModelIndex low = cellIndex(*page, "facebook.two_factor_app", QStringLiteral("thcs-hoa-sen"));
    const QModelIndex high = cellIndex(*page, "facebook.two_factor_app", QStringLiteral("thpt-binh-minh"));
    CHECK(qGray(low.data(Qt::BackgroundRole).value<QBrush>().color().rgb())
          < qGray(high.data(Qt::BackgroundRole).value<QBrush>().color().rgb()));

    // Units table: one row per school and the total.
    QAbstractItemModel* units = page->unitsTable()->model();
    REQUIRE(units->rowCount() == 3);
    CHECK(units->index(0, 0).data().toString() == QString::fromUtf8(kBinhMinh));
    CHECK(units->index(0, 2).data().toInt() == 6);
    CHECK(units->index(0, 4).data().toInt() == 1);
    CHECK(units->index(1, 5).data().toInt() == 4);
    CHECK(units->index(2, 6).data().toString() == QStringLiteral("52%"));

    // Histogram: 4 people at 40–49, 6 at 60–69.
    CHECK(page->histogram()->values()[4] == 4);
    CHECK(page->histogram()->values()[6] == 6);
    CHECK(page->trend()->values().size() == 12);

    SECTION("a unit filter")
    {
        selectData(page->unitFilter(), QStringLiteral("thcs-hoa-sen"));
        CHECK(tileText(*page, "reported") == QStringLiteral("4 / 8"));
        CHECK(tileText(*page, "average") == QStringLiteral("40%"));
        CHECK(tileText(*page, "incidents") == QStringLiteral("4"));
        CHECK(page->heatMap()->model()->columnCount() == 2); // Hoa Sen and the total
        CHECK(cell(*page, "facebook.two_factor_app") == QStringLiteral("25%"));
        CHECK(page->summary().filter.units == std::vector<std::string>{"thcs-hoa-sen"});
        selectData(page->unitFilter(), QString());
        CHECK(tileText(*page, "reported") == QStringLiteral("10 / 18"));
    }
    SECTION("a platform filter")
    {
        const int before = page->heatMap()->model()->rowCount();
        REQUIRE(page->platformFilter()->findData(QStringLiteral("facebook")) > 0);
        selectData(page->platformFilter(), QStringLiteral("facebook"));
        QAbstractItemModel* model = page->heatMap()->model();
        REQUIRE(model->rowCount() > 0);
        CHECK(model->rowCount() <= before);
        for (int row = 0; row < model->rowCount(); ++row) {
            CHECK(model->index(row, 0)
                      .data(HeatMapModel::CheckIdRole)
                      .toString()
                      .startsWith(QStringLiteral("facebook.")));
        }
        CHECK(page->summary().filter.platforms == std::vector<std::string>{"facebook"});
    }
}

TEST_CASE("The drill-down lists people only when the profile allows it", "[dashboard]")
{
    Fixture f;
    fillStore(f.dir.path());

    SECTION("counts only")
    {
        writeProfile(f.dir.path(), false);
        auto page = f.page();
        QDialog* dialog
            = page->openDrillDown(cellIndex(*page, "facebook.two_factor_app", QStringLiteral("thpt-binh-minh")));
        REQUIRE(dialog);
        auto* drill = qobject_cast<DrillDownDialog*>(dialog);
        REQUIRE(drill);
        CHECK(drill->note()->isVisible());
        CHECK_FALSE(drill->table()->isVisible());
        CHECK(drill->table()->rowCount() == 0);
        auto* counts = dialog->findChild<QLabel*>(QStringLiteral("drillDownCounts"));
        REQUIRE(counts);
        CHECK(counts->text().contains(QStringLiteral("4")));
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            CHECK_FALSE(label->text().contains(QStringLiteral("Nguyễn")));
        }
        dialog->close();
    }
    SECTION("people shown")
    {
        writeProfile(f.dir.path(), true);
        // One more at Hoa Sen whose report lacks Facebook, which the profile requires: "missing".
        IncomingReport lacking = report(21, "thcs-hoa-sen", daysAgo(1), 30, CheckState::Open, 0);
        lacking.record.platforms.clear();
        lacking.record.checks.clear();
        REQUIRE((*openSqliteReportStore(f.dir / "collector" / "reports.sqlite"))->put(lacking));
        auto page = f.page();
        // Enter on the current cell opens it too (keyboard users).
        page->heatMap()->setCurrentIndex(cellIndex(*page, "facebook.two_factor_app", QStringLiteral("thcs-hoa-sen")));
        page->heatMap()->setFocus();
        QTest::keyClick(page->heatMap(), Qt::Key_Return);
        auto* drill = page->findChild<DrillDownDialog*>();
        REQUIRE(drill);
        CHECK(drill->table()->isVisible());
        CHECK(drill->table()->rowCount() == 5);
        QStringList names;
        QStringList states;
        for (int row = 0; row < drill->table()->rowCount(); ++row) {
            names << drill->table()->item(row, 0)->text();
            states << drill->table()->item(row, 1)->data(Qt::UserRole).toString();
        }
        CHECK(states.count(QStringLiteral("not_done")) == 3);
        CHECK(states.count(QStringLiteral("done")) == 1);
        const qsizetype missing = names.indexOf(QStringLiteral("Nguyễn Văn Người 21"));
        REQUIRE(missing >= 0);
        CHECK(states[missing] == QStringLiteral("missing"));
        CHECK(names.contains(QStringLiteral("Nguyễn Văn Người 11")));
        CHECK_FALSE(names.contains(QStringLiteral("Nguyễn Văn Người 1"))); // Bình Minh's
        screenshot(drill, QStringLiteral("dashboard.drilldown.vi.png"));
        drill->close();
    }
}

TEST_CASE("The dashboard exports a CSV with a BOM, JSON and the department PDF", "[dashboard]")
{
    Fixture f;
    writeProfile(f.dir.path(), false);
    fillStore(f.dir.path());
    auto page = f.page();
    test::TempDir out;
    QString error;
    const QString csv = QString::fromStdString((out / "readiness.csv").string());
    REQUIRE(page->exportCsv(csv, &error));
    const std::string text = test::readText(out / "readiness.csv");
    REQUIRE(text.size() > 3);
    CHECK(text.substr(0, 3) == "\xEF\xBB\xBF");
    CHECK(text.find(kBinhMinh) != std::string::npos);
    REQUIRE(page->exportUnitsCsv(QString::fromStdString((out / "units.csv").string()), &error));
    const std::string units = test::readText(out / "units.csv");
    CHECK(units.substr(0, 3) == "\xEF\xBB\xBF");
    CHECK(units.find(kHoaSen) != std::string::npos);
    CHECK(units.find(kBinhMinh) != std::string::npos);
    REQUIRE(page->exportJson(QString::fromStdString((out / "readiness.json").string()), &error));
    CHECK_NOTHROW(nlohmann::json::parse(test::readText(out / "readiness.json")));
    REQUIRE(page->exportPdf(QString::fromStdString((out / "readiness.pdf").string()), &error));
    CHECK(test::readText(out / "readiness.pdf").substr(0, 5) == "%PDF-");
    // A folder that cannot be made (a file is in the way): an error in words, no crash.
    test::writeText(out / "blocker", "x");
    CHECK_FALSE(page->exportCsv(QString::fromStdString((out / "blocker" / "x.csv").string()), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("The sidebar's School readiness entry opens the dashboard", "[dashboard]")
{
    Fixture f;
    QString error;
    REQUIRE(f.controller.setAccounts({"facebook"}, {}, &error));
    writeProfile(f.dir.path(), true);
    fillStore(f.dir.path());
    MainWindow window(f.controller);
    window.show();
    QCoreApplication::processEvents();
    QListWidget* sidebar = window.sidebar();
    REQUIRE(sidebar);
    CHECK(window.dashboardPage() != nullptr); // built on demand
    int row = -1;
    for (int i = 0; i < sidebar->count(); ++i) {
        if (sidebar->item(i)->data(Qt::UserRole).toString() == QStringLiteral(":dashboard")) {
            row = i;
        }
    }
    REQUIRE(row >= 0);
    sidebar->setCurrentRow(row);
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    CHECK(stack->currentWidget() == window.dashboardPage());
    CHECK(tileText(*window.dashboardPage(), "reported") == QStringLiteral("10 / 18"));
    window.resize(1280, 1000);
    screenshot(&window, QStringLiteral("dashboard.vi.png"));
    screenshot(window.dashboardPage()->content(), QStringLiteral("dashboard.content.vi.png"));
}

TEST_CASE("The dashboard in English for a screenshot", "[dashboard]")
{
    Fixture f(QStringLiteral("en"));
    QString error;
    REQUIRE(f.controller.setAccounts({"facebook"}, {}, &error));
    writeProfile(f.dir.path(), false);
    fillStore(f.dir.path());
    MainWindow window(f.controller);
    window.resize(1280, 1000);
    window.show();
    QCoreApplication::processEvents();
    for (int i = 0; i < window.sidebar()->count(); ++i) {
        if (window.sidebar()->item(i)->data(Qt::UserRole).toString() == QStringLiteral(":dashboard")) {
            window.sidebar()->setCurrentRow(i);
        }
    }
    REQUIRE(window.dashboardPage());
    CHECK(window.dashboardPage()->unitFilter()->itemText(0) == QStringLiteral("All units"));
    CHECK(tileText(*window.dashboardPage(), "average") == QStringLiteral("52%"));
    screenshot(&window, QStringLiteral("dashboard.en.png"));
}

TEST_CASE("A file that is not a report store is a problem in words, not an empty dashboard", "[dashboard]")
{
    Fixture f;
    auto page = f.page();
    test::TempDir other;
    test::writeText(other / "notes.sqlite", "Danh sách lớp 10A1, không phải kho báo cáo.");
    page->openStore(other / "notes.sqlite");
    auto* banner = page->findChild<QLabel*>(QStringLiteral("warningBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK_FALSE(banner->text().isEmpty());
    CHECK_FALSE(page->content()->isVisible());
    CHECK_FALSE(page->emptyState()->isVisible());
    // The file is left as it was.
    CHECK(test::readText(other / "notes.sqlite") == "Danh sách lớp 10A1, không phải kho báo cáo.");
}

TEST_CASE("The dashboard over a generated organisation counts every person once, the unknown units apart",
          "[dashboard]")
{
    Fixture f(QStringLiteral("en"));
    test::GeneratorOptions options;
    options.people = 120;
    options.units = 4;
    options.showPeople = false;
    const test::GeneratedOrg org = test::generateOrg(options, test::testEpoch());
    // The profile file the IT lead would have: the generated units, Facebook and Zalo required.
    nlohmann::json units = nlohmann::json::array();
    int expected = 0;
    for (const OrgUnit& u : org.profile.units) {
        units.push_back({{"id", u.id}, {"name", u.name}, {"kind", u.kind}, {"expected_staff", u.expectedStaff}});
        expected += u.expectedStaff;
    }
    test::writeText(f.dir / "org-profile.json",
                    nlohmann::json{{"schema_version", 1},
                                   {"kind", "org_profile"},
                                   {"id", org.profile.profileId},
                                   {"unit", {{"name", org.profile.orgName}}},
                                   {"units", units},
                                   {"requirements", {{"platforms", org.profile.requiredPlatforms}}},
                                   {"recheck", {{"stale_after_days", org.profile.staleAfterDays}}}}
                        .dump());
    auto store = openSqliteReportStore(f.dir / "collector" / "reports.sqlite");
    REQUIRE(store);
    REQUIRE(test::storeAll(**store, org.reports));

    // Each person's newest report, found here without the core: who reported, who is stale.
    std::map<std::string, const ReportRecord*> newest;
    for (const IncomingReport& in : org.reports) {
        const ReportRecord*& n = newest[in.record.personId];
        if (!n || std::tie(in.record.generatedAt, in.record.reportId) > std::tie(n->generatedAt, n->reportId)) {
            n = &in.record;
        }
    }
    int stale = 0;
    bool unknownUnit = false;
    for (const auto& [person, r] : newest) {
        stale += test::testEpoch() - r->generatedAt > std::chrono::days(org.profile.staleAfterDays) ? 1 : 0;
        unknownUnit = unknownUnit || r->unit.rfind("unit-gone-", 0) == 0;
    }
    REQUIRE(unknownUnit);

    auto page = f.page();
    REQUIRE(page->dashboard().hasProfile());
    CHECK(tileText(*page, "reported") == QStringLiteral("%1 / %2").arg(newest.size()).arg(expected));
    CHECK(tileText(*page, "stale").startsWith(QStringLiteral("%1 / ").arg(stale)));
    // The four schools and, last, the reports naming a school the profile lacks.
    REQUIRE(page->unitFilter()->count() == 1 + 4 + 1);
    CHECK(page->unitFilter()->itemData(5).toString() == QStringLiteral("?"));
    CHECK(page->unitFilter()->itemText(5) == QStringLiteral("Other units (not in the profile)"));
    CHECK(page->heatMap()->model()->columnCount() == 4 + 1 + 1);
    int histogram = 0;
    for (const int n : page->histogram()->values()) {
        histogram += n;
    }
    CHECK(histogram == static_cast<int>(newest.size()));
    // Filtering on the unknown units keeps only them.
    selectData(page->unitFilter(), QStringLiteral("?"));
    CHECK(page->heatMap()->model()->columnCount() == 2);
}
