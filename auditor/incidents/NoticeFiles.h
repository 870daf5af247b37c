#pragma once

#include "common/Result.h"
#include "incidents/NoticeDocument.h"

#include <filesystem>
#include <functional>
#include <vector>

namespace auditor {

/** Draws one document as a PDF file (the print library's writeNoticePdf); the core has no drawing of its own. */
using NoticePdfWriter = std::function<Status(const NoticeDocument&, const std::filesystem::path&)>;

/**
 * Writes composed notices into `folder` (created, private): `<stem>.pdf` for every document when
 * `pdf` is given, and `<stem>.txt` as well for the provider report, the contacts warning and the
 * internal note (the texts people paste). Files are written atomically and readable by the owner
 * only. `written` receives each file written, in order, even when a later one fails.
 */
Status writeNoticeFiles(const std::vector<NoticeDocument>& documents,
                        const std::filesystem::path& folder,
                        const NoticePdfWriter& pdf,
                        std::vector<std::filesystem::path>* written);

/** True for the kinds that also get a plain-text file. */
bool noticeHasTextFile(NoticeKind kind);

} // namespace auditor
