#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace auditor {

using TimePoint = std::chrono::time_point<std::chrono::system_clock, std::chrono::seconds>;

/**
 * Where "now" comes from. The program uses SystemClock; tests inject a FixedClock so that
 * nothing depends on the time of day.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock
{
public:
    TimePoint now() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(TimePoint t)
        : m_now(t)
    { }
    TimePoint now() const override
    {
        return m_now;
    }
    void set(TimePoint t)
    {
        m_now = t;
    }
    void advanceDays(int days)
    {
        m_now += std::chrono::days(days);
    }

private:
    TimePoint m_now;
};

/** "2026-11-28T01:25:00Z" (UTC, seconds). */
std::string formatIsoUtc(TimePoint t);
/** "2026-11-28" (UTC). */
std::string formatIsoDate(TimePoint t);
/** Parses formatIsoUtc's form, or a plain date "2026-11-28" (midnight UTC). */
std::optional<TimePoint> parseIsoUtc(std::string_view text);

} // namespace auditor
