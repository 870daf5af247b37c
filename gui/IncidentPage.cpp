#include "IncidentPage.h"

#include "AuditController.h"
#include "Ui.h"
#include "print/NoticePrinter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

using auditor::Incident;
using auditor::IncidentKind;
using auditor::NoticeKind;

namespace {

constexpr IncidentKind kKinds[]
    = {IncidentKind::LostControl, IncidentKind::Impersonated, IncidentKind::AbusedScam, IncidentKind::SuspiciousSignin};

/** The text fields of an incident the details step edits, by key. */
std::string* fieldOf(Incident& i, const std::string& key)
{
    auditor::Applicant& a = i.applicant;
    const std::pair<const char*, std::string*> fields[] = {
        {"applicant.full_name", &a.fullName},
        {"applicant.date_of_birth", &a.dateOfBirth},
        {"applicant.id_number", &a.idNumber},
        {"applicant.id_issued_on", &a.idIssuedOn},
        {"applicant.id_issued_by", &a.idIssuedBy},
        {"applicant.address", &a.address},
        {"applicant.phone", &a.phone},
        {"applicant.email", &a.email},
        {"applicant.workplace", &a.workplace},
        {"applicant.position", &a.position},
        {"account.identifier", &i.account.identifier},
        {"account.display_name", &i.account.displayName},
        {"account.registered_contact", &i.account.registeredContact},
        {"account.fake_account", &i.account.fakeAccount},
        {"provider_ticket", &i.providerTicket},
        {"place", &i.place},
    };
    for (const auto& [k, ref] : fields) {
        if (key == k) {
            return ref;
        }
    }
    return nullptr;
}

/** An ISO 8601 local time with its offset, as the incident stores it. */
QString isoWithOffset(const QDateTime& t)
{
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

QFrame* card(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("checkCard"));
    return frame;
}

} // namespace

IncidentPage::IncidentPage(AuditController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("incidentPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_stepTitle = new QLabel(this);
    m_stepTitle->setObjectName(QStringLiteral("incidentStepTitle"));
    m_stepTitle->setContentsMargins(28, 14, 28, 6);
    outer->addWidget(m_stepTitle);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack, 1);
    m_stack->addWidget(buildList());
    m_stack->addWidget(buildTriage());
    m_stack->addWidget(buildPlan());
    m_stack->addWidget(buildDetails());
    m_stack->addWidget(buildDocuments());
    connect(&controller, &AuditController::incidentsChanged, this, &IncidentPage::refreshList);
    showList();
}

IncidentPage::Step IncidentPage::currentStep() const
{
    return static_cast<Step>(m_stack->currentIndex());
}

void IncidentPage::goTo(Step step)
{
    if (step > TriageStep && !m_incident) {
        step = ListStep;
    }
    const QString titles[] = {
        tr("When an account is taken over, faked or abused"),
        tr("Step 1 of 4 · What happened?"),
        tr("Step 2 of 4 · Do these now"),
        tr("Step 3 of 4 · Details for the documents"),
        tr("Step 4 of 4 · Documents to print and send"),
    };
    m_stepTitle->setText(QStringLiteral("<b>%1</b>").arg(titles[step].toHtmlEscaped()));
    switch (step) {
    case ListStep:
        refreshList();
        break;
    case TriageStep:
        break;
    case PlanStep:
        refreshPlan();
        break;
    case DetailsStep:
        refreshDetails();
        break;
    case DocumentsStep:
        refreshDocuments();
        break;
    }
    m_stack->setCurrentIndex(step);
}

void IncidentPage::showList()
{
    m_incident.reset();
    goTo(ListStep);
}

void IncidentPage::startNew()
{
    m_incident.reset();
    m_account->clear();
    for (auto& [field, group] : m_questions) {
        group->setExclusive(false);
        for (QAbstractButton* b : group->buttons()) {
            b->setChecked(false);
        }
        group->setExclusive(true);
    }
    updateSuggestion();
    goTo(TriageStep);
}

