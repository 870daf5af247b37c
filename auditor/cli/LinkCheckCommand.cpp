#include "cli/Commands.h"
#include "cli/Session.h"
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
    void printText(Session& s, const LinkVerdict& v)
    {
        const std::string verdict = toString(v.verdict);
        s.out() << v.input << "\n  " << s.tr("verdict." + verdict) << "\n";
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

std::unique_ptr<Command> makeLinkCheckCommand()
{
    return std::make_unique<LinkCheckCommand>();
}

std::unique_ptr<Command> makeLinksImportCommand()
{
    return std::make_unique<LinksImportCommand>();
}

} // namespace auditor::cli
