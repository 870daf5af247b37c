#include "AccountsPage.h"

#include "AuditController.h"
#include "Ui.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

AccountsPage::AccountsPage(AuditController& controller, bool firstRun, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("accountsPage"));
    QVBoxLayout* layout = ui::scrollingBody(this, 32, 10);
    QWidget* body = layout->parentWidget();

    if (firstRun) {
        layout->addWidget(ui::heading(tr("Welcome"), 10, body));
        layout->addWidget(
            ui::paragraph(tr("This app walks you through making each of your accounts harder to take over: "
                             "one short list per account, with the exact settings page one click away. "
                             "Everything stays on this computer."),
                          body));
        auto* langRow = new QHBoxLayout;
        auto* langLabel = new QLabel(tr("&Language:"), body);
        m_language = new QComboBox(body);
        m_language->setObjectName(QStringLiteral("languageComboBox"));
        m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
        m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
        m_language->setCurrentIndex(controller.language() == QLatin1String("en") ? 1 : 0);
        langLabel->setBuddy(m_language);
        langRow->addWidget(langLabel);
        langRow->addWidget(m_language);
        langRow->addStretch(1);
        layout->addLayout(langRow);
        connect(m_language, &QComboBox::currentIndexChanged, this, [this]() {
            QString error;
            m_controller.setLanguage(m_language->currentData().toString(), &error);
        });
    }

    layout->addWidget(ui::heading(tr("Which accounts do you use?"), 4, body));
    layout->addWidget(
        ui::paragraph(tr("Tick every account you have. The first two are not accounts but decide the safety "
                         "of all the others, so keep them ticked. You can change this later."),
                      body));

    auto* card = new QFrame(body);
    card->setObjectName(QStringLiteral("checkCard"));
    auto* grid = new QGridLayout(card);
    grid->setContentsMargins(18, 14, 18, 14);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    const auto& progress = controller.progress();
    const bool nothingChosen = progress.selection().empty();
    const std::set<std::string> defaults = auditor::defaultAccountChoice(controller.content());
    int row = 0;
    for (const auditor::Platform& p : controller.content().platforms()) {
        if (!p.accountTypes.count(auditor::AccountType::Personal)) {
            continue; // topics for page admins follow from the boxes below
        }
        auto* box = new QCheckBox(controller.text(p.name), card);
        box->setObjectName(QString::fromStdString("account_" + p.id));
        box->setToolTip(controller.text(p.description));
        box->setChecked(nothingChosen ? defaults.count(p.id) > 0 : progress.isSelected(p.id));
        QFont f = box->font();
        f.setBold(true);
        box->setFont(f);
        m_accounts[p.id] = box;
        grid->addWidget(box, row, 0);
        if (p.accountTypes.count(auditor::AccountType::PageAdmin)) {
            auto* admin = new QCheckBox(tr("I also manage a page, group or channel here"), card);
            admin->setObjectName(QString::fromStdString("pageadmin_" + p.id));
            admin->setChecked(progress.accountTypes(p.id).count(auditor::AccountType::PageAdmin) > 0);
            admin->setEnabled(box->isChecked());
            connect(box, &QCheckBox::toggled, admin, &QCheckBox::setEnabled);
            m_pageAdmin[p.id] = admin;
            grid->addWidget(admin, row, 1);
        }
        ++row;
    }
    grid->setColumnStretch(2, 1);
    layout->addWidget(card);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    if (!firstRun) {
        auto* cancel = new QPushButton(tr("Cancel"), body);
        connect(cancel, &QPushButton::clicked, this, &AccountsPage::cancelled);
        buttons->addWidget(cancel);
    }
    m_accept = new QPushButton(firstRun ? tr("&Start") : tr("&Save"), body);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setDefault(true);
    buttons->addWidget(m_accept);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_accept, &QPushButton::clicked, this, &AccountsPage::accept);
}

QCheckBox* AccountsPage::accountBox(const std::string& platformId) const
{
    const auto it = m_accounts.find(platformId);
    return it == m_accounts.end() ? nullptr : it->second;
}

QCheckBox* AccountsPage::pageAdminBox(const std::string& platformId) const
{
    const auto it = m_pageAdmin.find(platformId);
    return it == m_pageAdmin.end() ? nullptr : it->second;
}

void AccountsPage::accept()
{
    std::set<std::string> personal;
    std::set<std::string> pageAdmin;
    for (const auto& [id, box] : m_accounts) {
        if (box->isChecked()) {
            personal.insert(id);
            if (auto* admin = pageAdminBox(id); admin && admin->isChecked()) {
                pageAdmin.insert(id);
            }
        }
    }
    if (personal.empty()) {
        QMessageBox::information(this, windowTitle(), tr("Tick at least one account to begin."));
        return;
    }
    QString error;
    if (!m_controller.setAccounts(personal, pageAdmin, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    Q_EMIT accepted();
}