bool IncidentPage::openIncident(const std::string& id)
{
    QString warning;
    for (Incident& i : m_controller.incidents(&warning)) {
        if (i.id == id) {
            m_incident = std::move(i);
            QString error;
            const auto plan = m_controller.recoveryPlan(*m_incident, &error);
            const bool stepsLeft = std::any_of(plan.begin(), plan.end(), [](const auto& s) { return !s.done; });
            goTo(stepsLeft ? PlanStep : DocumentsStep);
            return true;
        }
    }
    return false;
}

void IncidentPage::showError(const QString& text)
{
    QMessageBox::warning(this, tr("Incident"), text);
}

// ---- The list --------------------------------------------------------------------------------

QWidget* IncidentPage::buildList()
{
    auto* page = new QWidget(m_stack);
    QVBoxLayout* layout = ui::scrollingBody(page, 28, 10);
    QWidget* body = layout->parentWidget();
    layout->addWidget(ui::paragraph(tr("If you cannot sign in any more, if someone pretends to be you, or if your "
                                       "account sends your friends requests for money: this guide tells you what "
                                       "to do first, then writes the report to the police, the school's letter, "
                                       "the text for the provider and a warning to your contacts, ready to print."),
                                    body));
    auto* start = new QPushButton(tr("Start: something happened to one of my accounts"), body);
    start->setObjectName(QStringLiteral("newIncidentButton"));
    start->setMinimumHeight(44);
    connect(start, &QPushButton::clicked, this, &IncidentPage::startNew);
    layout->addWidget(start);
    m_listWarning = ui::paragraph(QString(), body);
    m_listWarning->setObjectName(QStringLiteral("warningBanner"));
    m_listWarning->hide();
    layout->addWidget(m_listWarning);
    layout->addWidget(ui::heading(tr("Your incidents"), 2, body));
    auto* host = new QWidget(body);
    m_listRows = new QVBoxLayout(host);
    m_listRows->setContentsMargins(0, 0, 0, 0);
    m_listRows->setSpacing(8);
    layout->addWidget(host);
    layout->addWidget(ui::paragraph(tr("Incidents are kept only on this computer, readable only by your user "
                                       "account, and are never part of the report for the IT lead."),
                                    body));
    layout->addStretch(1);
    return page;
}

