#pragma once

#include <QString>

/** Installs the GUI's own translation (and Qt's, for standard dialogs) for "vi" or "en". */
void applyLanguage(const QString& lang);
