// "My school": importing the profile, joining, sending the report to a real collector, and the IT
// lead's profile editor, on the real widgets.
#include "AuditController.h"
#include "MainWindow.h"
#include "OrgPage.h"
#include "OrgProfileEditor.h"
#include "SendReportDialog.h"
#include "Translations.h"

#include "common/Files.h"
#include "common/Json.h"
#include "net/Certificates.h"
#include "net/ReportServer.h"
#include "readiness/Enrolment.h"
#include "readiness/ReportStore.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <nlohmann/json.hpp>

#include <memory>

using namespace auditor;
using nlohmann::json;

namespace {

struct App
{
    explicit App(const std::filesystem::path& dataDir, const Clock& clock, const QString& lang = QStringLiteral("vi"))
        : controller(TEST_CHECKS_DIR, dataDir, clock)
    {
        QString error;
        REQUIRE(controller.load(&error));
        if (lang != controller.language()) {
            REQUIRE(controller.setLanguage(lang, &error));
        }
        std::set<std::string> personal{"facebook", "zalo"};
        REQUIRE(controller.setAccounts(personal, {}, &error));
        applyLanguage(controller.language());
        window = std::make_unique<MainWindow>(controller);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~App()
    {
        window.reset();
        applyLanguage(QStringLiteral("vi"));
    }
    AuditController controller;
    std::unique_ptr<MainWindow> window;
};

void settle()
{
    // Page rebuilds are queued after the click that caused them; deleteLater needs another turn.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("AUDITOR_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        settle();
        QDir().mkpath(dir);
        CHECK(w->grab().save(dir + QLatin1Char('/') + name));
    }
}

/** Selects "My school" in the sidebar and returns the page. */
OrgPage* showOrgPage(App& app)
{
    QListWidget* sidebar = app.window->sidebar();
    REQUIRE(sidebar);
    for (int i = 0; i < sidebar->count(); ++i) {
        if (sidebar->item(i)->data(Qt::UserRole).toString() == QStringLiteral(":org")) {
            sidebar->setCurrentRow(i);
            settle();
            return app.window->orgPage();
        }
    }
    FAIL("no sidebar entry for the organisation page");
    return nullptr;
}

struct Collector
{
    std::string url;
    std::string fingerprint;
    std::string token;
};

/** A profile of two schools, as an IT lead would hand it out. */
json schoolProfile(bool includeName, const Collector& collector = {})
{
    json p = newProfileTemplate("so-gd-khanh-hoa", "Sở Giáo dục và Đào tạo Khánh Hòa", "UBND TỈNH KHÁNH HÒA");
    p["units"] = json::array({
        {{"id", "thpt-ly-tu-trong"}, {"name", "Trường THPT Lý Tự Trọng"}, {"kind", "school"}, {"expected_staff", 60}},
        {{"id", "thcs-nguyen-hue"}, {"name", "Trường THCS Nguyễn Huệ"}, {"kind", "school"}, {"expected_staff", 40}},
    });
    p["privacy"] = {{"name", includeName}, {"email", false}, {"show_people", false}};
    if (!collector.url.empty()) {
        p["collector"] = {{"url", collector.url}, {"fingerprint", collector.fingerprint}, {"token", collector.token}};
    } else {
        p.erase("collector");
    }
    return p;
}

void joinUnit(OrgPage* page, const char* unitId, const QString& name = {})
{
    REQUIRE(page->state() == OrgPage::State::NotJoined);
    const int index = page->unitBox()->findData(QString::fromLatin1(unitId));
    REQUIRE(index >= 0);
    page->unitBox()->setCurrentIndex(index);
    if (page->nameEdit()) {
        page->nameEdit()->setText(name);
    }
    QTest::mouseClick(page->joinButton(), Qt::LeftButton);
    settle();
    REQUIRE(page->state() == OrgPage::State::Joined);
}

/** A collector on 127.0.0.1 (any free port) with a SQLite store and a self-signed identity. */
struct LiveCollector
{
    explicit LiveCollector(const test::TempDir& dir, const Clock& clock)
    {
        auto identity = net::loadOrCreateServerIdentity(
            dir / "collector-key.pem", dir / "collector-cert.pem", "127.0.0.1", clock.now());
        REQUIRE(identity);
        fingerprint = identity->fingerprint;
        auto opened = openSqliteReportStore(dir / "reports.sqlite");
        REQUIRE(opened);
        store = std::move(*opened);
        auto schema
            = SchemaValidator::fromFile(std::filesystem::path(TEST_CHECKS_DIR) / "schema" / "staff-report.schema.json");
        REQUIRE(schema);
        validator = std::make_unique<SchemaValidator>(std::move(*schema));
        net::ServerSettings settings;
        settings.address = "127.0.0.1";
        settings.port = 0;
        settings.keyPem = identity->keyPem;
        settings.certificatePem = identity->certificatePem;
        settings.token = token;
        server = std::make_unique<net::ReportServer>(settings, *store, *validator, clock);
        auto port = server->start();
        REQUIRE(port);
        url = "https://127.0.0.1:" + std::to_string(*port);
    }
    ~LiveCollector()
    {
        server->stop();
    }
    Collector settings(const std::string& pinned = {}) const
    {
        return {url, pinned.empty() ? fingerprint : pinned, token};
    }

