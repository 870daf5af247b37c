#include "cli/Commands.h"
#include "cli/Session.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

namespace auditor::cli {

/**
 * `auditor accounts [list|add|remove]`: which accounts the person has. `add --page-admin` also
 * covers the pages, groups or channels they administer on those platforms.
 */
class AccountsCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        m_app = parent.add_subcommand("accounts", help.text("cli.accounts.description"));
        m_list = m_app->add_subcommand("list", help.text("cli.accounts.list.description"));
        m_list->add_option("--format", m_format, help.text("cli.opt.format"))->check(CLI::IsMember({"text", "json"}));
        m_add = m_app->add_subcommand("add", help.text("cli.accounts.add.description"));
        m_add->add_option("platform", m_ids, help.text("cli.accounts.platform"))->required()->type_name("ID");
        m_add->add_flag("--page-admin", m_pageAdmin, help.text("cli.accounts.add.page_admin"));
        m_remove = m_app->add_subcommand("remove", help.text("cli.accounts.remove.description"));
        m_remove->add_option("platform", m_ids, help.text("cli.accounts.platform"))->required()->type_name("ID");
        return m_app;
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
        if (m_add->parsed() || m_remove->parsed()) {
            // Start from what is chosen now, change it, and let the core apply the choice.
            std::set<std::string> personal;
            std::set<std::string> pageAdmin;
            for (const auto& [id, types] : progress->selection()) {
                const Platform* p = content->platform(id);
                if (!p || !p->accountTypes.count(AccountType::Personal)) {
                    continue; // page-admin topics follow from the platforms
                }
                personal.insert(id);
                if (types.count(AccountType::PageAdmin)) {
                    pageAdmin.insert(id);
                }
            }
            for (const std::string& id : m_ids) {
                const Platform* p = content->platform(id);
                if (!p) {
                    s.printError(Error("platform.unknown", {{"id", id}}));
                    return kExitUsage;
                }
                if (!p->accountTypes.count(AccountType::Personal)) {
                    s.printError(Error("platform.follows_page_admin", {{"id", id}}));
                    return kExitUsage;
                }
                if (m_remove->parsed()) {
                    personal.erase(id);
                    pageAdmin.erase(id);
                    continue;
                }
                if (m_pageAdmin && !p->accountTypes.count(AccountType::PageAdmin)) {
                    s.printError(Error("platform.no_page_admin", {{"id", id}}));
                    return kExitUsage;
                }
                personal.insert(id);
                if (m_pageAdmin) {
                    pageAdmin.insert(id);
                }
            }
            applyAccountChoice(*content, *progress, personal, pageAdmin);
            progress->firstRunDone = true;
            if (!s.save()) {
                return kExitStore;
            }
        }
        if (m_format == "json") {
            nlohmann::json list = nlohmann::json::array();
            for (const Platform& p : content->platforms()) {
                nlohmann::json types = nlohmann::json::array();
                for (AccountType t : progress->accountTypes(p.id)) {
                    types.push_back(toString(t));
                }
                list.push_back({{"id", p.id},
                                {"name", p.name.in(s.lang())},
                                {"kind", p.kind == PlatformKind::Foundation ? "foundation" : "platform"},
                                {"selected", progress->isSelected(p.id)},
                                {"account_types", types}});
            }
            s.out() << list.dump(2) << "\n";
            return kExitOk;
        }
        s.out() << s.tr("cli.accounts.header") << "\n";
        for (const Platform& p : content->platforms()) {
            const bool selected = progress->isSelected(p.id);
            s.out() << "  [" << (selected ? "x" : " ") << "] " << p.id
                    << std::string(p.id.size() < 14 ? 14 - p.id.size() : 1, ' ') << p.name.in(s.lang());
            if (progress->accountTypes(p.id).count(AccountType::PageAdmin)) {
                s.out() << " (" << s.tr("account_type.page_admin") << ")";
            }
            s.out() << "\n";
        }
        s.out() << s.tr("cli.accounts.hint") << "\n";
        return kExitOk;
    }

private:
    CLI::App* m_app = nullptr;
    CLI::App* m_list = nullptr;
    CLI::App* m_add = nullptr;
    CLI::App* m_remove = nullptr;
    std::vector<std::string> m_ids;
    bool m_pageAdmin = false;
    std::string m_format = "text";
};

std::unique_ptr<Command> makeAccountsCommand()
{
    return std::make_unique<AccountsCommand>();
}

} // namespace auditor::cli
