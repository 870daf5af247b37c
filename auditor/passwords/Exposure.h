#pragma once

#include <cstdint>
#include <string_view>

namespace auditor::passwords {

/**
 * How often a password appears in the Pwned Passwords data, in KeePassXC's bands
 * (src/gui/reports/ReportsWidgetHibp.cpp, countToText): each band names a sentence
 * "password.exposure.<code>" in checks/messages with the exact count as {count}.
 */
enum class ExposureBand
{
    None,
    Once,
    UpTo10,
    UpTo100,
    UpTo1000,
    UpTo10000,
    UpTo100000,
    UpToMillion,
    Millions,
};

ExposureBand exposureBand(std::uint64_t count);
/** "none", "once", "up_to_10", …, "up_to_1000000", "millions". */
std::string_view exposureBandCode(ExposureBand band);

/** Where an exposure count came from (shown to the user; the online source needed consent). */
enum class ExposureSource
{
    RangeApi,
    OfflineCorpus,
};

/**
 * The answer of a completed check. It exists only when the check finished: any failure on the way
 * is an Error in the Result that carries it, so a failure is never read as "not exposed".
 */
struct Exposure
{
    std::uint64_t count = 0; // times seen in breaches; 0 = not found
    ExposureSource source = ExposureSource::RangeApi;

    bool exposed() const
    {
        return count > 0;
    }
    ExposureBand band() const
    {
        return exposureBand(count);
    }
};

} // namespace auditor::passwords
