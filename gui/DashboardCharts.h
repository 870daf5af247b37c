#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

/**
 * A small bar chart painted with QPainter (no Qt Charts): the value on each bar, its label under
 * it and an optional second line of labels. The dashboard's score distribution and 12-week trend.
 * The values are also its accessible description, for screen readers.
 */
class BarChart : public QWidget
{
    Q_OBJECT

public:
    explicit BarChart(QWidget* parent = nullptr);

    /** `maxValue` is the top of the scale (100 for percentages); `valueTexts` are written on the bars. */
    void setBars(const std::vector<int>& values,
                 int maxValue,
                 const QStringList& labels,
                 const QStringList& valueTexts,
                 const QStringList& under = {});
    const std::vector<int>& values() const
    {
        return m_values;
    }
    const QStringList& labels() const
    {
        return m_labels;
    }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<int> m_values;
    int m_max = 1;
    QStringList m_labels;
    QStringList m_valueTexts;
    QStringList m_under;
};
