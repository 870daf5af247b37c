#include "NoticeRenderer.h"

#include "NoticeFonts.h"
#include "QrCode.h"
#include "common/Files.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <functional>
#include <memory>

namespace auditor::print {

namespace {

// Decree 30/2020, Phụ lục I: A4 portrait, margins top 20–25, bottom 20–25, left 30–35, right 15–20 mm.
// The smallest margins leave the most room; the measured header widths need 165 mm (reference §1.6).
const QMarginsF kMarginsMm(30, 20, 15, 20);
constexpr double kLeftColumnMm = 65; // agency header: issuing body, "Số", "V/v"
constexpr double kFirstLineIndentMm = 12.7; // 1.27 cm
constexpr double kSignatureSpaceMm = 24; // room for the handwritten signature and the seal
constexpr double kLineSpacing = 1.15; // times the font's single line spacing: within single … 1.5
constexpr double kQrSizeMm = 38;

// Point sizes from the Decree's table (Phụ lục I, Mục V).
constexpr double kNationalNamePt = 13;
constexpr double kMottoPt = 14;
constexpr double kBodyNamePt = 13;
constexpr double kNumberPt = 13;
constexpr double kPlaceDatePt = 14;
constexpr double kSubjectPt = 12;
constexpr double kTitlePt = 14;
constexpr double kBodyPt = 14;
constexpr double kSignerPt = 14;
constexpr double kHintPt = 13;
constexpr double kReceivedLabelPt = 12;
constexpr double kReceivedListPt = 11;
constexpr double kPageNumberPt = 13;
constexpr double kFootnotePt = 11;
constexpr double kBoxPt = 13;
constexpr double kQrLabelPt = 12;

QString text(const std::string& utf8)
{
    // NFC before drawing: decomposed marks can land in the wrong place with some fonts (reference §5).
    return QString::fromStdString(utf8).normalized(QString::NormalizationForm_C);
}

QString upper(const std::string& utf8)
{
    return text(utf8).toUpper();
}

/** One line of laid-out text, drawn at (x, top) of its row. */
struct TextLine
{
    std::shared_ptr<QTextLayout> layout; // owns the line
    int index = 0;
    double x = 0; // offset from the block's left edge (indent, centring)
    double width = 0; // natural width of the text on the line

    void draw(QPainter& painter, double left, double top) const
    {
        layout->lineAt(index).draw(&painter, QPointF(left + x, top));
    }
};

/** A vertical slice of the page that pagination never cuts: a line of text, a header, the signature. */
struct Row
{
    double height = 0;
    double spaceAfter = 0;
    bool keepWithNext = false;
    std::function<void(QPainter&, double top)> draw;
};

class Renderer
{
public:
    Renderer(QPagedPaintDevice* device, QPainter& painter)
        : m_device(device)
        , m_painter(painter)
        , m_family(noticeFontFamily())
    {
        m_unitsPerMm = device->logicalDpiY() / 25.4;
        m_width = device->width();
        m_height = device->height();
    }

    int render(const NoticeDocument& document, bool firstDocument)
    {
        m_rows.clear();
        m_document = &document;
        addHeader(document.header);
        for (const NoticeBlock& block : document.body) {
            addBlock(block);
        }
        addSignature(document.signature);
        addFootnotes(document.footnotes);
        return paginate(firstDocument);
    }

private:
    double mm(double value) const
    {
        return value * m_unitsPerMm;
    }
    double pt(double value) const
    {
        return value * m_unitsPerMm * 25.4 / 72.0;
    }

