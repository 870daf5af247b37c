#pragma once

#include "checklist/Scoring.h"
#include "cli/Session.h"

#include <string>

namespace auditor::cli {

/** "45 % – Cần cải thiện (4/9 việc đã xong)" */
std::string scoreText(const Session& s, const Score& score);
/** The one-line meaning of the score's band. */
std::string bandMeaning(const Session& s, const Score& score);
/** A "YYYY-MM-DD" date written the way the chosen language writes dates. */
std::string dateText(const Session& s, const std::string& isoDate);
/** A 20-cell bar, "[########............]". */
std::string scoreBar(const Score& score);
/** Prints the per-platform and overall scores as a table. */
void printScores(Session& s, const Content& content, const ScoreSummary& summary);

} // namespace auditor::cli
