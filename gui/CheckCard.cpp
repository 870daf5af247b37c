#include "CheckCard.h"

#include "AuditController.h"
#include "Ui.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

using auditor::CheckState;
using auditor::CheckStatus;

namespace {

QString stepsHtml(const QList<QString>& steps)
{
    QString html = QStringLiteral("<ol style=\"margin-top:2px; margin-bottom:2px; margin-left:-18px\">");
    for (const QString& s : steps) {
        html += QStringLiteral("<li style=\"margin-bottom:3px\">") + s.toHtmlEscaped() + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

} // namespace

CheckCard::CheckCard(AuditController& controller, const auditor::Check& check, QWidget* parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_check(check)
{
    setObjectName(QStringLiteral("checkCard"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(controller.text(check.title));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);

    // Title and the current state.
    auto* top = new QHBoxLayout;
    auto* title = ui::heading(controller.text(check.title), 2, this);
    title->setObjectName(QStringLiteral("checkTitle"));
    top->addWidget(title, 1);
    m_stateBadge = new QLabel(this);
    m_stateBadge->setObjectName(QStringLiteral("stateBadge"));
    top->addWidget(m_stateBadge, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto* why = ui::paragraph(
        QStringLiteral("<b>%1</b> %2").arg(tr("Why it matters:"), controller.text(check.why).toHtmlEscaped()), this);
    layout->addWidget(why);

    // Steps, grouped by device.
    const std::pair<auditor::Device, QString> groups[] = {{auditor::Device::Any, tr("How to do it")},
                                                          {auditor::Device::Phone, tr("On your phone")},
                                                          {auditor::Device::Computer, tr("On a computer")}};
    for (const auto& [device, label] : groups) {
        QList<QString> steps;
        for (const auditor::Step& step : check.steps) {
            if (step.device == device) {
                steps << controller.text(step.text);
            }
        }
        if (!steps.isEmpty()) {
            layout->addWidget(
                ui::paragraph(QStringLiteral("<b>%1</b>%2").arg(label.toHtmlEscaped(), stepsHtml(steps)), this));
        }
    }

    // Where to go.
    auto* links = new QHBoxLayout;
    if (!check.settingsUrl.empty()) {
        m_openSettings = new QPushButton(tr("Open the settings page"), this);
        m_openSettings->setObjectName(QStringLiteral("openSettingsButton"));
        m_openSettings->setToolTip(QString::fromStdString(check.settingsUrl));
        m_openSettings->setAccessibleDescription(QString::fromStdString(check.settingsUrl));
        const QUrl url(QString::fromStdString(check.settingsUrl));
        connect(m_openSettings, &QPushButton::clicked, this, [url]() { QDesktopServices::openUrl(url); });
        links->addWidget(m_openSettings);
    }
    if (check.settingsPath) {
        auto* path = ui::paragraph(
            QStringLiteral("<b>%1</b> %2").arg(tr("In the app:"), controller.text(*check.settingsPath).toHtmlEscaped()),
            this);
        links->addWidget(path, 1);
    } else {
        links->addStretch(1);
    }
    layout->addLayout(links);

    if (!check.verified && check.verificationNote) {
        auto* note = ui::paragraph(tr("Note: not yet fully confirmed against the provider's help pages. %1")
                                       .arg(controller.text(*check.verificationNote)),
                                   this);
        note->setObjectName(QStringLiteral("unverifiedNote"));
        layout->addWidget(note);
    }

    QStringList sources;
    for (const auditor::Source& s : check.sources) {
        sources << QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(QString::fromStdString(s.url).toHtmlEscaped(),
                            QString::fromStdString(s.title).toHtmlEscaped());
    }
    auto* sourceLabel = ui::paragraph(tr("Sources (as of %1): %2")
                                          .arg(ui::dateText(*auditor::parseIsoUtc(check.asOf), controller.language()),
                                               sources.join(QStringLiteral(" · "))),
                                      this);
    sourceLabel->setObjectName(QStringLiteral("sources"));
    layout->addWidget(sourceLabel);

    // The answer.
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setObjectName(QStringLiteral("cardRule"));
    layout->addWidget(line);
    auto* answers = new QHBoxLayout;
    m_group = new QButtonGroup(this);
    const std::pair<CheckStatus, QString> choices[] = {{CheckStatus::Done, tr("&Done")},
                                                       {CheckStatus::NotDone, tr("&Not yet")},
                                                       {CheckStatus::NotApplicable, tr("Doesn't &apply")},
                                                       {CheckStatus::RiskAccepted, tr("Accept the &risk")}};
    for (const auto& [status, label] : choices) {
        auto* button = new QRadioButton(label, this);
        button->setObjectName(QString::fromStdString("status_" + auditor::toString(status)));
        button->setAccessibleName(QString(label).remove(QLatin1Char('&')) + QStringLiteral(": ")
                                  + controller.text(check.title));
        m_group->addButton(button, static_cast<int>(status));
        answers->addWidget(button);
    }
    answers->addStretch(1);
    m_stateDate = new QLabel(this);
    m_stateDate->setObjectName(QStringLiteral("stateDate"));
    answers->addWidget(m_stateDate);
    layout->addLayout(answers);
    connect(m_group, &QButtonGroup::idClicked, this, &CheckCard::onStatusClicked);

    m_reasonRow = new QWidget(this);
    auto* reasonLayout = new QHBoxLayout(m_reasonRow);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    auto* reasonLabel = new QLabel(tr("Reason (required):"), m_reasonRow);
    m_reasonEdit = new QLineEdit(m_reasonRow);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("For example: I don't use this feature"));
    m_reasonEdit->setAccessibleName(tr("Reason"));
    reasonLabel->setBuddy(m_reasonEdit);
    m_saveReason = new QPushButton(tr("Save"), m_reasonRow);
    m_saveReason->setObjectName(QStringLiteral("saveReasonButton"));
    m_saveReason->setEnabled(false);
    reasonLayout->addWidget(reasonLabel);
    reasonLayout->addWidget(m_reasonEdit, 1);
    reasonLayout->addWidget(m_saveReason);
    layout->addWidget(m_reasonRow);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_saveReason->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_reasonEdit, &QLineEdit::returnPressed, this, &CheckCard::onSaveReason);
    connect(m_saveReason, &QPushButton::clicked, this, &CheckCard::onSaveReason);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("cardError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    refresh();
}

QRadioButton* CheckCard::statusButton(CheckStatus status) const
{
    return qobject_cast<QRadioButton*>(m_group->button(static_cast<int>(status)));
}

void CheckCard::refresh()
{
    const CheckState state = m_controller.state(m_check);
    const auditor::CheckRecord* rec = m_controller.progress().record(m_check.id);
    m_group->setExclusive(false);
    for (QAbstractButton* b : m_group->buttons()) {
        b->setChecked(rec && m_group->id(b) == static_cast<int>(rec->status));
    }
    m_group->setExclusive(true);

    QString badgeColor = QStringLiteral("#757575");
    switch (state) {
    case CheckState::Done:
        badgeColor = QStringLiteral("#1b5e20");
        break;
    case CheckState::Stale:
    case CheckState::NotDone:
        badgeColor = QStringLiteral("#c62828");
        break;
    case CheckState::RiskAccepted:
        badgeColor = QStringLiteral("#d86a00");
        break;
    default:
        break;
    }
    m_stateBadge->setText(m_controller.message("state." + auditor::toString(state)));
    m_stateBadge->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 9px; padding: 2px 10px; }")
            .arg(badgeColor));
    setProperty("state", QString::fromStdString(auditor::toString(state)));

    if (rec) {
        QString when = tr("Marked on %1").arg(ui::dateText(rec->setAt, m_controller.language()));
        if (!rec->reason.empty()) {
            when += QStringLiteral(" · ") + tr("Reason: %1").arg(QString::fromStdString(rec->reason));
        }
        m_stateDate->setText(when);
    } else {
        m_stateDate->clear();
    }
    showReasonRow(false);
    m_error->hide();
}

void CheckCard::onStatusClicked(int id)
{
    const auto status = static_cast<CheckStatus>(id);
    if (auditor::statusNeedsReason(status)) {
        const auditor::CheckRecord* rec = m_controller.progress().record(m_check.id);
        m_reasonEdit->setText(rec && rec->status == status ? QString::fromStdString(rec->reason) : QString());
        showReasonRow(true);
        m_reasonEdit->setFocus();
        return;
    }
    QString error;
    if (!m_controller.setStatus(m_check.id, status, QString(), &error)) {
        m_error->setText(error);
        m_error->show();
    }
}

void CheckCard::onSaveReason()
{
    const auto status = static_cast<CheckStatus>(m_group->checkedId());
    QString error;
    if (!m_controller.setStatus(m_check.id, status, m_reasonEdit->text(), &error)) {
        m_error->setText(error);
        m_error->show();
    }
}

void CheckCard::showReasonRow(bool visible)
{
    m_reasonRow->setVisible(visible);
}
