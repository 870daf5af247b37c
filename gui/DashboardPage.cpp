#include "DashboardPage.h"

#include "AuditController.h"
#include "DashboardCharts.h"
#include "DashboardController.h"
#include "DashboardModels.h"
#include "MainWindow.h"
#include "Ui.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace auditor;

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

/** Shows every row of a table up to `maxRows`, then scrolls inside it. */
void fitHeight(QTableView* view, int maxRows)
{
    view->resizeRowsToContents();
    const int rows = std::min(view->model()->rowCount(), maxRows);
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    for (int i = 0; i < rows; ++i) {
        height += view->rowHeight(i);
    }
    // Room for a horizontal scroll bar only when the columns are wider than the page.
    const int available = view->parentWidget() ? view->parentWidget()->width() : view->width();
    if (view->verticalHeader()->width() + view->horizontalHeader()->length() > available - 20) {
        height += view->horizontalScrollBar()->sizeHint().height();
    }
    view->setFixedHeight(height);
}

QFrame* card(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("checkCard"));
    return frame;
}

} // namespace

DashboardPage::DashboardPage(AuditController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_dashboard(std::make_unique<DashboardController>(controller.contentDir(),
                                                        controller.dataDir(),
                                                        controller.content(),
                                                        controller.catalog(),
                                                        controller.clock(),
                                                        controller.language().toStdString()))
{
    setObjectName(QStringLiteral("dashboardPage"));
    QVBoxLayout* layout = ui::scrollingBody(this, 28, 12);
    QWidget* body = layout->parentWidget();

    layout->addWidget(ui::heading(tr("School readiness"), 8, body));
    layout->addWidget(ui::paragraph(tr("What the staff reports collected from your schools and offices say: who has "
                                       "reported, which checks are done, where help is needed."),
                                    body));

    auto* sourceRow = new QHBoxLayout;
    m_source = ui::paragraph(QString(), body);
    m_source->setObjectName(QStringLiteral("sources"));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* openButton = new QPushButton(tr("Open another report store…"), body);
    openButton->setObjectName(QStringLiteral("openStoreButton"));
    auto* refreshButton = new QPushButton(tr("&Refresh"), body);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(openButton);
    sourceRow->addWidget(refreshButton);
    layout->addLayout(sourceRow);

    m_problem = ui::paragraph(QString(), body);
    m_problem->setObjectName(QStringLiteral("warningBanner"));
    m_problem->hide();
    layout->addWidget(m_problem);

    // No store yet: how reports get here, in plain words (not an error).
    m_empty = card(body);
    m_empty->setObjectName(QStringLiteral("checkCard"));
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(18, 14, 18, 14);
    emptyLayout->addWidget(ui::heading(tr("No reports collected yet"), 3, m_empty));
    m_emptyText = ui::paragraph(QString(), m_empty);
    m_emptyText->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    emptyLayout->addWidget(m_emptyText);
    layout->addWidget(m_empty);

    m_content = new QWidget(body);
    buildContent(m_content);
    layout->addWidget(m_content);
    layout->addStretch(1);

    connect(openButton, &QPushButton::clicked, this, [this]() {
        const QString start = QString::fromStdU16String(m_dashboard->defaultStorePath().parent_path().u16string());
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Open a report store"), start, tr("Report store (*.sqlite *.db);;All files (*)"));
        if (!file.isEmpty()) {
            openStore(std::filesystem::path(file.toStdU16String()));
        }
    });
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);

    openStore(m_dashboard->defaultStorePath());
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::buildContent(QWidget* host)
{
    auto* layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    // Headline tiles.
    auto* tiles = new QGridLayout;
    tiles->setSpacing(10);
    const std::pair<const char*, QString> names[] = {
        {"reported", tr("staff reported (of those expected)")},
        {"current", tr("reports current")},
        {"stale", tr("stale / not reported")},
        {"average", tr("average score (a first impression)")},
        {"incidents", tr("open account incidents")},
    };
    int column = 0;
    for (const auto& [name, caption] : names) {
        QFrame* tile = card(host);
        auto* tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(14, 10, 14, 10);
        QLabel* value = ui::heading(QString(), 8, tile);
        value->setObjectName(QStringLiteral("tile_") + QLatin1String(name));
        QLabel* label = ui::paragraph(caption, tile);
        label->setObjectName(QStringLiteral("sources"));
        value->setBuddy(label);
        tileLayout->addWidget(value);
        tileLayout->addWidget(label);
        tileLayout->addStretch(1);
        tiles->addWidget(tile, 0, column++);
        m_tiles[QLatin1String(name)] = value;
    }
    layout->addLayout(tiles);

    // Filters and exports.
    auto* filters = new QHBoxLayout;
    auto* unitLabel = new QLabel(tr("&Unit:"), host);
    m_unitFilter = new QComboBox(host);
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitFilter->setMinimumContentsLength(24);
    unitLabel->setBuddy(m_unitFilter);
    auto* platformLabel = new QLabel(tr("&Platform:"), host);
    m_platformFilter = new QComboBox(host);
    m_platformFilter->setObjectName(QStringLiteral("platformFilter"));
    m_platformFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_platformFilter->setMinimumContentsLength(20);
    platformLabel->setBuddy(m_platformFilter);
    filters->addWidget(unitLabel);
    filters->addWidget(m_unitFilter);
    filters->addSpacing(12);
    filters->addWidget(platformLabel);
    filters->addWidget(m_platformFilter);
    filters->addStretch(1);
    // One button with a menu: the row stays short enough for Vietnamese labels.
    auto* exportButton = new QPushButton(tr("&Export…"), host);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto* exportMenu = new QMenu(exportButton);
    QAction* csv = exportMenu->addAction(tr("CSV of the checks by unit…"));
    exportMenu->setToolTipsVisible(true);
    csv->setToolTip(tr("For Excel and other spreadsheets: Vietnamese shows correctly."));
    QAction* unitsCsv = exportMenu->addAction(tr("CSV of the units…"));
    m_peopleCsv = exportMenu->addAction(tr("CSV of the people…"));
    m_peopleCsv->setToolTip(tr("Only when the organisation's profile allows listing people."));
    QAction* json = exportMenu->addAction(tr("JSON…"));
    QAction* pdf = exportMenu->addAction(tr("Department report, PDF (A4)…"));
    exportButton->setMenu(exportMenu);
    filters->addWidget(exportButton);
    layout->addLayout(filters);

    // Heat map.
    layout->addWidget(ui::heading(tr("Checks by unit"), 2, host));
    layout->addWidget(ui::paragraph(tr("Each cell is the share of people who have done the check (stale ones not "
                                       "counted); the darker the cell, the more is left to do. ★ marks checks the "
                                       "organisation requires. Double-click a cell or press Enter to see the people."),
                                    host));
    m_heatModel = new HeatMapModel(this);
    m_heatMap = new QTableView(host);
    m_heatMap->setObjectName(QStringLiteral("heatMap"));
    m_heatMap->setAccessibleName(tr("Checks by unit"));
    m_heatMap->setModel(m_heatModel);
    m_heatMap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heatMap->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heatMap->setWordWrap(true);
    m_heatMap->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_heatMap->horizontalHeader()->setDefaultSectionSize(104);
    m_heatMap->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_heatMap->verticalHeader()->setMaximumWidth(380);
    m_heatMap->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_heatMap->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_heatMap);
    connect(m_heatMap, &QTableView::activated, this, [this](const QModelIndex& index) { openDrillDown(index); });

    // Charts side by side.
    auto* charts = new QHBoxLayout;
    charts->setSpacing(10);
    for (BarChart** chart : {&m_histogram, &m_trend}) {
        QFrame* frame = card(host);
        auto* chartLayout = new QVBoxLayout(frame);
        chartLayout->setContentsMargins(14, 10, 14, 10);
        const bool histogram = chart == &m_histogram;
        chartLayout->addWidget(ui::heading(histogram ? tr("Score distribution") : tr("Trend over 12 weeks"), 1, frame));
        chartLayout->addWidget(ui::paragraph(histogram ? tr("People by score (%)")
                                                       : tr("Average score at each week's end; under it, people "
                                                            "who had reported"),
                                             frame));
        *chart = new BarChart(frame);
        (*chart)->setObjectName(histogram ? QStringLiteral("histogram") : QStringLiteral("trend"));
        (*chart)->setAccessibleName(histogram ? tr("Score distribution") : tr("Trend over 12 weeks"));
        chartLayout->addWidget(*chart);
        charts->addWidget(frame, 1);
    }
    layout->addLayout(charts);

    // Units.
    layout->addWidget(ui::heading(tr("Units"), 2, host));
    m_unitsModel = new UnitsModel(this);
    m_unitsTable = new QTableView(host);
    m_unitsTable->setObjectName(QStringLiteral("unitsTable"));
    m_unitsTable->setAccessibleName(tr("Units"));
    m_unitsTable->setModel(m_unitsModel);
    m_unitsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unitsTable->setTabKeyNavigation(false);
    m_unitsTable->verticalHeader()->hide();
    m_unitsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_unitsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_unitsTable);

    m_peopleNote = ui::paragraph(QString(), host);
    m_peopleNote->setObjectName(QStringLiteral("sources"));
    layout->addWidget(m_peopleNote);

    const auto refilter = [this]() {
        if (!m_fillingFilters) {
            refresh();
        }
    };
    connect(m_unitFilter, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_platformFilter, &QComboBox::currentIndexChanged, this, refilter);
    connect(csv, &QAction::triggered, this, [this]() {
        exportWith(
            tr("Export CSV"), tr("CSV for spreadsheets (*.csv)"), QStringLiteral("csv"), &DashboardPage::exportCsv);
    });
    connect(unitsCsv, &QAction::triggered, this, [this]() {
        exportWith(tr("Export CSV"),
                   tr("CSV for spreadsheets (*.csv)"),
                   QStringLiteral("csv"),
                   &DashboardPage::exportUnitsCsv);
    });
    connect(m_peopleCsv, &QAction::triggered, this, [this]() {
        exportWith(tr("Export CSV"),
                   tr("CSV for spreadsheets (*.csv)"),
                   QStringLiteral("csv"),
                   &DashboardPage::exportPeopleCsv);
    });
    connect(json, &QAction::triggered, this, [this]() {
        exportWith(tr("Export JSON"), tr("JSON (*.json)"), QStringLiteral("json"), &DashboardPage::exportJson);
    });
    connect(pdf, &QAction::triggered, this, [this]() {
        exportWith(tr("Department PDF report"), tr("PDF (*.pdf)"), QStringLiteral("pdf"), &DashboardPage::exportPdf);
    });
}

