#pragma once

#include "readiness/Summary.h"

#include <QAbstractTableModel>

#include <vector>

/**
 * The heat map: one row per check of the summary (required checks first, then the others, each
 * in content order), one column per unit and a last "all units" column. A cell shows the core's
 * percentDone, shaded with the report's colour scale; its tooltip gives the counts.
 */
class HeatMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        UnitIdRole = Qt::UserRole, // "" for the all-units column
        CheckIdRole,
        PercentRole, // percentDone, -1 when nobody it applies to
    };

    explicit HeatMapModel(QObject* parent = nullptr);

    void setSummary(const auditor::ReadinessSummary& summary);
    /** The row's check, for the drill-down. */
    const auditor::CheckRow* check(int row) const;
    /** The cell's counts (the total for the last column). */
    const auditor::CellStats* stats(const QModelIndex& index) const;
    /** The column's unit, null for the all-units column. */
    const auditor::UnitSummary* unit(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** "Done 9 · stale 1 · …": the counts in words, for a tooltip or the drill-down. */
    static QString countsText(const auditor::CellStats& stats);
    /** A unit's name; the summary's "?" unit (reports naming a unit the profile lacks) in words. */
    static QString unitLabel(const auditor::UnitSummary& unit);

private:
    std::vector<auditor::UnitSummary> m_units;
    std::vector<auditor::CheckRow> m_rows;
};

/** The units: reported, expected, current, stale, not reported, average, open incidents; a total row last. */
class UnitsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit UnitsModel(QObject* parent = nullptr);

    void setSummary(const auditor::ReadinessSummary& summary);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<auditor::UnitSummary> m_units; // the total last
};