    std::string token = "0123456789abcdef0123456789abcdef";
    std::string url;
    std::string fingerprint;
    std::unique_ptr<ReportStore> store;
    std::unique_ptr<SchemaValidator> validator;
    std::unique_ptr<net::ReportServer> server;
};

} // namespace

TEST_CASE("A pasted code installs the profile and the staff member joins a unit without giving a name", "[orgpage]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock);
    OrgPage* page = showOrgPage(app);
    REQUIRE(page);
    CHECK(page->state() == OrgPage::State::NoProfile);
    CHECK(page->findChild<QPushButton*>(QStringLiteral("importFileButton")));
    screenshot(app.window.get(), QStringLiteral("org-start.vi.png"));

    // A mangled code is refused in words, and nothing is installed.
    const std::string code = encodeProfileCode(schoolProfile(/*includeName=*/false));
    QDialog* paste = page->showPasteCode();
    REQUIRE(paste);
    auto* text = paste->findChild<QPlainTextEdit*>(QStringLiteral("codeEdit"));
    auto* import = paste->findChild<QPushButton*>(QStringLiteral("importCodeButton"));
    REQUIRE(text);
    REQUIRE(import);
    std::string broken = code;
    broken[broken.size() / 2] = broken[broken.size() / 2] == 'A' ? 'B' : 'A';
    text->setPlainText(QString::fromStdString(broken));
    QTest::mouseClick(import, Qt::LeftButton);
    settle();
    auto* error = paste->findChild<QLabel*>(QStringLiteral("warningBanner"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK_FALSE(std::filesystem::exists(dir / "org-profile.json"));
    CHECK(page->state() == OrgPage::State::NoProfile);
    screenshot(paste, QStringLiteral("org-paste-error.vi.png"));

    // The code as sent, broken over lines by a chat app.
    QString wrapped = QString::fromStdString(code);
    wrapped.insert(20, QLatin1Char('\n'));
    text->setPlainText(wrapped);
    QTest::mouseClick(import, Qt::LeftButton);
    settle();
    CHECK(std::filesystem::exists(dir / "org-profile.json"));
    REQUIRE(page->state() == OrgPage::State::NotJoined);
    CHECK(page->findChild<QLabel*>(QStringLiteral("orgName"))->text()
          == QStringLiteral("Sở Giáo dục và Đào tạo Khánh Hòa"));
    REQUIRE(page->unitBox()->count() == 2);
    CHECK(page->unitBox()->itemText(1) == QStringLiteral("Trường THCS Nguyễn Huệ"));
    // The profile does not allow names: no field asks for one, and the page says a number stands for the person.
    CHECK(page->nameEdit() == nullptr);
    CHECK(page->emailEdit() == nullptr);
    screenshot(app.window.get(), QStringLiteral("org-join.vi.png"));

    joinUnit(page, "thcs-nguyen-hue");
    auto membership = loadMembership(dir.path());
    REQUIRE(membership);
    CHECK(membership->profileId == "so-gd-khanh-hoa");
    CHECK(membership->unit == "thcs-nguyen-hue");
    CHECK(membership->name.empty());
    CHECK(page->findChild<QLabel*>(QStringLiteral("unitText"))->text().contains(QStringLiteral("Nguyễn Huệ")));
    // No collector in this profile: sending is off and the page says why; saving to a file works.
    REQUIRE(page->sendButton());
    CHECK_FALSE(page->sendButton()->isEnabled());
    CHECK(page->findChild<QLabel*>(QStringLiteral("noCollectorText")));
    REQUIRE(page->saveReportTo(QString::fromStdU16String((dir / "report.json").u16string())));
    const json saved = json::parse(test::readText(dir / "report.json"));
    CHECK(saved["version"] == 2);
    CHECK(saved["unit"] == "thcs-nguyen-hue");
    CHECK(saved["person"]["id"] == membership->personId);
    CHECK_FALSE(saved["person"].contains("name"));

    // Changing unit keeps the person; leaving forgets them.
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("changeUnitButton")), Qt::LeftButton);
    settle();
    CHECK(page->unitBox()->currentData().toString() == QStringLiteral("thcs-nguyen-hue"));
    screenshot(app.window.get(), QStringLiteral("org-change-unit.vi.png"));
    joinUnit(page, "thpt-ly-tu-trong");
    auto moved = loadMembership(dir.path());
    REQUIRE(moved);
    CHECK(moved->unit == "thpt-ly-tu-trong");
    CHECK(moved->personId == membership->personId);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("changeUnitButton")), Qt::LeftButton);
    settle();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("leaveButton")), Qt::LeftButton);
    settle();
    CHECK(page->state() == OrgPage::State::NotJoined);
    CHECK_FALSE(loadMembership(dir.path()));
}

