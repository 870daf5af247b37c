#include "MainWindow.h"

#include "AccountsPage.h"
#include "AuditController.h"
#include "ChecklistPage.h"
#include "IncidentPage.h"
#include "LinkCheckPage.h"
#include "OverviewPage.h"
#include "PasswordPage.h"
#include "Translations.h"
#include "Ui.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(AuditController& controller, QWidget* parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 760);
    // A language change rebuilds every page in the new language, once the current event is done.
    connect(&controller, &AuditController::languageChanged, this, [this]() {
        QMetaObject::invokeMethod(
            this,
            [this]() {
                applyLanguage(m_controller.language());
                rebuild();
            },
            Qt::QueuedConnection);
    });
    connect(&controller, &AuditController::accountsChanged, this, [this]() {
        QMetaObject::invokeMethod(this, &MainWindow::rebuild, Qt::QueuedConnection);
    });
    connect(&controller, &AuditController::progressChanged, this, &MainWindow::refreshSidebar);
    rebuild();
}

ChecklistPage* MainWindow::checklistPage(const std::string& platformId)
{
    if (const auto it = m_pages.find(platformId); it != m_pages.end()) {
        return it->second;
    }
    if (!m_stack || !m_controller.progress().isSelected(platformId) || !m_controller.content().platform(platformId)) {
        return nullptr;
    }
    auto* page = new ChecklistPage(m_controller, platformId, m_stack);
    m_stack->addWidget(page);
    m_pages[platformId] = page;
    return page;
}

void MainWindow::showRow(int row)
{
    if (!m_sidebar || row < 0) {
        return;
    }
    const QString id = m_sidebar->item(row)->data(Qt::UserRole).toString();
    if (id.isEmpty()) {
        m_stack->setCurrentWidget(m_overview);
    } else if (id == QLatin1String(":links")) {
        m_stack->setCurrentWidget(m_linkCheck);
    } else if (id == QStringLiteral(":password")) {
        m_stack->setCurrentWidget(m_password);
    } else if (id == QStringLiteral(":incident")) {
        m_stack->setCurrentWidget(incidentPage());
        // Readiness D2 (organisation page): its branch goes here.
    } else if (id == QStringLiteral(":org")) {
        showOrgPage();

        // Readiness D1 (dashboard): its branch goes here.
    } else if (id == QStringLiteral(":dashboard")) {
        showDashboardPage();
    } else if (ChecklistPage* page = checklistPage(id.toStdString())) {
        m_stack->setCurrentWidget(page);
    }
}

void MainWindow::rebuild()
{
    setWindowTitle(tr("Account Auditor – account safety self-check"));
    buildMenus();
    m_pages.clear();
    m_accounts = nullptr;
    m_overview = nullptr;
    m_linkCheck = nullptr;
    m_password = nullptr;
    m_incident = nullptr;
    // Readiness D2: reset its page pointer here.
    m_org = nullptr;

    // Readiness D1: reset its page pointer here.
    m_dashboard = nullptr;

    m_sidebar = nullptr;
    m_stack = nullptr;

    if (!m_controller.firstRunDone()) {
        m_accounts = new AccountsPage(m_controller, /*firstRun=*/true, this);
        setCentralWidget(m_accounts); // deletes the previous central widget
        return;
    }

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFixedWidth(270);
    m_sidebar->setWordWrap(true);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);

    m_overview = new OverviewPage(m_controller, m_stack);
    m_stack->addWidget(m_overview);
    auto* overviewItem = new QListWidgetItem(tr("Overview"), m_sidebar);
    overviewItem->setData(Qt::UserRole, QString());
    for (const auditor::Score& score : m_controller.scores().platforms) {
        auto* item = new QListWidgetItem(m_sidebar);
        item->setData(Qt::UserRole, QString::fromStdString(score.platformId));
    }
    // The link checker comes after the accounts; it needs no account.
    m_linkCheck = new LinkCheckPage(m_controller, m_stack);
    m_stack->addWidget(m_linkCheck);
    auto* linkItem = new QListWidgetItem(tr("Check a link"), m_sidebar);
    linkItem->setData(Qt::UserRole, QStringLiteral(":links"));
    m_password = new PasswordPage(m_controller, m_stack);
    m_stack->addWidget(m_password);
    auto* passwordItem = new QListWidgetItem(tr("Check a password"), m_sidebar);
    passwordItem->setData(Qt::UserRole, QStringLiteral(":password"));
    // Last, and always there: the flow for an account that was taken over, faked or abused (the
    // page is built when first shown, to keep start-up fast).
    auto* incidentItem = new QListWidgetItem(tr("Account taken over or faked?"), m_sidebar);
    incidentItem->setData(Qt::UserRole, QStringLiteral(":incident"));
    // Readiness D2 (organisation page: profile, joining, sending the report): its item goes here.
    auto* orgItem = new QListWidgetItem(tr("My school"), m_sidebar);
    orgItem->setData(Qt::UserRole, QStringLiteral(":org"));

    // Readiness D1 (dashboard for IT leads): its item goes here.
    auto* dashboardItem = new QListWidgetItem(tr("School readiness"), m_sidebar);
    dashboardItem->setData(Qt::UserRole, QStringLiteral(":dashboard"));

    refreshSidebar();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showRow);
    connect(m_overview, &OverviewPage::openPlatform, this, &MainWindow::showPlatform);
    connect(m_overview, &OverviewPage::chooseAccounts, this, &MainWindow::showAccounts);
    connect(m_overview, &OverviewPage::exportReport, this, &MainWindow::exportReport);
    connect(m_overview, &OverviewPage::openIncident, this, &MainWindow::showIncident);
    m_sidebar->setCurrentRow(0);
    setCentralWidget(central);
    m_sidebar->setFocus();
}

