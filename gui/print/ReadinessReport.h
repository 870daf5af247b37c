#pragma once

#include "common/Result.h"
#include "readiness/Summary.h"

#include <QColor>

#include <filesystem>
#include <map>
#include <string>

class QPagedPaintDevice;

namespace auditor {

/**
 * The department report of the readiness summary (A4, the notices' font and margins): a cover
 * with the organisation and the date, per-unit table, the heat map of required checks, score
 * distribution and trend, and (when the profile allows) nobody's name unless shown. `lang` "vi"|"en".
 * `platformNames` (platform id → name in `lang`) heads the heat map's groups; a missing name shows the id.
 * The report's words come from a vi/en table of its own (the CLI has no Qt translator).
 * Returns the number of pages.
 */
Result<int> renderReadinessReport(const ReadinessSummary& summary,
                                  const std::string& lang,
                                  QPagedPaintDevice* device,
                                  const std::map<std::string, std::string>& platformNames = {});
Status writeReadinessPdf(const ReadinessSummary& summary,
                         const std::string& lang,
                         const std::filesystem::path& path,
                         const std::map<std::string, std::string>& platformNames = {});

/**
 * The heat map's colour for a cell of `percent` done (-1: nobody it applies to), shared by the
 * report and the dashboard: five steps that get darker the more is left to do, so a greyscale
 * print keeps the order. readinessCellInk is the text colour that stays readable on it.
 */
QColor readinessCellColour(int percent);
QColor readinessCellInk(int percent);

} // namespace auditor
