#include "OrgPage.h"

#include "AuditController.h"
#include "MainWindow.h"
#include "OrgProfileEditor.h"
#include "SendReportDialog.h"
#include "Ui.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

OrgPage::OrgPage(AuditController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("orgPage"));
    m_layout = ui::scrollingBody(this, 28, 12);
    m_body = m_layout->parentWidget();
    // After an import, a join or a save in the editor; queued, since the change may come from a
    // button of this very page.
    connect(&controller, &AuditController::organisationChanged, this, [this]() {
        QMetaObject::invokeMethod(this, &OrgPage::refresh, Qt::QueuedConnection);
    });
    refresh();
}

QString OrgPage::noticeText() const
{
    return m_notice && !m_notice->isHidden() ? m_notice->text() : QString();
}

void OrgPage::showNotice(const QString& text, bool error)
{
    m_notice->setObjectName(error ? QStringLiteral("warningBanner") : QStringLiteral("noticeText"));
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_notice->style()->unpolish(m_notice);
    m_notice->style()->polish(m_notice);
}

void OrgPage::refresh()
{
    // Keep the last notice across the rebuild: it says what the click that caused it did.
    const QString notice = noticeText();
    const bool noticeIsError = m_notice && m_notice->objectName() == QStringLiteral("warningBanner");
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater(); // a button of the old state may be the sender of this refresh
        } else if (QLayout* l = item->layout()) {
            // Widgets of a nested layout are children of the body: hide and delete them too.
            while (QLayoutItem* inner = l->takeAt(0)) {
                if (QWidget* w = inner->widget()) {
                    w->hide();
                    w->deleteLater();
                }
                delete inner;
            }
        }
        delete item;
    }
    m_unit = nullptr;
    m_name = nullptr;
    m_email = nullptr;
    m_join = nullptr;
    m_send = nullptr;

    m_layout->addWidget(ui::heading(tr("My school"), 8, m_body));
    m_notice = ui::paragraph(QString(), m_body);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_notice);
    showNotice(notice, noticeIsError);

    const AuditController::OrgView view = m_controller.orgView();
    if (!view.problem.isEmpty()) {
        auto* problem = ui::paragraph(
            tr("The organisation profile on this computer cannot be used:") + QLatin1Char('\n') + view.problem, m_body);
        problem->setObjectName(QStringLiteral("warningBanner"));
        problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_layout->addWidget(problem);
    }
    if (!view.hasProfile) {
        m_state = State::NoProfile;
        buildNoProfile(m_layout);
    } else if (!view.joined || m_changing) {
        m_changing = m_changing && view.joined;
        m_state = State::NotJoined;
        buildNotJoined(m_layout, view);
    } else {
        m_state = State::Joined;
        buildJoined(m_layout, view);
    }
    m_layout->addStretch(1);
}

void OrgPage::buildNoProfile(QVBoxLayout* layout)
{
    layout->addWidget(ui::paragraph(tr("Your school's IT lead can collect everyone's readiness: which accounts are "
                                       "protected and which checks are done, so they know whom to help first."),
                                    m_body));
    layout->addWidget(ui::paragraph(tr("Your passwords, the reasons you typed and the details of any incident never "
                                       "leave this computer. To take part, use the profile your IT lead gave you: a "
                                       "file or a code."),
                                    m_body));
    addProfileActions(layout, /*replacing=*/false);
}

void OrgPage::addProfileActions(QVBoxLayout* layout, bool replacing)
{
    auto* row = new QHBoxLayout;
    auto* fromFile = new QPushButton(replacing ? tr("Replace from file…") : tr("Import from file…"), m_body);
    fromFile->setObjectName(QStringLiteral("importFileButton"));
    auto* paste = new QPushButton(tr("Paste a code…"), m_body);
    paste->setObjectName(QStringLiteral("pasteCodeButton"));
    auto* lead = new QPushButton(
        replacing ? tr("Edit the profile (IT lead)…") : tr("I am the IT lead: create a profile…"), m_body);
    lead->setObjectName(QStringLiteral("editProfileButton"));
    row->addWidget(fromFile);
    row->addWidget(paste);
    row->addStretch(1);
    row->addWidget(lead);
    layout->addLayout(row);
    connect(fromFile, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import an organisation profile"), QDir::homePath(), tr("Organisation profile (*.json)"));
        if (!path.isEmpty()) {
            importFile(path);
        }
    });
    connect(paste, &QPushButton::clicked, this, &OrgPage::showPasteCode);
    connect(lead, &QPushButton::clicked, this, [this, replacing]() { showEditor(QString(), !replacing); });
}

