#include "cli/Format.h"

#include <ostream>

namespace auditor::cli {

std::string scoreText(const Session& s, const Score& score)
{
    return s.tr("score.line",
                {{"percent", std::to_string(score.percent)},
                 {"band", s.tr("band." + toString(score.band))},
                 {"done", std::to_string(score.done)},
                 {"total", std::to_string(score.total - score.notApplicable)}});
}

std::string bandMeaning(const Session& s, const Score& score)
{
    return s.tr("band." + toString(score.band) + ".meaning");
}

std::string dateText(const Session& s, const std::string& isoDate)
{
    if (isoDate.size() < 10) {
        return isoDate;
    }
    return s.tr("date.format", {{"y", isoDate.substr(0, 4)}, {"m", isoDate.substr(5, 2)}, {"d", isoDate.substr(8, 2)}});
}

std::string scoreBar(const Score& score)
{
    const int filled = score.percent / 5;
    return "[" + std::string(static_cast<std::size_t>(filled), '#')
        + std::string(static_cast<std::size_t>(20 - filled), '.') + "]";
}

void printScores(Session& s, const Content& content, const ScoreSummary& summary)
{
    for (const Score& score : summary.platforms) {
        const Platform* p = content.platform(score.platformId);
        s.out() << "  " << scoreBar(score) << " " << p->name.in(s.lang()) << ": " << scoreText(s, score);
        if (score.stale > 0) {
            s.out() << " " << s.tr("status.stale_count", {{"count", std::to_string(score.stale)}});
        }
        s.out() << "\n";
    }
    s.out() << "\n"
            << s.tr("status.overall") << " " << scoreBar(summary.overall) << " " << scoreText(s, summary.overall)
            << "\n"
            << bandMeaning(s, summary.overall) << "\n";
}

} // namespace auditor::cli
