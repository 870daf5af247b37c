#include "LinkCheckPage.h"

#include "AuditController.h"
#include "Ui.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace {

struct Look
{
    const char* color;
    QStyle::StandardPixmap icon;
};

Look lookOf(auditor::Verdict v)
{
    switch (v) {
    case auditor::Verdict::Trusted:
        return {"#1b5e20", QStyle::SP_DialogApplyButton};
    case auditor::Verdict::NoKnownRisk:
        return {"#37474f", QStyle::SP_MessageBoxInformation};
    case auditor::Verdict::Suspicious:
        return {"#d86a00", QStyle::SP_MessageBoxWarning};
    case auditor::Verdict::Dangerous:
        return {"#c62828", QStyle::SP_MessageBoxCritical};
    case auditor::Verdict::Invalid:
        break;
    }
    return {"#757575", QStyle::SP_MessageBoxQuestion};
}

} // namespace

LinkCheckPage::LinkCheckPage(AuditController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("linkCheckPage"));
    QVBoxLayout* layout = ui::scrollingBody(this, 28, 10);
    QWidget* body = layout->parentWidget();

    layout->addWidget(ui::heading(tr("Is this link safe?"), 8, body));
    layout->addWidget(
        ui::paragraph(tr("Paste a link, or a whole message you received, and press Check. Nothing is sent "
                         "anywhere: the check runs on this computer. The site is contacted only if you press "
                         "\"Check online\" on a result."),
                      body));
    m_input = new QPlainTextEdit(body);
    m_input->setObjectName(QStringLiteral("linkInput"));
    m_input->setAccessibleName(tr("Link or message to check"));
    m_input->setPlaceholderText(tr("For example: https://vietcombank-xacminh.xyz/dang-nhap"));
    m_input->setMaximumHeight(110);
    m_input->setTabChangesFocus(true);
    layout->addWidget(m_input);
    auto* row = new QHBoxLayout;
    m_check = new QPushButton(tr("&Check"), body);
    m_check->setObjectName(QStringLiteral("acceptButton"));
    m_check->setToolTip(tr("Ctrl+Enter"));
    row->addWidget(m_check);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_check, &QPushButton::clicked, this, &LinkCheckPage::check);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &LinkCheckPage::check);

    m_resultsHost = new QWidget(body);
    m_results = new QVBoxLayout(m_resultsHost);
    m_results->setContentsMargins(0, 0, 0, 0);
    m_results->setSpacing(12);
    layout->addWidget(m_resultsHost);

    // Recently checked links: click one to check it again.
    auto* historyRow = new QHBoxLayout;
    historyRow->addWidget(ui::heading(tr("Checked recently on this computer"), 2, body), 1);
    m_clearHistory = new QPushButton(tr("Clear history"), body);
    m_clearHistory->setObjectName(QStringLiteral("clearHistory"));
    historyRow->addWidget(m_clearHistory);
    layout->addSpacing(12);
    layout->addLayout(historyRow);
    m_history = new QListWidget(body);
    m_history->setObjectName(QStringLiteral("linkHistory"));
    m_history->setAccessibleName(tr("Links checked recently"));
    m_history->setMinimumHeight(160);
    m_history->setToolTip(tr("Double-click or press Enter to check a link again"));
    layout->addWidget(m_history);
    layout->addStretch(1);
    connect(m_history, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_input->setPlainText(item->data(Qt::UserRole).toString());
        check();
    });
    connect(m_clearHistory, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_controller.clearLinkHistory(&error)) {
            QMessageBox::warning(this, tr("Clear history"), error);
        }
    });
    connect(&m_controller, &AuditController::linkHistoryChanged, this, &LinkCheckPage::refreshHistory);
    refreshHistory();
}

QList<QFrame*> LinkCheckPage::cards() const
{
    QList<QFrame*> out;
    for (int i = 0; i < m_results->count(); ++i) {
        if (auto* card = qobject_cast<QFrame*>(m_results->itemAt(i)->widget())) {
            out.append(card);
        }
    }
    return out;
}

