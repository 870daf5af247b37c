// Catch2's runner for the GUI tests: a QApplication on the offscreen platform, then the tests.
// Catch2's implementation comes from tests/CatchImpl.cpp.
#include "CatchRunner.h"

#include "Style.h"

#include <QApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    applyStyle(app);
    return runCatchSession(argc, argv);
}