QLabel* DashboardPage::tile(const QString& name) const
{
    const auto it = m_tiles.find(name);
    return it == m_tiles.end() ? nullptr : it->second;
}

void DashboardPage::openStore(const std::filesystem::path& storeFile)
{
    m_fillingFilters = true;
    m_unitFilter->clear();
    m_platformFilter->clear();
    m_fillingFilters = false;
    m_summary = ReadinessSummary{};
    const QString where = QDir::toNativeSeparators(QString::fromStdU16String(storeFile.u16string()));
    const DashboardController::State state = m_dashboard->open(storeFile);
    m_problem->hide();
    m_empty->setVisible(state == DashboardController::State::NoStore);
    m_content->setVisible(state == DashboardController::State::Ready);
    switch (state) {
    case DashboardController::State::NoStore:
        m_source->setText(tr("Report store: %1 (not there yet)").arg(where));
        m_emptyText->setText(
            tr("Staff send their self-check reports to you in one of two ways. On a computer of the school network, "
               "run <b>auditor serve</b>: staff who joined your organisation send their reports to it from the "
               "\"My school\" page. Or collect the report files they export (File → Export report) in a folder and "
               "run <b>auditor readiness import</b> with that folder. Either way the reports are kept in %1, and "
               "this page shows them. If they are kept elsewhere, open that file with \"Open another report "
               "store…\".")
                .arg(where.toHtmlEscaped()));
        return;
    case DashboardController::State::Failed:
        m_source->setText(tr("Report store: %1").arg(where));
        m_problem->setText(tr("This report store cannot be read: %1").arg(m_dashboard->problem()));
        m_problem->show();
        return;
    case DashboardController::State::Ready:
        break;
    }
    QString profile;
    if (m_dashboard->hasProfile()) {
        profile = tr("organisation: %1").arg(qs(m_dashboard->profile().orgName));
    } else if (!m_dashboard->profileProblem().isEmpty()) {
        profile = tr("the organisation profile cannot be used (%1), so units are the ones the reports name")
                      .arg(m_dashboard->profileProblem());
    } else {
        profile = tr("no organisation profile in the data folder, so units are the ones the reports name");
    }
    m_source->setText(tr("Report store: %1; %2").arg(where, profile));
    refresh();
}