void OrgPage::buildNotJoined(QVBoxLayout* layout, const AuditController::OrgView& view)
{
    if (!view.parentName.isEmpty()) {
        layout->addWidget(ui::paragraph(view.parentName, m_body));
    }
    auto* org = ui::heading(view.orgName, 4, m_body);
    org->setObjectName(QStringLiteral("orgName"));
    layout->addWidget(org);
    layout->addWidget(
        ui::paragraph(m_changing ? tr("Choose your new unit. You stay the same person for your IT lead.")
                                 : tr("Choose your unit to join. Your reports then go to your organisation's IT lead."),
                      m_body));

    auto* card = new QFrame(m_body);
    card->setObjectName(QStringLiteral("checkCard"));
    auto* form = new QFormLayout(card);
    form->setContentsMargins(18, 14, 18, 14);
    m_unit = new QComboBox(card);
    m_unit->setObjectName(QStringLiteral("unitBox"));
    m_unit->setAccessibleName(tr("Your unit"));
    for (const AuditController::OrgUnitView& unit : view.units) {
        m_unit->addItem(unit.name, unit.id);
    }
    form->addRow(tr("Your unit:"), m_unit);
    // Only the fields the profile lets a report carry.
    if (view.allowsName) {
        m_name = new QLineEdit(card);
        m_name->setObjectName(QStringLiteral("nameEdit"));
        m_name->setAccessibleName(tr("Your name"));
        form->addRow(tr("Your name:"), m_name);
    }
    if (view.allowsEmail) {
        m_email = new QLineEdit(card);
        m_email->setObjectName(QStringLiteral("emailEdit"));
        m_email->setAccessibleName(tr("Your e-mail"));
        form->addRow(tr("Your e-mail:"), m_email);
    }
    QString shared;
    if (view.allowsName && view.allowsEmail) {
        shared = tr("Your reports will carry your unit, your name and e-mail, a random number that stands for you, "
                    "and for each account its score and which checks are done and when.");
    } else if (view.allowsName) {
        shared = tr("Your reports will carry your unit, your name, a random number that stands for you, and for each "
                    "account its score and which checks are done and when.");
    } else if (view.allowsEmail) {
        shared = tr("Your reports will carry your unit, your e-mail, a random number that stands for you, and for "
                    "each account its score and which checks are done and when.");
    } else {
        shared = tr("Your reports will carry your unit, a random number that stands for you (not your name), and for "
                    "each account its score and which checks are done and when.");
    }
    auto* sharedLabel = ui::paragraph(shared, card);
    sharedLabel->setObjectName(QStringLiteral("sharedText"));
    form->addRow(sharedLabel);
    auto* joinRow = new QHBoxLayout;
    m_join = new QPushButton(m_changing ? tr("Change unit") : tr("Join"), card);
    m_join->setObjectName(QStringLiteral("joinButton"));
    m_join->setEnabled(!view.units.isEmpty());
    joinRow->addWidget(m_join);
    if (m_changing) {
        // The person keeps their random id when changing unit; leaving forgets it.
        m_unit->setCurrentIndex(std::max(0, m_unit->findData(view.unitId)));
        if (m_name) {
            m_name->setText(view.name);
        }
        if (m_email) {
            m_email->setText(view.email);
        }
        auto* cancel = new QPushButton(tr("Cancel"), card);
        cancel->setObjectName(QStringLiteral("cancelChangeButton"));
        auto* leave = new QPushButton(tr("Leave the organisation"), card);
        leave->setObjectName(QStringLiteral("leaveButton"));
        leave->setToolTip(tr("Forgets your unit and the random number that stands for you on this computer."));
        joinRow->addWidget(cancel);
        joinRow->addStretch(1);
        joinRow->addWidget(leave);
        connect(cancel, &QPushButton::clicked, this, [this]() {
            m_changing = false;
            refresh();
        });
        connect(leave, &QPushButton::clicked, this, [this]() {
            QString error;
            m_changing = false;
            if (!m_controller.leaveOrganisation(&error)) {
                showNotice(error, true);
                return;
            }
            showNotice(tr("You have left the organisation. You can join again at any time."), false);
        });
    } else {
        joinRow->addStretch(1);
    }
    form->addRow(joinRow);
    layout->addWidget(card);
    connect(m_join, &QPushButton::clicked, this, &OrgPage::join);
    if (m_changing) {
        return;
    }

    layout->addWidget(ui::heading(tr("Another profile?"), 2, m_body));
    addProfileActions(layout, /*replacing=*/true);
}