    QFont font(double pointSize, bool bold = false, bool italic = false) const
    {
        QFont f(m_family);
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        f.setItalic(italic);
        // One family throughout: a glyph the family lacks must not be borrowed from another font.
        f.setStyleStrategy(QFont::NoFontMerging);
        f.setKerning(true);
        // Paper wants the font's design metrics, not ones snapped to screen pixels; and without
        // hinting FreeType does not run each glyph's hinting program (a third of the time to write
        // an incident's documents).
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    double lineHeight(const QFont& f, double factor = kLineSpacing) const
    {
        return QFontMetricsF(f, m_device).lineSpacing() * factor;
    }

    double textWidth(const QFont& f, const QString& s) const
    {
        return QFontMetricsF(f, m_device).horizontalAdvance(s);
    }

    /**
     * Breaks `s` into lines of at most `width`; the first line starts `firstIndent` in, the others
     * `restIndent`. Centred lines get their offset here; justified ones are stretched by Qt.
     */
    std::vector<TextLine> layoutText(const QString& s,
                                     const QFont& f,
                                     double width,
                                     Qt::Alignment align,
                                     double firstIndent = 0,
                                     double restIndent = 0) const
    {
        auto layout = std::make_shared<QTextLayout>(s, f, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setAlignment(align == Qt::AlignJustify ? Qt::AlignJustify : Qt::AlignLeft);
        layout->setTextOption(option);
        std::vector<TextLine> lines;
        layout->beginLayout();
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid()) {
                break;
            }
            const double indent = lines.empty() ? firstIndent : restIndent;
            line.setLineWidth(std::max(1.0, width - indent));
            line.setPosition(QPointF(0, 0));
            TextLine entry{layout, line.lineNumber(), indent, line.naturalTextWidth()};
            if (align & Qt::AlignHCenter) {
                entry.x = indent + (width - indent - entry.width) / 2;
            } else if (align & Qt::AlignRight) {
                entry.x = width - entry.width;
            }
            lines.push_back(entry);
        }
        layout->endLayout();
        return lines;
    }

    /** A paragraph as rows, one per line, kept so that no single line is left alone on a page. */
    void addParagraph(const QString& s,
                      const QFont& f,
                      double left,
                      double width,
                      Qt::Alignment align,
                      double firstIndent,
                      double spaceAfter,
                      double restIndent = 0)
    {
        const std::vector<TextLine> lines = layoutText(s, f, width, align, firstIndent, restIndent);
        const double height = lineHeight(f);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            Row row;
            row.height = height;
            row.spaceAfter = i + 1 == lines.size() ? spaceAfter : 0;
            // No orphan (first line alone at a page's foot) and no widow (last line alone at the top).
            row.keepWithNext = lines.size() > 1 && (i == 0 || i + 2 == lines.size());
            row.draw = [line = lines[i], left](QPainter& p, double top) { line.draw(p, left, top); };
            m_rows.push_back(std::move(row));
        }
    }

    /** A solid rule `width` long centred on `centre`, `y` from the row's top. */
    void rule(QPainter& p, double centre, double y, double width) const
    {
        p.save();
        p.setPen(QPen(Qt::black, pt(0.6)));
        p.drawLine(QPointF(centre - width / 2, y), QPointF(centre + width / 2, y));
        p.restore();
    }

    static double widest(const std::vector<TextLine>& lines)
    {
        double w = 0;
        for (const TextLine& l : lines) {
            w = std::max(w, l.width);
        }
        return w;
    }

    // --- header -----------------------------------------------------------------------------

    void addHeader(const NoticeHeader& header)
    {
        switch (header.style) {
        case NoticeHeader::Style::Agency:
            addAgencyHeader(header);
            break;
        case NoticeHeader::Style::Citizen:
            addCitizenHeader(header);
            break;
        case NoticeHeader::Style::Plain:
            break;
        }
        addTitle(header, header.style != NoticeHeader::Style::Citizen);
    }

    /** Quốc hiệu and Tiêu ngữ with its rule, centred on `centre`; returns the height used. */
    double drawNational(QPainter& p, const NoticeHeader& header, double centre, double top, double width) const
    {
        double y = top;
        const QFont nameFont = font(kNationalNamePt, true);
        for (const TextLine& line : layoutText(upper(header.nationalName), nameFont, width, Qt::AlignHCenter)) {
            line.draw(p, centre - width / 2, y);
            y += lineHeight(nameFont, 1.0);
        }
        const QFont mottoFont = font(kMottoPt, true);
        const std::vector<TextLine> motto = layoutText(text(header.motto), mottoFont, width, Qt::AlignHCenter);
        for (const TextLine& line : motto) {
            line.draw(p, centre - width / 2, y);
            y += lineHeight(mottoFont, 1.0);
        }
        if (!motto.empty()) {
            // "Solid line below, as long as the text": measured, not an underline (reference §1.6).
            const double ruleY = y + pt(2);
            rule(p, centre, ruleY, widest(motto));
            y = ruleY;
        }
        return y - top;
    }

