// Catch2's runner for the GUI tests: a QApplication on the offscreen platform, then the tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Style.h"

#include <QApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    applyStyle(app);
    return Catch::Session().run(argc, argv);
}