void DashboardPage::refresh()
{
    if (m_dashboard->state() != DashboardController::State::Ready) {
        openStore(m_dashboard->storeFile());
        return;
    }
    SummaryFilter filter;
    if (const QString unit = m_unitFilter->currentData().toString(); !unit.isEmpty()) {
        filter.units.push_back(unit.toStdString());
    }
    if (const QString platform = m_platformFilter->currentData().toString(); !platform.isEmpty()) {
        filter.platforms.push_back(platform.toStdString());
    }
    QString error;
    if (!m_dashboard->summarize(filter, &m_summary, &error)) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    m_problem->hide();
    if (filter.units.empty() && filter.platforms.empty()) {
        fillFilters();
    }
    showSummary();
}

void DashboardPage::fillFilters()
{
    const QString unit = m_unitFilter->currentData().toString();
    const QString platform = m_platformFilter->currentData().toString();
    m_fillingFilters = true;
    m_unitFilter->clear();
    m_unitFilter->addItem(tr("All units"), QString());
    for (const UnitSummary& u : m_summary.units) {
        m_unitFilter->addItem(HeatMapModel::unitLabel(u), qs(u.id));
    }
    m_platformFilter->clear();
    m_platformFilter->addItem(tr("All platforms"), QString());
    const std::map<std::string, std::string> names = m_dashboard->platformNames();
    std::vector<std::string> seen;
    for (const CheckRow& row : m_summary.checks) {
        if (std::find(seen.begin(), seen.end(), row.platform) == seen.end()) {
            seen.push_back(row.platform);
            const auto it = names.find(row.platform);
            m_platformFilter->addItem(qs(it == names.end() ? row.platform : it->second), qs(row.platform));
        }
    }
    m_unitFilter->setCurrentIndex(std::max(0, m_unitFilter->findData(unit)));
    m_platformFilter->setCurrentIndex(std::max(0, m_platformFilter->findData(platform)));
    m_fillingFilters = false;
}

