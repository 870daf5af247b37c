#include "checklist/Scoring.h"
#include "cli/Commands.h"
#include "cli/Format.h"
#include "cli/Session.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <istream>
#include <sstream>

namespace auditor::cli {

namespace {

constexpr std::size_t kWidth = 78;

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) {
        return {};
    }
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

/**
 * `auditor checklist [--platform P] [--all]`: the terminal walkthrough, over plain stdin and
 * stdout. On first use it asks for the language and the accounts; then it shows each check that
 * is still open, not done or due for a re-check, one at a time, and saves after every answer.
 */
class ChecklistCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* app = parent.add_subcommand("checklist", help.text("cli.checklist.description"));
        app->add_option("--platform", m_platform, help.text("cli.opt.platform"))->type_name("ID");
        app->add_flag("--all", m_all, help.text("cli.checklist.all"));
        app->add_flag("--choose-accounts", m_chooseAccounts, help.text("cli.checklist.choose_accounts"));
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
        s.out() << s.tr("walk.title") << "\n" << std::string(kWidth, '=') << "\n";
        if (!m_platform.empty() && !content->platform(m_platform)) {
            s.printError(Error("platform.unknown", {{"id", m_platform}}));
            return kExitUsage;
        }
        if (!progress->firstRunDone || progress->selection().empty() || m_chooseAccounts) {
            if (!progress->firstRunDone && !chooseLanguage(s)) {
                return finish(s, *content, *progress);
            }
            if (m_platform.empty() && !chooseAccounts(s, *content, *progress)) {
                return finish(s, *content, *progress);
            }
            progress->firstRunDone = true;
            if (!s.save()) {
                return kExitStore;
            }
        }
        if (!m_platform.empty() && !progress->isSelected(m_platform)) {
            const Platform* p = content->platform(m_platform);
            progress->select(m_platform,
                             p->accountTypes.count(AccountType::Personal) ? std::set{AccountType::Personal}
                                                                          : std::set{AccountType::PageAdmin});
        }
        s.out() << "\n" << wrapText(s.tr("walk.intro"), kWidth, "", "");
        for (const Platform& platform : content->platforms()) {
            if (!progress->isSelected(platform.id) || (!m_platform.empty() && platform.id != m_platform)) {
                continue;
            }
            if (!walkPlatform(s, platform, *progress)) {
                break;
            }
        }
        return finish(s, *content, *progress);
    }

