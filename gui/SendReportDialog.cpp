#include "SendReportDialog.h"

#include "AuditController.h"
#include "Ui.h"

#include "common/Clock.h"

#include <nlohmann/json.hpp>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

SendReportDialog::SendReportDialog(AuditController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("sendReportDialog"));
    setWindowTitle(tr("Send my report"));
    resize(720, 640);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ui::heading(tr("This is exactly what will be sent"), 4, this));

    QString error;
    const bool made = m_controller.orgReport(&m_json, &error);
    m_readable = new QTextBrowser(this);
    m_readable->setObjectName(QStringLiteral("readableView"));
    m_readable->setAccessibleName(tr("What the report says"));
    m_readable->setOpenLinks(false);
    layout->addWidget(m_readable, 3);

    m_showData = new QPushButton(tr("Show the exact data"), this);
    m_showData->setObjectName(QStringLiteral("showDataButton"));
    m_showData->setCheckable(true);
    m_data = new QPlainTextEdit(this);
    m_data->setObjectName(QStringLiteral("dataView"));
    m_data->setAccessibleName(tr("The exact data that will be sent"));
    m_data->setReadOnly(true);
    m_data->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_data->setPlainText(QString::fromStdString(m_json));
    m_data->hide();
    auto* dataRow = new QHBoxLayout;
    dataRow->addWidget(m_showData);
    dataRow->addStretch(1);
    layout->addLayout(dataRow);
    layout->addWidget(m_data, 2);
    connect(m_showData, &QPushButton::toggled, this, [this](bool on) {
        m_data->setVisible(on);
        m_showData->setText(on ? tr("Hide the exact data") : tr("Show the exact data"));
    });

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, with no known end
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(8);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_result = ui::paragraph(QString(), this);
    m_result->setObjectName(QStringLiteral("resultText"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(this);
    m_sendButton = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    // Send does not close the dialog: the person reads how it went first.
    connect(m_sendButton, &QPushButton::clicked, this, &SendReportDialog::send);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    if (!made) {
        m_readable->setPlainText(tr("The report could not be made:") + QLatin1Char('\n') + error);
        m_sendButton->setEnabled(false);
        m_showData->setEnabled(false);
        return;
    }
    m_readable->setHtml(readableHtml());
}

QString SendReportDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

bool SendReportDialog::busy() const
{
    return !m_busy->isHidden();
}

QString SendReportDialog::readableHtml() const
{
    // Only displays the report's own text: every value below comes from m_json.
    const nlohmann::json report = nlohmann::json::parse(m_json);
    const AuditController::OrgView view = m_controller.orgView();
    const auto esc = [](const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); };
    const auto dateOf = [this](const std::string& iso) {
        const auto t = auditor::parseIsoUtc(iso);
        return t ? ui::dateText(*t, m_controller.language()) : QString::fromStdString(iso);
    };
    QString html;
    html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4</p>")
                .arg(tr("To:"),
                     view.orgName.toHtmlEscaped() + QStringLiteral(" (") + view.collectorUrl.toHtmlEscaped()
                         + QLatin1Char(')'),
                     tr("Made on:"),
                     dateOf(report.value("generated_at", std::string())));

    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("About you"));
    html += QStringLiteral("<li>%1 %2</li>").arg(tr("Unit:"), view.unitName.toHtmlEscaped());
    const nlohmann::json person = report.value("person", nlohmann::json::object());
    html += QStringLiteral("<li>%1 <tt>%2</tt></li>")
                .arg(tr("A random number that stands for you:"), esc(person.value("id", std::string())));
    if (person.contains("name")) {
        html += QStringLiteral("<li>%1 %2</li>").arg(tr("Your name:"), esc(person["name"].get<std::string>()));
    }
    if (person.contains("email")) {
        html += QStringLiteral("<li>%1 %2</li>").arg(tr("Your e-mail:"), esc(person["email"].get<std::string>()));
    }
    html += QStringLiteral("<li>%1</li>")
                .arg(tr("Open incidents: %1 (a count only)").arg(report.value("open_incidents", 0)));
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<h3>%1</h3><ul><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ul>")
                .arg(tr("Never sent"),
                     tr("your passwords, or anything about them"),
                     tr("the reasons you typed (only whether you gave one)"),
                     tr("incident details: accounts, evidence, documents"),
                     tr("the links you checked"));

    const auto band = [this](const nlohmann::json& score) {
        return QString::fromStdString(m_controller.catalog().text("band." + score.value("band", std::string())));
    };
    const nlohmann::json overall = report.value("overall", nlohmann::json::object());
    html += QStringLiteral("<h3>%1</h3><p>%2: %3% – %4</p>")
                .arg(tr("Scores and checks"), tr("Overall"))
                .arg(overall.value("percent", 0))
                .arg(band(overall).toHtmlEscaped());
    for (const nlohmann::json& platform : report.value("platforms", nlohmann::json::array())) {
        const std::string id = platform.value("id", std::string());
        const auditor::Platform* p = m_controller.content().platform(id);
        const nlohmann::json score = platform.value("score", nlohmann::json::object());
        html += QStringLiteral("<p><b>%1</b>: %2% – %3</p><table cellspacing=0 cellpadding=3 width='100%'>")
                    .arg(p ? m_controller.text(p->name).toHtmlEscaped() : esc(id))
                    .arg(score.value("percent", 0))
                    .arg(band(score).toHtmlEscaped());
        for (const nlohmann::json& check : platform.value("checks", nlohmann::json::array())) {
            const std::string checkId = check.value("id", std::string());
            const auditor::Check* c = m_controller.content().check(checkId);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(c ? m_controller.text(c->title).toHtmlEscaped() : esc(checkId),
                             QString::fromStdString(
                                 m_controller.catalog().text("state." + check.value("state", std::string())))
                                 .toHtmlEscaped(),
                             check.contains("set_at") ? dateOf(check["set_at"].get<std::string>()) : QString());
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

void SendReportDialog::send()
{
    m_sendButton->setEnabled(false);
    m_busy->show();
    m_result->setText(tr("Sending…"));
    m_result->show();
    m_controller.sendOrgReport(m_json, this, [this](const AuditController::SendOutcome& outcome) {
        m_busy->hide();
        QString text;
        if (outcome.code == "stored") {
            text = tr("Sent. Your IT lead's collector has stored your report.");
        } else if (outcome.code == "duplicate") {
            text = tr("Sent. The collector already had this report.");
        } else if (outcome.code == "submit.pin_mismatch") {
            text = tr("Not sent: the collector's certificate is not the one your IT lead gave: do not send; call your "
                      "IT lead.");
        } else if (outcome.code == "submit.connect" || outcome.code == "submit.timeout") {
            text = tr("Not sent: the collector cannot be reached. Check that you are on the school's network, or save "
                      "the report to a file instead.");
        } else if (outcome.code == "submit.rejected") {
            text = tr("Not sent: the collector refused the report.");
        } else {
            text = tr("Not sent.");
        }
        if (!outcome.detail.isEmpty()) {
            text += QLatin1Char('\n') + outcome.detail;
        }
        m_result->setText(text);
        m_result->setObjectName(outcome.ok ? QStringLiteral("resultText") : QStringLiteral("warningBanner"));
        m_result->style()->unpolish(m_result);
        m_result->style()->polish(m_result);
        // A report the collector has is not sent twice; after a failure the person may try again.
        m_sendButton->setEnabled(!outcome.ok && outcome.code != "submit.pin_mismatch");
        Q_EMIT sendFinished(outcome.ok);
    });
}
