#include "OverviewPage.h"

#include "AuditController.h"
#include "Ui.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

OverviewPage::OverviewPage(AuditController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("overviewPage"));
    QVBoxLayout* layout = ui::scrollingBody(this, 28, 12);
    QWidget* body = layout->parentWidget();

    layout->addWidget(ui::heading(tr("How safe are your accounts?"), 8, body));
    if (!controller.loadWarning().isEmpty()) {
        auto* warning = ui::paragraph(controller.loadWarning(), body);
        warning->setObjectName(QStringLiteral("warningBanner"));
        layout->addWidget(warning);
    }

    auto* scoreCard = new QFrame(body);
    scoreCard->setObjectName(QStringLiteral("checkCard"));
    auto* scoreLayout = new QVBoxLayout(scoreCard);
    scoreLayout->setContentsMargins(18, 14, 18, 14);
    m_scoreText = ui::heading(QString(), 4, scoreCard);
    m_scoreText->setObjectName(QStringLiteral("overallScore"));
    scoreLayout->addWidget(m_scoreText);
    m_bar = new QProgressBar(scoreCard);
    m_bar->setAccessibleName(tr("Overall score"));
    scoreLayout->addWidget(m_bar);
    m_meaning = ui::paragraph(QString(), scoreCard);
    scoreLayout->addWidget(m_meaning);
    layout->addWidget(scoreCard);

    // Open incidents first: someone who left the recovery flow half-way comes back to it here.
    m_incidentsHost = new QWidget(body);
    m_incidents = new QVBoxLayout(m_incidentsHost);
    m_incidents->setContentsMargins(0, 0, 0, 0);
    m_incidents->setSpacing(8);
    layout->addWidget(m_incidentsHost);

    layout->addWidget(ui::heading(tr("Your accounts"), 2, body));
    m_rowsHost = new QWidget(body);
    m_rows = new QVBoxLayout(m_rowsHost);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(8);
    layout->addWidget(m_rowsHost);

    auto* buttons = new QHBoxLayout;
    auto* choose = new QPushButton(tr("Change my accounts…"), body);
    choose->setObjectName(QStringLiteral("chooseAccountsButton"));
    m_export = new QPushButton(tr("Export the report for the IT lead…"), body);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setToolTip(tr("Statuses, dates and scores only: no passwords and none of the reasons you typed."));
    buttons->addWidget(choose);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(choose, &QPushButton::clicked, this, &OverviewPage::chooseAccounts);
    connect(m_export, &QPushButton::clicked, this, &OverviewPage::exportReport);
    connect(&controller, &AuditController::progressChanged, this, &OverviewPage::refresh);
    connect(&controller, &AuditController::incidentsChanged, this, &OverviewPage::refreshIncidents);
    refresh();
    refreshIncidents();
}

void OverviewPage::refreshIncidents()
{
    while (QLayoutItem* item = m_incidents->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QString warning;
    std::vector<auditor::Incident> open;
    for (auditor::Incident& i : m_controller.incidents(&warning)) {
        if (!i.closedAt) {
            open.push_back(std::move(i));
        }
    }
    m_incidentsHost->setVisible(!open.empty());
    if (open.empty()) {
        return;
    }
    m_incidents->addWidget(ui::heading(tr("Open incidents"), 2, m_incidentsHost));
    for (const auditor::Incident& i : open) {
        auto* row = new QFrame(m_incidentsHost);
        row->setObjectName(QStringLiteral("warningBanner"));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(14, 8, 14, 8);
        const auditor::Platform* platform = m_controller.content().platform(i.account.platform);
        auto* text = new QLabel(
            QStringLiteral("<b>%1 – %2</b> %3")
                .arg((platform ? m_controller.text(platform->name) : QString::fromStdString(i.account.platform))
                         .toHtmlEscaped(),
                     m_controller.incidentKindName(i.kind).toHtmlEscaped(),
                     QString::fromStdString(i.account.identifier).toHtmlEscaped()),
            row);
        text->setWordWrap(true);
        rowLayout->addWidget(text, 1);
        auto* resume = new QPushButton(tr("Continue"), row);
        resume->setObjectName(QString::fromStdString("resume_" + i.id));
        const QString id = QString::fromStdString(i.id);
        connect(resume, &QPushButton::clicked, this, [this, id]() { Q_EMIT openIncident(id); });
        rowLayout->addWidget(resume);
        m_incidents->addWidget(row);
    }
}

void OverviewPage::refresh()
{
    const auditor::ScoreSummary summary = m_controller.scores();
    ui::showScore(m_bar, summary.overall);
    m_bar->setFixedHeight(16);
    m_scoreText->setText(ui::scoreText(m_controller, summary.overall));
    m_scoreText->setStyleSheet(QStringLiteral("color: %1").arg(ui::bandColor(summary.overall.band).name()));
    m_meaning->setText(m_controller.message("band." + auditor::toString(summary.overall.band) + ".meaning"));

    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auditor::Score& score : summary.platforms) {
        const auditor::Platform& p = *m_controller.content().platform(score.platformId);
        auto* row = new QPushButton(m_rowsHost);
        row->setObjectName(QString::fromStdString("row_" + p.id));
        row->setFlat(true);
        row->setCursor(Qt::PointingHandCursor);
        row->setMinimumHeight(56);
        row->setAccessibleName(m_controller.text(p.name) + QStringLiteral(": ") + ui::scoreText(m_controller, score));
        auto* grid = new QGridLayout(row);
        grid->setContentsMargins(14, 8, 14, 8);
        auto* name = new QLabel(m_controller.text(p.name), row);
        QFont f = name->font();
        f.setBold(true);
        name->setFont(f);
        auto* bar = new QProgressBar(row);
        ui::showScore(bar, score);
        QString detail = ui::scoreText(m_controller, score);
        if (score.stale > 0) {
            detail += QStringLiteral(" ")
                + m_controller.message("status.stale_count", {{"count", std::to_string(score.stale)}});
        }
        auto* text = new QLabel(detail, row);
        grid->addWidget(name, 0, 0);
        grid->addWidget(text, 0, 1, Qt::AlignRight);
        grid->addWidget(bar, 1, 0, 1, 2);
        for (QLabel* l : {name, text}) {
            l->setAttribute(Qt::WA_TransparentForMouseEvents);
        }
        const QString id = QString::fromStdString(p.id);
        connect(row, &QPushButton::clicked, this, [this, id]() { Q_EMIT openPlatform(id); });
        m_rows->addWidget(row);
    }
    m_export->setEnabled(!summary.platforms.empty());
}
