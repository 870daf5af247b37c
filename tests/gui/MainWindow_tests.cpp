#include "AccountsPage.h"
#include "AuditController.h"
#include "CheckCard.h"
#include "ChecklistPage.h"
#include "IncidentPage.h"
#include "LinkCheckPage.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "PasswordPage.h"
#include "Translations.h"

#include "checklist/ProgressStore.h"
#include "incidents/IncidentStore.h"

#include "NetFixture.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace auditor;

namespace {

/** The app as a person starts it: a controller on a data folder, and the main window shown. */
struct App
{
    explicit App(const std::filesystem::path& dataDir, const Clock& clock)
        : controller(TEST_CHECKS_DIR, dataDir, clock)
    {
        QString error;
        REQUIRE(controller.load(&error));
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
    // Page rebuilds are queued after the click that caused them.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

/** Saves a picture of the window for docs/ when AUDITOR_SCREENSHOT_DIR is set. */
void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("AUDITOR_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        settle(); // widgets added to a visible page are shown by a queued call
        QDir().mkpath(dir);
        CHECK(w->grab().save(dir + QLatin1Char('/') + name));
    }
}

/** Selects the sidebar entry of a page that is not an account (":links", ":password"). */
void showPage(App& app, const char* id)
{
    QListWidget* sidebar = app.window->sidebar();
    for (int i = 0; i < sidebar->count(); ++i) {
        if (sidebar->item(i)->data(Qt::UserRole).toString() == QLatin1String(id)) {
            sidebar->setCurrentRow(i);
            return;
        }
    }
    FAIL("no sidebar entry " << id);
}

void chooseAccounts(App& app,
                    std::initializer_list<const char*> personal,
                    std::initializer_list<const char*> admin = {})
{
    std::set<std::string> p(personal.begin(), personal.end());
    std::set<std::string> a(admin.begin(), admin.end());
    QString error;
    REQUIRE(app.controller.setAccounts(p, a, &error));
    settle();
}

} // namespace

TEST_CASE("First run asks for accounts and then shows a page for each", "[gui]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock);
    AccountsPage* page = app.window->accountsPage();
    REQUIRE(page);
    CHECK_FALSE(app.window->sidebar());
    // The offered defaults: the master mailbox and devices are ticked.
    REQUIRE(page->accountBox("email_master"));
    CHECK(page->accountBox("email_master")->isChecked());
    CHECK_FALSE(page->accountBox("pages_admin")); // follows from the page-admin boxes
    screenshot(app.window.get(), QStringLiteral("first-run-vi.png"));

    // A teacher with Zalo and Facebook who runs the school's page; no Google account.
    page->accountBox("google")->setChecked(false);
    page->accountBox("zalo")->setChecked(true);
    page->accountBox("facebook")->setChecked(true);
    REQUIRE(page->pageAdminBox("facebook"));
    CHECK(page->pageAdminBox("facebook")->isEnabled());
    page->pageAdminBox("facebook")->setChecked(true);
    QTest::mouseClick(page->acceptButton(), Qt::LeftButton);
    settle();

    QListWidget* sidebar = app.window->sidebar();
    REQUIRE(sidebar);
    QStringList entries;
    for (int i = 0; i < sidebar->count(); ++i) {
        entries << sidebar->item(i)->data(Qt::UserRole).toString();
    }
    CHECK(entries.contains(QStringLiteral("zalo")));
    CHECK(entries.contains(QStringLiteral("facebook")));
    CHECK(entries.contains(QStringLiteral("pages_admin")));
    CHECK_FALSE(entries.contains(QStringLiteral("google")));
    REQUIRE(app.window->checklistPage("facebook"));
    CHECK(app.window->checklistPage("facebook")->card("facebook.two_factor_app"));

    // What was chosen is on disk.
    const auto stored = ProgressStore(dir.path()).load(clock);
    REQUIRE(stored);
    CHECK(stored->progress.firstRunDone);
    CHECK(stored->progress.accountTypes("facebook") == std::set{AccountType::Personal, AccountType::PageAdmin});
    CHECK_FALSE(stored->progress.isSelected("google"));
}

TEST_CASE("Unticking an account's box disables its page-admin box", "[gui]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock);
    AccountsPage* page = app.window->accountsPage();
    page->accountBox("instagram")->setChecked(false);
    CHECK_FALSE(page->pageAdminBox("instagram")->isEnabled());
    page->accountBox("instagram")->setChecked(true);
    CHECK(page->pageAdminBox("instagram")->isEnabled());
}

TEST_CASE("Marking a check done updates the card and the page score and the store", "[gui]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock);
    chooseAccounts(app, {"telegram"});
    app.window->showPlatform(QStringLiteral("telegram"));
    ChecklistPage* page = app.window->checklistPage("telegram");
    REQUIRE(page);
    CheckCard* card = page->card("telegram.two_step_password");
    REQUIRE(card);
    QTest::mouseClick(card->statusButton(CheckStatus::Done), Qt::LeftButton);

    CHECK(card->statusButton(CheckStatus::Done)->isChecked());
    CHECK(card->property("state").toString() == QStringLiteral("done"));
    CHECK(card->findChild<QLabel*>(QStringLiteral("stateDate"))->text().contains(QStringLiteral("07/01/2030")));
    const auto* score = page->findChild<QLabel*>(QStringLiteral("scoreText"));
    CHECK_FALSE(score->text().startsWith(QStringLiteral("0%")));
    const auto stored = ProgressStore(dir.path()).load(clock);
    REQUIRE(stored->progress.record("telegram.two_step_password"));
    CHECK(stored->progress.record("telegram.two_step_password")->status == CheckStatus::Done);

    SECTION("only what is left can be shown")
    {
        page->onlyOpenBox()->setChecked(true);
        CHECK_FALSE(card->isVisibleTo(page));
        CHECK(page->card("telegram.devices")->isVisibleTo(page));
    }
}

TEST_CASE("Not applicable needs a reason before it is saved and a restart restores it", "[gui]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    {
        App app(dir.path(), clock);
        chooseAccounts(app, {"zalo"});
        app.window->showPlatform(QStringLiteral("zalo"));
        CheckCard* card = app.window->checklistPage("zalo")->card("zalo.app_lock");
        REQUIRE(card);
        QTest::mouseClick(card->statusButton(CheckStatus::NotApplicable), Qt::LeftButton);
        CHECK(card->reasonEdit()->isVisible());
        CHECK_FALSE(card->saveReasonButton()->isEnabled());
        CHECK_FALSE(app.controller.progress().record("zalo.app_lock")); // nothing saved yet

        // Vietnamese text arrives as an input method commits it (QTest::keyClicks is ASCII only).
        card->reasonEdit()->insert(QStringLiteral("Điện thoại đã có khóa màn hình"));
        CHECK(card->saveReasonButton()->isEnabled());
        app.window->checklistPage("zalo")->scrollTo("zalo.app_lock");
        QCoreApplication::processEvents();
        screenshot(app.window.get(), QStringLiteral("checklist-reason-vi.png"));
        QTest::mouseClick(card->saveReasonButton(), Qt::LeftButton);
        CHECK_FALSE(card->reasonEdit()->isVisible());
        CHECK(card->property("state").toString() == QStringLiteral("not_applicable"));
    }
    // Restart: a new controller and window on the same data folder.
    App again(dir.path(), clock);
    CHECK_FALSE(again.window->accountsPage());
    again.window->showPlatform(QStringLiteral("zalo"));
    CheckCard* card = again.window->checklistPage("zalo")->card("zalo.app_lock");
    REQUIRE(card);
    CHECK(card->statusButton(CheckStatus::NotApplicable)->isChecked());
    CHECK(card->findChild<QLabel*>(QStringLiteral("stateDate"))
              ->text()
              .contains(QStringLiteral("Điện thoại đã có khóa màn hình")));
}

