#include "checklist/Scoring.h"
#include "checklist/StatusView.h"
#include "cli/Commands.h"
#include "cli/Format.h"
#include "cli/Session.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

namespace auditor::cli {

/** `auditor status [--platform P] [--format text|json]`: scores and what is left to do. */
class StatusCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* app = parent.add_subcommand("status", help.text("cli.status.description"));
        app->add_option("--format", m_format, help.text("cli.opt.format"))->check(CLI::IsMember({"text", "json"}));
        app->add_option("--platform", m_platform, help.text("cli.opt.platform"))->type_name("ID");
        return app;
    }

    int execute(Session& s) override
    {
        const Content* content = s.content();
        if (!content) {
            return kExitContent;
        }
        Progress* progress = s.progress();
        if (!progress) {
            return kExitStore;
        }
        if (!m_platform.empty() && !content->platform(m_platform)) {
            s.printError(Error("platform.unknown", {{"id", m_platform}}));
            return kExitUsage;
        }
        const TimePoint now = s.clock().now();
        if (m_format == "json") {
            nlohmann::json doc = statusToJson(*content, *progress, now);
            if (!m_platform.empty()) {
                nlohmann::json only = nlohmann::json::array();
                for (const auto& p : doc["platforms"]) {
                    if (p["id"] == m_platform) {
                        only.push_back(p);
                    }
                }
                doc["platforms"] = only;
            }
            s.out() << doc.dump(2) << "\n";
            return kExitOk;
        }
        if (progress->selection().empty()) {
            s.out() << s.tr("status.no_accounts") << "\n";
            return kExitOk;
        }
        const ScoreSummary summary = computeScores(*content, *progress, now);
        for (const Score& score : summary.platforms) {
            if (!m_platform.empty() && score.platformId != m_platform) {
                continue;
            }
            const Platform* platform = content->platform(score.platformId);
            s.out() << "\n"
                    << platform->name.in(s.lang()) << "  " << scoreBar(score) << " " << scoreText(s, score) << "\n";
            for (const Check& check : platform->checks) {
                const CheckState state = stateOf(check, *progress, now);
                if (state == CheckState::NotRelevant) {
                    continue;
                }
                std::string mark = "[ ]";
                if (state == CheckState::Done) {
                    mark = "[x]";
                } else if (state == CheckState::NotApplicable || state == CheckState::RiskAccepted) {
                    mark = "[-]";
                } else if (state == CheckState::Stale) {
                    mark = "[!]";
                }
                s.out() << "  " << mark << " " << check.title.in(s.lang()) << " (" << s.tr("state." + toString(state))
                        << ")\n      " << check.id << "\n";
            }
        }
        s.out() << "\n";
        printScores(s, *content, summary);
        return kExitOk;
    }

private:
    std::string m_format = "text";
    std::string m_platform;
};

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace auditor::cli
