#include "incidents/NoticeDocument.h"

#include <nlohmann/json.hpp>

#include <array>
#include <sstream>
#include <utility>

namespace auditor {

namespace {

constexpr std::array<std::pair<NoticeKind, const char*>, 5> kKindIds{{
    {NoticeKind::Police, "police"},
    {NoticeKind::Unit, "unit"},
    {NoticeKind::Provider, "provider"},
    {NoticeKind::Contacts, "contacts"},
    {NoticeKind::Internal, "internal"},
}};

const char* styleId(NoticeHeader::Style style)
{
    switch (style) {
    case NoticeHeader::Style::Agency:
        return "agency";
    case NoticeHeader::Style::Citizen:
        return "citizen";
    case NoticeHeader::Style::Plain:
        break;
    }
    return "plain";
}

const char* blockTypeId(NoticeBlock::Type type)
{
    switch (type) {
    case NoticeBlock::Type::Recipients:
        return "recipients";
    case NoticeBlock::Type::Paragraph:
        return "paragraph";
    case NoticeBlock::Type::Heading:
        return "heading";
    case NoticeBlock::Type::Field:
        return "field";
    case NoticeBlock::Type::ListItem:
        return "list_item";
    case NoticeBlock::Type::QrCode:
        return "qr_code";
    case NoticeBlock::Type::Box:
        return "box";
    case NoticeBlock::Type::Spacer:
        break;
    }
    return "spacer";
}

void line(std::ostringstream& out, const std::string& text)
{
    if (!text.empty()) {
        out << text << "\n";
    }
}

// The dotted line a person fills by hand on a printed blank form.
const std::string kDots = "..................................................";

} // namespace

std::string noticeKindId(NoticeKind kind)
{
    for (const auto& [k, id] : kKindIds) {
        if (k == kind) {
            return id;
        }
    }
    return "police";
}

std::optional<NoticeKind> noticeKindFromId(const std::string& id)
{
    for (const auto& [k, name] : kKindIds) {
        if (id == name) {
            return k;
        }
    }
    return std::nullopt;
}

std::string noticePlainText(const NoticeDocument& d)
{
    std::ostringstream out;
    const NoticeHeader& h = d.header;
    if (h.style == NoticeHeader::Style::Agency) {
        line(out, h.parentBody);
        line(out, h.issuingBody);
        line(out, h.number);
        line(out, h.subject);
        out << "\n";
    }
    if (h.style != NoticeHeader::Style::Plain) {
        line(out, h.nationalName);
        line(out, h.motto);
        line(out, h.placeDate);
        out << "\n";
    }
    if (!h.title.empty()) {
        line(out, h.title);
        line(out, h.titleSubject);
        out << "\n";
    }
    for (const NoticeBlock& b : d.body) {
        switch (b.type) {
        case NoticeBlock::Type::Recipients:
            if (b.lines.size() == 1) {
                out << b.label << " " << b.lines.front() << "\n";
            } else {
                out << b.label << "\n";
                for (const std::string& l : b.lines) {
                    out << "    - " << l << ";\n";
                }
            }
            out << "\n";
            break;
        case NoticeBlock::Type::Paragraph:
            out << b.text << "\n\n";
            break;
        case NoticeBlock::Type::Heading:
            out << b.text << "\n";
            break;
        case NoticeBlock::Type::Field:
            if (b.text.empty() || d.blank) {
                out << b.label << ": " << kDots << "\n";
                for (int i = 1; i < b.fillLines; ++i) {
                    out << kDots << kDots << "\n";
                }
            } else {
                out << b.label << ": " << b.text << "\n";
            }
            break;
        case NoticeBlock::Type::ListItem:
            out << (b.label.empty() ? std::string("-") : b.label) << " " << b.text << "\n";
            break;
        case NoticeBlock::Type::QrCode:
            out << "[QR] " << b.text << "\n";
            line(out, b.label);
            break;
        case NoticeBlock::Type::Box:
            out << "----------------------------------------\n"
                << b.text << "\n----------------------------------------\n\n";
            break;
        case NoticeBlock::Type::Spacer:
            out << "\n";
            break;
        }
    }
    const NoticeSignature& s = d.signature;
    if (s.present) {
        out << "\n";
        line(out, s.placeDate);
        line(out, s.authority);
        line(out, s.title);
        line(out, s.hint);
        out << "\n\n";
        line(out, s.name);
        if (!s.receivedByLabel.empty()) {
            out << "\n" << s.receivedByLabel << "\n";
            for (const std::string& r : s.receivedBy) {
                out << r << "\n";
            }
        }
    }
    if (!d.footnotes.empty()) {
        out << "\n";
        int n = 1;
        for (const std::string& f : d.footnotes) {
            out << "(" << n++ << ") " << f << "\n";
        }
    }
    return out.str();
}

nlohmann::json noticeToJson(const NoticeDocument& d)
{
    using nlohmann::json;
    json body = json::array();
    for (const NoticeBlock& b : d.body) {
        body.push_back({{"type", blockTypeId(b.type)},
                        {"label", b.label},
                        {"text", b.text},
                        {"lines", b.lines},
                        {"bold", b.bold},
                        {"italic", b.italic},
                        {"no_indent", b.noIndent},
                        {"fill_lines", b.fillLines}});
    }
    const NoticeHeader& h = d.header;
    const NoticeSignature& s = d.signature;
    return {{"kind", noticeKindId(d.kind)},
            {"language", d.language},
            {"blank", d.blank},
            {"file_stem", d.fileStem},
            {"document_title", d.documentTitle},
            {"header",
             {{"style", styleId(h.style)},
              {"national_name", h.nationalName},
              {"motto", h.motto},
              {"parent_body", h.parentBody},
              {"issuing_body", h.issuingBody},
              {"number", h.number},
              {"place_date", h.placeDate},
              {"subject", h.subject},
              {"title", h.title},
              {"title_subject", h.titleSubject}}},
            {"body", body},
            {"signature",
             {{"present", s.present},
              {"place_date", s.placeDate},
              {"authority", s.authority},
              {"title", s.title},
              {"hint", s.hint},
              {"name", s.name},
              {"received_by_label", s.receivedByLabel},
              {"received_by", s.receivedBy}}},
            {"footnotes", d.footnotes}};
}

} // namespace auditor
