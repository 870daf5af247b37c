#pragma once

#include "common/Result.h"
#include "readiness/Summary.h"

#include <filesystem>
#include <string>

class QPagedPaintDevice;

namespace auditor {

/**
 * The department report of the readiness summary (A4, the notices' font and margins): a cover
 * with the organisation and the date, per-unit table, the heat map of required checks, score
 * distribution and trend, and (when the profile allows) nobody's name unless shown. `lang` "vi"|"en".
 * Returns the number of pages.
 */
Result<int> renderReadinessReport(const ReadinessSummary& summary, const std::string& lang, QPagedPaintDevice* device);
Status writeReadinessPdf(const ReadinessSummary& summary, const std::string& lang, const std::filesystem::path& path);

} // namespace auditor