private:
    /** Reads one line after a prompt; false at the end of input. */
    bool ask(Session& s, std::string& answer)
    {
        s.out() << "> " << std::flush;
        if (!std::getline(s.context().in, answer)) {
            s.out() << "\n";
            return false;
        }
        answer = trim(answer);
        return true;
    }

    bool chooseLanguage(Session& s)
    {
        s.out() << "\n" << s.tr("walk.language") << "\n";
        std::string answer;
        while (ask(s, answer)) {
            if (answer.empty() || answer == "1" || answer == "vi") {
                return s.setLanguage("vi");
            }
            if (answer == "2" || answer == "en") {
                return s.setLanguage("en");
            }
            s.out() << s.tr("walk.invalid_choice") << "\n";
        }
        return false;
    }

    bool chooseAccounts(Session& s, const Content& content, Progress& progress)
    {
        const auto& platforms = content.platforms();
        std::set<std::size_t> chosen;
        const std::set<std::string> defaults = defaultAccountChoice(content);
        for (std::size_t i = 0; i < platforms.size(); ++i) {
            if (progress.selection().empty() ? defaults.count(platforms[i].id) > 0
                                             : progress.isSelected(platforms[i].id)) {
                chosen.insert(i);
            }
        }
        std::string answer;
        for (;;) {
            s.out() << "\n" << wrapText(s.tr("walk.accounts.question"), kWidth, "", "");
            for (std::size_t i = 0; i < platforms.size(); ++i) {
                if (!platforms[i].accountTypes.count(AccountType::Personal)) {
                    continue; // offered through the page-admin question below
                }
                s.out() << "  [" << (chosen.count(i) ? "x" : " ") << "] " << (i + 1 < 10 ? " " : "") << (i + 1) << ". "
                        << platforms[i].name.in(s.lang()) << "\n";
            }
            if (!ask(s, answer)) {
                return false;
            }
            if (answer.empty()) {
                break;
            }
            std::set<std::size_t> picked;
            bool valid = true;
            std::istringstream numbers(answer);
            for (std::string token; numbers >> token;) {
                std::size_t n = 0;
                try {
                    n = std::stoul(token);
                } catch (...) {
                    valid = false;
                    break;
                }
                if (n < 1 || n > platforms.size() || !platforms[n - 1].accountTypes.count(AccountType::Personal)) {
                    valid = false;
                    break;
                }
                picked.insert(n - 1);
            }
            if (valid && !picked.empty()) {
                chosen = picked;
                break;
            }
            s.out() << s.tr("walk.invalid_choice") << "\n";
        }
        // Pages, groups, channels the person administers.
        std::vector<std::size_t> adminCapable;
        for (std::size_t i : chosen) {
            if (platforms[i].accountTypes.count(AccountType::PageAdmin)) {
                adminCapable.push_back(i);
            }
        }
        std::set<std::size_t> admin;
        if (!adminCapable.empty()) {
            std::string names;
            for (std::size_t i : adminCapable) {
                names += (names.empty() ? "" : ", ") + platforms[i].name.in(s.lang());
            }
            s.out() << "\n" << wrapText(s.tr("walk.accounts.page_admin", {{"platforms", names}}), kWidth, "", "");
            while (ask(s, answer)) {
                const std::string a = lower(answer);
                if (a.empty() || a == s.tr("walk.no_key")) {
                    break;
                }
                if (a == s.tr("walk.yes_key")) {
                    admin.insert(adminCapable.begin(), adminCapable.end());
                    break;
                }
                s.out() << s.tr("walk.invalid_choice") << "\n";
            }
        }
        std::set<std::string> personal;
        std::set<std::string> pageAdmin;
        for (std::size_t i : chosen) {
            personal.insert(platforms[i].id);
        }
        for (std::size_t i : admin) {
            pageAdmin.insert(platforms[i].id);
        }
        applyAccountChoice(content, progress, personal, pageAdmin);
        return true;
    }

    void printCheck(Session& s, const Check& check, std::size_t index, std::size_t count)
    {
        const std::string& lang = s.lang();
        s.out() << "\n"
                << std::string(kWidth, '-') << "\n"
                << "[" << index << "/" << count << "] " << check.title.in(lang) << "\n\n"
                << wrapText(s.tr("walk.why") + " " + check.why.in(lang), kWidth, "  ", "");
        for (Device device : {Device::Any, Device::Phone, Device::Computer}) {
            if (!check.hasStepsFor(device)) {
                continue;
            }
            s.out() << "\n" << s.tr("walk.steps." + toString(device)) << "\n";
            int n = 1;
            for (const Step& step : check.steps) {
                if (step.device == device) {
                    const std::string num = "  " + std::to_string(n++) + ". ";
                    s.out() << wrapText(step.text.in(lang), kWidth, std::string(num.size(), ' '), num);
                }
            }
        }
        if (!check.settingsUrl.empty()) {
            s.out() << "\n" << s.tr("walk.open_settings") << " " << check.settingsUrl << "\n";
        }
        if (check.settingsPath) {
            s.out() << wrapText(s.tr("walk.settings_path") + " " + check.settingsPath->in(lang), kWidth, "  ", "");
        }
        if (!check.verified && check.verificationNote) {
            s.out() << "\n"
                    << wrapText(s.tr("walk.unverified") + " " + check.verificationNote->in(lang), kWidth, "  ", "");
        }
        s.out() << s.tr("walk.source", {{"date", dateText(s, check.asOf)}}) << " " << check.sources.front().url << "\n";
    }

    /** Walks one platform; false when the person chose to stop (or input ended). */
    bool walkPlatform(Session& s, const Platform& platform, Progress& progress)
    {
        const TimePoint now = s.clock().now();
        std::vector<const Check*> todo;
        for (const Check& check : platform.checks) {
            const CheckState state = stateOf(check, progress, now);
            if (state == CheckState::NotRelevant) {
                continue;
            }
            if (m_all || state == CheckState::Open || state == CheckState::NotDone || state == CheckState::Stale) {
                todo.push_back(&check);
            }
        }
        const std::string name = platform.name.in(s.lang());
        s.out() << "\n" << std::string(kWidth, '=') << "\n" << name << "\n";
        s.out() << wrapText(platform.description.in(s.lang()), kWidth, "", "");
        if (todo.empty()) {
            s.out() << s.tr("walk.platform_all_done", {{"platform", name}}) << "\n";
            return true;
        }
        std::size_t index = 0;
        for (const Check* check : todo) {
            printCheck(s, *check, ++index, todo.size());
            if (stateOf(*check, progress, now) == CheckState::Stale) {
                s.out() << s.tr("walk.stale") << "\n";
            }
            s.out() << "\n" << s.tr("walk.choices") << "\n";
            std::string answer;
            for (;;) {
                if (!ask(s, answer)) {
                    return false;
                }
                const std::string a = lower(answer);
                std::optional<CheckStatus> status;
                if (a == s.tr("walk.key.done") || a == "done") {
                    status = CheckStatus::Done;
                } else if (a == s.tr("walk.key.not_done") || a == "not_done") {
                    status = CheckStatus::NotDone;
                } else if (a == s.tr("walk.key.not_applicable") || a == "not_applicable") {
                    status = CheckStatus::NotApplicable;
                } else if (a == s.tr("walk.key.risk_accepted") || a == "risk_accepted") {
                    status = CheckStatus::RiskAccepted;
                } else if (a.empty() || a == s.tr("walk.key.skip")) {
                    break;
                } else if (a == s.tr("walk.key.quit")) {
                    return false;
                } else {
                    s.out() << s.tr("walk.invalid_choice") << "\n";
                    continue;
                }
                std::string reason;
                if (statusNeedsReason(*status)) {
                    s.out() << s.tr("walk.reason") << "\n";
                    while (ask(s, reason) && reason.empty()) {
                        s.out() << s.tr("walk.reason_required") << "\n";
                    }
                    if (reason.empty()) {
                        return false;
                    }
                }
                if (auto st = progress.setStatus(*s.content(), check->id, *status, reason, s.clock()); !st) {
                    s.printError(st.error());
                    continue;
                }
                if (!s.save()) {
                    return false;
                }
                const Score score = computeScore(platform, progress, now);
                s.out() << s.tr("walk.saved") << " " << name << ": " << scoreText(s, score) << "\n";
                break;
            }
        }
        return true;
    }

    int finish(Session& s, const Content& content, Progress& progress)
    {
        if (!s.save()) {
            return kExitStore;
        }
        s.out() << "\n" << std::string(kWidth, '=') << "\n" << s.tr("walk.summary") << "\n";
        if (progress.selection().empty()) {
            s.out() << s.tr("status.no_accounts") << "\n";
            return kExitOk;
        }
        const ScoreSummary summary = computeScores(content, progress, s.clock().now());
        printScores(s, content, summary);
        s.out() << "\n"
                << wrapText(s.tr("walk.next", {{"left", std::to_string(summary.overall.toDo())}}), kWidth, "", "");
        return kExitOk;
    }

    std::string m_platform;
    bool m_all = false;
    bool m_chooseAccounts = false;
};

std::unique_ptr<Command> makeChecklistCommand()
{
    return std::make_unique<ChecklistCommand>();
}

} // namespace auditor::cli