    double nationalHeight(const NoticeHeader& header, double width) const
    {
        const QFont nameFont = font(kNationalNamePt, true);
        const QFont mottoFont = font(kMottoPt, true);
        return layoutText(upper(header.nationalName), nameFont, width, Qt::AlignHCenter).size()
            * lineHeight(nameFont, 1.0)
            + layoutText(text(header.motto), mottoFont, width, Qt::AlignHCenter).size() * lineHeight(mottoFont, 1.0)
            + pt(2);
    }

    void addAgencyHeader(const NoticeHeader& header)
    {
        const double leftWidth = mm(kLeftColumnMm);
        const double rightLeft = leftWidth;
        const double rightWidth = m_width - leftWidth;
        const double leftCentre = leftWidth / 2;
        const double rightCentre = rightLeft + rightWidth / 2;

        const QFont parentFont = font(kBodyNamePt);
        const QFont issuingFont = font(kBodyNamePt, true);
        const QFont numberFont = font(kNumberPt);
        const QFont dateFont = font(kPlaceDatePt, false, true);
        const QFont subjectFont = font(kSubjectPt);

        const auto parent = layoutText(upper(header.parentBody), parentFont, leftWidth, Qt::AlignHCenter);
        const auto issuing = layoutText(upper(header.issuingBody), issuingFont, leftWidth, Qt::AlignHCenter);
        const auto number = layoutText(text(header.number), numberFont, leftWidth, Qt::AlignHCenter);
        const auto placeDate = layoutText(text(header.placeDate), dateFont, rightWidth, Qt::AlignHCenter);
        const auto subject = layoutText(text(header.subject), subjectFont, leftWidth, Qt::AlignHCenter);

        // Left: parent, issuing body, its short rule; right: Quốc hiệu, Tiêu ngữ, its rule.
        const double leftTop
            = parent.size() * lineHeight(parentFont, 1.0) + issuing.size() * lineHeight(issuingFont, 1.0) + pt(1);
        const double rightTop = nationalHeight(header, rightWidth);
        // "Số" and the place/date share one band, a little below the lower of the two rules.
        const double band = std::max(leftTop, rightTop) + pt(8);
        const double numberBottom = band + number.size() * lineHeight(numberFont, 1.0);
        const double dateBottom = band + placeDate.size() * lineHeight(dateFont, 1.0);
        const double subjectTop = numberBottom + pt(6); // "V/v" 6 pt under the number
        const double subjectBottom = subjectTop + subject.size() * lineHeight(subjectFont, 1.0);

        Row row;
        row.height = std::max({numberBottom, dateBottom, subject.empty() ? 0.0 : subjectBottom});
        row.spaceAfter = pt(12);
        row.keepWithNext = true;
        row.draw = [=, this](QPainter& p, double top) {
            double y = top;
            for (const TextLine& line : parent) {
                line.draw(p, 0, y);
                y += lineHeight(parentFont, 1.0);
            }
            for (const TextLine& line : issuing) {
                line.draw(p, 0, y);
                y += lineHeight(issuingFont, 1.0);
            }
            if (!issuing.empty()) {
                // 1/3–1/2 of the issuing body's length, centred under it.
                rule(p, leftCentre, y + pt(2), widest(issuing) * 0.4);
            }
            drawNational(p, header, rightCentre, top, rightWidth);
            for (std::size_t i = 0; i < number.size(); ++i) {
                number[i].draw(p, 0, top + band + i * lineHeight(numberFont, 1.0));
            }
            for (std::size_t i = 0; i < placeDate.size(); ++i) {
                placeDate[i].draw(p, rightLeft, top + band + i * lineHeight(dateFont, 1.0));
            }
            for (std::size_t i = 0; i < subject.size(); ++i) {
                subject[i].draw(p, 0, top + subjectTop + i * lineHeight(subjectFont, 1.0));
            }
        };
        m_rows.push_back(std::move(row));
    }

