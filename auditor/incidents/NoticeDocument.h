#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace auditor {

/** The documents an incident produces. Ids are the CLI's `--kind` values. */
enum class NoticeKind
{
    Police, // "Đơn trình báo" from the person to the police
    Unit, // the school's công văn (Decree 30, form 1.5) to the education department and the police
    Provider, // the text to paste into the provider's form, with the form's address as a QR code
    Contacts, // a short warning post / message to the person's contacts
    Internal, // a note to the head of unit / the IT lead
};

std::string noticeKindId(NoticeKind kind); // "police", "unit", "provider", "contacts", "internal"
std::optional<NoticeKind> noticeKindFromId(const std::string& id);

/**
 * A composed document, independent of how it is drawn: the core fills it from a template in
 * checks/notices/ and an incident; auditor_print draws it on a PDF or a printer following Decree
 * 30/2020, and noticePlainText() writes it as text. All text is NFC and already in the document's
 * language; the renderer adds no words of its own except page numbers.
 */
struct NoticeHeader
{
    enum class Style
    {
        Agency, // Decree 30 two columns: parent + issuing body, "Số", "V/v" left; Quốc hiệu, Tiêu ngữ, place/date right
        Citizen, // Quốc hiệu and Tiêu ngữ centred on top (a citizen's application); no body column
        Plain, // no national header: a message or an internal note
    };
    Style style = Style::Plain;
    std::string nationalName; // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (Agency, Citizen)
    std::string motto; // "Độc lập - Tự do - Hạnh phúc"
    std::string parentBody; // Agency: UPPER, not bold; may be empty
    std::string issuingBody; // Agency: UPPER, bold, rule below
    std::string number; // Agency: "Số: 12/THPTLTT-VP" (blank form: "Số:      /")
    std::string placeDate; // Agency: italic under the motto. Citizen: see NoticeSignature::placeDate
    std::string subject; // Agency công văn: "V/v …", 12–13 pt, under the number
    std::string title; // Citizen / Plain: centred bold UPPER title ("ĐƠN TRÌNH BÁO")
    std::string titleSubject; // under the title ("(V/v tài khoản Facebook bị chiếm đoạt)")
};

struct NoticeBlock
{
    enum class Type
    {
        Recipients, // "Kính gửi:" `label` and `lines`: one → same line; several → "- …;" aligned under the colon
        Paragraph, // body text: justified, first-line indent (unless `noIndent`)
        Heading, // a bold line inside the body ("1. Thông tin người trình báo")
        Field, // "`label`: `text`"; on a blank form (or empty text) a dotted line to fill by hand
        ListItem, // "- `text`" (or `label` as the bullet: "1.", "a)")
        QrCode, // a QR code of `text`, `label` printed under it
        Box, // `text` in a framed box, monospace-free, kept verbatim (the text to paste into a form)
        Spacer,
    };
    Type type = Type::Paragraph;
    std::string label;
    std::string text;
    std::vector<std::string> lines;
    bool bold = false;
    bool italic = false;
    bool noIndent = false;
    int fillLines = 1; // Field on a blank form: how many dotted lines to leave
};

/** The end of the document: "Nơi nhận" on the left, the signer on the right (Decree 30 ô 7, 9b). */
struct NoticeSignature
{
    bool present = false;
    std::string placeDate; // Citizen: italic, right column, above the signer ("Nha Trang, ngày … tháng … năm …")
    std::string authority; // "KT. HIỆU TRƯỞNG" (UPPER bold) or empty
    std::string title; // "HIỆU TRƯỞNG" / "NGƯỜI LÀM ĐƠN" (UPPER bold)
    std::string hint; // "(Ký, ghi rõ họ tên)" / "(Ký, ghi rõ họ tên, đóng dấu)" italic
    std::string name; // bold, under the space for the signature; empty on a blank form
    std::string receivedByLabel; // "Nơi nhận:" (12 pt bold italic); empty = no left column
    std::vector<std::string> receivedBy; // "- Như trên;", …, "- Lưu: VT, …." (11 pt)
};

struct NoticeDocument
{
    NoticeKind kind = NoticeKind::Police;
    std::string language = "vi";
    bool blank = false; // a form to fill by hand
    std::string fileStem; // "don-trinh-bao" → don-trinh-bao.pdf / .txt
    std::string documentTitle; // PDF metadata title
    NoticeHeader header;
    std::vector<NoticeBlock> body;
    NoticeSignature signature;
    std::vector<std::string> footnotes; // small print after the signature: sources, "as of" dates, "cần xác minh"
};

/** The document as plain UTF-8 text (for provider, contacts, internal, and for checks by tests). */
std::string noticePlainText(const NoticeDocument& document);

/** The document as JSON (`auditor notice --format json`, GUI preview). */
nlohmann::json noticeToJson(const NoticeDocument& document);

} // namespace auditor