void IncidentPage::refreshList()
{
    if (!m_listRows) {
        return;
    }
    while (QLayoutItem* item = m_listRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QString warning;
    const std::vector<Incident> all = m_controller.incidents(&warning);
    m_listWarning->setText(warning);
    m_listWarning->setVisible(!warning.isEmpty());
    if (all.empty()) {
        m_listRows->addWidget(ui::paragraph(tr("No incident recorded. We hope it stays that way."), this));
    }
    for (const Incident& i : all) {
        auto* row = card(this);
        row->setObjectName(QString::fromStdString("incident_" + i.id));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(14, 8, 14, 8);
        const auditor::Platform* platform = m_controller.content().platform(i.account.platform);
        const QString name = platform ? m_controller.text(platform->name) : QString::fromStdString(i.account.platform);
        QString text = QStringLiteral("<b>%1 – %2</b><br>%3")
                           .arg(name.toHtmlEscaped(),
                                m_controller.incidentKindName(i.kind).toHtmlEscaped(),
                                QString::fromStdString(i.account.identifier).toHtmlEscaped());
        text += QStringLiteral("<br><small>%1</small>")
                    .arg(i.closedAt ? tr("Closed on %1").arg(ui::dateText(*i.closedAt, m_controller.language()))
                                    : tr("Open since %1").arg(ui::dateText(i.createdAt, m_controller.language())));
        auto* label = new QLabel(text, row);
        label->setWordWrap(true);
        rowLayout->addWidget(label, 1);
        auto* open = new QPushButton(i.closedAt ? tr("Open") : tr("Continue"), row);
        const std::string id = i.id;
        connect(open, &QPushButton::clicked, this, [this, id] { openIncident(id); });
        rowLayout->addWidget(open);
        auto* remove = new QPushButton(tr("Delete for good…"), row);
        connect(remove, &QPushButton::clicked, this, [this, id] {
            if (QMessageBox::question(this,
                                      tr("Delete incident"),
                                      tr("Delete this incident and everything typed in it from this computer? "
                                         "Documents already written to a folder are not touched."))
                != QMessageBox::Yes) {
                return;
            }
            QString error;
            if (!m_controller.deleteIncident(id, &error)) {
                showError(error);
            }
            refreshList();
        });
        rowLayout->addWidget(remove);
        m_listRows->addWidget(row);
    }
}

// ---- Step 1: triage --------------------------------------------------------------------------

QWidget* IncidentPage::buildTriage()
{
    auto* page = new QWidget(m_stack);
    QVBoxLayout* layout = ui::scrollingBody(page, 28, 10);
    QWidget* body = layout->parentWidget();

    auto* form = new QFormLayout;
    m_platform = new QComboBox(body);
    m_platform->setObjectName(QStringLiteral("incidentPlatform"));
    for (const auditor::Platform& p : m_controller.content().platforms()) {
        if (p.kind == auditor::PlatformKind::Platform) {
            m_platform->addItem(m_controller.text(p.name), QString::fromStdString(p.id));
        }
    }
    form->addRow(tr("Which account?"), m_platform);
    m_account = new QLineEdit(body);
    m_account->setObjectName(QStringLiteral("incidentAccount"));
    m_account->setPlaceholderText(tr("Link to the profile, ID, phone number or e-mail of the account"));
    form->addRow(tr("The account"), m_account);
    layout->addLayout(form);

    QString error;
    const auto questions = m_controller.recoveryQuestions(&error);
    if (!error.isEmpty()) {
        layout->addWidget(ui::paragraph(error, body));
    }
    for (const AuditController::RecoveryQuestion& q : questions) {
        auto* box = card(body);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(14, 8, 14, 8);
        auto* text = ui::paragraph(QStringLiteral("<b>%1</b>").arg(q.text.toHtmlEscaped()), box);
        boxLayout->addWidget(text);
        if (!q.help.isEmpty()) {
            boxLayout->addWidget(ui::paragraph(q.help, box));
        }
        auto* row = new QHBoxLayout;
        auto* group = new QButtonGroup(box);
        auto* yes = new QRadioButton(tr("Yes"), box);
        auto* no = new QRadioButton(tr("No"), box);
        auto* unknown = new QRadioButton(tr("I don't know"), box);
        group->addButton(yes, 1);
        group->addButton(no, 0);
        group->addButton(unknown, 2);
        for (auto* b : {yes, no, unknown}) {
            b->setObjectName(QString::fromStdString("answer_" + q.field + "_" + std::to_string(group->id(b))));
            row->addWidget(b);
        }
        row->addStretch(1);
        boxLayout->addLayout(row);
        layout->addWidget(box);
        m_questions.emplace_back(q.field, group);
        connect(group, &QButtonGroup::idClicked, this, &IncidentPage::updateSuggestion);
    }

    auto* kindForm = new QFormLayout;
    m_kind = new QComboBox(body);
    m_kind->setObjectName(QStringLiteral("incidentKind"));
    for (IncidentKind k : kKinds) {
        m_kind->addItem(m_controller.incidentKindName(k), static_cast<int>(k));
    }
    kindForm->addRow(tr("What happened"), m_kind);
    layout->addLayout(kindForm);
    m_suggestion = ui::paragraph(QString(), body);
    layout->addWidget(m_suggestion);

    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("Back"), body);
    connect(back, &QPushButton::clicked, this, &IncidentPage::showList);
    auto* next = new QPushButton(tr("Next: what to do now"), body);
    next->setObjectName(QStringLiteral("triageNext"));
    connect(next, &QPushButton::clicked, this, &IncidentPage::createFromTriage);
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(next);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return page;
}

