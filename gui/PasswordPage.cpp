#include "PasswordPage.h"

#include "AuditController.h"
#include "Ui.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pw = auditor::passwords;

PasswordPage::PasswordPage(AuditController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("passwordPage"));
    QVBoxLayout* layout = ui::scrollingBody(this, 28, 10);
    QWidget* body = layout->parentWidget();

    layout->addWidget(ui::heading(tr("Has my password leaked?"), 8, body));
    layout->addWidget(ui::paragraph(tr("Type a password you use. This page says how hard it is to guess, and "
                                       "whether it appears in known data breaches. The password is not kept "
                                       "anywhere and the field is emptied after the check."),
                                    body));
    m_password = new QLineEdit(body);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password to check"));
    m_password->setPlaceholderText(tr("Password (not shown)"));
    layout->addWidget(m_password);

    // What leaves this computer, said before anything does (as KeePassXC's confirmation page).
    auto* consentCard = new QFrame(body);
    consentCard->setObjectName(QStringLiteral("checkCard"));
    auto* consentLayout = new QVBoxLayout(consentCard);
    consentLayout->setContentsMargins(18, 12, 18, 12);
    auto* consentText = ui::paragraph(m_controller.message("cli.password.check.consent"), consentCard);
    consentText->setObjectName(QStringLiteral("consentText"));
    consentLayout->addWidget(consentText);
    m_consent = new QCheckBox(tr("I agree: check online whether it has leaked"), consentCard);
    m_consent->setObjectName(QStringLiteral("consentBox"));
    consentLayout->addWidget(m_consent);
    auto* offlineRow = new QHBoxLayout;
    auto* choose = new QPushButton(tr("Use a downloaded list instead…"), consentCard);
    offlineRow->addWidget(choose);
    m_offlineLabel
        = ui::paragraph(tr("No internet? An IT lead can give you the Pwned Passwords list as a file."), consentCard);
    offlineRow->addWidget(m_offlineLabel, 1);
    consentLayout->addLayout(offlineRow);
    layout->addWidget(consentCard);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Pwned Passwords list (HASH:COUNT, sorted)"));
        if (!path.isEmpty()) {
            setOfflineFile(path);
        }
    });

    auto* row = new QHBoxLayout;
    m_check = new QPushButton(tr("&Check"), body);
    m_check->setObjectName(QStringLiteral("acceptButton"));
    row->addWidget(m_check);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_check, &QPushButton::clicked, this, &PasswordPage::check);
    connect(m_password, &QLineEdit::returnPressed, this, &PasswordPage::check);

    m_result = new QFrame(body);
    m_result->setObjectName(QStringLiteral("checkCard"));
    auto* resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins(18, 12, 18, 12);
    m_exposureText = ui::heading(QString(), 3, m_result);
    m_exposureText->setObjectName(QStringLiteral("exposureText"));
    m_exposureText->setWordWrap(true);
    resultLayout->addWidget(m_exposureText);
    m_strengthText = ui::paragraph(QString(), m_result);
    m_strengthText->setObjectName(QStringLiteral("strengthText"));
    m_strengthText->setTextFormat(Qt::RichText);
    resultLayout->addWidget(m_strengthText);
    auto* recordRow = new QHBoxLayout;
    m_record = new QPushButton(tr("Record in my checklist"), m_result);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setToolTip(tr("Records only the date and the outcome, never the password"));
    recordRow->addWidget(m_record);
    m_recordedText = ui::paragraph(QString(), m_result);
    recordRow->addWidget(m_recordedText, 1);
    resultLayout->addLayout(recordRow);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch(1);
    connect(m_record, &QPushButton::clicked, this, [this] {
        if (!m_lastExposure) {
            return;
        }
        QString error;
        const int count = m_controller.recordPasswordCheck(*m_lastExposure, &error);
        m_recordedText->setText(
            count < 0 ? error
                      : m_controller.message("cli.password.check.recorded", {{"count", std::to_string(count)}}));
        m_record->setEnabled(false);
    });
}

void PasswordPage::setOfflineFile(const QString& path)
{
    m_offlineFile = path;
    m_offlineLabel->setText(tr("List file: %1 (nothing is sent)").arg(path));
}

void PasswordPage::check()
{
    if (m_password->text().isEmpty()) {
        m_exposureText->setText(m_controller.message("error.password.empty"));
        m_strengthText->clear();
        m_record->hide();
        m_result->show();
        return;
    }
    const bool online = m_consent->isChecked() && m_offlineFile.isEmpty();
    QString password = m_password->text();
    m_password->clear(); // emptied at once; the controller wipes its own copy
    m_check->setEnabled(false);
    m_check->setText(tr("Checking…"));
    m_controller.checkPassword(
        std::move(password), online, m_offlineFile, this, [this](const pw::PasswordCheckResult& result) {
            showResult(result);
        });
}

void PasswordPage::showResult(const pw::PasswordCheckResult& result)
{
    m_check->setEnabled(true);
    m_check->setText(tr("&Check"));
    QString color = QStringLiteral("#37474f");
    if (result.exposure) {
        const std::string code(pw::exposureBandCode(result.exposure->band()));
        m_exposureText->setText(
            m_controller.message("password.exposure." + code, {{"count", std::to_string(result.exposure->count)}}));
        color = result.exposure->exposed() ? QStringLiteral("#c62828") : QStringLiteral("#1b5e20");
    } else if (result.exposureError && result.exposureError->code == "password.no_source") {
        m_exposureText->setText(
            tr("Not checked for leaks: tick the box above to check online, or choose a list file."));
    } else {
        m_exposureText->setText(QString::fromStdString(m_controller.catalog().error(*result.exposureError)));
        color = QStringLiteral("#d86a00");
    }
    m_exposureText->setStyleSheet(QStringLiteral("color: %1").arg(color));
    m_result->setProperty("exposed", result.exposure ? QVariant(result.exposure->exposed()) : QVariant());

    const std::string band(pw::strengthBandCode(result.strength.band));
    QString strength
        = QStringLiteral("<b>%1</b>").arg(m_controller.message("password.strength." + band).toHtmlEscaped());
    if (!result.strength.advice.empty()) {
        strength += QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const pw::Advice& a : result.strength.advice) {
            strength += QStringLiteral("<li>")
                + m_controller.message("password.advice." + a.code, a.params).toHtmlEscaped() + QStringLiteral("</li>");
        }
        strength += QStringLiteral("</ul>");
    }
    m_strengthText->setText(strength);
    m_result->setProperty("strength", QString::fromStdString(band));

    m_lastExposure = result.exposure;
    m_record->setVisible(result.exposure.has_value());
    m_record->setEnabled(true);
    m_recordedText->clear();
    m_result->show();
    Q_EMIT checkFinished();
}
