#include "DashboardModels.h"

#include "ReadinessReport.h"

#include <QBrush>
#include <QFont>

using namespace auditor;

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString unitName(const UnitSummary& unit)
{
    return HeatMapModel::unitLabel(unit);
}

/** A unit's name on lines of about 14 characters, so narrow heat-map columns show all of it. */
QString wrapped(const QString& name)
{
    QStringList lines;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.back().size() + 1 + word.size() <= 14) {
            lines.back() += QLatin1Char(' ') + word;
        } else {
            lines << word;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

HeatMapModel::HeatMapModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void HeatMapModel::setSummary(const ReadinessSummary& summary)
{
    beginResetModel();
    m_units = summary.units;
    m_rows.clear();
    for (const bool required : {true, false}) {
        for (const CheckRow& row : summary.checks) {
            if (row.required == required) {
                m_rows.push_back(row);
            }
        }
    }
    endResetModel();
}

const CheckRow* HeatMapModel::check(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

const UnitSummary* HeatMapModel::unit(int column) const
{
    return column >= 0 && static_cast<std::size_t>(column) < m_units.size() ? &m_units[static_cast<std::size_t>(column)]
                                                                            : nullptr;
}

const CellStats* HeatMapModel::stats(const QModelIndex& index) const
{
    const CheckRow* row = check(index.row());
    if (!row || index.column() < 0 || index.column() >= columnCount()) {
        return nullptr;
    }
    const auto column = static_cast<std::size_t>(index.column());
    if (column == m_units.size()) {
        return &row->total;
    }
    return column < row->cells.size() ? &row->cells[column] : nullptr;
}

int HeatMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HeatMapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_rows.empty() ? 0 : static_cast<int>(m_units.size()) + 1;
}

QString HeatMapModel::unitLabel(const UnitSummary& unit)
{
    if (unit.id == "?" && (unit.name.empty() || unit.name == "?")) {
        return tr("Other units (not in the profile)");
    }
    return qs(unit.name.empty() ? unit.id : unit.name);
}

QString HeatMapModel::countsText(const CellStats& s)
{
    return tr("Done %1 · stale %2 · open %3 · not done %4 · not applicable %5 · risk accepted %6 · missing %7 (of %8 "
              "people)")
        .arg(s.done)
        .arg(s.stale)
        .arg(s.open)
        .arg(s.notDone)
        .arg(s.notApplicable)
        .arg(s.riskAccepted)
        .arg(s.missing)
        .arg(s.people);
}

QVariant HeatMapModel::data(const QModelIndex& index, int role) const
{
    const CellStats* s = stats(index);
    if (!s) {
        return {};
    }
    const CheckRow& row = *check(index.row());
    const int percent = s->percentDone();
    const bool total = index.column() == static_cast<int>(m_units.size());
    switch (role) {
    case Qt::DisplayRole:
        return percent < 0 ? QStringLiteral("–") : QStringLiteral("%1%").arg(percent);
    case Qt::BackgroundRole:
        return QBrush(readinessCellColour(percent));
    case Qt::ForegroundRole:
        return QBrush(readinessCellInk(percent));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case Qt::FontRole:
        if (total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString where = total ? tr("All units") : unitName(m_units[static_cast<std::size_t>(index.column())]);
        QString text = QStringLiteral("%1 – %2: %3\n%4")
                           .arg(qs(row.title.empty() ? row.check : row.title),
                                where,
                                percent < 0 ? tr("nobody has to do this") : tr("%1% done").arg(percent),
                                countsText(*s));
        if (role == Qt::ToolTipRole) {
            text += QLatin1Char('\n') + tr("Double-click to see the people.");
        }
        return text;
    }
    case UnitIdRole:
        return total ? QString() : qs(m_units[static_cast<std::size_t>(index.column())].id);
    case CheckIdRole:
        return qs(row.check);
    case PercentRole:
        return percent;
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
            return {};
        }
        const UnitSummary* u = unit(section);
        const QString name = u ? unitName(*u) : tr("All units");
        return role == Qt::DisplayRole ? wrapped(name) : name;
    }
    const CheckRow* row = check(section);
    if (!row) {
        return {};
    }
    const QString title = qs(row->title.empty() ? row->check : row->title);
    switch (role) {
    case Qt::DisplayRole:
        // ★ marks what the organisation requires; the tooltip says it in words.
        return row->required ? QStringLiteral("★ ") + title : title;
    case Qt::ToolTipRole:
        return row->required ? tr("%1 (required by the organisation)").arg(title) : title;
    case Qt::FontRole:
        if (row->required) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

UnitsModel::UnitsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void UnitsModel::setSummary(const ReadinessSummary& summary)
{
    beginResetModel();
    m_units = summary.units;
    m_units.push_back(summary.total);
    endResetModel();
}

int UnitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_units.size());
}

int UnitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 8;
}

QVariant UnitsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const UnitSummary& u = m_units[static_cast<std::size_t>(index.row())];
    const bool total = index.row() + 1 == rowCount();
    if (role == Qt::FontRole && total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() > 0) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case 0:
        return total ? tr("All units") : unitName(u);
    case 1:
        return u.expected > 0 ? QString::number(u.expected) : QStringLiteral("–");
    case 2:
        return u.reported;
    case 3:
        return u.current;
    case 4:
        return u.stale;
    case 5:
        return u.notReported;
    case 6:
        return QStringLiteral("%1%").arg(u.averagePercent);
    case 7:
        return u.openIncidents;
    default:
        return {};
    }
}

QVariant UnitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case 0:
        return tr("Unit");
    case 1:
        return tr("Expected");
    case 2:
        return tr("Reported");
    case 3:
        return tr("Current");
    case 4:
        return tr("Stale");
    case 5:
        return tr("Not reported");
    case 6:
        return tr("Average score");
    case 7:
        return tr("Open incidents");
    default:
        return {};
    }
}
