#include "Ui.h"

#include "AuditController.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ui {

QColor bandColor(auditor::ScoreBand band)
{
    switch (band) {
    case auditor::ScoreBand::AtRisk:
        return QColor(0xc6, 0x28, 0x28);
    case auditor::ScoreBand::Fair:
        return QColor(0xd8, 0x6a, 0x00);
    case auditor::ScoreBand::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case auditor::ScoreBand::Complete:
        return QColor(0x1b, 0x5e, 0x20);
    case auditor::ScoreBand::None:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString dateText(auditor::TimePoint t, const QString& lang)
{
    const QDate date
        = QDateTime::fromSecsSinceEpoch(t.time_since_epoch().count(), QTimeZone::utc()).toLocalTime().date();
    if (lang == QLatin1String("en")) {
        return QLocale(QLocale::English).toString(date, QStringLiteral("d MMM yyyy"));
    }
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

void showScore(QProgressBar* bar, const auditor::Score& score)
{
    bar->setRange(0, 100);
    bar->setValue(score.percent);
    bar->setTextVisible(false);
    bar->setFixedHeight(10);
    bar->setStyleSheet(QStringLiteral("QProgressBar { border: none; border-radius: 5px; background: #e4e7eb; }"
                                      "QProgressBar::chunk { border-radius: 5px; background: %1; }")
                           .arg(bandColor(score.band).name()));
}

QString scoreText(const AuditController& controller, const auditor::Score& score)
{
    return controller.message("score.line",
                              {{"percent", std::to_string(score.percent)},
                               {"band", controller.catalog().text("band." + auditor::toString(score.band))},
                               {"done", std::to_string(score.done)},
                               {"total", std::to_string(score.total - score.notApplicable)}});
}

QLabel* heading(const QString& text, int pointDelta, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() + pointDelta);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                   | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(true);
    return label;
}

QVBoxLayout* scrollingBody(QWidget* page, int margin, int spacing)
{
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* body = new QWidget(scroll);
    body->setObjectName(QStringLiteral("cardsArea"));
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(margin, margin - 6, margin, margin - 6);
    layout->setSpacing(spacing);
    scroll->setWidget(body);
    outer->addWidget(scroll);
    return layout;
}

} // namespace ui