TEST_CASE("The window speaks Vietnamese by default and English when chosen", "[gui]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock);
    CHECK(app.window->windowTitle().startsWith(QStringLiteral("Tự kiểm tra")));
    AccountsPage* page = app.window->accountsPage();
    page->languageBox()->setCurrentIndex(1);
    settle();
    CHECK(app.window->windowTitle().startsWith(QStringLiteral("Account Auditor")));
    REQUIRE(app.window->accountsPage());
    CHECK(app.window->accountsPage()->accountBox("google")->text() == QStringLiteral("Google Account (Gmail)"));
    screenshot(app.window.get(), QStringLiteral("first-run-en.png"));
}

TEST_CASE("Every control on a checklist page has an accessible name and takes keyboard focus", "[gui]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock);
    chooseAccounts(app, {"google"});
    ChecklistPage* page = app.window->checklistPage("google");
    REQUIRE(page);
    for (CheckCard* card : page->cards()) {
        for (auto status :
             {CheckStatus::Done, CheckStatus::NotDone, CheckStatus::NotApplicable, CheckStatus::RiskAccepted}) {
            QRadioButton* b = card->statusButton(status);
            CAPTURE(card->checkId());
            CHECK_FALSE(b->accessibleName().isEmpty());
            CHECK((b->focusPolicy() & Qt::TabFocus));
        }
        if (card->openSettingsButton()) {
            CHECK((card->openSettingsButton()->focusPolicy() & Qt::TabFocus));
        }
    }
}