TEST_CASE("The name field is there only when the profile allows names, and then the report carries it", "[orgpage]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock, QStringLiteral("en"));
    OrgPage* page = showOrgPage(app);
    test::writeText(dir / "lead-profile.json", schoolProfile(/*includeName=*/true).dump(2));
    REQUIRE(page->importFile(QString::fromStdU16String((dir / "lead-profile.json").u16string())));
    settle();
    REQUIRE(page->state() == OrgPage::State::NotJoined);
    REQUIRE(page->nameEdit());
    CHECK(page->nameEdit()->isVisible());
    CHECK(page->emailEdit() == nullptr);
    CHECK(page->findChild<QLabel*>(QStringLiteral("sharedText"))->text().contains(QStringLiteral("your name")));
    screenshot(app.window.get(), QStringLiteral("org-join.en.png"));
    joinUnit(page, "thpt-ly-tu-trong", QStringLiteral("Nguyễn Thị Lan"));
    auto membership = loadMembership(dir.path());
    REQUIRE(membership);
    CHECK(membership->name == "Nguyễn Thị Lan");
    std::string report;
    QString error;
    REQUIRE(app.controller.orgReport(&report, &error));
    CHECK(json::parse(report)["person"]["name"] == "Nguyễn Thị Lan");
}

TEST_CASE("The send dialog shows the exact JSON and the collector stores that very text", "[orgpage][net]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    LiveCollector collector(dir, clock);
    test::TempDir data;
    App app(data.path(), clock);
    QString error;
    REQUIRE(app.controller.setStatus("facebook.two_factor_app", CheckStatus::Done, QString(), &error));
    OrgPage* page = showOrgPage(app);
    REQUIRE(app.controller.importProfileCode(
        QString::fromStdString(encodeProfileCode(schoolProfile(false, collector.settings()))), &error));
    settle();
    joinUnit(page, "thpt-ly-tu-trong");
    REQUIRE(page->sendButton()->isEnabled());
    screenshot(app.window.get(), QStringLiteral("org-page.vi.png"));

    SendReportDialog* dialog = page->showSendDialog();
    REQUIRE(dialog);
    const std::string sent = dialog->reportJson();
    REQUIRE_FALSE(sent.empty());
    const json report = json::parse(sent);
    CHECK(report["unit"] == "thpt-ly-tu-trong");
    // The readable view says what is sent and what is not.
    const QString readable = dialog->readableView()->toPlainText();
    CHECK(readable.contains(QStringLiteral("Trường THPT Lý Tự Trọng")));
    CHECK(readable.contains(QString::fromStdString(report["person"]["id"].get<std::string>())));
    CHECK(dialog->dataView()->isHidden());
    QTest::mouseClick(dialog->showDataButton(), Qt::LeftButton);
    CHECK(dialog->dataView()->isVisible());
    CHECK(dialog->dataView()->toPlainText().toStdString() == sent);
    screenshot(dialog, QStringLiteral("send-preview-data.vi.png"));
    QTest::mouseClick(dialog->showDataButton(), Qt::LeftButton);
    screenshot(dialog, QStringLiteral("send-preview.vi.png"));

    QSignalSpy finished(dialog, &SendReportDialog::sendFinished);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    CHECK(dialog->busy());
    REQUIRE(finished.wait(20000));
    CHECK(finished.front().front().toBool());
    CHECK_FALSE(dialog->busy());
    CHECK_FALSE(dialog->sendButton()->isEnabled());
    CHECK_FALSE(dialog->resultText().isEmpty());
    // Byte for byte what the dialog showed.
    auto body = collector.store->body(report["report_id"].get<std::string>());
    REQUIRE(body);
    CHECK(*body == sent);
    screenshot(dialog, QStringLiteral("send-done.vi.png"));
    dialog->close();
    settle();
    // The page now knows when the last report went, and that the next is not due yet.
    const AuditController::OrgView view = app.controller.orgView();
    REQUIRE(view.lastSent);
    CHECK(*view.lastSent == clock.now());
    CHECK_FALSE(view.reportDue);
    CHECK(page->findChild<QLabel*>(QStringLiteral("sentText")));
    clock.set(clock.now() + std::chrono::hours(24) * 30);
    CHECK(app.controller.orgView().reportDue);
}