    void addCitizenHeader(const NoticeHeader& header)
    {
        Row row;
        row.height = nationalHeight(header, m_width);
        row.spaceAfter = pt(6);
        row.keepWithNext = true;
        row.draw = [this, header](QPainter& p, double top) { drawNational(p, header, m_width / 2, top, m_width); };
        m_rows.push_back(std::move(row));
        if (!header.placeDate.empty()) {
            addParagraph(text(header.placeDate),
                         font(kPlaceDatePt, false, true),
                         m_width / 2,
                         m_width / 2,
                         Qt::AlignHCenter,
                         0,
                         0);
            m_rows.back().keepWithNext = true;
        }
        m_rows.back().spaceAfter = pt(24);
    }

    /** Tên loại (title) and trích yếu, centred and bold; a short rule under an agency's trích yếu. */
    void addTitle(const NoticeHeader& header, bool ruleUnderSubject)
    {
        if (header.title.empty() && header.titleSubject.empty()) {
            return;
        }
        const QFont titleFont = font(kTitlePt, true);
        if (!header.title.empty()) {
            addParagraph(upper(header.title), titleFont, 0, m_width, Qt::AlignHCenter, 0, 0);
            m_rows.back().keepWithNext = true;
        }
        if (!header.titleSubject.empty()) {
            const auto lines = layoutText(text(header.titleSubject), titleFont, m_width * 0.8, Qt::AlignHCenter);
            for (std::size_t i = 0; i < lines.size(); ++i) {
                Row row;
                row.height = lineHeight(titleFont);
                row.keepWithNext = true;
                const bool last = i + 1 == lines.size();
                row.draw = [=, this, line = lines[i]](QPainter& p, double top) {
                    line.draw(p, m_width * 0.1, top);
                    if (last && ruleUnderSubject) {
                        rule(p, m_width / 2, top + lineHeight(titleFont, 1.0) + pt(1), widest(lines) * 0.4);
                    }
                };
                m_rows.push_back(std::move(row));
            }
        }
        m_rows.back().spaceAfter = pt(12);
    }

    // --- body -------------------------------------------------------------------------------

    void addBlock(const NoticeBlock& block)
    {
        const QFont body = font(kBodyPt, block.bold, block.italic);
        const double indent = block.noIndent ? 0 : mm(kFirstLineIndentMm);
        switch (block.type) {
        case NoticeBlock::Type::Recipients:
            addRecipients(block);
            break;
        case NoticeBlock::Type::Paragraph:
            addParagraph(text(block.text), body, 0, m_width, Qt::AlignJustify, indent, pt(6));
            break;
        case NoticeBlock::Type::Heading: {
            if (!m_rows.empty()) {
                m_rows.back().spaceAfter = std::max(m_rows.back().spaceAfter, pt(6));
            }
            const QString label = block.label.empty() ? QString() : text(block.label) + QLatin1Char(' ');
            addParagraph(
                label + text(block.text), font(kBodyPt, true, block.italic), 0, m_width, Qt::AlignLeft, indent, pt(6));
            m_rows.back().keepWithNext = true; // a heading never ends a page
            break;
        }
        case NoticeBlock::Type::Field:
            addField(block, body, indent);
            break;
        case NoticeBlock::Type::ListItem: {
            const QString bullet = block.label.empty() ? QStringLiteral("-") : text(block.label);
            addParagraph(
                bullet + QLatin1Char(' ') + text(block.text), body, 0, m_width, Qt::AlignJustify, indent, pt(3));
            break;
        }
        case NoticeBlock::Type::QrCode:
            addQrCode(block);
            break;
        case NoticeBlock::Type::Box:
            addBox(block);
            break;
        case NoticeBlock::Type::Spacer: {
            Row row;
            row.height = pt(6);
            row.draw = [](QPainter&, double) {};
            m_rows.push_back(std::move(row));
            break;
        }
        }
    }