auditor::TriageAnswers IncidentPage::answers() const
{
    auditor::TriageAnswers a;
    for (const auto& [field, group] : m_questions) {
        const int id = group->checkedId();
        std::optional<bool> value;
        if (id == 0 || id == 1) {
            value = id == 1;
        }
        if (field == "still_has_access") {
            a.stillHasAccess = value;
        } else if (field == "someone_posting_as_you") {
            a.someonePostingAsYou = value;
        } else if (field == "contacts_got_strange_messages") {
            a.contactsGotStrangeMessages = value;
        } else if (field == "money_lost") {
            a.moneyLost = value;
        } else if (field == "email_also_affected") {
            a.emailAlsoAffected = value;
        }
    }
    return a;
}

void IncidentPage::updateSuggestion()
{
    const auto kind = m_controller.suggestKind(answers());
    if (!kind) {
        m_suggestion->setText(
            tr("Answer the questions and the most likely case is chosen for you; you can change it."));
        return;
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(*kind)));
    m_suggestion->setText(tr("From your answers: %1.").arg(m_controller.incidentKindName(*kind)));
}

void IncidentPage::createFromTriage()
{
    QString error;
    const std::string platform = m_platform->currentData().toString().toStdString();
    const auto kind = static_cast<IncidentKind>(m_kind->currentData().toInt());
    auto created = m_controller.createIncident(platform, kind, m_account->text().trimmed(), answers(), &error);
    if (!created) {
        showError(error);
        return;
    }
    m_incident = std::move(*created);
    goTo(PlanStep);
}

// ---- Step 2: the recovery plan ---------------------------------------------------------------

QWidget* IncidentPage::buildPlan()
{
    auto* page = new QWidget(m_stack);
    QVBoxLayout* layout = ui::scrollingBody(page, 28, 10);
    QWidget* body = layout->parentWidget();
    m_planTitle = ui::paragraph(QString(), body);
    layout->addWidget(m_planTitle);
    auto* host = new QWidget(body);
    m_planRows = new QVBoxLayout(host);
    m_planRows->setContentsMargins(0, 0, 0, 0);
    m_planRows->setSpacing(8);
    layout->addWidget(host);
    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("Back to the list"), body);
    connect(back, &QPushButton::clicked, this, &IncidentPage::showList);
    auto* next = new QPushButton(tr("Next: details for the documents"), body);
    next->setObjectName(QStringLiteral("planNext"));
    connect(next, &QPushButton::clicked, this, [this] { goTo(DetailsStep); });
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(next);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return page;
}