void DashboardPage::showSummary()
{
    const UnitSummary& t = m_summary.total;
    m_tiles[QStringLiteral("reported")]->setText(
        t.expected > 0 ? QStringLiteral("%1 / %2").arg(t.reported).arg(t.expected) : QString::number(t.reported));
    m_tiles[QStringLiteral("current")]->setText(QString::number(t.current));
    m_tiles[QStringLiteral("stale")]->setText(QStringLiteral("%1 / %2").arg(t.stale).arg(t.notReported));
    m_tiles[QStringLiteral("average")]->setText(QStringLiteral("%1%").arg(t.averagePercent));
    m_tiles[QStringLiteral("incidents")]->setText(QString::number(t.openIncidents));

    m_heatModel->setSummary(m_summary);
    fitHeight(m_heatMap, 16);
    m_unitsModel->setSummary(m_summary);
    fitHeight(m_unitsTable, 12);

    std::vector<int> counts(m_summary.histogram.begin(), m_summary.histogram.end());
    QStringList bins;
    QStringList countTexts;
    int top = 1;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        bins << (i + 1 == counts.size() ? QStringLiteral("90+") : QString::number(i * 10));
        countTexts << QString::number(counts[i]);
        top = std::max(top, counts[i]);
    }
    m_histogram->setBars(counts, top, bins, countTexts);

    std::vector<int> averages;
    QStringList weeks;
    QStringList averageTexts;
    QStringList people;
    for (const TrendPoint& point : m_summary.trend) {
        averages.push_back(point.people > 0 ? point.averagePercent : 0);
        weeks << (point.weekEnding.size() >= 10
                      ? qs(point.weekEnding.substr(8, 2) + "/" + point.weekEnding.substr(5, 2))
                      : qs(point.weekEnding));
        averageTexts << (point.people > 0 ? QStringLiteral("%1%").arg(point.averagePercent) : QStringLiteral("–"));
        people << QString::number(point.people);
    }
    m_trend->setBars(averages, 100, weeks, averageTexts, people);

    QString note = m_summary.peopleShown
        ? tr("The organisation's profile allows listing people: a cell's people are shown when you open it.")
        : tr("The organisation's profile does not allow listing people: the dashboard shows counts only.");
    if (m_summary.otherProfileReports > 0) {
        note += QLatin1Char(' ')
            + tr("%n report(s) made under another organisation profile are not counted.",
                 nullptr,
                 m_summary.otherProfileReports);
    }
    m_peopleNote->setText(note);
    m_peopleCsv->setEnabled(m_summary.peopleShown);
}