    /** "Kính gửi:" and its recipients: one on the same line, several as "- …;" under the colon. */
    void addRecipients(const NoticeBlock& block)
    {
        const QFont f = font(kBodyPt, block.bold, block.italic);
        const QString label = text(block.label.empty() ? std::string("Kính gửi:") : block.label) + QLatin1Char(' ');
        std::vector<QString> recipients;
        for (const std::string& line : block.lines) {
            recipients.push_back(text(line).trimmed());
        }
        if (recipients.empty() && !block.text.empty()) {
            recipients.push_back(text(block.text).trimmed());
        }
        if (recipients.size() > 1) {
            for (std::size_t i = 0; i < recipients.size(); ++i) {
                QString& r = recipients[i];
                if (!r.startsWith(QLatin1Char('-'))) {
                    r.prepend(QStringLiteral("- "));
                }
                if (!r.endsWith(QLatin1Char(';')) && !r.endsWith(QLatin1Char('.'))) {
                    r += i + 1 == recipients.size() ? QLatin1Char('.') : QLatin1Char(';');
                }
            }
        }
        const double labelWidth = textWidth(f, label);
        double widestRecipient = 0;
        for (const QString& r : recipients) {
            widestRecipient = std::max(widestRecipient, textWidth(f, r));
        }
        // Centre the block as a whole (Decree ô 9a sits centre-right); long names wrap under themselves.
        const double minLeft = mm(20);
        double left = (m_width - labelWidth - widestRecipient) / 2;
        left = std::clamp(left, 0.0, minLeft * 2);
        if (left + labelWidth + widestRecipient > m_width) {
            left = std::min(left, minLeft);
        }
        const double textLeft = left + labelWidth;
        const double textWidthAvailable = m_width - textLeft;
        const auto labelLine = layoutText(label, f, m_width, Qt::AlignLeft);
        const double height = lineHeight(f);
        m_rows.back().spaceAfter = std::max(m_rows.back().spaceAfter, pt(6));
        for (std::size_t i = 0; i < recipients.size(); ++i) {
            const auto lines = layoutText(recipients[i],
                                          f,
                                          textWidthAvailable,
                                          Qt::AlignLeft,
                                          0,
                                          recipients.size() > 1 ? textWidth(f, QStringLiteral("- ")) : 0);
            for (std::size_t j = 0; j < lines.size(); ++j) {
                Row row;
                row.height = height;
                row.keepWithNext = true;
                const bool drawLabel = i == 0 && j == 0;
                row.draw = [=, line = lines[j]](QPainter& p, double top) {
                    if (drawLabel && !labelLine.empty()) {
                        labelLine.front().draw(p, left, top);
                    }
                    line.draw(p, textLeft, top);
                };
                m_rows.push_back(std::move(row));
            }
        }
        if (recipients.empty()) {
            Row row;
            row.height = height;
            row.draw = [=](QPainter& p, double top) { labelLine.front().draw(p, left, top); };
            m_rows.push_back(std::move(row));
        }
        m_rows.back().keepWithNext = false;
        m_rows.back().spaceAfter = pt(12);
    }

    /** A dotted line from `x` to the right margin, on the baseline of a line starting at `top`. */
    void dots(QPainter& p, double x, double top, const QFont& f) const
    {
        const double baseline = top + QFontMetricsF(f, m_device).ascent();
        p.save();
        QPen pen(Qt::black, pt(0.9));
        pen.setStyle(Qt::CustomDashLine);
        pen.setDashPattern({0.01, 3.0}); // dots three pen widths apart, like a typed "……"
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.drawLine(QPointF(x + pt(2), baseline), QPointF(m_width, baseline));
        p.restore();
    }

    /** "label: text", or on a blank form "label:" and dotted lines to fill in by hand. */
    void addField(const NoticeBlock& block, const QFont& f, double indent)
    {
        const QString label = text(block.label);
        const QString value = text(block.text);
        const bool fill = m_document->blank || value.trimmed().isEmpty();
        if (!fill) {
            const QString joined = label.isEmpty() ? value : label + QStringLiteral(": ") + value;
            addParagraph(joined, f, 0, m_width, Qt::AlignJustify, indent, pt(3));
            return;
        }
        const QString head
            = label.isEmpty() ? QString() : (label.endsWith(QLatin1Char(':')) ? label : label + QLatin1Char(':'));
        const double height = lineHeight(f, 1.35); // handwriting needs more room than print
        const int lines = std::max(1, block.fillLines);
        for (int i = 0; i < lines; ++i) {
            Row row;
            row.height = height;
            row.keepWithNext = i + 1 < lines;
            row.spaceAfter = i + 1 == lines ? pt(3) : 0;
            if (i == 0) {
                const auto headLines = layoutText(head, f, m_width, Qt::AlignLeft, indent);
                row.draw = [=, this](QPainter& p, double top) {
                    double x = indent;
                    if (!headLines.empty() && !head.isEmpty()) {
                        headLines.front().draw(p, 0, top);
                        x = indent + headLines.front().width;
                    }
                    dots(p, x, top, f);
                };
            } else {
                row.draw = [=, this](QPainter& p, double top) { dots(p, 0, top, f); };
            }
            m_rows.push_back(std::move(row));
        }
    }