void IncidentPage::refreshPlan()
{
    while (QLayoutItem* item = m_planRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_incident) {
        return;
    }
    m_planTitle->setText(tr("Work from a computer or phone you trust. Tick each step when it is done: the "
                            "time is written into the incident and into the documents."));
    QString error;
    const auto plan = m_controller.recoveryPlan(*m_incident, &error);
    if (!error.isEmpty()) {
        m_planRows->addWidget(ui::paragraph(error, this));
    }
    int number = 0;
    for (const AuditController::RecoveryStep& step : plan) {
        auto* row = card(this);
        row->setObjectName(QString::fromStdString("step_" + step.id));
        auto* rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(14, 8, 14, 8);
        auto* done = new QCheckBox(QStringLiteral("%1. %2").arg(++number).arg(step.title), row);
        done->setObjectName(QString::fromStdString("stepDone_" + step.id));
        done->setChecked(step.done);
        QFont f = done->font();
        f.setBold(true);
        done->setFont(f);
        rowLayout->addWidget(done);
        if (!step.why.isEmpty()) {
            rowLayout->addWidget(ui::paragraph(step.why, row));
        }
        auto* linkRow = new QHBoxLayout;
        if (!step.url.isEmpty()) {
            auto* open = new QPushButton(tr("Open the official page"), row);
            open->setToolTip(step.url);
            const QUrl url(step.url);
            connect(open, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
            linkRow->addWidget(open);
            linkRow->addWidget(ui::paragraph(QStringLiteral("<small>%1</small>").arg(step.url.toHtmlEscaped()), row),
                               1);
        } else if (!step.place.isEmpty()) {
            linkRow->addWidget(ui::paragraph(tr("In the app: %1").arg(step.place), row), 1);
        }
        rowLayout->addLayout(linkRow);
        if (!step.source.isEmpty()) {
            rowLayout->addWidget(
                ui::paragraph(QStringLiteral("<small>%1</small>")
                                  .arg(tr("Source: %1 (as of %2)").arg(step.source, step.asOf).toHtmlEscaped()),
                              row));
        }
        const std::string id = step.id;
        connect(done, &QCheckBox::toggled, this, [this, id](bool checked) {
            QString error;
            if (m_incident && !m_controller.setStepDone(*m_incident, id, checked, &error)) {
                showError(error);
            }
        });
        m_planRows->addWidget(row);
    }
}

// ---- Step 3: details -------------------------------------------------------------------------

QWidget* IncidentPage::buildDetails()
{
    auto* page = new QWidget(m_stack);
    QVBoxLayout* layout = ui::scrollingBody(page, 28, 10);
    QWidget* body = layout->parentWidget();
    layout->addWidget(ui::paragraph(tr("The police report needs who you are and what happened. Fill in what you "
                                       "know; an empty field becomes a dotted line to fill in by hand. This stays "
                                       "on this computer."),
                                    body));

    auto addSection = [&](const QString& title, const std::vector<std::pair<std::string, QString>>& fields) {
        layout->addWidget(ui::heading(title, 2, body));
        auto* form = new QFormLayout;
        for (const auto& [key, label] : fields) {
            auto* edit = new QLineEdit(body);
            edit->setObjectName(QString::fromStdString("field_" + key));
            form->addRow(label, edit);
            m_fields.emplace_back(edit, key);
        }
        layout->addLayout(form);
    };
    addSection(tr("About you"),
               {{"applicant.full_name", tr("Full name")},
                {"applicant.date_of_birth", tr("Date of birth (YYYY-MM-DD)")},
                {"applicant.id_number", tr("Citizen ID (CCCD) number")},
                {"applicant.id_issued_on", tr("Issued on (YYYY-MM-DD)")},
                {"applicant.id_issued_by", tr("Issued by")},
                {"applicant.address", tr("Address")},
                {"applicant.phone", tr("Phone")},
                {"applicant.email", tr("E-mail")},
                {"applicant.workplace", tr("Workplace (school)")},
                {"applicant.position", tr("Position")}});
    addSection(tr("The account"),
               {{"account.identifier", tr("Link, ID or username")},
                {"account.display_name", tr("Name shown on the account")},
                {"account.registered_contact", tr("Phone or e-mail registered on it")},
                {"account.fake_account", tr("Link to the fake account (if someone impersonates you)")},
                {"provider_ticket", tr("Ticket or case number from the provider")},
                {"place", tr("Place name for the date line (e.g. Nha Trang)")}});

    layout->addWidget(ui::heading(tr("What happened and when"), 2, body));
    auto* when = new QFormLayout;
    m_occurred = new QDateTimeEdit(body);
    m_occurred->setObjectName(QStringLiteral("occurredAt"));
    m_occurred->setCalendarPopup(true);
    m_occurred->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_occurredUnknown = new QCheckBox(tr("I don't know when it started"), body);
    auto* occurredRow = new QHBoxLayout;
    occurredRow->addWidget(m_occurred);
    occurredRow->addWidget(m_occurredUnknown);
    occurredRow->addStretch(1);
    when->addRow(tr("When it happened"), occurredRow);
    connect(m_occurredUnknown, &QCheckBox::toggled, m_occurred, &QWidget::setDisabled);
    m_discovered = new QDateTimeEdit(body);
    m_discovered->setObjectName(QStringLiteral("discoveredAt"));
    m_discovered->setCalendarPopup(true);
    m_discovered->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    when->addRow(tr("When you noticed"), m_discovered);
    layout->addLayout(when);
    m_description = new QPlainTextEdit(body);
    m_description->setObjectName(QStringLiteral("incidentDescription"));
    m_description->setPlaceholderText(tr("In your own words: what changed, what was sent in your name, to whom…"));
    m_description->setMinimumHeight(110);
    layout->addWidget(m_description);
    m_damage = new QPlainTextEdit(body);
    m_damage->setObjectName(QStringLiteral("incidentDamage"));
    m_damage->setPlaceholderText(tr("Damage: money lost (to whom, how much), harm done. Leave empty if not known."));
    m_damage->setMaximumHeight(70);
    layout->addWidget(m_damage);

    layout->addWidget(ui::heading(tr("Evidence"), 2, body));
    layout->addWidget(ui::paragraph(tr("Screenshots, links and copied messages. Files are not copied: their "
                                       "fingerprint (SHA-256) is recorded so nobody can say they were changed."),
                                    body));
    m_evidence = new QListWidget(body);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setMinimumHeight(90);
    layout->addWidget(m_evidence);
    auto* evidenceButtons = new QHBoxLayout;
    auto* addFile = new QPushButton(tr("Add a file or screenshot…"), body);
    auto* addUrl = new QPushButton(tr("Add a link…"), body);
    auto* addMessage = new QPushButton(tr("Add a copied message…"), body);
    auto* remove = new QPushButton(tr("Remove"), body);
    for (auto* b : {addFile, addUrl, addMessage, remove}) {
        evidenceButtons->addWidget(b);
    }
    evidenceButtons->addStretch(1);
    layout->addLayout(evidenceButtons);
    connect(addFile, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Evidence files"));
        for (const QString& f : files) {
            QString error;
            if (!m_controller.addEvidenceFile(*m_incident, f, QString(), &error)) {
                showError(error);
            }
        }
        refreshEvidence();
    });
    connect(addUrl, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString url
            = QInputDialog::getText(this, tr("Evidence link"), tr("Link (URL)"), QLineEdit::Normal, {}, &ok);
        QString error;
        if (ok && !url.trimmed().isEmpty() && !m_controller.addEvidenceUrl(*m_incident, url.trimmed(), {}, &error)) {
            showError(error);
        }
        refreshEvidence();
    });
    connect(addMessage, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Copied message"), tr("Message text"), {}, &ok);
        QString error;
        if (ok && !text.trimmed().isEmpty() && !m_controller.addEvidenceMessage(*m_incident, text, {}, &error)) {
            showError(error);
        }
        refreshEvidence();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_evidence->currentRow();
        QString error;
        if (row >= 0 && !m_controller.removeEvidence(*m_incident, row, &error)) {
            showError(error);
        }
        refreshEvidence();
    });

    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("Back: what to do now"), body);
    connect(back, &QPushButton::clicked, this, [this] {
        if (saveDetails()) {
            goTo(PlanStep);
        }
    });
    auto* next = new QPushButton(tr("Save and continue: documents"), body);
    next->setObjectName(QStringLiteral("detailsNext"));
    connect(next, &QPushButton::clicked, this, [this] {
        if (saveDetails()) {
            goTo(DocumentsStep);
        }
    });
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(next);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return page;
}

