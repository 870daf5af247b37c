#include "NoticeFonts.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QRawFont>

namespace auditor::print {

namespace {

const QString kTimesNewRoman = QStringLiteral("Times New Roman");
const QString kBundledFamily = QStringLiteral("Tinos");

// Loads the Tinos faces compiled into the library (gui/print/CMakeLists.txt) once.
void loadBundledFonts()
{
    static const bool loaded = [] {
        bool all = true;
        for (const char* face : {"Regular", "Bold", "Italic", "BoldItalic"}) {
            const QString file = QStringLiteral(":/fonts/Tinos-%1.ttf").arg(QLatin1String(face));
            if (QFontDatabase::addApplicationFont(file) < 0) {
                qWarning("auditor_print: could not load the bundled font %s", qPrintable(file));
                all = false;
            }
        }
        return all;
    }();
    (void)loaded;
}

bool coversEveryFace(const QString& family)
{
    for (bool bold : {false, true}) {
        for (bool italic : {false, true}) {
            if (!missingCharacters(family, bold, italic, vietnameseTestString()).isEmpty()) {
                return false;
            }
        }
    }
    return true;
}

QString chooseFamily()
{
    // Real Times New Roman first (Windows, or Debian's ttf-mscorefonts-installer). fontconfig
    // answers "Times New Roman" with Liberation Serif too, so the face's own family name decides.
    if (coversEveryFace(kTimesNewRoman)) {
        return kTimesNewRoman;
    }
    loadBundledFonts();
    if (!coversEveryFace(kBundledFamily)) {
        // Cannot happen with the resource built in; say so rather than mix faces silently.
        qWarning("auditor_print: the bundled Tinos lacks Vietnamese letters; notices may mix fonts");
    }
    return kBundledFamily;
}

} // namespace

QString vietnameseTestString()
{
    // Every vowel with every tone in both cases, plus đ/Đ: what a Vietnamese name or address can hold.
    return QStringLiteral("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
                          "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ");
}

QString missingCharacters(const QString& family, bool bold, bool italic, const QString& text)
{
    QFont font(family);
    font.setBold(bold);
    font.setItalic(italic);
    font.setStyleStrategy(QFont::NoFontMerging);
    if (QFontInfo(font).family() != family) {
        return text;
    }
    const QRawFont raw = QRawFont::fromFont(font);
    QString missing;
    for (const QChar c : text) {
        if (!raw.isValid() || !raw.supportsCharacter(c)) {
            missing += c;
        }
    }
    return missing;
}

QString noticeFontFamily()
{
    Q_ASSERT(QGuiApplication::instance());
    static const QString family = chooseFamily();
    return family;
}

} // namespace auditor::print