QDialog* DashboardPage::openDrillDown(const QModelIndex& index)
{
    const CheckRow* check = m_heatModel->check(index.row());
    const CellStats* stats = m_heatModel->stats(index);
    if (!check || !stats) {
        return nullptr;
    }
    const UnitSummary* unit = m_heatModel->unit(index.column());
    const QString where = unit ? HeatMapModel::unitLabel(*unit) : tr("All units");
    auto* dialog = new DrillDownDialog(
        QStringLiteral("%1 – %2").arg(qs(check->title.empty() ? check->check : check->title), where),
        HeatMapModel::countsText(*stats),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_summary.peopleShown) {
        dialog->showHidden(tr("The organisation's profile does not allow listing people, so only the counts are "
                              "shown."));
    } else {
        // Who still has to act first, then the others. NotRelevant never matches a reported
        // check: with `missing` it asks for the people whose report lacks the required platform.
        struct Group
        {
            CheckState state;
            bool missing;
            QString label;
        };
        const Group groups[] = {
            {CheckState::NotDone, false, tr("Not done")},
            {CheckState::Open, false, tr("Open")},
            {CheckState::NotRelevant, true, tr("Missing: the required platform is not in the report")},
            {CheckState::Stale, false, tr("Stale")},
            {CheckState::RiskAccepted, false, tr("Risk accepted")},
            {CheckState::Done, false, tr("Done")},
            {CheckState::NotApplicable, false, tr("Not applicable")},
        };
        for (const Group& group : groups) {
            std::vector<PersonLine> people;
            QString error;
            if (!m_dashboard->people(
                    unit ? unit->id : std::string(), check->check, {group.state}, group.missing, &people, &error)) {
                dialog->showHidden(error);
                break;
            }
            const QString key
                = group.missing ? QStringLiteral("missing") : QString::fromStdString(toString(group.state));
            dialog->addPeople(group.label, key, people, m_controller.language());
        }
    }
    dialog->show();
    return dialog;
}

void DashboardPage::exportWith(const QString& title,
                               const QString& filter,
                               const QString& suffix,
                               bool (DashboardPage::*write)(const QString&, QString*))
{
    const QString name = QStringLiteral("readiness-%1.%2").arg(qs(formatIsoDate(m_controller.clock().now())), suffix);
    const QString path = QFileDialog::getSaveFileName(this, title, QDir::home().filePath(name), filter);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!(this->*write)(path, &error)) {
        QMessageBox::warning(this, title, error);
    }
}

bool DashboardPage::exportCsv(const QString& path, QString* errorText)
{
    return m_dashboard->exportCsv(m_summary, path, errorText);
}

bool DashboardPage::exportUnitsCsv(const QString& path, QString* errorText)
{
    return m_dashboard->exportCsv(m_summary, path, errorText, CsvTable::Units);
}

bool DashboardPage::exportPeopleCsv(const QString& path, QString* errorText)
{
    return m_dashboard->exportCsv(m_summary, path, errorText, CsvTable::People);
}

bool DashboardPage::exportJson(const QString& path, QString* errorText)
{
    return m_dashboard->exportJson(m_summary, path, errorText);
}

bool DashboardPage::exportPdf(const QString& path, QString* errorText)
{
    return m_dashboard->exportPdf(m_summary, path, errorText);
}

DrillDownDialog::DrillDownDialog(const QString& title, const QString& counts, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(title);
    resize(640, 420);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ui::heading(title, 2, this));
    auto* countsLabel = ui::paragraph(counts, this);
    countsLabel->setObjectName(QStringLiteral("drillDownCounts"));
    layout->addWidget(countsLabel);
    m_note = ui::paragraph(QString(), this);
    m_note->setObjectName(QStringLiteral("drillDownNote"));
    m_note->hide();
    layout->addWidget(m_note);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("drillDownPeople"));
    m_table->setAccessibleName(tr("People"));
    m_table->setHorizontalHeaderLabels(
        {tr("Person"), tr("State"), tr("Report date"), tr("Score"), tr("Open incidents")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void DrillDownDialog::addPeople(const QString& state,
                                const QString& key,
                                const std::vector<PersonLine>& people,
                                const QString& lang)
{
    for (const PersonLine& person : people) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(qs(person.label)));
        auto* stateItem = new QTableWidgetItem(state);
        stateItem->setData(Qt::UserRole, key);
        m_table->setItem(row, 1, stateItem);
        QString date = ui::dateText(person.generatedAt, lang);
        if (person.stale) {
            date += QStringLiteral(" (") + tr("stale report") + QLatin1Char(')');
        }
        m_table->setItem(row, 2, new QTableWidgetItem(date));
        m_table->setItem(row, 3, new QTableWidgetItem(QStringLiteral("%1%").arg(person.percent)));
        m_table->setItem(row, 4, new QTableWidgetItem(QString::number(person.openIncidents)));
    }
}

void DrillDownDialog::showHidden(const QString& sentence)
{
    m_note->setText(sentence);
    m_note->show();
    m_table->hide();
}

// The sidebar's "School readiness" page, built the first time it is shown.
DashboardPage* MainWindow::dashboardPage()
{
    if (!m_stack) {
        return nullptr; // the accounts page replaced the pages
    }
    if (!m_dashboard) {
        m_dashboard = new DashboardPage(m_controller, m_stack);
        m_stack->addWidget(m_dashboard);
    }
    return m_dashboard;
}

void MainWindow::showDashboardPage()
{
    if (DashboardPage* page = dashboardPage()) {
        m_stack->setCurrentWidget(page);
    }
}
