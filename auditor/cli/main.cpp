#include "cli/Command.h"

#include <iostream>

int main(int argc, char** argv)
{
    auditor::SystemClock clock;
    auditor::cli::Context context{std::cin, std::cout, std::cerr, clock, argc > 0 ? argv[0] : ""};
    return auditor::cli::run(argc, argv, context);
}
