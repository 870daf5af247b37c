#include "PrintSupport.h"

#include <QGuiApplication>

namespace auditor::print {

void ensureGuiApplication()
{
    if (QCoreApplication::instance()) {
        return;
    }
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !hasDisplay) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#else
    (void)hasDisplay; // Windows and macOS always have their platform plugin
#endif
    // QGuiApplication keeps references to argc and argv: both must outlive it.
    static int argc = 1;
    static char name[] = "auditor";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* app = new QGuiApplication(argc, argv);
    (void)app;
}

} // namespace auditor::print
