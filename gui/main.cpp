#include "AuditController.h"
#include "MainWindow.h"
#include "Style.h"
#include "Translations.h"

#include "common/Files.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AccountAuditor"));
    QApplication::setApplicationName(QStringLiteral("Account Auditor"));
    QApplication::setApplicationVersion(QStringLiteral(AUDITOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Account Auditor"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("Folder that keeps your progress."), QStringLiteral("DIR"));
    const QCommandLineOption content(
        QStringLiteral("content"), QStringLiteral("Content folder (checks/)."), QStringLiteral("DIR"));
    const QCommandLineOption timeStartup(
        QStringLiteral("time-startup"),
        QStringLiteral("Print the time until the window is shown, then quit (for benchmarks)."));
    parser.addOptions({dataDir, content, timeStartup});
    parser.process(app);

    auditor::SystemClock clock;
    AuditController controller(parser.isSet(content)
                                   ? std::filesystem::path(parser.value(content).toStdString())
                                   : auditor::defaultContentDir(QCoreApplication::applicationFilePath().toStdString()),
                               parser.isSet(dataDir) ? std::filesystem::path(parser.value(dataDir).toStdString())
                                                     : auditor::defaultUserDataDir(),
                               clock);
    QString error;
    if (!controller.load(&error)) {
        QMessageBox::critical(nullptr, QStringLiteral("Account Auditor"), error);
        return 3;
    }
    applyLanguage(controller.language());
    applyStyle(app);

    MainWindow window(controller);
    window.show();
    if (parser.isSet(timeStartup)) {
        // Measured once the event loop has painted the first frame.
        QTimer::singleShot(0, &app, [&]() {
            std::printf("window shown after %lld ms\n", static_cast<long long>(startup.elapsed()));
            app.quit();
        });
    }
    return app.exec();
}
