#include "cli/Commands.h"
#include "cli/Session.h"
#include "links/LinkHistory.h"
#include "links/LinkInspector.h"
#include "links/LinkSetup.h"
#include "links/Url.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <thread>

#ifdef _WIN32
#include <io.h>
#define AUDITOR_ISATTY _isatty
#define AUDITOR_FILENO _fileno
#else
#include <unistd.h>
#define AUDITOR_ISATTY isatty
#define AUDITOR_FILENO fileno
#endif

namespace auditor::cli {

namespace {

/** A verdict as data, its reasons worded in the session's language. */
nlohmann::json verdictJson(const Session& s, const LinkVerdict& v)
{
    nlohmann::json reasons = nlohmann::json::array();
    for (const LinkReason& r : v.reasons) {
        reasons.push_back({{"code", r.code},
                           {"severity", toString(r.severity)},
                           {"message", s.tr("reason." + r.code, r.params)},
                           {"params", r.params}});
    }
    return {{"input", v.input},
            {"verdict", toString(v.verdict)},
            {"reasons", reasons},
            {"url", v.normalized.empty() ? nlohmann::json(nullptr) : nlohmann::json(v.normalized)},
            {"host", v.host.empty() ? nlohmann::json(nullptr) : nlohmann::json(v.hostUnicode)},
            {"registrable_domain",
             v.registrableDomain.empty() ? nlohmann::json(nullptr) : nlohmann::json(v.registrableDomain)},
            {"impersonates", v.impersonates ? nlohmann::json(*v.impersonates) : nlohmann::json(nullptr)}};
}

nlohmann::json fetchJson(const Session& s, const net::FetchResult& r)
{
    nlohmann::json j
        = {{"method", r.method}, {"status", r.status ? nlohmann::json(r.status) : nlohmann::json(nullptr)}};
    if (r.error) {
        j["error"] = {{"code", r.error->code}, {"message", s.catalog().error(*r.error)}, {"detail", r.error->detail}};
    }
    nlohmann::json addresses = nlohmann::json::array();
    for (const net::ResolvedAddress& a : r.addresses) {
        addresses.push_back({{"address", a.address}, {"kind", a.kind}, {"allowed", a.allowed}});
    }
    j["addresses"] = addresses;
    if (const std::string location = r.header("Location"); !location.empty()) {
        j["location"] = location;
    }
    if (r.tls) {
        const net::TlsFacts& t = *r.tls;
        j["tls"] = {{"chain_verified", t.chainVerified},
                    {"chain_error", t.chainError.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.chainError)},
                    {"host_name_matches", t.hostNameMatches},
                    {"subject", t.subject},
                    {"issuer", t.issuer},
                    {"issuer_name", t.issuerName},
                    {"not_before", t.notBefore},
                    {"not_after", t.notAfter},
                    {"days_since_issue", t.daysSinceIssue},
                    {"days_until_expiry", t.daysUntilExpiry},
                    {"protocol", t.protocol}};
    }
    j["via_proxy"] = r.viaProxy;
    j["body_bytes_read"] = r.body.size();
    return j;
}

/** The final verdict as verdictJson gives it, plus the redirect chain under "online". */
nlohmann::json inspectionJson(const Session& s, const Inspection& in)
{
    nlohmann::json j = verdictJson(s, in.final);
    nlohmann::json hops = nlohmann::json::array();
    for (const InspectionHop& hop : in.hops) {
        nlohmann::json requests = nlohmann::json::array();
        for (const net::FetchResult& r : hop.requests) {
            requests.push_back(fetchJson(s, r));
        }
        hops.push_back({{"url", hop.url},
                        {"via", hop.via},
                        {"verdict", toString(hop.offline.verdict)},
                        {"host", hop.offline.hostUnicode},
                        {"contacted", hop.fetched},
                        {"requests", requests}});
    }
    j["online"] = {{"hops", hops}, {"reached_end", in.reachedEnd}};
    return j;
}

bool stderrIsTerminal()
{
    return AUDITOR_ISATTY(AUDITOR_FILENO(stderr)) != 0;
}

} // namespace

/**
 * `auditor link check [URL…] [--batch FILE|-] [--format text|json|jsonl]`: the offline verdict
 * for each link. With --batch, every input line gives exactly one result, in input order, checked
 * on all cores in blocks; progress goes to stderr on a terminal.
 */
class LinkCheckCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* link = parent.add_subcommand("link", help.text("cli.link.description"));
        link->require_subcommand(1);
        CLI::App* check = link->add_subcommand("check", help.text("cli.link.check.description"));
        check->add_option("urls", m_urls, help.text("cli.link.check.urls"))->type_name("URL");
        check->add_option("--batch", m_batch, help.text("cli.link.check.batch"))->type_name("FILE|-");
        check->add_option("--format", m_format, help.text("cli.link.check.format"))
            ->check(CLI::IsMember({"text", "json", "jsonl"}));
        check->add_option("--brands", m_sources.brands, help.text("cli.link.check.brands"))->type_name("FILE");
        check->add_option("--allow", m_sources.allow, help.text("cli.link.check.allow"))->type_name("FILE");
        check->add_option("--block", m_sources.block, help.text("cli.link.check.block"))->type_name("FILE");
        check->add_flag("--online", m_online, help.text("cli.link.check.online"));
        return check;
    }

    int execute(Session& s) override
    {
        auto analyzer = makeLinkAnalyzer(s.options().contentDir, s.options().dataDir, m_sources);
        if (!analyzer) {
            s.printError(analyzer.error());
            return analyzer.error().code.rfind("file.", 0) == 0 ? kExitUsage : kExitContent;
        }
        if (!m_batch.empty()) {
            if (m_online) {
                s.err() << s.tr("cli.link.check.online_batch") << "\n";
                return kExitUsage;
            }
            return runBatch(s, **analyzer);
        }
        // Arguments: each may be a link or a whole message; its links are pulled out.
        std::vector<LinkVerdict> verdicts;
        for (const std::string& arg : m_urls) {
            auto found = (*analyzer)->analyzeMessage(arg);
            std::move(found.begin(), found.end(), std::back_inserter(verdicts));
        }
        if (verdicts.empty()) {
            s.err() << s.tr("cli.link.check.none") << "\n";
            return kExitUsage;
        }
        if (m_online) {
            return runOnline(s, **analyzer, verdicts);
        }
        record(s, verdicts, false);
        nlohmann::json all = nlohmann::json::array();
        for (const LinkVerdict& v : verdicts) {
            if (m_format == "text") {
                printText(s, v);
            } else if (m_format == "jsonl") {
                s.out() << verdictJson(s, v).dump() << "\n";
            } else {
                all.push_back(verdictJson(s, v));
            }
        }
        if (m_format == "json") {
            s.out() << all.dump(2) << "\n";
        }
        return kExitOk;
    }