TEST_CASE("The overview lists each account with its score and opens its page", "[gui]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock);
    chooseAccounts(app, {"email_master", "devices", "facebook", "zalo"});
    QString error;
    REQUIRE(app.controller.setStatus("email_master.strong_second_step", CheckStatus::Done, {}, &error));
    REQUIRE(app.controller.setStatus("zalo.never_share_codes", CheckStatus::Done, {}, &error));
    OverviewPage* overview = app.window->overviewPage();
    REQUIRE(overview);
    CHECK_FALSE(overview->findChild<QLabel*>(QStringLiteral("overallScore"))->text().startsWith(QStringLiteral("0%")));
    screenshot(app.window.get(), QStringLiteral("overview-vi.png"));
    auto* row = overview->findChild<QPushButton*>(QStringLiteral("row_zalo"));
    REQUIRE(row);
    settle();
    CHECK(row->isVisible());
    QTest::mouseClick(row, Qt::LeftButton);
    CHECK(app.window->sidebar()->currentItem()->data(Qt::UserRole).toString() == QStringLiteral("zalo"));
    screenshot(app.window.get(), QStringLiteral("checklist-zalo-vi.png"));

    SECTION("the report is exported through the core")
    {
        const QString path = QString::fromStdString((dir / "report.json").string());
        REQUIRE(app.controller.exportReport(path, &error));
        const auto report = nlohmann::json::parse(test::readText(dir / "report.json"));
        CHECK(report.at("format") == "account-auditor/staff-report");
        CHECK(report.at("version") == 2); // what the collector and the folder import accept
        CHECK(report.at("person").at("id").get<std::string>().size() == 32);
    }
}

TEST_CASE("A pasted message gets a verdict for each of its links", "[gui][links]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock);
    chooseAccounts(app, {"zalo"});
    LinkCheckPage* page = app.window->linkCheckPage();
    REQUIRE(page);
    showPage(app, ":links");
    page->input()->setPlainText(
        QStringLiteral("Chị ơi, tài khoản sắp bị khóa, vào https://vietcombank-xacminh.xyz/dang-nhap "
                       "để xác minh. Hoặc xem https://zalo.me/g/abc"));
    QTest::mouseClick(page->checkButton(), Qt::LeftButton);
    settle();
    QList<QFrame*> cards;
    for (QFrame* f : page->findChildren<QFrame*>(QStringLiteral("checkCard"))) {
        if (f->property("verdict").isValid()) {
            cards << f;
        }
    }
    REQUIRE(cards.size() == 2);
    CHECK(cards[0]->property("verdict").toString() == QStringLiteral("dangerous"));
    CHECK(cards[0]->findChild<QLabel*>(QStringLiteral("verdictText"))->text() == QStringLiteral("NGUY HIỂM"));
    CHECK(cards[0]->findChild<QLabel*>(QStringLiteral("reasons"))->text().contains(QStringLiteral("Vietcombank")));
    CHECK(cards[1]->property("verdict").toString() == QStringLiteral("trusted"));
    screenshot(app.window.get(), QStringLiteral("link-check-vi.png"));

    SECTION("checking again replaces the results")
    {
        page->input()->setPlainText(QStringLiteral("example.org"));
        page->check();
        settle();
        int shown = 0;
        for (QFrame* f : page->findChildren<QFrame*>(QStringLiteral("checkCard"))) {
            shown += f->property("verdict").isValid();
        }
        CHECK(shown == 1);
    }
}

