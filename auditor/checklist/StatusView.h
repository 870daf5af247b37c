#pragma once

#include "checklist/Checklist.h"
#include "checklist/Progress.h"
#include "checklist/Scoring.h"

#include <nlohmann/json_fwd.hpp>

namespace auditor {

/** A score as data: {"achieved", "possible", "percent", "band", counts…}. */
nlohmann::json scoreToJson(const Score& score);

/**
 * The person's whole audit as data (for `auditor status --format json`): overall score and per
 * selected platform its score and each applicable check's state, status date and reason.
 */
nlohmann::json statusToJson(const Content& content, const Progress& progress, TimePoint now);

} // namespace auditor