private:
    /** Online only when asked: each link followed, one at a time; what will be contacted said first. */
    int runOnline(Session& s, const LinkAnalyzer& analyzer, const std::vector<LinkVerdict>& verdicts)
    {
        const net::HttpClient client(net::ClientSettings::fromEnvironment(), &s.clock());
        const LinkInspector inspector(analyzer, client);
        nlohmann::json all = nlohmann::json::array();
        for (const LinkVerdict& v : verdicts) {
            if (!v.hostUnicode.empty() && v.verdict != Verdict::Dangerous) {
                s.err() << s.tr("cli.link.check.online_notice",
                                {{"host", v.hostUnicode}, {"max", std::to_string(LinkInspector::kMaxRedirects)}})
                        << "\n";
            }
            const Inspection in = inspector.inspect(v.input);
            record(s, {in.final}, true);
            if (m_format == "text") {
                printText(s, in.final, &in);
            } else if (m_format == "jsonl") {
                s.out() << inspectionJson(s, in).dump() << "\n";
            } else {
                all.push_back(inspectionJson(s, in));
            }
        }
        if (m_format == "json") {
            s.out() << all.dump(2) << "\n";
        }
        return kExitOk;
    }

    /** Adds the links to the local history; a history that cannot be written is said, not fatal. */
    void record(Session& s, const std::vector<LinkVerdict>& verdicts, bool online)
    {
        LinkHistory history(s.options().dataDir);
        auto loaded = history.load(s.clock());
        if (loaded && *loaded) {
            s.printError(**loaded);
        }
        if (!loaded) {
            s.printError(loaded.error());
            return;
        }
        for (const LinkVerdict& v : verdicts) {
            if (auto saved = history.add(v, online, s.clock()); !saved) {
                s.printError(saved.error());
                return;
            }
        }
    }

    void printHops(Session& s, const Inspection& in)
    {
        s.out() << "  " << s.tr("cli.link.hops") << "\n";
        int n = 0;
        for (const InspectionHop& hop : in.hops) {
            s.out() << "   " << ++n << ". " << hop.url << "\n      "
                    << s.tr("verdict." + toString(hop.offline.verdict));
            const net::FetchResult* r = hop.answer();
            if (!hop.fetched || !r) {
                s.out() << " · " << s.tr("cli.link.hop.not_contacted") << "\n";
                continue;
            }
            if (r->status) {
                s.out() << " · HTTP " << r->status;
            }
            if (r->tls && r->tls->chainVerified && r->tls->hostNameMatches) {
                s.out() << " · "
                        << s.tr("cli.link.hop.tls_ok",
                                {{"issuer", r->tls->issuerName},
                                 {"days", std::to_string(r->tls->daysSinceIssue)},
                                 {"protocol", r->tls->protocol}});
            } else if (r->tls) {
                s.out() << " · "
                        << s.tr("cli.link.hop.tls_bad",
                                {{"why",
                                  r->tls->chainVerified
                                      ? s.tr("reason.tls_host_mismatch", {{"host", hop.offline.hostUnicode}})
                                      : r->tls->chainError}});
            } else if (hop.url.rfind("http://", 0) == 0 && !r->error) {
                s.out() << " · " << s.tr("cli.link.hop.no_tls");
            }
            if (r->error) {
                s.out() << " · " << s.catalog().error(*r->error);
            }
            s.out() << "\n";
        }
    }

    void printText(Session& s, const LinkVerdict& v, const Inspection* in = nullptr)
    {
        const std::string verdict = toString(v.verdict);
        s.out() << v.input << "\n  " << s.tr("verdict." + verdict) << "\n";
        if (in) {
            printHops(s, *in);
        }
        for (const LinkReason& r : v.reasons) {
            s.out() << "  - " << s.tr("reason." + r.code, r.params) << "\n";
        }
        s.out() << "  " << s.tr("advice." + verdict) << "\n\n";
    }

    int runBatch(Session& s, const LinkAnalyzer& analyzer)
    {
        std::ifstream file;
        std::istream* in = &s.context().in;
        if (m_batch != "-") {
            file.open(m_batch, std::ios::binary);
            if (!file) {
                s.printError(Error("file.read", {{"file", m_batch}}));
                return kExitUsage;
            }
            in = &file;
        }
        const bool progress = stderrIsTerminal() && &s.err() == &std::cerr;
        const unsigned threads = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
        constexpr std::size_t kBlock = 16384;
        std::vector<std::string> lines;
        std::vector<std::string> rendered;
        std::size_t total = 0;
        nlohmann::json all = nlohmann::json::array();
        for (bool more = true; more;) {
            lines.clear();
            std::string line;
            while (lines.size() < kBlock && (more = static_cast<bool>(std::getline(*in, line)))) {
                if (!line.empty() && line.back() == '\r') {
                    line.pop_back();
                }
                lines.push_back(line);
            }
            if (lines.empty()) {
                break;
            }
            // Each thread takes a contiguous share; results keep the input order.
            rendered.assign(lines.size(), std::string());
            std::vector<nlohmann::json> objects(m_format == "json" ? lines.size() : 0);
            auto work = [&](std::size_t from, std::size_t to) {
                for (std::size_t i = from; i < to; ++i) {
                    const LinkVerdict v = analyzer.analyze(lines[i]);
                    if (m_format == "json") {
                        objects[i] = verdictJson(s, v);
                    } else if (m_format == "jsonl") {
                        rendered[i] = verdictJson(s, v).dump();
                    } else {
                        rendered[i]
                            = lines[i] + "\t" + toString(v.verdict) + "\t" + (v.impersonates ? *v.impersonates : "");
                    }
                }
            };
            std::vector<std::thread> pool;
            const std::size_t share = (lines.size() + threads - 1) / threads;
            for (unsigned t = 0; t < threads; ++t) {
                const std::size_t from = t * share;
                const std::size_t to = std::min(lines.size(), from + share);
                if (from < to) {
                    pool.emplace_back(work, from, to);
                }
            }
            for (auto& th : pool) {
                th.join();
            }
            for (std::size_t i = 0; i < lines.size(); ++i) {
                if (m_format == "json") {
                    all.push_back(std::move(objects[i]));
                } else {
                    s.out() << rendered[i] << "\n";
                }
            }
            total += lines.size();
            if (progress) {
                s.err() << "\r" << s.tr("cli.link.check.progress", {{"count", std::to_string(total)}}) << std::flush;
            }
        }
        if (progress) {
            s.err() << "\n";
        }
        if (m_format == "json") {
            s.out() << all.dump(2) << "\n";
        }
        return kExitOk;
    }

    std::vector<std::string> m_urls;
    std::string m_batch;
    std::string m_format = "text";
    bool m_online = false;
    LinkSources m_sources;
};

