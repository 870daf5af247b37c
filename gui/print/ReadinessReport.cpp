#include "ReadinessReport.h"

#include "NoticeFonts.h"
#include "common/Files.h"
#include "incidents/NoticeComposer.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace auditor {

namespace {

// The notices' page: A4 portrait, Decree 30's margins (left 30, right 15, top and bottom 20 mm).
const QMarginsF kMarginsMm(30, 20, 15, 20);
constexpr double kTitlePt = 14;
constexpr double kHeadingPt = 13;
constexpr double kBodyPt = 12;
constexpr double kTablePt = 9.5;
constexpr double kSmallPt = 8.5;
constexpr double kPageNumberPt = 13;
constexpr double kCheckColumnMm = 58; // the heat map's check titles
constexpr double kMinCellMm = 13; // narrowest heat-map column that still holds "100%" and a wrapped name
constexpr double kMaxCellMm = 24;

/**
 * The report's own words. The CLI writes this report without a Qt translator, so they cannot come
 * from tr(): Vietnamese and English side by side, picked by `lang`.
 */
struct Words
{
    const char* title;
    const char* datePrefix; // before the date
    const char* scope; // "Scope: units …; platforms …"
    const char* scopeUnits;
    const char* scopePlatforms;
    const char* reportedOfExpected; // %1 reported, %2 expected
    const char* reportedNoExpected; // %1 reported
    const char* currentStale; // %1 current, %2 stale, %3 not reported, %4 staleAfter words
    const char* average; // %1 average, %2 open incidents
    const char* unitsHeading;
    const char* unitColumn;
    const char* expectedColumn;
    const char* reportedColumn;
    const char* currentColumn;
    const char* staleColumn;
    const char* notReportedColumn;
    const char* averageColumn;
    const char* incidentsColumn;
    const char* totalRow;
    const char* unknownUnit; // the summary's "?" unit: reports naming a unit the profile lacks
    const char* heatHeading;
    const char* heatIntro;
    const char* heatPart; // %1–%2 of %3 units
    const char* checkColumn;
    const char* requiredGroup;
    const char* otherGroup;
    const char* legend;
    const char* legendNone;
    const char* histogramHeading;
    const char* histogramAxis;
    const char* trendHeading;
    const char* trendAxis;
    const char* trendPeople;
    const char* noTrend;
    const char* peopleHeading;
    const char* personColumn;
    const char* dateColumn;
    const char* scoreColumn;
    const char* staleMark;
    const char* noPeople;
    const char* readHeading;
    const char* readDone;
    const char* readStale;
    const char* readStaleDays; // %1: the profile's staleAfterDays
    const char* readMissing;
    const char* readScore;
    const char* readPrivacy;
};

const Words kVi{
    "BÁO CÁO MỨC ĐỘ SẴN SÀNG AN TOÀN TÀI KHOẢN",
    "Ngày lập: ",
    "Phạm vi: ",
    "đơn vị ",
    "nền tảng ",
    "%1 trên %2 cán bộ, giáo viên dự kiến đã gửi báo cáo tự kiểm tra.",
    "%1 cán bộ, giáo viên đã gửi báo cáo tự kiểm tra (chưa đặt số người dự kiến).",
    "%1 báo cáo còn mới, %2 báo cáo đã cũ và %3 người chưa gửi báo cáo.",
    "Điểm trung bình: %1%. Sự cố tài khoản chưa xử lý xong: %2.",
    "1. Các đơn vị",
    "Đơn vị",
    "Dự kiến",
    "Đã gửi",
    "Còn mới",
    "Đã cũ",
    "Chưa gửi",
    "Điểm TB",
    "Sự cố",
    "Toàn bộ",
    "Đơn vị khác (không có trong hồ sơ)",
    "2. Các việc cần làm theo đơn vị",
    "Mỗi ô là tỷ lệ người đã làm xong việc đó (không tính việc đã cũ). Ô càng đậm, việc còn lại càng nhiều.",
    "Đơn vị %1–%2 trên %3",
    "Việc cần làm",
    "Việc bắt buộc",
    "Các việc khác",
    "Thang màu:",
    "– : không có ai phải làm việc này",
    "3. Phân bố điểm",
    "Số người theo điểm (%)",
    "4. Xu hướng 12 tuần",
    "Điểm trung bình vào cuối mỗi tuần (%); dưới cột: số người đã gửi báo cáo",
    "người",
    "Chưa có báo cáo trong 12 tuần qua.",
    "5. Danh sách cán bộ, giáo viên",
    "Người",
    "Ngày báo cáo",
    "Điểm",
    "đã cũ",
    "Hồ sơ của tổ chức không cho hiện tên từng người: báo cáo này chỉ có số liệu tổng hợp.",
    "Cách đọc báo cáo này",
    "Đã xong: người đó đã làm việc này và vẫn còn trong thời hạn kiểm tra lại.",
    "Đã cũ: đã làm nhưng quá thời hạn kiểm tra lại, cần xác nhận lại; báo cáo đã cũ là báo cáo gửi quá lâu.",
    "Đã cũ: đã làm nhưng quá thời hạn kiểm tra lại, cần xác nhận lại; báo cáo đã cũ là báo cáo gửi cách đây hơn %1 "
    "ngày.",
    "Chưa gửi / thiếu: người chưa gửi báo cáo, hoặc báo cáo không có nền tảng bắt buộc.",
    "Điểm chỉ là ấn tượng ban đầu về mức độ an toàn. Điểm 100 không có nghĩa là tài khoản không thể bị tấn công.",
    "Báo cáo không chứa mật khẩu hay lý do mà người dùng ghi; chỉ có trạng thái, ngày và điểm.",
};

const Words kEn{
    "ACCOUNT SECURITY READINESS REPORT",
    "Date: ",
    "Scope: ",
    "units ",
    "platforms ",
    "%1 of %2 expected staff have sent their self-check report.",
    "%1 staff have sent their self-check report (no expected head count is set).",
    "%1 reports are current, %2 are stale and %3 people have not reported.",
    "Average score: %1%. Account incidents still open: %2.",
    "1. Units",
    "Unit",
    "Expected",
    "Reported",
    "Current",
    "Stale",
    "Not reported",
    "Average",
    "Incidents",
    "All units",
    "Other units (not in the profile)",
    "2. Checks by unit",
    "Each cell is the share of people who have done the check (stale ones not counted). The darker the cell, the more "
    "is left to do.",
    "Units %1–%2 of %3",
    "Check",
    "Required checks",
    "Other checks",
    "Colour scale:",
    "– : nobody has to do this check",
    "3. Score distribution",
    "People by score (%)",
    "4. Trend over 12 weeks",
    "Average score at each week's end (%); under the bars: people who had reported",
    "people",
    "No reports in the last 12 weeks.",
    "5. Staff",
    "Person",
    "Report date",
    "Score",
    "stale",
    "The organisation's profile does not allow names: this report shows counts only.",
    "How to read this report",
    "Done: the person has done the check and it is still within its re-check interval.",
    "Stale: done, but the re-check interval has passed, so it needs confirming again; a stale report is one sent too "
    "long ago.",
    "Stale: done, but the re-check interval has passed, so it needs confirming again; a stale report is one sent more "
    "than %1 days ago.",
    "Not reported / missing: people who have not sent a report, or whose report lacks a required platform.",
    "A score is a first impression of how safe accounts are. A score of 100 does not mean an account cannot be "
    "attacked.",
    "The reports hold no passwords and none of the reasons people typed: statuses, dates and scores only.",
};

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8).normalized(QString::NormalizationForm_C);
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString dateWords(TimePoint t, bool vi)
{
    // The notices' own date form (Decree 30: "ngày 05 tháng 01 năm 2026", "tháng 3" without a zero).
    const std::chrono::year_month_day ymd(std::chrono::floor<std::chrono::days>(t));
    return QString::fromStdString(decreeDate(static_cast<int>(ymd.year()),
                                             static_cast<int>(static_cast<unsigned>(ymd.month())),
                                             static_cast<int>(static_cast<unsigned>(ymd.day())),
                                             vi ? "vi" : "en"));
}

