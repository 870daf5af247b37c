#pragma once

#include "readiness/Summary.h"

#include <QDialog>
#include <QWidget>

#include <filesystem>
#include <map>
#include <memory>

class AuditController;
class BarChart;
class DashboardController;
class HeatMapModel;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class UnitsModel;

/**
 * "School readiness", for the IT lead: what the collected staff reports say, school by school.
 * Headline tiles, unit and platform filters, the heat map of checks × units (double-click a cell
 * for its people, as the profile allows), score distribution and 12-week trend, the units table,
 * and exports (CSV, JSON, PDF). Every number comes from the core through DashboardController.
 */
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AuditController& controller, QWidget* parent = nullptr);
    ~DashboardPage() override;

    /** Opens another report store (the default is <data>/collector/reports.sqlite) and shows it. */
    void openStore(const std::filesystem::path& storeFile);
    /** Reads the store again with the chosen filters. */
    void refresh();

    /** Writes the shown summary; false with `errorText` on failure. The buttons ask for a file, then call these. */
    bool exportCsv(const QString& path, QString* errorText);
    bool exportUnitsCsv(const QString& path, QString* errorText);
    bool exportPeopleCsv(const QString& path, QString* errorText);
    bool exportJson(const QString& path, QString* errorText);
    bool exportPdf(const QString& path, QString* errorText);
    /** The people behind a heat-map cell, in a dialog (shown, not modal, so a test can read it). */
    QDialog* openDrillDown(const QModelIndex& index);

    // For tests and screenshots.
    const auditor::ReadinessSummary& summary() const
    {
        return m_summary;
    }
    DashboardController& dashboard() const
    {
        return *m_dashboard;
    }
    QLabel* tile(const QString& name) const;
    QComboBox* unitFilter() const
    {
        return m_unitFilter;
    }
    QComboBox* platformFilter() const
    {
        return m_platformFilter;
    }
    QTableView* heatMap() const
    {
        return m_heatMap;
    }
    QTableView* unitsTable() const
    {
        return m_unitsTable;
    }
    BarChart* histogram() const
    {
        return m_histogram;
    }
    BarChart* trend() const
    {
        return m_trend;
    }
    QWidget* emptyState() const
    {
        return m_empty;
    }
    QWidget* content() const
    {
        return m_content;
    }

private:
    void buildContent(QWidget* body);
    void showSummary();
    void fillFilters();
    void exportWith(const QString& title,
                    const QString& filter,
                    const QString& suggested,
                    bool (DashboardPage::*write)(const QString&, QString*));

    AuditController& m_controller;
    std::unique_ptr<DashboardController> m_dashboard;
    auditor::ReadinessSummary m_summary;
    bool m_fillingFilters = false;

    QLabel* m_source = nullptr;
    QLabel* m_problem = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyText = nullptr;
    QWidget* m_content = nullptr;
    std::map<QString, QLabel*> m_tiles;
    QComboBox* m_unitFilter = nullptr;
    QComboBox* m_platformFilter = nullptr;
    HeatMapModel* m_heatModel = nullptr;
    QTableView* m_heatMap = nullptr;
    UnitsModel* m_unitsModel = nullptr;
    QTableView* m_unitsTable = nullptr;
    BarChart* m_histogram = nullptr;
    BarChart* m_trend = nullptr;
    QLabel* m_peopleNote = nullptr;
    QAction* m_peopleCsv = nullptr;
};

/** The people behind one heat-map cell, by state of the check; or, when the profile hides people, the counts only. */
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(const QString& title, const QString& counts, QWidget* parent);
    /**
     * Adds the people of one state: `state` in words in the State column, `key` ("not_done",
     * "missing"…) as that cell's Qt::UserRole.
     */
    void addPeople(const QString& state,
                   const QString& key,
                   const std::vector<auditor::PersonLine>& people,
                   const QString& lang);
    void showHidden(const QString& sentence);
    QTableWidget* table() const
    {
        return m_table;
    }
    QLabel* note() const
    {
        return m_note;
    }

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
};
