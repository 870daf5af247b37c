#include "DashboardCharts.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

BarChart::BarChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard, so a screen reader reads its description
}

void BarChart::setBars(const std::vector<int>& values,
                       int maxValue,
                       const QStringList& labels,
                       const QStringList& valueTexts,
                       const QStringList& under)
{
    m_values = values;
    m_max = std::max(1, maxValue);
    m_labels = labels;
    m_valueTexts = valueTexts;
    m_under = under;
    QStringList described;
    for (qsizetype i = 0; i < labels.size() && i < valueTexts.size(); ++i) {
        described << labels[i] + QStringLiteral(": ") + valueTexts[i]
                + (i < under.size() ? QStringLiteral(" (") + under[i] + QLatin1Char(')') : QString());
    }
    setAccessibleDescription(described.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QSize BarChart::sizeHint() const
{
    return {520, minimumSizeHint().height()};
}

QSize BarChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {300, 130 + line * (m_under.isEmpty() ? 2 : 3)};
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const int axis = metrics.horizontalAdvance(QString::number(m_max)) + 8;
    const QRectF plot(axis, line + 2, width() - axis - 4, height() - line * (m_under.isEmpty() ? 2 : 3) - 6);
    const QColor grid = palette().color(QPalette::Mid);
    for (const int step : {0, 50, 100}) {
        const double y = plot.bottom() - plot.height() * step / 100.0;
        p.setPen(QPen(grid, 1, step == 0 ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(0, y - line / 2.0, axis - 4, line),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(m_max * step / 100));
    }
    if (m_values.empty()) {
        return;
    }
    const double slot = plot.width() / static_cast<double>(m_values.size());
    // Labels wider than a bar's slot: write every second (third…) one, from the newest back.
    int widest = 1;
    for (const QStringList* texts : {&m_labels, &m_valueTexts, &m_under}) {
        for (const QString& t : *texts) {
            widest = std::max(widest, metrics.horizontalAdvance(t) + 4);
        }
    }
    const auto stride = static_cast<std::size_t>(std::max(1.0, std::ceil(widest / slot)));
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const auto q = static_cast<qsizetype>(i);
        const double x = plot.left() + slot * static_cast<double>(i);
        const double h = plot.height() * std::clamp(m_values[i], 0, m_max) / m_max;
        p.fillRect(QRectF(x + slot * 0.18, plot.bottom() - h, slot * 0.64, h), QColor(0x15, 0x65, 0xc0));
        const double centre = x + slot / 2;
        if ((m_values.size() - 1 - i) % stride != 0) {
            continue;
        }
        p.setPen(palette().color(QPalette::WindowText));
        if (q < m_valueTexts.size()) {
            p.drawText(
                QRectF(x, plot.bottom() - h - line, slot, line), Qt::AlignHCenter | Qt::AlignBottom, m_valueTexts[q]);
        }
        if (q < m_labels.size()) {
            p.drawText(QRectF(centre - widest / 2.0, plot.bottom() + 2, widest, line),
                       Qt::AlignHCenter | Qt::AlignTop,
                       m_labels[q]);
        }
        if (q < m_under.size()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(QRectF(centre - widest / 2.0, plot.bottom() + 2 + line, widest, line),
                       Qt::AlignHCenter | Qt::AlignTop,
                       m_under[q]);
        }
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}