void LinkCheckPage::refreshHistory()
{
    m_history->clear();
    const auto& entries = m_controller.linkHistory();
    for (const auditor::LinkHistoryEntry& e : entries) {
        const QString verdict = m_controller.message("verdict." + auditor::toString(e.verdict));
        const QString when = QString::fromStdString(e.checkedAt.substr(0, 10));
        auto* item = new QListWidgetItem(
            QStringLiteral("%1   %2%3   %4")
                .arg(when, verdict, e.online ? tr(" (online)") : QString(), QString::fromStdString(e.input)),
            m_history);
        item->setForeground(QColor(QLatin1String(lookOf(e.verdict).color)));
        item->setData(Qt::UserRole, QString::fromStdString(e.input));
        item->setToolTip(QString::fromStdString(e.input));
    }
    m_clearHistory->setEnabled(!entries.empty());
}

void LinkCheckPage::check()
{
    while (QLayoutItem* item = m_results->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QString error;
    const auditor::LinkAnalyzer* analyzer = m_controller.linkAnalyzer(&error);
    if (!analyzer) {
        m_results->addWidget(ui::paragraph(error, m_resultsHost));
        return;
    }
    const auto verdicts = analyzer->analyzeMessage(m_input->toPlainText().toStdString());
    if (verdicts.empty()) {
        m_results->addWidget(ui::paragraph(m_controller.message("cli.link.check.none"), m_resultsHost));
        return;
    }
    for (const auditor::LinkVerdict& v : verdicts) {
        m_results->addWidget(makeCard(v, nullptr));
    }
    m_controller.recordLinkChecks(verdicts, false);
}

QFrame* LinkCheckPage::makeCard(const auditor::LinkVerdict& v, const auditor::Inspection* inspection)
{
    const std::string verdict = auditor::toString(v.verdict);
    const Look look = lookOf(v.verdict);
    auto* card = new QFrame(m_resultsHost);
    card->setObjectName(QStringLiteral("checkCard"));
    card->setProperty("verdict", QString::fromStdString(verdict));
    card->setProperty("online", inspection != nullptr);
    card->setStyleSheet(
        QStringLiteral("QFrame#checkCard { border-left: 6px solid %1; }").arg(QLatin1String(look.color)));
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(18, 12, 18, 12);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(card);
    icon->setPixmap(style()->standardIcon(look.icon).pixmap(36, 36));
    top->addWidget(icon);
    auto* title = ui::heading(m_controller.message("verdict." + verdict), 8, card);
    title->setObjectName(QStringLiteral("verdictText"));
    title->setStyleSheet(QStringLiteral("color: %1").arg(QLatin1String(look.color)));
    top->addWidget(title, 1);
    cardLayout->addLayout(top);
    const QString shown = QString::fromStdString(v.hostUnicode.empty() ? v.input : v.hostUnicode);
    auto* link = ui::paragraph(QStringLiteral("<b>%1</b><br><span style=\"color:#5f6b7a\">%2</span>")
                                   .arg(shown.toHtmlEscaped(), QString::fromStdString(v.input).toHtmlEscaped()),
                               card);
    link->setOpenExternalLinks(false);
    link->setTextFormat(Qt::RichText);
    cardLayout->addWidget(link);

    if (inspection) {
        // Where the link went: one line per hop with its status and certificate.
        QString hops;
        for (const auditor::InspectionHop& hop : inspection->hops) {
            QString line = QString::fromStdString(hop.url).toHtmlEscaped() + QStringLiteral("<br><small>")
                + m_controller.message("verdict." + auditor::toString(hop.offline.verdict)).toHtmlEscaped();
            const auditor::net::FetchResult* r = hop.answer();
            if (!hop.fetched || !r) {
                line += QStringLiteral(" · ") + m_controller.message("cli.link.hop.not_contacted").toHtmlEscaped();
            } else {
                if (r->status) {
                    line += QStringLiteral(" · HTTP %1").arg(r->status);
                }
                if (r->tls && r->tls->chainVerified && r->tls->hostNameMatches) {
                    line += QStringLiteral(" · ")
                        + m_controller
                              .message("cli.link.hop.tls_ok",
                                       {{"issuer", r->tls->issuerName},
                                        {"days", std::to_string(r->tls->daysSinceIssue)},
                                        {"protocol", r->tls->protocol}})
                              .toHtmlEscaped();
                } else if (r->tls) {
                    const std::string why = r->tls->chainVerified
                        ? m_controller.message("reason.tls_host_mismatch", {{"host", hop.offline.hostUnicode}})
                              .toStdString()
                        : r->tls->chainError;
                    line += QStringLiteral(" · ")
                        + m_controller.message("cli.link.hop.tls_bad", {{"why", why}}).toHtmlEscaped();
                } else if (hop.url.rfind("http://", 0) == 0 && !r->error) {
                    line += QStringLiteral(" · ") + m_controller.message("cli.link.hop.no_tls").toHtmlEscaped();
                }
                if (r->error) {
                    line += QStringLiteral(" · ")
                        + QString::fromStdString(m_controller.catalog().error(*r->error)).toHtmlEscaped();
                }
            }
            hops += QStringLiteral("<li>") + line + QStringLiteral("</small></li>");
        }
        auto* chain = ui::paragraph(QStringLiteral("<b>%1</b><ol style=\"margin-left:-20px\">%2</ol>")
                                        .arg(m_controller.message("cli.link.hops").toHtmlEscaped(), hops),
                                    card);
        chain->setObjectName(QStringLiteral("hops"));
        chain->setTextFormat(Qt::RichText);
        cardLayout->addWidget(chain);
    }

    QString reasons;
    for (const auditor::LinkReason& r : v.reasons) {
        reasons += QStringLiteral("<li>") + m_controller.message("reason." + r.code, r.params).toHtmlEscaped()
            + QStringLiteral("</li>");
    }
    if (!reasons.isEmpty()) {
        auto* list = ui::paragraph(
            QStringLiteral("<ul style=\"margin-left:-20px\">") + reasons + QStringLiteral("</ul>"), card);
        list->setObjectName(QStringLiteral("reasons"));
        cardLayout->addWidget(list);
    }
    auto* advice = ui::paragraph(
        QStringLiteral("<b>%1</b>").arg(m_controller.message("advice." + verdict).toHtmlEscaped()), card);
    advice->setObjectName(QStringLiteral("advice"));
    cardLayout->addWidget(advice);

    // The online check: offered for web links the offline check did not already condemn.
    const bool web
        = !v.host.empty() && (v.normalized.rfind("http://", 0) == 0 || v.normalized.rfind("https://", 0) == 0);
    if (!inspection && web && v.verdict != auditor::Verdict::Dangerous) {
        auto* onlineRow = new QHBoxLayout;
        auto* button = new QPushButton(tr("Check online"), card);
        button->setObjectName(QStringLiteral("onlineButton"));
        button->setAccessibleName(tr("Check online: %1").arg(shown));
        onlineRow->addWidget(button);
        auto* notice = ui::paragraph(tr("Will contact %1 and the pages it sends you to. Reading only; nothing "
                                        "about you is sent.")
                                         .arg(shown),
                                     card);
        notice->setObjectName(QStringLiteral("onlineNotice"));
        onlineRow->addWidget(notice, 1);
        cardLayout->addLayout(onlineRow);
        const std::string input = v.input;
        connect(button, &QPushButton::clicked, this, [this, card, button, input] {
            button->setEnabled(false);
            button->setText(tr("Checking online…"));
            checkOnline(card, input);
        });
    }
    card->setAccessibleName(m_controller.message("verdict." + verdict) + QStringLiteral(": ") + shown);
    return card;
}

void LinkCheckPage::checkOnline(QFrame* card, const std::string& link)
{
    QPointer<QFrame> target(card);
    m_controller.inspectLink(link, this, [this, target](const auditor::Inspection& inspection) {
        if (!target) {
            Q_EMIT onlineCheckFinished();
            return; // the person started another check meanwhile
        }
        QFrame* fresh = makeCard(inspection.final, &inspection);
        delete m_results->replaceWidget(target, fresh);
        target->deleteLater();
        Q_EMIT onlineCheckFinished();
    });
}
