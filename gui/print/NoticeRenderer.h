#pragma once

#include "common/Result.h"
#include "incidents/NoticeDocument.h"

#include <filesystem>
#include <vector>

class QPagedPaintDevice;

namespace auditor::print {

/**
 * Draws `documents` on `device` following Decree 30/2020 (A4 portrait, margins 20/20/30/15 mm,
 * one serif family, page numbers from page 2 centred in the top margin): the one drawing routine
 * for PDF files and printers alike. Each document starts on a new page and numbers its own pages.
 * Sets the device's page layout. Needs a QGuiApplication (see ensureGuiApplication()).
 * Returns the number of pages drawn.
 */
Result<int> renderNotices(const std::vector<NoticeDocument>& documents, QPagedPaintDevice* device);

/**
 * Writes `document` as a PDF file (title metadata from documentTitle), atomically and readable by
 * the owner only: a notice holds CCCD numbers and addresses. Error "file.write" with the path.
 */
Status writeNoticePdf(const NoticeDocument& document, const std::filesystem::path& path);

} // namespace auditor::print