TEST_CASE("A collector whose certificate is not the pinned one gets nothing and the person is told to stop",
          "[orgpage][net]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    LiveCollector collector(dir, clock);
    // The fingerprint of another certificate: what a look-alike collector would present.
    test::TempDir other;
    auto impostor = net::loadOrCreateServerIdentity(other / "key.pem", other / "cert.pem", "127.0.0.1", clock.now());
    REQUIRE(impostor);
    REQUIRE(impostor->fingerprint != collector.fingerprint);

    test::TempDir data;
    App app(data.path(), clock, QStringLiteral("en"));
    OrgPage* page = showOrgPage(app);
    QString error;
    REQUIRE(app.controller.importProfileCode(
        QString::fromStdString(encodeProfileCode(schoolProfile(false, collector.settings(impostor->fingerprint)))),
        &error));
    settle();
    joinUnit(page, "thpt-ly-tu-trong");
    SendReportDialog* dialog = page->showSendDialog();
    QSignalSpy finished(dialog, &SendReportDialog::sendFinished);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(finished.front().front().toBool());
    CHECK(
        dialog->resultText().contains(QStringLiteral("not the one your IT lead gave: do not send; call your IT lead")));
    CHECK_FALSE(dialog->sendButton()->isEnabled());
    auto count = collector.store->count();
    REQUIRE(count);
    CHECK(*count == 0);
    CHECK_FALSE(app.controller.orgView().lastSent);
    screenshot(dialog, QStringLiteral("send-pin-mismatch.en.png"));
}