void OrgPage::join()
{
    QString error;
    if (!m_controller.joinOrganisation(m_unit->currentData().toString(),
                                       m_name ? m_name->text() : QString(),
                                       m_email ? m_email->text() : QString(),
                                       &error)) {
        showNotice(error, true);
        return;
    }
    m_changing = false;
    showNotice(tr("You have joined %1.").arg(m_unit->currentText()), false);
}

void OrgPage::buildJoined(QVBoxLayout* layout, const AuditController::OrgView& view)
{
    if (!view.parentName.isEmpty()) {
        layout->addWidget(ui::paragraph(view.parentName, m_body));
    }
    auto* org = ui::heading(view.orgName, 4, m_body);
    org->setObjectName(QStringLiteral("orgName"));
    layout->addWidget(org);

    auto* card = new QFrame(m_body);
    card->setObjectName(QStringLiteral("checkCard"));
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(18, 14, 18, 14);
    auto* unit = ui::paragraph(tr("Your unit: <b>%1</b>").arg(view.unitName.toHtmlEscaped()), card);
    unit->setObjectName(QStringLiteral("unitText"));
    cardLayout->addWidget(unit);
    QString about = tr("A random number that stands for you");
    if (!view.name.isEmpty()) {
        about += QStringLiteral(", ") + tr("your name (%1)").arg(view.name.toHtmlEscaped());
    }
    if (!view.email.isEmpty()) {
        about += QStringLiteral(", ") + tr("your e-mail (%1)").arg(view.email.toHtmlEscaped());
    }
    auto* shared = ui::paragraph(tr("What your reports say about you: %1; your unit; for each account its score and "
                                    "which checks are done and when; how many incidents are open. Never your "
                                    "passwords, the reasons you typed or incident details.")
                                     .arg(about),
                                 card);
    shared->setObjectName(QStringLiteral("sharedText"));
    cardLayout->addWidget(shared);
    layout->addWidget(card);

    QString sent = view.lastSent
        ? tr("Last report sent on %1.").arg(ui::dateText(*view.lastSent, m_controller.language()))
        : tr("You have not sent a report yet.");
    if (view.reportDue) {
        sent += QLatin1Char(' ')
            + tr("A new report is due: your IT lead asks for one every %n day(s).", nullptr, view.reportEveryDays);
    } else {
        sent += QLatin1Char(' ')
            + tr("The next one is due by %1.")
                  .arg(ui::dateText(*view.lastSent + std::chrono::hours(24) * view.reportEveryDays,
                                    m_controller.language()));
    }
    auto* sentLabel = ui::paragraph(sent, m_body);
    sentLabel->setObjectName(view.reportDue ? QStringLiteral("warningBanner") : QStringLiteral("sentText"));
    layout->addWidget(sentLabel);

    auto* row = new QHBoxLayout;
    m_send = new QPushButton(tr("Send my report…"), m_body);
    m_send->setObjectName(QStringLiteral("sendReportButton"));
    m_send->setEnabled(view.hasCollector);
    auto* save = new QPushButton(tr("Save report to file…"), m_body);
    save->setObjectName(QStringLiteral("saveReportButton"));
    save->setToolTip(tr("The same report as a file, to hand over on a USB stick when there is no network."));
    auto* leave = new QPushButton(tr("Leave / change unit"), m_body);
    leave->setObjectName(QStringLiteral("changeUnitButton"));
    row->addWidget(m_send);
    row->addWidget(save);
    row->addStretch(1);
    row->addWidget(leave);
    layout->addLayout(row);
    if (!view.hasCollector) {
        auto* why = ui::paragraph(tr("Sending is off: your IT lead's profile names no collector. Save the report to a "
                                     "file and hand it over instead."),
                                  m_body);
        why->setObjectName(QStringLiteral("noCollectorText"));
        layout->addWidget(why);
    }
    connect(m_send, &QPushButton::clicked, this, &OrgPage::showSendDialog);
    connect(save, &QPushButton::clicked, this, [this]() {
        const QString path
            = QFileDialog::getSaveFileName(this,
                                           tr("Save report"),
                                           QDir::home().filePath(QStringLiteral("account-auditor-report.json")),
                                           tr("JSON report (*.json)"));
        if (!path.isEmpty()) {
            saveReportTo(path);
        }
    });
    connect(leave, &QPushButton::clicked, this, [this]() {
        m_changing = true;
        showNotice(QString(), false);
        QMetaObject::invokeMethod(this, &OrgPage::refresh, Qt::QueuedConnection); // this button goes
    });

    auto* lead = new QHBoxLayout;
    auto* edit = new QPushButton(tr("Edit the profile (IT lead)…"), m_body);
    edit->setObjectName(QStringLiteral("editProfileButton"));
    lead->addStretch(1);
    lead->addWidget(edit);
    layout->addLayout(lead);
    connect(edit, &QPushButton::clicked, this, [this]() { showEditor(); });
}

