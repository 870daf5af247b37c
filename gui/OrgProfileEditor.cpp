#include "OrgProfileEditor.h"

#include "AuditController.h"
#include "Ui.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

using nlohmann::json;

namespace {

// The profile's keys this editor reads and writes (checks/schema/org-profile.schema.json).
enum UnitColumn
{
    ColId,
    ColName,
    ColKind,
    ColExpected,
};

const char* const kKinds[] = {"school", "office", "department"};

std::vector<std::string> stringList(const json& value)
{
    std::vector<std::string> out;
    if (value.is_array()) {
        for (const json& v : value) {
            if (v.is_string()) {
                out.push_back(v.get<std::string>());
            }
        }
    }
    return out;
}

std::string text(const QLineEdit* edit)
{
    return edit->text().trimmed().toStdString();
}

} // namespace

OrgProfileEditor::OrgProfileEditor(AuditController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("orgProfileEditor"));
    setWindowTitle(tr("Organisation profile"));
    resize(860, 720);
    auto* layout = new QVBoxLayout(this);
    m_file = ui::paragraph(QString(), this);
    m_file->setObjectName(QStringLiteral("profileFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_file);

    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    // 1. Who the organisation is, and its units.
    auto* orgTab = new QWidget(tabs);
    auto* orgLayout = new QVBoxLayout(orgTab);
    auto* identity = new QFormLayout;
    m_id = new QLineEdit(orgTab);
    m_id->setObjectName(QStringLiteral("profileIdEdit"));
    m_id->setAccessibleName(tr("Profile id"));
    m_id->setPlaceholderText(QStringLiteral("so-gd-khanh-hoa"));
    m_id->setToolTip(tr("Lower-case letters, digits and dashes; staff reports carry it."));
    m_orgName = new QLineEdit(orgTab);
    m_orgName->setObjectName(QStringLiteral("orgNameEdit"));
    m_orgName->setAccessibleName(tr("Organisation name"));
    m_parent = new QLineEdit(orgTab);
    m_parent->setObjectName(QStringLiteral("parentEdit"));
    m_parent->setAccessibleName(tr("Parent body"));
    identity->addRow(tr("Organisation name:"), m_orgName);
    identity->addRow(tr("Parent body:"), m_parent);
    identity->addRow(tr("Profile id:"), m_id);
    orgLayout->addLayout(identity);
    orgLayout->addWidget(ui::heading(tr("Units"), 2, orgTab));
    orgLayout->addWidget(
        ui::paragraph(tr("Each school or office that reports: staff choose theirs when they join."), orgTab));
    m_units = new QTableWidget(0, 4, orgTab);
    m_units->setObjectName(QStringLiteral("unitsTable"));
    m_units->setAccessibleName(tr("Units"));
    m_units->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Kind"), tr("Expected staff")});
    m_units->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    m_units->horizontalHeader()->setSectionResizeMode(ColId, QHeaderView::ResizeToContents);
    m_units->horizontalHeader()->setSectionResizeMode(ColExpected, QHeaderView::ResizeToContents);
    m_units->verticalHeader()->hide();
    orgLayout->addWidget(m_units, 1);
    auto* unitButtons = new QHBoxLayout;
    auto* addUnitButton = new QPushButton(tr("Add a unit"), orgTab);
    addUnitButton->setObjectName(QStringLiteral("addUnitButton"));
    auto* removeUnitButton = new QPushButton(tr("Remove the unit"), orgTab);
    removeUnitButton->setObjectName(QStringLiteral("removeUnitButton"));
    unitButtons->addWidget(addUnitButton);
    unitButtons->addWidget(removeUnitButton);
    unitButtons->addStretch(1);
    orgLayout->addLayout(unitButtons);
    connect(addUnitButton, &QPushButton::clicked, this, [this]() {
        addUnit(QString(), QString(), QStringLiteral("school"), 0);
        m_units->setCurrentCell(m_units->rowCount() - 1, ColId);
        m_units->editItem(m_units->item(m_units->rowCount() - 1, ColId));
    });
    connect(removeUnitButton, &QPushButton::clicked, this, [this]() {
        if (m_units->currentRow() >= 0) {
            m_units->removeRow(m_units->currentRow());
        }
    });
    tabs->addTab(orgTab, tr("Organisation and units"));

    // 2. What every staff member must cover, and how often they report.
    auto* reqTab = new QWidget(tabs);
    auto* reqLayout = new QVBoxLayout(reqTab);
    reqLayout->addWidget(ui::heading(tr("Required accounts"), 2, reqTab));
    auto* platformGrid = new QGridLayout;
    int i = 0;
    for (const auditor::Platform& platform : m_controller.content().platforms()) {
        auto* box = new QCheckBox(m_controller.text(platform.name), reqTab);
        box->setObjectName(QString::fromStdString("platform_" + platform.id));
        platformGrid->addWidget(box, i / 3, i % 3);
        m_platforms.emplace_back(platform.id, box);
        ++i;
    }
    reqLayout->addLayout(platformGrid);
    reqLayout->addWidget(ui::heading(tr("Checks the dashboard singles out"), 2, reqTab));
    m_checks = new QTreeWidget(reqTab);
    m_checks->setObjectName(QStringLiteral("checksTree"));
    m_checks->setAccessibleName(tr("Required checks"));
    m_checks->setHeaderHidden(true);
    for (const auditor::Platform& platform : m_controller.content().platforms()) {
        auto* top = new QTreeWidgetItem(m_checks, {m_controller.text(platform.name)});
        top->setFlags(top->flags() | Qt::ItemIsAutoTristate | Qt::ItemIsUserCheckable);
        top->setCheckState(0, Qt::Unchecked);
        for (const auditor::Check& check : platform.checks) {
            auto* item = new QTreeWidgetItem(top, {m_controller.text(check.title)});
            item->setData(0, Qt::UserRole, QString::fromStdString(check.id));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    reqLayout->addWidget(m_checks, 1);
    auto* recheck = new QFormLayout;
    m_every = new QSpinBox(reqTab);
    m_every->setObjectName(QStringLiteral("reportEveryBox"));
    m_every->setRange(1, 365);
    m_every->setSuffix(tr(" days"));
    m_stale = new QSpinBox(reqTab);
    m_stale->setObjectName(QStringLiteral("staleAfterBox"));
    m_stale->setRange(1, 730);
    m_stale->setSuffix(tr(" days"));
    recheck->addRow(tr("Staff send a fresh report every:"), m_every);
    recheck->addRow(tr("A report counts as out of date after:"), m_stale);
    reqLayout->addLayout(recheck);
    tabs->addTab(reqTab, tr("Requirements"));

    // 3. What a report may say about a person, and where reports go.
    auto* sendTab = new QWidget(tabs);
    auto* sendLayout = new QVBoxLayout(sendTab);
    sendLayout->addWidget(ui::heading(tr("Privacy"), 2, sendTab));
    sendLayout->addWidget(ui::paragraph(tr("A report always carries a random number for the person, never their "
                                           "passwords or the reasons they typed. Ask for more only when you need it."),
                                        sendTab));
    m_includeName = new QCheckBox(tr("Reports carry the person's name"), sendTab);
    m_includeName->setObjectName(QStringLiteral("includeNameBox"));
    m_includeEmail = new QCheckBox(tr("Reports carry the person's e-mail address"), sendTab);
    m_includeEmail->setObjectName(QStringLiteral("includeEmailBox"));
    m_showPeople = new QCheckBox(tr("The dashboard may list people one by one (otherwise counts only)"), sendTab);
    m_showPeople->setObjectName(QStringLiteral("showPeopleBox"));
    sendLayout->addWidget(m_includeName);
    sendLayout->addWidget(m_includeEmail);
    sendLayout->addWidget(m_showPeople);
    sendLayout->addWidget(ui::heading(tr("Collector"), 2, sendTab));
    sendLayout->addWidget(ui::paragraph(tr("The computer running “auditor serve” on the school network. Leave empty "
                                           "when staff hand in report files instead."),
                                        sendTab));
    auto* collector = new QFormLayout;
    m_url = new QLineEdit(sendTab);
    m_url->setObjectName(QStringLiteral("collectorUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://192.168.1.10:8443"));
    m_fingerprint = new QLineEdit(sendTab);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintEdit"));
    m_fingerprint->setToolTip(tr("Printed by “auditor serve” when it starts: staff trust only this certificate."));
    m_token = new QLineEdit(sendTab);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    auto* showToken = new QPushButton(tr("Show"), sendTab);
    showToken->setObjectName(QStringLiteral("showTokenButton"));
    showToken->setCheckable(true);
    auto* newToken = new QPushButton(tr("New token"), sendTab);
    newToken->setObjectName(QStringLiteral("newTokenButton"));
    tokenRow->addWidget(showToken);
    tokenRow->addWidget(newToken);
    collector->addRow(tr("Address:"), m_url);
    collector->addRow(tr("Certificate fingerprint:"), m_fingerprint);
    collector->addRow(tr("Enrolment token:"), tokenRow);
    sendLayout->addLayout(collector);
    sendLayout->addStretch(1);
    connect(showToken, &QPushButton::toggled, this, [this, showToken](bool on) {
        m_token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        showToken->setText(on ? tr("Hide") : tr("Show"));
    });
    connect(newToken, &QPushButton::clicked, this, [this]() { m_token->setText(m_controller.newCollectorToken()); });
    tabs->addTab(sendTab, tr("Privacy and collector"));

    m_errors = ui::paragraph(QString(), this);
    m_errors->setObjectName(QStringLiteral("warningBanner"));
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->hide();
    layout->addWidget(m_errors);
    m_code = new QPlainTextEdit(this);
    m_code->setObjectName(QStringLiteral("codeView"));
    m_code->setAccessibleName(tr("Code for staff"));
    m_code->setReadOnly(true);
    m_code->setMaximumHeight(90);
    m_code->hide();
    layout->addWidget(m_code);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* saveButton = buttons->addButton(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    QPushButton* openOther = buttons->addButton(tr("Open…"), QDialogButtonBox::ActionRole);
    openOther->setObjectName(QStringLiteral("openProfileButton"));
    QPushButton* saveAs = buttons->addButton(tr("Save as…"), QDialogButtonBox::ActionRole);
    saveAs->setObjectName(QStringLiteral("saveAsButton"));
    QPushButton* code = buttons->addButton(tr("Copy code for staff"), QDialogButtonBox::ActionRole);
    code->setObjectName(QStringLiteral("copyCodeButton"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(saveButton, &QPushButton::clicked, this, &OrgProfileEditor::save);
    connect(saveAs, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this,
                                                          tr("Save the profile as"),
                                                          QDir::home().filePath(QStringLiteral("org-profile.json")),
                                                          tr("Organisation profile (*.json)"));
        if (!path.isEmpty()) {
            m_path = path;
            m_file->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
            save();
        }
    });
    connect(openOther, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open an organisation profile"), QDir::homePath(), tr("Organisation profile (*.json)"));
        if (!path.isEmpty()) {
            openFile(path);
        }
    });
    connect(code, &QPushButton::clicked, this, &OrgProfileEditor::copyCode);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QCheckBox* OrgProfileEditor::platformBox(const std::string& platformId) const
{
    for (const auto& [id, box] : m_platforms) {
        if (id == platformId) {
            return box;
        }
    }
    return nullptr;
}

bool OrgProfileEditor::openFile(const QString& path)
{
    m_path = path;
    m_file->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    json profile;
    QString error;
    if (!m_controller.loadProfileJson(path, &profile, &error)) {
        showErrors(error);
        return false;
    }
    load(profile);
    return true;
}

void OrgProfileEditor::startNew()
{
    m_path = m_controller.orgProfilePath();
    m_file->setText(tr("A new profile, to be saved as %1").arg(QDir::toNativeSeparators(m_path)));
    load(m_controller.newProfileJson(QStringLiteral("my-organisation"), tr("My organisation"), QString()));
}

void OrgProfileEditor::addUnit(const QString& id, const QString& name, const QString& kind, int expectedStaff)
{
    const int row = m_units->rowCount();
    m_units->insertRow(row);
    m_units->setItem(row, ColId, new QTableWidgetItem(id));
    m_units->setItem(row, ColName, new QTableWidgetItem(name));
    auto* kindBox = new QComboBox(m_units);
    kindBox->addItem(tr("School"), QStringLiteral("school"));
    kindBox->addItem(tr("Office"), QStringLiteral("office"));
    kindBox->addItem(tr("Department"), QStringLiteral("department"));
    kindBox->setCurrentIndex(std::max(0, kindBox->findData(kind)));
    m_units->setCellWidget(row, ColKind, kindBox);
    auto* expected = new QSpinBox(m_units);
    expected->setRange(0, 100000);
    expected->setSpecialValueText(tr("unknown"));
    expected->setValue(expectedStaff);
    m_units->setCellWidget(row, ColExpected, expected);
}

void OrgProfileEditor::load(const json& profile)
{
    m_json = profile;
    m_errors->hide();
    m_code->hide();
    const json unit = profile.value("unit", json::object());
    m_id->setText(QString::fromStdString(profile.value("id", std::string())));
    m_orgName->setText(QString::fromStdString(unit.value("name", std::string())));
    m_parent->setText(QString::fromStdString(unit.value("parent_name", std::string())));
    m_units->setRowCount(0);
    for (const json& u : profile.value("units", json::array())) {
        addUnit(QString::fromStdString(u.value("id", std::string())),
                QString::fromStdString(u.value("name", std::string())),
                QString::fromStdString(u.value("kind", std::string("school"))),
                u.value("expected_staff", 0));
    }
    const json requirements = profile.value("requirements", json::object());
    const std::vector<std::string> platforms = stringList(requirements.value("platforms", json::array()));
    for (const auto& [id, box] : m_platforms) {
        box->setChecked(std::find(platforms.begin(), platforms.end(), id) != platforms.end());
    }
    const std::vector<std::string> checks = stringList(requirements.value("checks", json::array()));
    for (int p = 0; p < m_checks->topLevelItemCount(); ++p) {
        QTreeWidgetItem* top = m_checks->topLevelItem(p);
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem* item = top->child(c);
            const std::string id = item->data(0, Qt::UserRole).toString().toStdString();
            item->setCheckState(
                0, std::find(checks.begin(), checks.end(), id) != checks.end() ? Qt::Checked : Qt::Unchecked);
        }
        top->setExpanded(top->checkState(0) != Qt::Unchecked);
    }
    const json recheck = profile.value("recheck", json::object());
    m_every->setValue(recheck.value("report_every_days", 30));
    m_stale->setValue(recheck.value("stale_after_days", 45));
    const json privacy = profile.value("privacy", json::object());
    m_includeName->setChecked(privacy.value("name", false));
    m_includeEmail->setChecked(privacy.value("email", false));
    m_showPeople->setChecked(privacy.value("show_people", false));
    const json collector = profile.value("collector", json::object());
    m_url->setText(QString::fromStdString(collector.value("url", std::string())));
    m_fingerprint->setText(QString::fromStdString(collector.value("fingerprint", std::string())));
    m_token->setText(QString::fromStdString(collector.value("token", std::string())));
}

json OrgProfileEditor::profile() const
{
    json out = m_json; // every key the editor does not show, as it was
    out["id"] = text(m_id);
    json& unit = out["unit"];
    if (!unit.is_object()) {
        unit = json::object();
    }
    unit["name"] = text(m_orgName);
    if (!text(m_parent).empty() || unit.contains("parent_name")) {
        unit["parent_name"] = text(m_parent);
    }
    json units = json::array();
    for (int row = 0; row < m_units->rowCount(); ++row) {
        const auto cell = [this, row](int column) {
            const QTableWidgetItem* item = m_units->item(row, column);
            return item ? item->text().trimmed().toStdString() : std::string();
        };
        const auto* kind = qobject_cast<const QComboBox*>(m_units->cellWidget(row, ColKind));
        const auto* expected = qobject_cast<const QSpinBox*>(m_units->cellWidget(row, ColExpected));
        json u{{"id", cell(ColId)}, {"name", cell(ColName)}};
        u["kind"] = kind ? kind->currentData().toString().toStdString() : std::string(kKinds[0]);
        u["expected_staff"] = expected ? expected->value() : 0;
        units.push_back(std::move(u));
    }
    out["units"] = std::move(units);
    json platforms = json::array();
    for (const auto& [id, box] : m_platforms) {
        if (box->isChecked()) {
            platforms.push_back(id);
        }
    }
    json checks = json::array();
    for (int p = 0; p < m_checks->topLevelItemCount(); ++p) {
        const QTreeWidgetItem* top = m_checks->topLevelItem(p);
        for (int c = 0; c < top->childCount(); ++c) {
            if (top->child(c)->checkState(0) == Qt::Checked) {
                checks.push_back(top->child(c)->data(0, Qt::UserRole).toString().toStdString());
            }
        }
    }
    json& requirements = out["requirements"];
    if (!requirements.is_object()) {
        requirements = json::object();
    }
    requirements["platforms"] = std::move(platforms);
    requirements["checks"] = std::move(checks);
    json& recheck = out["recheck"];
    if (!recheck.is_object()) {
        recheck = json::object();
    }
    recheck["report_every_days"] = m_every->value();
    recheck["stale_after_days"] = m_stale->value();
    json& privacy = out["privacy"];
    if (!privacy.is_object()) {
        privacy = json::object();
    }
    privacy["name"] = m_includeName->isChecked();
    privacy["email"] = m_includeEmail->isChecked();
    privacy["show_people"] = m_showPeople->isChecked();
    if (text(m_url).empty() && text(m_fingerprint).empty() && text(m_token).empty()) {
        out.erase("collector"); // reports are handed in as files
    } else {
        json& collector = out["collector"];
        if (!collector.is_object()) {
            collector = json::object();
        }
        collector["url"] = text(m_url);
        collector["fingerprint"] = text(m_fingerprint);
        collector["token"] = text(m_token);
    }
    return out;
}

QString OrgProfileEditor::errorText() const
{
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void OrgProfileEditor::showErrors(const QString& text)
{
    m_errors->setText(text);
    m_errors->setVisible(!text.isEmpty());
}

QString OrgProfileEditor::fieldName(const std::string& pointer) const
{
    // "/units/2/name" → "Units, row 3: Name"; other pointers are shown as they are.
    const QStringList parts = QString::fromStdString(pointer).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return tr("The profile");
    }
    const QString& head = parts[0];
    if (head == QLatin1String("id")) {
        return tr("Profile id");
    }
    if (head == QLatin1String("unit") && parts.size() > 1) {
        if (parts[1] == QLatin1String("name")) {
            return tr("Organisation name");
        }
        if (parts[1] == QLatin1String("parent_name")) {
            return tr("Parent body");
        }
    }
    if (head == QLatin1String("units")) {
        if (parts.size() < 2) {
            return tr("Units");
        }
        const int row = parts[1].toInt() + 1;
        static const std::map<QString, int> columns{{QStringLiteral("id"), ColId},
                                                    {QStringLiteral("name"), ColName},
                                                    {QStringLiteral("kind"), ColKind},
                                                    {QStringLiteral("expected_staff"), ColExpected}};
        if (parts.size() > 2) {
            if (const auto it = columns.find(parts[2]); it != columns.end()) {
                return tr("Units, row %1: %2").arg(row).arg(m_units->horizontalHeaderItem(it->second)->text());
            }
        }
        return tr("Units, row %1").arg(row);
    }
    if (head == QLatin1String("requirements")) {
        return parts.size() > 1 && parts[1] == QLatin1String("checks") ? tr("Required checks")
                                                                       : tr("Required accounts");
    }
    if (head == QLatin1String("recheck")) {
        return parts.size() > 1 && parts[1] == QLatin1String("stale_after_days") ? tr("Out of date after")
                                                                                 : tr("Report every");
    }
    if (head == QLatin1String("privacy")) {
        return tr("Privacy");
    }
    if (head == QLatin1String("collector") && parts.size() > 1) {
        if (parts[1] == QLatin1String("url")) {
            return tr("Collector address");
        }
        if (parts[1] == QLatin1String("fingerprint")) {
            return tr("Certificate fingerprint");
        }
        if (parts[1] == QLatin1String("token")) {
            return tr("Enrolment token");
        }
    }
    return QString::fromStdString(pointer);
}

bool OrgProfileEditor::save()
{
    std::vector<auditor::JsonIssue> issues;
    QString error;
    const json edited = profile();
    if (!m_controller.saveProfileJson(m_path, edited, &issues, &error)) {
        QString text = tr("The profile was not saved:") + QLatin1Char('\n') + error;
        for (const auditor::JsonIssue& issue : issues) {
            text += QStringLiteral("\n• %1: %2").arg(fieldName(issue.pointer), QString::fromStdString(issue.message));
        }
        showErrors(text);
        m_file->setText(tr("File: %1").arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    m_json = edited;
    showErrors(QString());
    m_file->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(m_path)));
    return true;
}

QString OrgProfileEditor::copyCode()
{
    // The code is of the profile as saved: staff must get what the file says.
    if (!save()) {
        return QString();
    }
    const QString code = m_controller.profileCode(m_json);
    QApplication::clipboard()->setText(code);
    m_code->setPlainText(code);
    m_code->show();
    return code;
}