    void addQrCode(const NoticeBlock& block)
    {
        const QrMatrix matrix = encodeQr(text(block.text));
        if (matrix.size == 0) {
            // Too long for a QR code: print the text itself so nothing is lost.
            addParagraph(text(block.text), font(kQrLabelPt), 0, m_width, Qt::AlignHCenter, 0, pt(6));
            return;
        }
        const int quiet = 4; // the quiet zone the standard asks for, in modules
        const double module = mm(kQrSizeMm) / (matrix.size + 2 * quiet);
        const double side = module * (matrix.size + 2 * quiet);
        Row row;
        row.height = side;
        row.keepWithNext = !block.label.empty();
        row.spaceAfter = pt(2);
        row.draw = [=, this](QPainter& p, double top) {
            const double left = (m_width - side) / 2;
            p.save();
            p.setPen(Qt::NoPen);
            p.fillRect(QRectF(left, top, side, side), Qt::white);
            p.setBrush(Qt::black);
            // One rectangle per run of dark modules: no hairline seams between neighbours.
            for (int y = 0; y < matrix.size; ++y) {
                int x = 0;
                while (x < matrix.size) {
                    if (!matrix.dark(x, y)) {
                        ++x;
                        continue;
                    }
                    int end = x;
                    while (end < matrix.size && matrix.dark(end, y)) {
                        ++end;
                    }
                    p.drawRect(QRectF(
                        left + (quiet + x) * module, top + (quiet + y) * module, (end - x) * module, module * 1.02));
                    x = end;
                }
            }
            p.restore();
        };
        m_rows.push_back(std::move(row));
        if (!block.label.empty()) {
            addParagraph(
                text(block.label), font(kQrLabelPt, block.bold, block.italic), 0, m_width, Qt::AlignHCenter, 0, pt(8));
        }
    }

    /** `text` verbatim in a frame, line breaks kept; long boxes continue on the next page. */
    void addBox(const NoticeBlock& block)
    {
        const QFont f = font(kBoxPt, block.bold, block.italic);
        const double pad = mm(3);
        const double inner = m_width - 2 * pad;
        const double height = lineHeight(f);
        std::vector<TextLine> lines;
        if (!block.label.empty()) {
            addParagraph(text(block.label), font(kBodyPt, true), 0, m_width, Qt::AlignLeft, 0, pt(3));
            m_rows.back().keepWithNext = true;
        }
        const QStringList paragraphs = text(block.text).split(QLatin1Char('\n'));
        for (const QString& paragraph : paragraphs) {
            auto part = layoutText(paragraph.isEmpty() ? QStringLiteral(" ") : paragraph, f, inner, Qt::AlignLeft);
            lines.insert(lines.end(), part.begin(), part.end());
        }
        const double penWidth = pt(0.8);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const bool first = i == 0;
            const bool last = i + 1 == lines.size();
            Row row;
            row.height = height + (first ? pad : 0) + (last ? pad : 0);
            row.spaceAfter = last ? pt(8) : 0;
            row.keepWithNext = lines.size() > 1 && (i == 0 || i + 2 == lines.size());
            row.draw = [=, this, line = lines[i]](QPainter& p, double top) {
                line.draw(p, pad, top + (first ? pad : 0));
                p.save();
                p.setPen(QPen(Qt::black, penWidth));
                const double bottom = top + row.height;
                p.drawLine(QPointF(0, top), QPointF(0, bottom));
                p.drawLine(QPointF(m_width, top), QPointF(m_width, bottom));
                // Top and bottom edges on every page the box spans, so each piece is closed.
                if (first || top == 0.0) {
                    p.drawLine(QPointF(0, top), QPointF(m_width, top));
                }
                if (last || bottom + height > m_height) {
                    p.drawLine(QPointF(0, bottom), QPointF(m_width, bottom));
                }
                p.restore();
            };
            m_rows.push_back(std::move(row));
        }
    }