/** "2026-11-29" → "29/11". */
QString shortDate(const std::string& iso)
{
    if (iso.size() < 10) {
        return text(iso);
    }
    return text(iso.substr(8, 2) + "/" + iso.substr(5, 2));
}

QString percentText(int percent)
{
    return percent < 0 ? QStringLiteral("–") : QStringLiteral("%1%").arg(percent);
}

struct TextLine
{
    std::shared_ptr<QTextLayout> layout;
    int index = 0;
    double x = 0;

    void draw(QPainter& painter, double left, double top) const
    {
        layout->lineAt(index).draw(&painter, QPointF(left + x, top));
    }
};

/** A slice of the page that is never cut; `header` is drawn first when the row starts a page (a table's head). */
struct Row
{
    double height = 0;
    double spaceAfter = 0;
    bool keepWithNext = false;
    std::function<void(QPainter&, double top)> draw;
    std::shared_ptr<Row> header;
};

/** One table cell. */
struct Cell
{
    QString text;
    QColor fill; // invalid: none
    QColor ink = Qt::black;
    bool bold = false;
    Qt::Alignment align = Qt::AlignLeft;
};

class Renderer
{
public:
    Renderer(const ReadinessSummary& summary,
             const std::string& lang,
             const std::map<std::string, std::string>& platformNames,
             QPagedPaintDevice* device,
             QPainter& painter)
        : m_summary(summary)
        , m_vi(lang != "en")
        , m_w(m_vi ? kVi : kEn)
        , m_platformNames(platformNames)
        , m_device(device)
        , m_painter(painter)
        , m_family(print::noticeFontFamily())
    {
        m_unitsPerMm = device->logicalDpiY() / 25.4;
        m_width = device->width();
        m_height = device->height();
    }

