#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void applyLanguage(const QString& lang)
{
    static QTranslator app;
    static QTranslator qt;
    QCoreApplication::removeTranslator(&app);
    QCoreApplication::removeTranslator(&qt);
    // The source strings are English; Vietnamese comes from gui/translations/auditor_vi.ts.
    if (app.load(QStringLiteral(":/i18n/auditor_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(&app);
    }
    if (qt.load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qt);
    }
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::Vietnamese));
}