void IncidentPage::refreshDetails()
{
    if (!m_incident) {
        return;
    }
    for (const auto& [edit, key] : m_fields) {
        const std::string* value = fieldOf(*m_incident, key);
        edit->setText(value ? QString::fromStdString(*value) : QString());
        if (key == "account.fake_account") {
            edit->setEnabled(m_incident->kind == IncidentKind::Impersonated);
        }
    }
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_controller.clock().now().time_since_epoch().count());
    const QDateTime occurred = QDateTime::fromString(QString::fromStdString(m_incident->occurredAt), Qt::ISODate);
    const QDateTime discovered = QDateTime::fromString(QString::fromStdString(m_incident->discoveredAt), Qt::ISODate);
    m_occurredUnknown->setChecked(!occurred.isValid());
    m_occurred->setDateTime(occurred.isValid() ? occurred.toLocalTime() : now);
    m_discovered->setDateTime(discovered.isValid() ? discovered.toLocalTime() : now);
    m_description->setPlainText(QString::fromStdString(m_incident->description));
    m_damage->setPlainText(QString::fromStdString(m_incident->damage));
    refreshEvidence();
}

void IncidentPage::refreshEvidence()
{
    m_evidence->clear();
    if (!m_incident) {
        return;
    }
    for (const auditor::Evidence& e : m_incident->evidence) {
        QString line;
        switch (e.type) {
        case auditor::Evidence::Type::Url:
            line = tr("Link: %1").arg(QString::fromStdString(e.url));
            break;
        case auditor::Evidence::Type::Message:
            line = tr("Message: %1")
                       .arg(QString::fromStdString(e.text).left(80).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            break;
        default:
            line = tr("File: %1 (SHA-256 %2…)")
                       .arg(QDir::toNativeSeparators(QString::fromStdString(e.path)),
                            QString::fromStdString(e.sha256.substr(0, 16)));
            break;
        }
        if (!e.description.empty()) {
            line += QStringLiteral(" – ") + QString::fromStdString(e.description);
        }
        m_evidence->addItem(line);
    }
}

bool IncidentPage::saveDetails()
{
    if (!m_incident) {
        return false;
    }
    for (const auto& [edit, key] : m_fields) {
        if (std::string* value = fieldOf(*m_incident, key)) {
            *value = edit->text().trimmed().toStdString();
        }
    }
    m_incident->occurredAt
        = m_occurredUnknown->isChecked() ? std::string() : isoWithOffset(m_occurred->dateTime()).toStdString();
    m_incident->discoveredAt = isoWithOffset(m_discovered->dateTime()).toStdString();
    m_incident->description = m_description->toPlainText().trimmed().toStdString();
    m_incident->damage = m_damage->toPlainText().trimmed().toStdString();
    QString error;
    if (!m_controller.saveIncident(*m_incident, &error)) {
        showError(error);
        return false;
    }
    return true;
}

// ---- Step 4: documents -----------------------------------------------------------------------

QWidget* IncidentPage::buildDocuments()
{
    auto* page = new QWidget(m_stack);
    QVBoxLayout* layout = ui::scrollingBody(page, 28, 10);
    QWidget* body = layout->parentWidget();
    layout->addWidget(ui::paragraph(tr("Choose the documents, then write them all at once. Print them, sign "
                                       "them, and take the police report to the ward or commune police or send "
                                       "it through VNeID. The school's letter goes to the head of the school for "
                                       "signature and number."),
                                    body));
    const std::pair<NoticeKind, QString> kinds[] = {
        {NoticeKind::Police, tr("Report to the police (Đơn trình báo)")},
        {NoticeKind::Unit, tr("The school's official letter (công văn) to the education department and the police")},
        {NoticeKind::Provider, tr("Text for the provider's report form, with its address as a QR code")},
        {NoticeKind::Contacts, tr("Warning to your contacts (post or message)")},
        {NoticeKind::Internal, tr("Note to the head of unit and the IT lead")},
    };
    for (const auto& [kind, label] : kinds) {
        auto* box = new QCheckBox(label, body);
        box->setObjectName(QString::fromStdString("notice_" + auditor::noticeKindId(kind)));
        box->setChecked(true);
        layout->addWidget(box);
        m_kindBoxes.emplace_back(box, static_cast<int>(kind));
    }
    m_blank = new QCheckBox(tr("Also blank forms (police report and letter) to fill in by hand"), body);
    m_blank->setObjectName(QStringLiteral("noticeBlank"));
    layout->addWidget(m_blank);

    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(body);
    m_folder->setObjectName(QStringLiteral("noticeFolder"));
    auto* choose = new QPushButton(tr("Choose…"), body);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the documents"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(dir));
        }
    });
    folderRow->addWidget(new QLabel(tr("Folder:"), body));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    layout->addLayout(folderRow);

    auto* actions = new QHBoxLayout;
    auto* write = new QPushButton(tr("Write all documents"), body);
    write->setObjectName(QStringLiteral("writeNotices"));
    write->setMinimumHeight(40);
    connect(write, &QPushButton::clicked, this, &IncidentPage::writeDocuments);
    auto* preview = new QPushButton(tr("Preview and print…"), body);
    preview->setObjectName(QStringLiteral("previewNotices"));
    connect(preview, &QPushButton::clicked, this, &IncidentPage::previewDocuments);
    actions->addWidget(write);
    actions->addWidget(preview);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_written = ui::paragraph(QString(), body);
    m_written->setObjectName(QStringLiteral("noticesWritten"));
    m_written->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_written->setOpenExternalLinks(true);
    layout->addWidget(m_written);

    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("Back: details"), body);
    connect(back, &QPushButton::clicked, this, [this] { goTo(DetailsStep); });
    m_closeIncident = new QPushButton(body);
    connect(m_closeIncident, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_incident && !m_controller.setIncidentClosed(*m_incident, !m_incident->closedAt, &error)) {
            showError(error);
            return;
        }
        showList();
    });
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(m_closeIncident);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return page;
}

