#pragma once

#include "common/Result.h"
#include "incidents/NoticeDocument.h"

#include <vector>

class QPrinter;

namespace auditor::print {

/**
 * Sends `documents` to `printer` as one job, drawn by renderNotices(). The caller sets up the
 * printer (QPrintDialog); this sets A4, portrait and the Decree's margins. Kept apart from
 * NoticeRenderer because QtPrintSupport links QtWidgets, which the CLI must not.
 */
Status printNotices(const std::vector<NoticeDocument>& documents, QPrinter& printer);

} // namespace auditor::print