    int render()
    {
        addHeading();
        addSummaryParagraph();
        addUnits();
        addHeatMap();
        addHistogram();
        addTrend();
        addPeople();
        addHowToRead();
        return paginate();
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
        f.setStyleStrategy(QFont::NoFontMerging); // one family: no glyph borrowed from another font
        f.setKerning(true);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    double lineHeight(const QFont& f, double factor = 1.15) const
    {
        return QFontMetricsF(f, m_device).lineSpacing() * factor;
    }

    std::vector<TextLine> layoutText(const QString& s, const QFont& f, double width, Qt::Alignment align) const
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
            line.setLineWidth(std::max(1.0, width));
            line.setPosition(QPointF(0, 0));
            TextLine entry{layout, line.lineNumber(), 0};
            if (align & Qt::AlignHCenter) {
                entry.x = (width - line.naturalTextWidth()) / 2;
            } else if (align & Qt::AlignRight) {
                entry.x = width - line.naturalTextWidth();
            }
            lines.push_back(entry);
        }
        layout->endLayout();
        return lines;
    }

    void addParagraph(const QString& s, const QFont& f, double spaceAfter, double indent = 0)
    {
        const std::vector<TextLine> lines = layoutText(s, f, m_width - indent, Qt::AlignJustify);
        const double height = lineHeight(f);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            Row row;
            row.height = height;
            row.spaceAfter = i + 1 == lines.size() ? spaceAfter : 0;
            row.keepWithNext = lines.size() > 1 && (i == 0 || i + 2 == lines.size());
            row.draw = [line = lines[i], indent](QPainter& p, double top) { line.draw(p, indent, top); };
            m_rows.push_back(std::move(row));
        }
    }

    void addSectionHeading(const QString& s)
    {
        if (!m_rows.empty()) {
            m_rows.back().spaceAfter = std::max(m_rows.back().spaceAfter, pt(12));
        }
        addParagraph(s, font(kHeadingPt, true), pt(4));
        m_rows.back().keepWithNext = true;
    }

    // --- heading and summary ----------------------------------------------------------------

    void addHeading()
    {
        const QFont org = font(kHeadingPt, true);
        if (!m_summary.orgName.empty()) {
            for (const TextLine& line : layoutText(text(m_summary.orgName).toUpper(), org, m_width, Qt::AlignHCenter)) {
                Row row;
                row.height = lineHeight(org, 1.0);
                row.keepWithNext = true;
                row.draw = [line](QPainter& p, double top) { line.draw(p, 0, top); };
                m_rows.push_back(std::move(row));
            }
            m_rows.back().spaceAfter = pt(10);
        }
        const QFont title = font(kTitlePt, true);
        for (const TextLine& line : layoutText(text(m_w.title), title, m_width, Qt::AlignHCenter)) {
            Row row;
            row.height = lineHeight(title, 1.0);
            row.keepWithNext = true;
            row.draw = [line](QPainter& p, double top) { line.draw(p, 0, top); };
            m_rows.push_back(std::move(row));
        }
        const QFont date = font(kBodyPt, false, true);
        for (const TextLine& line : layoutText(
                 text(m_w.datePrefix) + dateWords(m_summary.generatedAt, m_vi), date, m_width, Qt::AlignHCenter)) {
            Row row;
            row.height = lineHeight(date);
            row.keepWithNext = true;
            row.draw = [line](QPainter& p, double top) { line.draw(p, 0, top); };
            m_rows.push_back(std::move(row));
        }
        const SummaryFilter& filter = m_summary.filter;
        if (!filter.units.empty() || !filter.platforms.empty()) {
            QStringList parts;
            if (!filter.units.empty()) {
                QStringList names;
                for (const std::string& id : filter.units) {
                    names << unitName(id);
                }
                parts << text(m_w.scopeUnits) + names.join(QStringLiteral(", "));
            }
            if (!filter.platforms.empty()) {
                QStringList names;
                for (const std::string& id : filter.platforms) {
                    names << platformName(id);
                }
                parts << text(m_w.scopePlatforms) + names.join(QStringLiteral(", "));
            }
            addParagraph(text(m_w.scope) + parts.join(QStringLiteral("; ")), font(kBodyPt, false, true), 0);
        }
        m_rows.back().spaceAfter = pt(14);
    }

    QString unitName(const std::string& id) const
    {
        for (const UnitSummary& u : m_summary.units) {
            if (u.id == id) {
                return unitLabel(u);
            }
        }
        return text(id);
    }

    QString unitLabel(const UnitSummary& u) const
    {
        if (u.id == "?" && (u.name.empty() || u.name == "?")) {
            return text(m_w.unknownUnit);
        }
        return text(u.name.empty() ? u.id : u.name);
    }

    QString platformName(const std::string& id) const
    {
        const auto it = m_platformNames.find(id);
        return text(it == m_platformNames.end() ? id : it->second);
    }

    void addSummaryParagraph()
    {
        const UnitSummary& t = m_summary.total;
        QString s = t.expected > 0 ? text(m_w.reportedOfExpected).arg(t.reported).arg(t.expected)
                                   : text(m_w.reportedNoExpected).arg(t.reported);
        s += QLatin1Char(' ') + text(m_w.currentStale).arg(t.current).arg(t.stale).arg(t.notReported);
        s += QLatin1Char(' ') + text(m_w.average).arg(t.averagePercent).arg(t.openIncidents);
        addParagraph(s, font(kBodyPt), pt(6));
    }

    // --- tables -----------------------------------------------------------------------------

    /** A table row: cells of `widths`, wrapped at `size`, with a thin grid. */
    Row tableRow(const std::vector<Cell>& cells, const std::vector<double>& widths, double size) const
    {
        const double pad = mm(1.2);
        std::vector<std::vector<TextLine>> laid;
        std::vector<double> lineHeights;
        double height = 0;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const QFont f = font(size, cells[i].bold);
            laid.push_back(layoutText(cells[i].text, f, widths[i] - 2 * pad, cells[i].align));
            lineHeights.push_back(lineHeight(f, 1.0));
            height = std::max(height, laid.back().size() * lineHeights.back() + 2 * pad);
        }
        Row row;
        row.height = height;
        row.draw = [=, this](QPainter& p, double top) {
            double x = 0;
            p.save();
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const QRectF box(x, top, widths[i], height);
                if (cells[i].fill.isValid()) {
                    p.fillRect(box, cells[i].fill);
                }
                p.setPen(QPen(QColor(0x80, 0x80, 0x80), pt(0.4)));
                p.drawRect(box);
                p.setPen(cells[i].ink);
                // Centred vertically in the row.
                double y = top + (height - laid[i].size() * lineHeights[i]) / 2;
                for (const TextLine& line : laid[i]) {
                    line.draw(p, x + pad, y);
                    y += lineHeights[i];
                }
                x += widths[i];
            }
            p.restore();
        };
        return row;
    }

    void addTable(const std::vector<Cell>& head,
                  const std::vector<std::vector<Cell>>& body,
                  const std::vector<double>& widths)
    {
        auto header = std::make_shared<Row>(tableRow(head, widths, kTablePt));
        Row first = *header;
        first.keepWithNext = true;
        m_rows.push_back(first);
        for (const auto& cells : body) {
            Row row = tableRow(cells, widths, kTablePt);
            row.header = header;
            m_rows.push_back(std::move(row));
        }
        m_rows.back().spaceAfter = pt(6);
    }

    static Cell number(int value, bool bold = false)
    {
        return {QString::number(value), QColor(), Qt::black, bold, Qt::AlignRight};
    }

    void addUnits()
    {
        addSectionHeading(text(m_w.unitsHeading));
        const QColor headFill(0xe8, 0xe8, 0xe8);
        auto head = [&](const char* s) { return Cell{text(s), headFill, Qt::black, true, Qt::AlignHCenter}; };
        const std::vector<Cell> header{head(m_w.unitColumn),
                                       head(m_w.expectedColumn),
                                       head(m_w.reportedColumn),
                                       head(m_w.currentColumn),
                                       head(m_w.staleColumn),
                                       head(m_w.notReportedColumn),
                                       head(m_w.averageColumn),
                                       head(m_w.incidentsColumn)};
        const double n = mm(14.5);
        const std::vector<double> widths{m_width - 7 * n, n, n, n, n, n, n, n};
        std::vector<std::vector<Cell>> body;
        auto line = [](const QString& name, const UnitSummary& u, bool bold) {
            return std::vector<Cell>{
                {name, QColor(), Qt::black, bold, Qt::AlignLeft},
                u.expected > 0 ? number(u.expected, bold)
                               : Cell{QStringLiteral("–"), QColor(), Qt::black, bold, Qt::AlignRight},
                number(u.reported, bold),
                number(u.current, bold),
                number(u.stale, bold),
                number(u.notReported, bold),
                Cell{u.reported > 0 ? QStringLiteral("%1%").arg(u.averagePercent) : QStringLiteral("–"),
                     QColor(),
                     Qt::black,
                     bold,
                     Qt::AlignRight},
                number(u.openIncidents, bold)};
        };
        for (const UnitSummary& u : m_summary.units) {
            body.push_back(line(unitLabel(u), u, false));
        }
        body.push_back(line(text(m_w.totalRow), m_summary.total, true));
        addTable(header, body, widths);
    }

    // --- heat map ---------------------------------------------------------------------------

    void addHeatMap()
    {
        addSectionHeading(text(m_w.heatHeading));
        addParagraph(text(m_w.heatIntro), font(kBodyPt), pt(4));
        addLegend();
        if (m_summary.checks.empty()) {
            return;
        }
        // Required checks first, then the others, each in content order.
        std::vector<const CheckRow*> ordered;
        for (const bool required : {true, false}) {
            for (const CheckRow& row : m_summary.checks) {
                if (row.required == required) {
                    ordered.push_back(&row);
                }
            }
        }
        // Columns: as many units as fit beside the check titles, the total column in each part.
        const std::size_t unitCount = m_summary.units.size();
        const double room = m_width - mm(kCheckColumnMm);
        const auto perPart = std::max<std::size_t>(1, static_cast<std::size_t>(room / mm(kMinCellMm)) - 1);
        const std::size_t parts = std::max<std::size_t>(1, (unitCount + perPart - 1) / perPart);
        const std::size_t balanced = parts > 0 ? (unitCount + parts - 1) / parts : unitCount;
        for (std::size_t part = 0; part < parts; ++part) {
            const std::size_t from = part * balanced;
            const std::size_t to = std::min(unitCount, from + balanced);
            if (parts > 1) {
                addParagraph(
                    text(m_w.heatPart).arg(from + 1).arg(to).arg(unitCount), font(kBodyPt, false, true), pt(3));
                m_rows.back().keepWithNext = true;
            }
            addHeatPart(ordered, from, to);
        }
    }

    void addLegend()
    {
        const QFont f = font(kSmallPt);
        const double box = mm(11);
        const double h = lineHeight(f, 1.0) + mm(2);
        Row row;
        row.height = h;
        row.spaceAfter = pt(6);
        row.keepWithNext = true;
        const QString label = text(m_w.legend);
        const QString none = text(m_w.legendNone);
        row.draw = [=, this](QPainter& p, double top) {
            p.save();
            p.setFont(f);
            const QFontMetricsF metrics(f, m_device);
            double x = 0;
            p.setPen(Qt::black);
            p.drawText(QPointF(x, top + (h + metrics.ascent() - metrics.descent()) / 2), label);
            x += metrics.horizontalAdvance(label) + mm(2);
            for (const int percent : {100, 70, 50, 30, 10}) {
                const QRectF r(x, top, box, h);
                p.fillRect(r, readinessCellColour(percent));
                p.setPen(QPen(QColor(0x80, 0x80, 0x80), pt(0.4)));
                p.drawRect(r);
                p.setPen(readinessCellInk(percent));
                const QString s = percent == 100 ? QStringLiteral("≥80%")
                    : percent == 10              ? QStringLiteral("<20%")
                                    : QStringLiteral("%1–%2%").arg(percent / 20 * 20).arg(percent / 20 * 20 + 19);
                p.drawText(r, Qt::AlignCenter, s);
                x += box;
            }
            p.setPen(Qt::black);
            p.drawText(QPointF(x + mm(3), top + (h + metrics.ascent() - metrics.descent()) / 2), none);
            p.restore();
        };
        m_rows.push_back(std::move(row));
    }

    void addHeatPart(const std::vector<const CheckRow*>& ordered, std::size_t from, std::size_t to)
    {
        const std::size_t columns = to - from + 1; // + the total
        const double cell = std::min(mm(kMaxCellMm), (m_width - mm(kCheckColumnMm)) / columns);
        std::vector<double> widths{m_width - cell * columns};
        widths.insert(widths.end(), columns, cell);
        const QColor headFill(0xe8, 0xe8, 0xe8);
        std::vector<Cell> head{{text(m_w.checkColumn), headFill, Qt::black, true, Qt::AlignLeft}};
        for (std::size_t u = from; u < to; ++u) {
            const UnitSummary& unit = m_summary.units[u];
            head.push_back({unitLabel(unit), headFill, Qt::black, false, Qt::AlignHCenter});
        }
        head.push_back({text(m_w.totalRow), headFill, Qt::black, true, Qt::AlignHCenter});
        auto header = std::make_shared<Row>(tableRowSmall(head, widths));
        Row first = *header;
        first.keepWithNext = true;
        m_rows.push_back(first);

        std::optional<bool> group;
        std::string platform;
        for (const CheckRow* check : ordered) {
            if (!group || *group != check->required) {
                group = check->required;
                platform.clear();
                addGroupRow(text(check->required ? m_w.requiredGroup : m_w.otherGroup), true, header);
            }
            if (check->platform != platform) {
                platform = check->platform;
                addGroupRow(platformName(platform), false, header);
            }
            std::vector<Cell> cells{
                {text(check->title.empty() ? check->check : check->title), QColor(), Qt::black, false, Qt::AlignLeft}};
            for (std::size_t u = from; u < to; ++u) {
                const int percent = u < check->cells.size() ? check->cells[u].percentDone() : -1;
                cells.push_back(heatCell(percent, false));
            }
            cells.push_back(heatCell(check->total.percentDone(), true));
            Row row = tableRowSmall(cells, widths);
            row.header = header;
            m_rows.push_back(std::move(row));
        }
        m_rows.back().spaceAfter = pt(8);
    }

    static Cell heatCell(int percent, bool bold)
    {
        return {percentText(percent),
                percent < 0 ? QColor(Qt::white) : readinessCellColour(percent),
                readinessCellInk(percent),
                bold,
                Qt::AlignHCenter};
    }

    Row tableRowSmall(const std::vector<Cell>& cells, const std::vector<double>& widths) const
    {
        return tableRow(cells, widths, kSmallPt);
    }

    /** "Required checks" or a platform's name across the heat map, kept with the row under it. */
    void addGroupRow(const QString& label, bool strong, const std::shared_ptr<Row>& header)
    {
        const QFont f = font(strong ? kTablePt : kSmallPt, true, !strong);
        const auto lines = layoutText(label, f, m_width - mm(2.4), Qt::AlignLeft);
        const double lh = lineHeight(f, 1.0);
        Row row;
        row.height = lines.size() * lh + mm(2);
        row.keepWithNext = true;
        row.header = header;
        const double h = row.height;
        row.draw = [=, this](QPainter& p, double top) {
            p.save();
            const QRectF box(0, top, m_width, h);
            p.fillRect(box,
                       strong ? QColor(0xe8, 0xe8, 0xe8)
                              : QColor(0xf6, 0xf6, 0xf6)); // lighter than any shade of the scale
            p.setPen(QPen(QColor(0x80, 0x80, 0x80), pt(0.4)));
            p.drawRect(box);
            p.setPen(Qt::black);
            double y = top + mm(1);
            for (const TextLine& line : lines) {
                line.draw(p, mm(1.2), y);
                y += lh;
            }
            p.restore();
        };
        m_rows.push_back(std::move(row));
    }

    // --- charts -----------------------------------------------------------------------------

    /** A bar chart: values over labels, the value written on each bar's top, an extra line of labels under. */
    void addBars(const QString& caption,
                 const std::vector<int>& values,
                 int maxValue,
                 const QStringList& labels,
                 const QStringList& under,
                 const std::vector<QString>& valueTexts)
    {
        const QFont f = font(kSmallPt);
        const QFont captionFont = font(kSmallPt, false, true);
        const double lh = lineHeight(f, 1.0);
        const double plot = mm(45);
        const double axisLeft = mm(10);
        const double height = lineHeight(captionFont) + lh + plot + lh * (under.isEmpty() ? 1 : 2) + mm(2);
        Row row;
        row.height = height;
        row.spaceAfter = pt(8);
        row.draw = [=, this](QPainter& p, double top) {
            p.save();
            p.setFont(captionFont);
            const QFontMetricsF cm(captionFont, m_device);
            p.setPen(Qt::black);
            p.drawText(QPointF(0, top + cm.ascent()), caption);
            const double plotTop = top + lineHeight(captionFont) + lh;
            const double baseY = plotTop + plot;
            const double slot = (m_width - axisLeft) / std::max<std::size_t>(1, values.size());
            const QFontMetricsF metrics(f, m_device);
            p.setFont(f);
            // Grid at 0, 50 and 100% of the scale.
            for (const int step : {0, 50, 100}) {
                const double y = baseY - plot * step / 100.0;
                p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), pt(0.3), step == 0 ? Qt::SolidLine : Qt::DashLine));
                p.drawLine(QPointF(axisLeft, y), QPointF(m_width, y));
                p.setPen(Qt::black);
                const QString label = QString::number(maxValue * step / 100);
                p.drawText(
                    QPointF(axisLeft - mm(1.5) - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - pt(1)),
                    label);
            }
            for (std::size_t i = 0; i < values.size(); ++i) {
                const double x = axisLeft + slot * i;
                const double h = maxValue > 0 ? plot * std::clamp(values[i], 0, maxValue) / maxValue : 0;
                const QRectF bar(x + slot * 0.18, baseY - h, slot * 0.64, h);
                p.fillRect(bar, QColor(0x4d, 0x4d, 0x4d));
                p.setPen(Qt::black);
                p.drawText(QRectF(x, baseY - h - lh, slot, lh), Qt::AlignHCenter | Qt::AlignBottom, valueTexts[i]);
                p.drawText(QRectF(x, baseY + mm(0.5), slot, lh),
                           Qt::AlignHCenter | Qt::AlignTop,
                           labels[static_cast<qsizetype>(i)]);
                if (!under.isEmpty()) {
                    p.setPen(QColor(0x40, 0x40, 0x40));
                    p.drawText(QRectF(x, baseY + mm(0.5) + lh, slot, lh),
                               Qt::AlignHCenter | Qt::AlignTop,
                               under[static_cast<qsizetype>(i)]);
                }
            }
            p.restore();
        };
        m_rows.push_back(std::move(row));
    }

    void addHistogram()
    {
        addSectionHeading(text(m_w.histogramHeading));
        std::vector<int> values(m_summary.histogram.begin(), m_summary.histogram.end());
        int top = 1;
        std::vector<QString> valueTexts;
        QStringList labels;
        for (std::size_t i = 0; i < values.size(); ++i) {
            top = std::max(top, values[i]);
            valueTexts.push_back(QString::number(values[i]));
            labels << (i + 1 == values.size() ? QStringLiteral("90–100")
                                              : QStringLiteral("%1–%2").arg(i * 10).arg(i * 10 + 9));
        }
        addBars(text(m_w.histogramAxis), values, niceCeiling(top), labels, {}, valueTexts);
    }

    static int niceCeiling(int value)
    {
        for (const int step : {2, 4, 10, 20, 40, 100, 200, 400, 1000, 2000, 4000, 10000, 20000, 40000, 100000}) {
            if (value <= step) {
                return step;
            }
        }
        return value;
    }

    void addTrend()
    {
        addSectionHeading(text(m_w.trendHeading));
        if (m_summary.trend.empty()) {
            addParagraph(text(m_w.noTrend), font(kBodyPt), pt(6));
            return;
        }
        std::vector<int> values;
        std::vector<QString> valueTexts;
        QStringList labels;
        QStringList under;
        for (const TrendPoint& point : m_summary.trend) {
            values.push_back(point.people > 0 ? point.averagePercent : 0);
            valueTexts.push_back(point.people > 0 ? QStringLiteral("%1%").arg(point.averagePercent)
                                                  : QStringLiteral("–"));
            labels << shortDate(point.weekEnding);
            under << QStringLiteral("%1").arg(point.people);
        }
        addBars(text(m_w.trendAxis), values, 100, labels, under, valueTexts);
    }

    // --- people and notes -------------------------------------------------------------------

    void addPeople()
    {
        addSectionHeading(text(m_w.peopleHeading));
        if (!m_summary.peopleShown) {
            addParagraph(text(m_w.noPeople), font(kBodyPt), pt(6));
            return;
        }
        const QColor headFill(0xe8, 0xe8, 0xe8);
        auto head = [&](const char* s) { return Cell{text(s), headFill, Qt::black, true, Qt::AlignHCenter}; };
        const std::vector<Cell> header{head(m_w.personColumn),
                                       head(m_w.unitColumn),
                                       head(m_w.dateColumn),
                                       head(m_w.scoreColumn),
                                       head(m_w.incidentsColumn)};
        const double n = mm(18);
        const double name = (m_width - 3 * n) * 0.45;
        const std::vector<double> widths{name, m_width - 3 * n - name, n, n, n};
        std::vector<std::vector<Cell>> body;
        for (const PersonLine& person : m_summary.people) {
            QString date = text(formatIsoDate(person.generatedAt));
            if (person.stale) {
                date += QStringLiteral(" (") + text(m_w.staleMark) + QLatin1Char(')');
            }
            body.push_back({{text(person.label), QColor(), Qt::black, false, Qt::AlignLeft},
                            {unitName(person.unit), QColor(), Qt::black, false, Qt::AlignLeft},
                            {date, QColor(), Qt::black, false, Qt::AlignLeft},
                            {QStringLiteral("%1%").arg(person.percent), QColor(), Qt::black, false, Qt::AlignRight},
                            number(person.openIncidents)});
        }
        addTable(header, body, widths);
    }

    void addHowToRead()
    {
        addSectionHeading(text(m_w.readHeading));
        const QString stale = m_summary.staleAfterDays > 0 ? text(m_w.readStaleDays).arg(m_summary.staleAfterDays)
                                                           : text(m_w.readStale);
        for (const QString& s :
             {text(m_w.readDone), stale, text(m_w.readMissing), text(m_w.readScore), text(m_w.readPrivacy)}) {
            addParagraph(QStringLiteral("- ") + s, font(kBodyPt), pt(3));
        }
    }

    // --- pages ------------------------------------------------------------------------------

    void pageNumber(int page)
    {
        // As on the notices: from page 2, centred in the top margin.
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

    int paginate()
    {
        int page = 1;
        double y = 0;
        auto newPage = [&](const Row& next) {
            m_device->newPage();
            ++page;
            y = 0;
            pageNumber(page);
            if (next.header) {
                next.header->draw(m_painter, y);
                y += next.header->height;
            }
        };
        std::size_t i = 0;
        while (i < m_rows.size()) {
            std::size_t j = i;
            double group = m_rows[i].height;
            while (m_rows[j].keepWithNext && j + 1 < m_rows.size()) {
                group += m_rows[j].spaceAfter;
                ++j;
                group += m_rows[j].height;
            }
            const double headerHeight = m_rows[i].header ? m_rows[i].header->height : 0;
            if (y > 0 && y + group > m_height && group + headerHeight <= m_height) {
                newPage(m_rows[i]);
            }
            for (std::size_t k = i; k <= j; ++k) {
                if (y > 0 && y + m_rows[k].height > m_height) {
                    newPage(m_rows[k]);
                }
                m_rows[k].draw(m_painter, y);
                y += m_rows[k].height + m_rows[k].spaceAfter;
            }
            i = j + 1;
        }
        return page;
    }

    const ReadinessSummary& m_summary;
    bool m_vi = true;
    const Words& m_w;
    const std::map<std::string, std::string>& m_platformNames;
    QPagedPaintDevice* m_device;
    QPainter& m_painter;
    QString m_family;
    double m_unitsPerMm = 1;
    double m_width = 0;
    double m_height = 0;
    std::vector<Row> m_rows;
};

} // namespace