TEST_CASE("The profile editor changes what it shows and keeps every key it does not show", "[orgpage]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock);
    std::string fingerprint = "AB";
    for (int i = 1; i < 32; ++i) {
        fingerprint += ":CD";
    }
    json original = schoolProfile(false, {"https://192.168.1.10:8443", fingerprint, "Zx9_enrolment-token-0123456789"});
    original["signer"] = {{"title", "GIÁM ĐỐC"}, {"name", "Trần Văn Minh"}};
    original["recipients"] = {{"police", json::array({"pa05_khanh_hoa"})}};
    original["it_contact"] = "Lê Văn An, 0905 123 456";
    const std::filesystem::path file = dir / "lead" / "org-profile.json";
    std::filesystem::create_directories(file.parent_path());
    test::writeText(file, original.dump(2));

    OrgPage* page = showOrgPage(app);
    OrgProfileEditor* editor = page->showEditor(QString::fromStdU16String(file.u16string()));
    REQUIRE(editor);
    CHECK(editor->errorText().isEmpty());
    CHECK(editor->orgNameEdit()->text() == QStringLiteral("Sở Giáo dục và Đào tạo Khánh Hòa"));
    REQUIRE(editor->unitsTable()->rowCount() == 2);
    CHECK_FALSE(editor->includeNameBox()->isChecked());
    screenshot(editor, QStringLiteral("org-editor.vi.png"));
    auto* tabs = editor->findChild<QTabWidget*>();
    REQUIRE(tabs);
    tabs->setCurrentIndex(1);
    screenshot(editor, QStringLiteral("org-editor-requirements.vi.png"));
    tabs->setCurrentIndex(2);
    screenshot(editor, QStringLiteral("org-editor-collector.vi.png"));
    tabs->setCurrentIndex(0);

    editor->orgNameEdit()->setText(QStringLiteral("Sở GD&ĐT Khánh Hòa"));
    editor->addUnit(QStringLiteral("thpt-phan-boi-chau"),
                    QStringLiteral("Trường THPT Phan Bội Châu"),
                    QStringLiteral("school"),
                    55);
    REQUIRE(editor->platformBox("zalo"));
    editor->platformBox("zalo")->setChecked(true);
    editor->includeNameBox()->setChecked(true);
    editor->reportEveryBox()->setValue(14);
    REQUIRE(editor->save());
    const json saved = json::parse(test::readText(file));
    CHECK(saved["signer"] == original["signer"]);
    CHECK(saved["recipients"] == original["recipients"]);
    CHECK(saved["it_contact"] == original["it_contact"]);
    CHECK(saved["unit"]["name"] == "Sở GD&ĐT Khánh Hòa");
    CHECK(saved["unit"]["parent_name"] == original["unit"]["parent_name"]);
    REQUIRE(saved["units"].size() == 3);
    CHECK(saved["units"][2]["id"] == "thpt-phan-boi-chau");
    CHECK(saved["units"][2]["expected_staff"] == 55);
    CHECK(saved["units"][0] == original["units"][0]);
    // Reading it back shows the same.
    OrgProfileEditor again(app.controller);
    REQUIRE(again.openFile(QString::fromStdU16String(file.u16string())));
    CHECK(again.profile() == saved);
    CHECK(again.platformBox("zalo")->isChecked());
    CHECK(again.includeNameBox()->isChecked());
    CHECK(again.reportEveryBox()->value() == 14);

    // A unit id the schema refuses: nothing written, the error names the row and the column.
    editor->unitsTable()->item(1, 0)->setText(QStringLiteral("Nguyễn Huệ"));
    CHECK_FALSE(editor->save());
    CHECK(editor->errorText().contains(QStringLiteral("2")));
    CHECK(json::parse(test::readText(file)) == saved);
    screenshot(editor, QStringLiteral("org-editor-errors.vi.png"));

    // The code for staff decodes to the saved profile.
    editor->unitsTable()->item(1, 0)->setText(QStringLiteral("thcs-nguyen-hue"));
    const QString code = editor->copyCode();
    REQUIRE_FALSE(code.isEmpty());
    CHECK(editor->codeView()->toPlainText() == code);
    auto decoded = decodeProfileCode(code.toStdString());
    REQUIRE(decoded);
    CHECK(*decoded == json::parse(test::readText(file)));
}

TEST_CASE("The IT lead creates a profile from the page and it becomes the installed one", "[orgpage]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock);
    OrgPage* page = showOrgPage(app);
    REQUIRE(page->state() == OrgPage::State::NoProfile);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("editProfileButton")), Qt::LeftButton);
    settle();
    OrgProfileEditor* editor = page->findChild<OrgProfileEditor*>();
    REQUIRE(editor);
    editor->orgNameEdit()->setText(QStringLiteral("Trường THPT Lý Tự Trọng"));
    REQUIRE(editor->save());
    CHECK(std::filesystem::exists(dir / "org-profile.json"));
    settle();
    CHECK(page->state() == OrgPage::State::NotJoined);
}

TEST_CASE("A collector that is not running is named unreachable and the report can be sent again", "[orgpage][net]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    Collector settings;
    {
        LiveCollector collector(dir, clock);
        settings = collector.settings();
    } // stopped: its port now refuses connections
    test::TempDir data;
    App app(data.path(), clock, QStringLiteral("en"));
    OrgPage* page = showOrgPage(app);
    QString error;
    REQUIRE(app.controller.importProfileCode(QString::fromStdString(encodeProfileCode(schoolProfile(false, settings))),
                                             &error));
    settle();
    joinUnit(page, "thcs-nguyen-hue");
    SendReportDialog* dialog = page->showSendDialog();
    QSignalSpy finished(dialog, &SendReportDialog::sendFinished);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(finished.front().front().toBool());
    CHECK(dialog->resultText().contains(QStringLiteral("cannot be reached")));
    CHECK(dialog->sendButton()->isEnabled());
    CHECK_FALSE(app.controller.orgView().lastSent);
}
