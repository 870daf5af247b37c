#pragma once

#include <QString>
#include <QStringList>

namespace auditor::print {

/**
 * The one serif family every notice is drawn in, decided once per process: the real Times New
 * Roman when it is installed and all four faces cover Vietnamese (Decree 30/2020 names it),
 * otherwise the bundled Tinos (metric-compatible, complete Vietnamese, OFL). Needs a
 * QGuiApplication. Tests read it to check that the PDF embeds this family only.
 */
QString noticeFontFamily();

/** Letters of Vietnamese the chosen family must have in every face (precomposed, NFC). */
QString vietnameseTestString();

/**
 * The characters of `text` that `family` lacks in the face (bold, italic) Qt actually picks for
 * it; empty when the face is the family itself and covers all of them. A face that fontconfig
 * substituted from another family counts as missing everything.
 */
QString missingCharacters(const QString& family, bool bold, bool italic, const QString& text);

} // namespace auditor::print
