// Writes one small notice PDF the way the `auditor` CLI will: linked against auditor_print only,
// with no QApplication of its own. Its ctest entries check that this needs no display and no
// QtWidgets. Usage: notice_pdf_probe OUT.pdf
#include "NoticeRenderer.h"
#include "PrintSupport.h"

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fputs("usage: notice_pdf_probe OUT.pdf\n", stderr);
        return 2;
    }
    auditor::print::ensureGuiApplication();
    auditor::NoticeDocument document;
    document.documentTitle = "Thử in";
    document.header.title = "THÔNG BÁO THỬ";
    auditor::NoticeBlock paragraph;
    paragraph.text = "Tài khoản của tôi đã bị chiếm đoạt.";
    document.body.push_back(paragraph);
    const auditor::Status written = auditor::print::writeNoticePdf(document, argv[1]);
    if (!written) {
        std::fprintf(stderr, "%s: %s\n", written.error().code.c_str(), written.error().detail.c_str());
        return 1;
    }
    return 0;
}
