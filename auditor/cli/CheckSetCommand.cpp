#include "checklist/Scoring.h"
#include "cli/Commands.h"
#include "cli/Format.h"
#include "cli/Session.h"

#include <CLI/CLI.hpp>

namespace auditor::cli {

/**
 * `auditor check set ID STATUS [--reason TEXT]`: records what the person did about one check.
 * STATUS is done, not_done, not_applicable, risk_accepted, or open (forget the answer).
 * A check of a platform not yet chosen adds that platform to the person's accounts.
 */
class CheckSetCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* check = parent.add_subcommand("check", help.text("cli.check.description"));
        check->require_subcommand(1);
        CLI::App* set = check->add_subcommand("set", help.text("cli.check.set.description"));
        set->add_option("id", m_id, help.text("cli.check.set.id"))->required()->type_name("ID");
        set->add_option("status", m_status, help.text("cli.check.set.status"))
            ->required()
            ->check(CLI::IsMember({"done", "not_done", "not_applicable", "risk_accepted", "open"}))
            ->type_name("STATUS");
        set->add_option("--reason", m_reason, help.text("cli.check.set.reason"))->type_name("TEXT");
        return set;
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
        const Check* check = content->check(m_id);
        if (!check) {
            s.printError(Error("check.unknown", {{"id", m_id}}));
            return kExitUsage;
        }
        if (m_status == "open") {
            progress->clearStatus(m_id);
        } else {
            const auto status = checkStatusFromString(m_status);
            if (auto st = progress->setStatus(*content, m_id, *status, m_reason, s.clock()); !st) {
                s.printError(st.error());
                return kExitUsage;
            }
        }
        if (!progress->applies(*check)) {
            std::set<AccountType> types = progress->accountTypes(check->platformId);
            types.insert(check->appliesTo.begin(), check->appliesTo.end());
            progress->select(check->platformId, types);
            s.out() << s.tr("cli.check.set.platform_added",
                            {{"platform", content->platform(check->platformId)->name.in(s.lang())}})
                    << "\n";
        }
        if (!s.save()) {
            return kExitStore;
        }
        const Platform* platform = content->platform(check->platformId);
        const Score score = computeScore(*platform, *progress, s.clock().now());
        s.out() << s.tr("cli.check.set.saved",
                        {{"title", check->title.in(s.lang())},
                         {"status", s.tr("state." + (m_status == "open" ? std::string("open") : m_status))}})
                << "\n"
                << platform->name.in(s.lang()) << ": " << scoreText(s, score) << "\n";
        return kExitOk;
    }

private:
    std::string m_id;
    std::string m_status;
    std::string m_reason;
};

std::unique_ptr<Command> makeCheckSetCommand()
{
    return std::make_unique<CheckSetCommand>();
}

} // namespace auditor::cli
