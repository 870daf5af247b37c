#pragma once

namespace auditor::print {

/**
 * Makes sure a QGuiApplication exists, so fonts and QPdfWriter work in a program that has none
 * (the `auditor` CLI writing notice PDFs). Without a display and without QT_QPA_PLATFORM set it
 * uses Qt's "offscreen" platform, so a server or a CI job needs no X server. The application made
 * here lives until the program ends. Does nothing when an application already exists.
 */
void ensureGuiApplication();

} // namespace auditor::print