void IncidentPage::refreshDocuments()
{
    if (!m_incident) {
        return;
    }
    if (m_folder->text().isEmpty() || !m_folder->property("incident").isValid()
        || m_folder->property("incident").toString() != QString::fromStdString(m_incident->id)) {
        QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (base.isEmpty()) {
            base = QDir::homePath();
        }
        m_folder->setText(QDir::toNativeSeparators(
            QDir(base).filePath(QStringLiteral("Account Auditor/%1").arg(QString::fromStdString(m_incident->id)))));
        m_folder->setProperty("incident", QString::fromStdString(m_incident->id));
        m_written->clear();
    }
    m_closeIncident->setText(m_incident->closedAt ? tr("Reopen this incident") : tr("Close this incident"));
}

std::vector<NoticeKind> IncidentPage::chosenKinds() const
{
    std::vector<NoticeKind> kinds;
    for (const auto& [box, kind] : m_kindBoxes) {
        if (box->isChecked()) {
            kinds.push_back(static_cast<NoticeKind>(kind));
        }
    }
    return kinds;
}

void IncidentPage::writeDocuments()
{
    if (!m_incident) {
        return;
    }
    const std::vector<NoticeKind> kinds = chosenKinds();
    QStringList written;
    QString error;
    if (!m_controller.writeNotices(*m_incident, kinds, m_blank->isChecked(), m_folder->text(), &written, &error)) {
        showError(error);
        return;
    }
    QStringList lines;
    for (const QString& f : written) {
        lines << QDir::toNativeSeparators(f).toHtmlEscaped();
    }
    m_written->setText(tr("Written:") + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"))
                       + QStringLiteral("<br><a href=\"%1\">%2</a>")
                             .arg(QUrl::fromLocalFile(m_folder->text()).toString(), tr("Open the folder")));
}

void IncidentPage::previewDocuments()
{
    if (!m_incident) {
        return;
    }
    const std::vector<NoticeKind> kinds = chosenKinds();
    QString error;
    const auto documents = m_controller.composeNotices(*m_incident, kinds, m_blank->isChecked(), &error);
    if (!documents) {
        showError(error);
        return;
    }
    // The system's print preview: the same drawing as the PDF files, then the printer dialog.
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview and print"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &documents](QPrinter* p) {
        const auditor::Status status = auditor::print::printNotices(*documents, *p);
        if (!status.ok()) {
            showError(m_controller.message("error." + status.error().code, status.error().params));
        }
    });
    dialog.exec();
}
