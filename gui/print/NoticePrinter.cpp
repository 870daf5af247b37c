#include "NoticePrinter.h"

#include "NoticeRenderer.h"

#include <QPrinter>

namespace auditor::print {

Status printNotices(const std::vector<NoticeDocument>& documents, QPrinter& printer)
{
    if (documents.size() == 1 && printer.docName().isEmpty()) {
        printer.setDocName(QString::fromStdString(documents.front().documentTitle));
    }
    const Result<int> pages = renderNotices(documents, &printer);
    if (!pages) {
        return pages.error();
    }
    return Ok{};
}

} // namespace auditor::print
