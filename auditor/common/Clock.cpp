#include "common/Clock.h"

#include <cstdio>

namespace auditor {

TimePoint SystemClock::now() const
{
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::string formatIsoUtc(TimePoint t)
{
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::hh_mm_ss hms{t - day};
    char buf[32];
    std::snprintf(buf,
                  sizeof buf,
                  "%04d-%02u-%02uT%02d:%02d:%02dZ",
                  static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

std::string formatIsoDate(TimePoint t)
{
    return formatIsoUtc(t).substr(0, 10);
}

std::optional<TimePoint> parseIsoUtc(std::string_view text)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    const std::string str(text);
    char tail = 0;
    if (str.size() == 10) {
        if (std::sscanf(str.c_str(), "%4d-%2d-%2d%c", &y, &mo, &d, &tail) != 3) {
            return std::nullopt;
        }
    } else if (str.size() == 20) {
        if (std::sscanf(str.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &tail) != 7
            || tail != 'Z') {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year{y},
                                          std::chrono::month{static_cast<unsigned>(mo)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || s > 60 || h < 0 || mi < 0 || s < 0) {
        return std::nullopt;
    }
    return TimePoint{std::chrono::sys_days{ymd}.time_since_epoch()} + std::chrono::hours(h) + std::chrono::minutes(mi)
        + std::chrono::seconds(s);
}

} // namespace auditor