TEST_CASE("Check online follows the link only when pressed and redraws the card with its path", "[gui][links][net]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    test::TestPki pki(test::testEpoch());
    test::NetHooks hooks(pki);
    auto http = test::TestServer::http();
    auto https = test::TestServer::https(test::withChain(pki.leaf({"shop.test"}), pki.ca));
    http->route("/s", {301, {{"Location", test::at("shop.test", *https, "/sale")}}, ""});
    https->route("/sale", {200, {}, "<html>Shopee khuyến mãi. Đăng nhập: <input type=\"password\" name=\"p\"></html>"});

    App app(dir.path(), clock);
    chooseAccounts(app, {"zalo"});
    LinkCheckPage* page = app.window->linkCheckPage();
    showPage(app, ":links");
    page->input()->setPlainText(QString::fromStdString("Nhận quà tại " + test::at("good.test", *http, "/s", "http")));
    page->check();
    settle();
    REQUIRE(page->cards().size() == 1);
    CHECK(http->requests().empty()); // checking is offline
    CHECK(page->history()->count() == 1);
    auto* button = page->cards()[0]->findChild<QPushButton*>(QStringLiteral("onlineButton"));
    REQUIRE(button);
    CHECK(page->cards()[0]
              ->findChild<QLabel*>(QStringLiteral("onlineNotice"))
              ->text()
              .contains(QStringLiteral("good.test")));

    QSignalSpy finished(page, &LinkCheckPage::onlineCheckFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(finished.wait(20000));
    settle();
    REQUIRE(page->cards().size() == 1);
    QFrame* card = page->cards()[0];
    CHECK(card->property("online").toBool());
    CHECK(card->property("verdict").toString() == QStringLiteral("dangerous"));
    const QString hops = card->findChild<QLabel*>(QStringLiteral("hops"))->text();
    CHECK(hops.contains(QStringLiteral("HTTP 301")));
    CHECK(hops.contains(QStringLiteral("HTTP 200")));
    CHECK(card->findChild<QLabel*>(QStringLiteral("reasons"))->text().contains(QStringLiteral("Shopee")));
    CHECK(card->findChild<QPushButton*>(QStringLiteral("onlineButton")) == nullptr);
    CHECK(http->requests().size() == 1);
    CHECK(page->history()->count() == 1); // the same link, now checked online, moved to the top
    CHECK(page->history()->item(0)->text().contains(QStringLiteral("NGUY HIỂM")));
    screenshot(app.window.get(), QStringLiteral("link-check-online-vi.png"));
}

TEST_CASE("The password page checks offline or online only with consent and records the outcome", "[gui][passwords]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    test::TestPki pki(test::testEpoch());
    auto server = test::TestServer::https(test::withChain(pki.leaf({"api.pwnedpasswords.com"}), pki.ca));
    server->handler([](const test::RecordedRequest&) {
        return test::Route{
            200, {}, "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:123\r\nFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0\r\n"};
    });
    net::TestHooks hooks;
    hooks.extraCaPem = pki.ca.certificatePem;
    hooks.skipSystemStore = true;
    hooks.allowLoopback = true;
    hooks.resolve["api.pwnedpasswords.com"] = "127.0.0.1";
    hooks.ports["api.pwnedpasswords.com"] = server->port();
    net::setTestHooks(hooks);

    App app(dir.path(), clock);
    chooseAccounts(app, {"zalo"});
    showPage(app, ":password");
    PasswordPage* page = app.window->passwordPage();
    REQUIRE(page);
    QSignalSpy finished(page, &PasswordPage::checkFinished);

    // Without consent: strength only, nothing sent.
    QTest::keyClicks(page->passwordField(), QStringLiteral("foo"));
    QTest::mouseClick(page->checkButton(), Qt::LeftButton);
    REQUIRE(finished.wait(20000));
    CHECK(page->passwordField()->text().isEmpty());
    CHECK(server->requests().empty());
    CHECK_FALSE(page->resultCard()->property("exposed").isValid());
    const QString strength = page->resultCard()->property("strength").toString();
    CHECK((strength == QStringLiteral("bad") || strength == QStringLiteral("poor")));
    CHECK_FALSE(page->recordButton()->isVisible());

    // With consent: the prefix goes out, the answer comes back exposed.
    page->consentBox()->setChecked(true);
    QTest::keyClicks(page->passwordField(), QStringLiteral("foo"));
    QTest::keyClick(page->passwordField(), Qt::Key_Return);
    REQUIRE(finished.wait(20000));
    settle();
    REQUIRE(server->requests().size() == 1);
    CHECK(server->requests()[0].target == QStringLiteral("/range/0BEEC").toStdString());
    CHECK(page->resultCard()->property("exposed").toBool());
    CHECK(
        page->resultCard()->findChild<QLabel*>(QStringLiteral("exposureText"))->text().contains(QStringLiteral("123")));
    screenshot(app.window.get(), QStringLiteral("password-check-vi.png"));

    // A list file instead: nothing is sent; a clean result can be recorded on the checklist.
    const auto list = dir / "pwned.txt";
    test::writeText(list, "0BEEC7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33:123\n");
    page->setOfflineFile(QString::fromStdString(list.string()));
    page->passwordField()->setText(QStringLiteral("Gió-lộng-trên-Hòn-Chồng-2031")); // keyClicks takes ASCII only
    QTest::mouseClick(page->checkButton(), Qt::LeftButton);
    REQUIRE(finished.wait(20000));
    settle();
    CHECK(server->requests().size() == 1);
    CHECK(page->resultCard()->property("exposed").toBool() == false);
    REQUIRE(page->recordButton()->isVisible());
    QTest::mouseClick(page->recordButton(), Qt::LeftButton);
    const auto* record = app.controller.progress().record("email_master.password_not_exposed");
    REQUIRE(record);
    CHECK(record->status == CheckStatus::Done);
    CHECK(record->evidence == "password_check:offline_list");
    CHECK(test::readText(dir / "progress.json").find("Hòn") == std::string::npos);
    net::setTestHooks(std::nullopt);
}

TEST_CASE("The incident flow suggests the case records each step and writes every document", "[gui][incidents]")
{
    test::TempDir dir;
    FixedClock clock(test::testEpoch());
    App app(dir.path(), clock);
    chooseAccounts(app, {"facebook", "zalo"});
    showPage(app, ":incident");
    IncidentPage* page = app.window->incidentPage();
    REQUIRE(page);
    page->findChild<QPushButton*>(QStringLiteral("newIncidentButton"))->click();
    REQUIRE(page->currentStep() == IncidentPage::TriageStep);

    auto* platform = page->findChild<QComboBox*>(QStringLiteral("incidentPlatform"));
    platform->setCurrentIndex(platform->findData(QStringLiteral("facebook")));
    page->findChild<QLineEdit*>(QStringLiteral("incidentAccount"))
        ->setText(QStringLiteral("https://www.facebook.com/co.lan.gv"));
    // Cannot sign in any more, and friends got requests for money: the content's first rule says
    // the account was taken over.
    page->findChild<QRadioButton*>(QStringLiteral("answer_still_has_access_0"))->click();
    page->findChild<QRadioButton*>(QStringLiteral("answer_contacts_got_strange_messages_1"))->click();
    auto* kind = page->findChild<QComboBox*>(QStringLiteral("incidentKind"));
    CHECK(kind->currentData().toInt() == static_cast<int>(IncidentKind::LostControl));
    screenshot(app.window.get(), QStringLiteral("incident-triage-vi.png"));
    page->findChild<QPushButton*>(QStringLiteral("triageNext"))->click();
    REQUIRE(page->currentStep() == IncidentPage::PlanStep);
    REQUIRE(page->incident());
    const std::string id = page->incident()->id;

    // The plan comes from checks/incidents/recovery.json: for a lost account, getting it back.
    auto* recover = page->findChild<QCheckBox*>(QStringLiteral("stepDone_recover_access"));
    REQUIRE(recover);
    CHECK_FALSE(recover->isChecked());
    recover->click();
    IncidentStore store(dir.path(), clock);
    auto stored = store.load(id);
    REQUIRE(stored);
    REQUIRE(stored->actions.size() == 1);
    CHECK(stored->actions[0].stepId == "recover_access");
    CHECK(stored->actions[0].doneAt == clock.now());
    screenshot(app.window.get(), QStringLiteral("incident-plan-vi.png"));

    page->findChild<QPushButton*>(QStringLiteral("planNext"))->click();
    REQUIRE(page->currentStep() == IncidentPage::DetailsStep);
    page->findChild<QLineEdit*>(QStringLiteral("field_applicant.full_name"))->setText(QStringLiteral("Nguyễn Thị Lan"));
    page->findChild<QLineEdit*>(QStringLiteral("field_applicant.phone"))->setText(QStringLiteral("0905 123 456"));
    page->findChild<QPlainTextEdit*>(QStringLiteral("incidentDescription"))
        ->setPlainText(QStringLiteral("Tài khoản bị đổi mật khẩu và nhắn tin vay tiền đồng nghiệp."));
    page->findChild<QPushButton*>(QStringLiteral("detailsNext"))->click();
    REQUIRE(page->currentStep() == IncidentPage::DocumentsStep);
    stored = store.load(id);
    REQUIRE(stored);
    CHECK(stored->applicant.fullName == "Nguyễn Thị Lan");
    CHECK_FALSE(stored->discoveredAt.empty());

    const QString out = QString::fromStdString((dir.path() / "documents").string());
    page->findChild<QLineEdit*>(QStringLiteral("noticeFolder"))->setText(out);
    page->findChild<QPushButton*>(QStringLiteral("writeNotices"))->click();
    const QStringList pdfs = QDir(out).entryList({QStringLiteral("*.pdf")});
    const QStringList texts = QDir(out).entryList({QStringLiteral("*.txt")});
    CHECK(pdfs.size() == 5); // police, unit, provider, contacts, internal
    CHECK(texts.size() == 3); // provider, contacts, internal
    // The police report, read back from the PDF: the person's name as typed, and the title.
    QString all;
    for (const QString& pdf : pdfs) {
        QProcess pdftotext;
        pdftotext.start(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QDir(out).filePath(pdf), QStringLiteral("-")});
        REQUIRE(pdftotext.waitForFinished(30000));
        all += QString::fromUtf8(pdftotext.readAllStandardOutput());
    }
    CHECK(all.contains(QStringLiteral("ĐƠN TRÌNH BÁO")));
    CHECK(all.contains(QStringLiteral("Nguyễn Thị Lan")));
    CHECK(page->findChild<QLabel*>(QStringLiteral("noticesWritten"))->text().contains(QStringLiteral(".pdf")));
    screenshot(app.window.get(), QStringLiteral("incident-documents-vi.png"));

    // The home page offers to continue the open incident.
    showPage(app, "");
    settle();
    CHECK(app.window->overviewPage()->findChild<QPushButton*>(QString::fromStdString("resume_" + id)));
}
