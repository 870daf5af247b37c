#pragma once

#include "checklist/Scoring.h"

#include <QColor>
#include <QString>

class AuditController;
class QLabel;
class QProgressBar;
class QVBoxLayout;
class QWidget;

/** Small presentation helpers shared by the pages: colours, dates, a score bar. No logic. */
namespace ui {

QColor bandColor(auditor::ScoreBand band);
QString dateText(auditor::TimePoint t, const QString& lang);
/** Shows a score in a progress bar coloured by its band. */
void showScore(QProgressBar* bar, const auditor::Score& score);
/** "45% – Cần làm thêm (4/9 việc đã xong)" from the core's messages. */
QString scoreText(const AuditController& controller, const auditor::Score& score);
QLabel* heading(const QString& text, int pointDelta, QWidget* parent = nullptr);
QLabel* paragraph(const QString& text, QWidget* parent = nullptr);

/**
 * Fills `page` with a vertical scroll area holding a light "cardsArea" body and returns the body's
 * layout: the shape every page but the checklist pages shares.
 */
QVBoxLayout* scrollingBody(QWidget* page, int margin, int spacing);

} // namespace ui
