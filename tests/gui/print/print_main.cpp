// Catch2's runner for the print tests: a QGuiApplication made the way the CLI makes it (offscreen
// without a display), so the tests also prove the renderer needs no QApplication.
#include "CatchRunner.h"

#include "PrintSupport.h"

int main(int argc, char** argv)
{
    auditor::print::ensureGuiApplication();
    return runCatchSession(argc, argv);
}