/** `auditor links import FILE --name NAME [--kind block|allow]`: keeps a list in the data folder. */
class LinksImportCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* links = parent.add_subcommand("links", help.text("cli.links.description"));
        links->require_subcommand(1);
        CLI::App* import = links->add_subcommand("import", help.text("cli.links.import.description"));
        import->add_option("file", m_file, help.text("cli.links.import.file"))->required()->type_name("FILE");
        import->add_option("--name", m_name, help.text("cli.links.import.name"))->required()->type_name("NAME");
        import->add_option("--kind", m_kind, help.text("cli.links.import.kind"))
            ->check(CLI::IsMember({"block", "allow"}));
        return import;
    }

    int execute(Session& s) override
    {
        auto imported = importList(s.options().dataDir, m_file, m_name, m_kind, s.clock());
        if (!imported) {
            s.printError(imported.error());
            return imported.error().code == "list.bad_name" || imported.error().code == "file.read" ? kExitUsage
                                                                                                    : kExitStore;
        }
        s.out() << s.tr("cli.links.import.done",
                        {{"name", imported->name},
                         {"kind", imported->kind},
                         {"count", std::to_string(imported->entries)},
                         {"source", imported->source}})
                << "\n";
        return kExitOk;
    }

private:
    std::string m_file;
    std::string m_name;
    std::string m_kind = "block";
};

/** `auditor link history [--clear] [--format text|json]`: the links checked on this computer. */
class LinkHistoryCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* link = parent.get_subcommand("link"); // made by `link check`, registered first
        CLI::App* history = link->add_subcommand("history", help.text("cli.link.history.description"));
        history->add_flag("--clear", m_clear, help.text("cli.link.history.clear"));
        history->add_option("--format", m_format, help.text("cli.opt.format"))->check(CLI::IsMember({"text", "json"}));
        return history;
    }

    int execute(Session& s) override
    {
        LinkHistory history(s.options().dataDir);
        auto loaded = history.load(s.clock());
        if (!loaded) {
            s.printError(loaded.error());
            return kExitStore;
        }
        if (*loaded) {
            s.printError(**loaded);
        }
        if (m_clear) {
            if (auto cleared = history.clear(); !cleared) {
                s.printError(cleared.error());
                return kExitStore;
            }
            s.out() << s.tr("cli.link.history.cleared") << "\n";
            return kExitOk;
        }
        if (m_format == "json") {
            nlohmann::json all = nlohmann::json::array();
            for (const LinkHistoryEntry& e : history.entries()) {
                all.push_back(
                    {{"checked_at", e.checkedAt},
                     {"input", e.input},
                     {"host", e.host},
                     {"verdict", toString(e.verdict)},
                     {"impersonates", e.impersonates ? nlohmann::json(*e.impersonates) : nlohmann::json(nullptr)},
                     {"online", e.online}});
            }
            s.out() << all.dump(2) << "\n";
            return kExitOk;
        }
        if (history.entries().empty()) {
            s.out() << s.tr("cli.link.history.empty") << "\n";
        }
        for (const LinkHistoryEntry& e : history.entries()) {
            s.out() << e.checkedAt << "  " << s.tr("verdict." + toString(e.verdict))
                    << (e.online ? " " + s.tr("cli.link.history.online") : std::string()) << "\n  " << e.input << "\n";
        }
        return kExitOk;
    }

private:
    bool m_clear = false;
    std::string m_format = "text";
};

std::unique_ptr<Command> makeLinkHistoryCommand()
{
    return std::make_unique<LinkHistoryCommand>();
}

std::unique_ptr<Command> makeLinkCheckCommand()
{
    return std::make_unique<LinkCheckCommand>();
}

std::unique_ptr<Command> makeLinksImportCommand()
{
    return std::make_unique<LinksImportCommand>();
}

} // namespace auditor::cli