    // --- end of the document ----------------------------------------------------------------

    void addSignature(const NoticeSignature& signature)
    {
        if (!signature.present) {
            return;
        }
        // The signature is never alone on its page: keep the last two lines of the text with it.
        for (std::size_t back = 1; back <= 2 && back <= m_rows.size(); ++back) {
            m_rows[m_rows.size() - back].keepWithNext = true;
        }
        if (!m_rows.empty()) {
            m_rows.back().spaceAfter = std::max(m_rows.back().spaceAfter, pt(12));
        }
        const double rightLeft = m_width / 2;
        const double rightWidth = m_width - rightLeft;
        const double leftWidth = m_width * 0.45;

        struct Piece
        {
            std::vector<TextLine> lines;
            double lineHeight;
        };
        auto piece = [&](const QString& s, const QFont& f, double width, Qt::Alignment align, double restIndent = 0) {
            return Piece{s.isEmpty() ? std::vector<TextLine>{} : layoutText(s, f, width, align, 0, restIndent),
                         lineHeight(f, 1.0)};
        };
        const Piece placeDate
            = piece(text(signature.placeDate), font(kPlaceDatePt, false, true), rightWidth, Qt::AlignHCenter);
        const Piece authority = piece(upper(signature.authority), font(kSignerPt, true), rightWidth, Qt::AlignHCenter);
        const Piece title = piece(upper(signature.title), font(kSignerPt, true), rightWidth, Qt::AlignHCenter);
        const Piece hint = piece(text(signature.hint), font(kHintPt, false, true), rightWidth, Qt::AlignHCenter);
        const Piece name = piece(text(signature.name), font(kSignerPt, true), rightWidth, Qt::AlignHCenter);
        const Piece receivedLabel
            = piece(text(signature.receivedByLabel), font(kReceivedLabelPt, true, true), leftWidth, Qt::AlignLeft);
        std::vector<Piece> received;
        if (!signature.receivedByLabel.empty()) {
            const QFont listFont = font(kReceivedListPt);
            const double dash = textWidth(listFont, QStringLiteral("- "));
            for (const std::string& line : signature.receivedBy) {
                received.push_back(piece(text(line), listFont, leftWidth, Qt::AlignLeft, dash));
            }
        }
        auto height = [](const Piece& p) { return p.lines.size() * p.lineHeight; };
        // "Nơi nhận" is level with the signer's authority line, below the place and date.
        const double signerTop = placeDate.lines.empty() ? 0 : height(placeDate) + pt(4);
        const double nameTop = signerTop + height(authority) + height(title) + height(hint) + mm(kSignatureSpaceMm);
        const double rightBottom = nameTop + std::max(height(name), name.lines.empty() ? 0.0 : 0.0);
        double leftBottom = signerTop + height(receivedLabel);
        for (const Piece& r : received) {
            leftBottom += height(r);
        }

        Row row;
        row.height = std::max(rightBottom + height(name), leftBottom);
        row.spaceAfter = pt(12);
        row.draw = [=](QPainter& p, double top) {
            auto drawPiece = [&p](const Piece& piece, double left, double y) {
                for (const TextLine& line : piece.lines) {
                    line.draw(p, left, y);
                    y += piece.lineHeight;
                }
                return y;
            };
            drawPiece(placeDate, rightLeft, top);
            double y = top + signerTop;
            y = drawPiece(authority, rightLeft, y);
            y = drawPiece(title, rightLeft, y);
            drawPiece(hint, rightLeft, y);
            drawPiece(name, rightLeft, top + nameTop);
            y = drawPiece(receivedLabel, 0, top + signerTop);
            for (const Piece& r : received) {
                y = drawPiece(r, 0, y);
            }
        };
        m_rows.push_back(std::move(row));
    }