bool OrgPage::importFile(const QString& path)
{
    QString error;
    if (!m_controller.importProfileFile(path, &error)) {
        showNotice(tr("This profile was not imported:") + QLatin1Char('\n') + error, true);
        return false;
    }
    showNotice(tr("The organisation profile was imported."), false);
    return true;
}

bool OrgPage::saveReportTo(const QString& path)
{
    std::string report;
    QString error;
    if (!m_controller.orgReport(&report, &error) || !m_controller.saveOrgReport(report, path, &error)) {
        showNotice(error, true);
        return false;
    }
    showNotice(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

QDialog* OrgPage::showPasteCode()
{
    if (m_paste) {
        m_paste->raise();
        return m_paste;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("pasteCodeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Paste a code"));
    dialog->resize(560, 320);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(ui::paragraph(tr("Paste the code your IT lead sent you (it begins with AAP1-)."), dialog));
    auto* text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("codeEdit"));
    text->setAccessibleName(tr("Profile code"));
    layout->addWidget(text, 1);
    auto* error = ui::paragraph(QString(), dialog);
    error->setObjectName(QStringLiteral("warningBanner"));
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->hide();
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton* import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importCodeButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(import, &QPushButton::clicked, dialog, [this, dialog, text, error]() {
        QString problem;
        if (!m_controller.importProfileCode(text->toPlainText(), &problem)) {
            error->setText(tr("This code was not imported:") + QLatin1Char('\n') + problem);
            error->show();
            return;
        }
        showNotice(tr("The organisation profile was imported."), false);
        dialog->accept();
    });
    m_paste = dialog;
    dialog->open();
    return dialog;
}

SendReportDialog* OrgPage::showSendDialog()
{
    if (m_sendDialog) {
        m_sendDialog->raise();
        return m_sendDialog;
    }
    auto* dialog = new SendReportDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sendDialog = dialog;
    dialog->open();
    return dialog;
}

OrgProfileEditor* OrgPage::showEditor(const QString& path, bool create)
{
    if (m_editor) {
        m_editor->raise();
        return m_editor;
    }
    auto* editor = new OrgProfileEditor(m_controller, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (create) {
        editor->startNew();
    } else {
        editor->openFile(path.isEmpty() ? m_controller.orgProfilePath() : path);
    }
    m_editor = editor;
    editor->open();
    return editor;
}

// The main window's side of the page, kept here so MainWindow.cpp needs no more than its sidebar entry.
OrgPage* MainWindow::orgPage()
{
    if (!m_org && m_stack) {
        m_org = new OrgPage(m_controller, m_stack);
        m_stack->addWidget(m_org);
    }
    return m_org;
}

void MainWindow::showOrgPage()
{
    if (OrgPage* page = orgPage()) {
        m_stack->setCurrentWidget(page);
    }
}