QColor readinessCellColour(int percent)
{
    // ColorBrewer OrRd, five steps: lightness falls as the share done falls (greyscale keeps the order).
    if (percent < 0) {
        return QColor(Qt::white);
    }
    if (percent >= 80) {
        return QColor(0xfe, 0xf0, 0xd9);
    }
    if (percent >= 60) {
        return QColor(0xfd, 0xcc, 0x8a);
    }
    if (percent >= 40) {
        return QColor(0xfc, 0x8d, 0x59);
    }
    if (percent >= 20) {
        return QColor(0xd7, 0x30, 0x1f);
    }
    return QColor(0x99, 0x00, 0x00);
}

QColor readinessCellInk(int percent)
{
    return percent >= 0 && percent < 40 ? QColor(Qt::white) : QColor(Qt::black);
}

Result<int> renderReadinessReport(const ReadinessSummary& summary,
                                  const std::string& lang,
                                  QPagedPaintDevice* device,
                                  const std::map<std::string, std::string>& platformNames)
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter);
    if (!device->setPageLayout(layout)) {
        device->setPageSize(QPageSize(QPageSize::A4));
        device->setPageOrientation(QPageLayout::Portrait);
    }
    QPainter painter;
    if (!painter.begin(device)) {
        return Error("file.write", {{"file", "PDF"}}, "QPainter::begin failed on the output device");
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Renderer renderer(summary, lang, platformNames, device, painter);
    const int pages = renderer.render();
    painter.end();
    return pages;
}

Status writeReadinessPdf(const ReadinessSummary& summary,
                         const std::string& lang,
                         const std::filesystem::path& path,
                         const std::map<std::string, std::string>& platformNames)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(QString::fromUtf8(lang == "en" ? kEn.title : kVi.title));
        writer.setCreator(QStringLiteral("Account Auditor"));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        const Result<int> pages = renderReadinessReport(summary, lang, &writer, platformNames);
        if (!pages) {
            Error error = pages.error();
            error.params["file"] = path.string();
            return error;
        }
    }
    // In one piece, so a crash never leaves half a report; 0600 since it may list people.
    return writeFileAtomically(path, bytes.toStdString(), WriteOptions{false, true});
}

} // namespace auditor
