#include "incidents/NoticeFiles.h"

#include "common/Files.h"

#include <system_error>

namespace auditor {

bool noticeHasTextFile(NoticeKind kind)
{
    return kind == NoticeKind::Provider || kind == NoticeKind::Contacts || kind == NoticeKind::Internal;
}

Status writeNoticeFiles(const std::vector<NoticeDocument>& documents,
                        const std::filesystem::path& folder,
                        const NoticePdfWriter& pdf,
                        std::vector<std::filesystem::path>* written)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        return Error("file.mkdir", {{"file", folder.string()}}, ec.message());
    }
    for (const NoticeDocument& document : documents) {
        const std::string stem = document.fileStem.empty() ? noticeKindId(document.kind) : document.fileStem;
        if (pdf) {
            const std::filesystem::path file = folder / (stem + ".pdf");
            if (Status s = pdf(document, file); !s.ok()) {
                return s;
            }
            written->push_back(file);
        }
        if (noticeHasTextFile(document.kind) && !document.blank) {
            const std::filesystem::path file = folder / (stem + ".txt");
            if (Status s = writeFileAtomically(file, noticePlainText(document), WriteOptions{false, true}); !s.ok()) {
                return s;
            }
            written->push_back(file);
        }
    }
    return Ok{};
}

} // namespace auditor
