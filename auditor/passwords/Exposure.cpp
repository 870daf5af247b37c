#include "passwords/Exposure.h"

namespace auditor::passwords {

ExposureBand exposureBand(std::uint64_t count)
{
    if (count == 0) {
        return ExposureBand::None;
    }
    if (count == 1) {
        return ExposureBand::Once;
    }
    if (count <= 10) {
        return ExposureBand::UpTo10;
    }
    if (count <= 100) {
        return ExposureBand::UpTo100;
    }
    if (count <= 1000) {
        return ExposureBand::UpTo1000;
    }
    if (count <= 10000) {
        return ExposureBand::UpTo10000;
    }
    if (count <= 100000) {
        return ExposureBand::UpTo100000;
    }
    if (count <= 1000000) {
        return ExposureBand::UpToMillion;
    }
    return ExposureBand::Millions;
}

std::string_view exposureBandCode(ExposureBand band)
{
    switch (band) {
    case ExposureBand::None:
        return "none";
    case ExposureBand::Once:
        return "once";
    case ExposureBand::UpTo10:
        return "up_to_10";
    case ExposureBand::UpTo100:
        return "up_to_100";
    case ExposureBand::UpTo1000:
        return "up_to_1000";
    case ExposureBand::UpTo10000:
        return "up_to_10000";
    case ExposureBand::UpTo100000:
        return "up_to_100000";
    case ExposureBand::UpToMillion:
        return "up_to_1000000";
    case ExposureBand::Millions:
        return "millions";
    }
    return "millions"; // not reached; never let a bad value read as "not found"
}

} // namespace auditor::passwords