    void addFootnotes(const std::vector<std::string>& footnotes)
    {
        if (footnotes.empty()) {
            return;
        }
        Row separator;
        separator.height = pt(6);
        separator.keepWithNext = true;
        separator.draw = [this](QPainter& p, double top) {
            p.save();
            p.setPen(QPen(Qt::black, pt(0.5)));
            p.drawLine(QPointF(0, top), QPointF(mm(50), top));
            p.restore();
        };
        m_rows.push_back(std::move(separator));
        for (const std::string& note : footnotes) {
            addParagraph(text(note), font(kFootnotePt, false, true), 0, m_width, Qt::AlignLeft, 0, pt(2));
        }
    }

    // --- pages ------------------------------------------------------------------------------

    void pageNumber(int page)
    {
        // From page 2, centred in the top margin, upright, 13 pt (Phụ lục I, Mục I).
        const QFont f = font(kPageNumberPt);
        const QString number = QString::number(page);
        const QFontMetricsF metrics(f, m_device);
        const double top = -mm(kMarginsMm.top()) / 2 - metrics.height() / 2;
        m_painter.save();
        m_painter.setFont(f);
        m_painter.setPen(Qt::black);
        m_painter.drawText(QPointF((m_width - metrics.horizontalAdvance(number)) / 2, top + metrics.ascent()), number);
        m_painter.restore();
    }

    int paginate(bool firstDocument)
    {
        int page = 1;
        if (!firstDocument) {
            m_device->newPage();
        }
        m_painter.setPen(Qt::black);
        double y = 0;
        auto newPage = [&] {
            m_device->newPage();
            ++page;
            y = 0;
            pageNumber(page);
        };
        std::size_t i = 0;
        while (i < m_rows.size()) {
            // The rows kept together from i: move them to a new page as a whole when they fit on one.
            std::size_t j = i;
            double group = m_rows[i].height;
            while (m_rows[j].keepWithNext && j + 1 < m_rows.size()) {
                group += m_rows[j].spaceAfter;
                ++j;
                group += m_rows[j].height;
            }
            if (y > 0 && y + group > m_height && group <= m_height) {
                newPage();
            }
            for (std::size_t k = i; k <= j; ++k) {
                if (y > 0 && y + m_rows[k].height > m_height) {
                    newPage();
                }
                m_rows[k].draw(m_painter, y);
                y += m_rows[k].height + m_rows[k].spaceAfter;
            }
            i = j + 1;
        }
        return page;
    }

    QPagedPaintDevice* m_device;
    QPainter& m_painter;
    QString m_family;
    const NoticeDocument* m_document = nullptr;
    double m_unitsPerMm = 1;
    double m_width = 0;
    double m_height = 0;
    std::vector<Row> m_rows;
};

} // namespace

Result<int> renderNotices(const std::vector<NoticeDocument>& documents, QPagedPaintDevice* device)
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter);
    if (!device->setPageLayout(layout)) {
        // A printer whose hardware margins exceed the Decree's: keep its margins, still A4 portrait.
        device->setPageSize(QPageSize(QPageSize::A4));
        device->setPageOrientation(QPageLayout::Portrait);
    }
    QPainter painter;
    if (!painter.begin(device)) {
        return Error("file.write", {{"file", "PDF"}}, "QPainter::begin failed on the output device");
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    int pages = 0;
    Renderer renderer(device, painter);
    for (std::size_t i = 0; i < documents.size(); ++i) {
        pages += renderer.render(documents[i], i == 0);
    }
    painter.end();
    return pages;
}

Status writeNoticePdf(const NoticeDocument& document, const std::filesystem::path& path)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(text(document.documentTitle));
        writer.setCreator(QStringLiteral("Account Auditor"));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        const Result<int> pages = renderNotices({document}, &writer);
        if (!pages) {
            Error error = pages.error();
            error.params["file"] = path.string();
            return error;
        }
    }
    // Written in one piece so a crash never leaves half a notice; 0600: it holds personal data.
    return writeFileAtomically(path, bytes.toStdString(), WriteOptions{false, true});
}

} // namespace auditor::print
