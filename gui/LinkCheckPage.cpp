#include "LinkCheckPage.h"

#include "AuditController.h"
#include "Ui.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
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
                         "anywhere: the check runs on this computer."),
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
    layout->addStretch(1);
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
        const std::string verdict = auditor::toString(v.verdict);
        const Look look = lookOf(v.verdict);
        auto* card = new QFrame(m_resultsHost);
        card->setObjectName(QStringLiteral("checkCard"));
        card->setProperty("verdict", QString::fromStdString(verdict));
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
        card->setAccessibleName(m_controller.message("verdict." + verdict) + QStringLiteral(": ") + shown);
        m_results->addWidget(card);
    }
}