void MainWindow::refreshSidebar()
{
    if (!m_sidebar) {
        return;
    }
    for (int i = 1; i < m_sidebar->count(); ++i) {
        QListWidgetItem* item = m_sidebar->item(i);
        const std::string id = item->data(Qt::UserRole).toString().toStdString();
        if (id.empty() || id.front() == ':') {
            continue; // not an account page
        }
        const auditor::Score score = m_controller.score(id);
        item->setText(QStringLiteral("%1\n%2%")
                          .arg(m_controller.text(m_controller.content().platform(id)->name))
                          .arg(score.percent));
        item->setForeground(ui::bandColor(score.band));
        item->setToolTip(ui::scoreText(m_controller, score));
    }
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportAction = file->addAction(tr("&Export report for the IT lead…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setEnabled(m_controller.firstRunDone());
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportReport);
    QAction* accounts = file->addAction(tr("Change my &accounts…"));
    accounts->setEnabled(m_controller.firstRunDone());
    connect(accounts, &QAction::triggered, this, &MainWindow::showAccounts);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu* lang = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(lang);
    for (const auto& [code, name] : {std::pair{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = lang->addAction(name);
        a->setCheckable(true);
        a->setChecked(m_controller.language() == code);
        group->addAction(a);
        const QString c = code;
        connect(a, &QAction::triggered, this, [this, c]() {
            QString error;
            if (!m_controller.setLanguage(c, &error)) {
                QMessageBox::warning(this, windowTitle(), error);
            }
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About"));
    connect(about, &QAction::triggered, this, [this]() {
        QMessageBox::about(
            this,
            tr("About Account Auditor"),
            tr("<b>Account Auditor</b> %1<br>Content as of %2.<br><br>Your progress is kept only on this "
               "computer, in %3.")
                .arg(QStringLiteral(AUDITOR_VERSION),
                     QString::fromStdString(m_controller.content().version()),
                     QDir::toNativeSeparators(QString::fromStdString(m_controller.dataDir().string()))));
    });
}

void MainWindow::showPlatform(const QString& platformId)
{
    if (!m_sidebar) {
        return;
    }
    for (int i = 0; i < m_sidebar->count(); ++i) {
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == platformId) {
            m_sidebar->setCurrentRow(i);
            return;
        }
    }
}

IncidentPage* MainWindow::incidentPage()
{
    if (!m_incident && m_stack) {
        m_incident = new IncidentPage(m_controller, m_stack);
        m_stack->addWidget(m_incident);
    }
    return m_incident;
}

void MainWindow::showIncident(const QString& incidentId)
{
    if (!m_sidebar || !incidentPage()) {
        return;
    }
    for (int i = 0; i < m_sidebar->count(); ++i) {
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == QStringLiteral(":incident")) {
            m_sidebar->setCurrentRow(i);
            break;
        }
    }
    if (incidentId.isEmpty() || !m_incident->openIncident(incidentId.toStdString())) {
        m_incident->showList();
    }
}

void MainWindow::showAccounts()
{
    auto* page = new AccountsPage(m_controller, /*firstRun=*/false, this);
    m_accounts = page;
    m_sidebar = nullptr;
    m_pages.clear();
    m_overview = nullptr;
    m_linkCheck = nullptr;
    m_password = nullptr;
    m_incident = nullptr;
    m_stack = nullptr;
    connect(page, &AccountsPage::cancelled, this, [this]() {
        QMetaObject::invokeMethod(this, &MainWindow::rebuild, Qt::QueuedConnection);
    });
    setCentralWidget(page);
}

void MainWindow::exportReport()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("account-auditor-report.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested, tr("JSON report (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!m_controller.exportReport(path, &error)) {
        QMessageBox::warning(this, tr("Export report"), error);
        return;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}
