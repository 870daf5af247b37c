#include "cli/Commands.h"
#include "cli/Format.h"
#include "cli/Session.h"
#include "net/HttpClient.h"
#include "passwords/OnlineRange.h"
#include "passwords/PasswordCheck.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace auditor::cli {

namespace {

bool stdinIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

/** Reads one line from the terminal without echo, straight into a wiped buffer. */
passwords::SecretString readHidden()
{
    passwords::SecretString secret;
#ifdef _WIN32
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
#else
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
#endif
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
        if (c != '\r') {
            secret.push_back(static_cast<char>(c));
        }
    }
#ifdef _WIN32
    SetConsoleMode(in, mode);
#else
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
    return secret;
}

/** One line from a pipe or a test's stream, moved into a wiped buffer. */
passwords::SecretString readLine(std::istream& in)
{
    passwords::SecretString secret;
    for (int c = in.get(); c != std::char_traits<char>::eof() && c != '\n'; c = in.get()) {
        if (c != '\r') {
            secret.push_back(static_cast<char>(c));
        }
    }
    return secret;
}

} // namespace

/**
 * `auditor password check [--offline FILE] [--yes] [--record] [--word W]… [--format text|json]`.
 * The password is read from the terminal without echo (or one line from a pipe), never from argv.
 * Exit code: 0 not exposed, 1 exposed (kExitProblemsFound), 5 exposure unknown (network or list error).
 */
class PasswordCheckCommand final : public Command
{
public:
    CLI::App* setup(CLI::App& parent, const Catalog& help) override
    {
        CLI::App* password = parent.add_subcommand("password", help.text("cli.password.description"));
        password->require_subcommand(1);
        CLI::App* check = password->add_subcommand("check", help.text("cli.password.check.description"));
        check->add_option("--offline", m_offline, help.text("cli.password.check.offline"))->type_name("FILE");
        check->add_flag("--yes", m_yes, help.text("cli.password.check.yes"));
        check->add_flag("--record", m_record, help.text("cli.password.check.record"));
        check->add_option("--word", m_words, help.text("cli.password.check.word"))->type_name("WORD");
        check->add_option("--format", m_format, help.text("cli.opt.format"))->check(CLI::IsMember({"text", "json"}));
        return check;
    }

    int execute(Session& s) override
    {
        auto strength = passwords::StrengthChecker::fromContent(s.options().contentDir);
        if (!strength) {
            s.printError(strength.error());
            return kExitContent;
        }
        std::optional<passwords::OfflineCorpus> corpus;
        if (!m_offline.empty()) {
            auto opened = passwords::OfflineCorpus::open(m_offline);
            if (!opened) {
                s.printError(opened.error());
                return kExitUsage;
            }
            corpus = std::move(*opened);
        }
        const bool terminal = stdinIsTerminal() && &s.context().in == &std::cin;
        if (!corpus && !consented(s, terminal)) {
            return kExitUsage;
        }
        if (terminal) {
            s.err() << s.tr("cli.password.check.prompt") << std::flush;
        }
        const passwords::SecretString password = terminal ? readHidden() : readLine(s.context().in);
        if (terminal) {
            s.err() << "\n";
        }
        if (password.empty()) {
            s.printError(Error("password.empty"));
            return kExitUsage;
        }

        net::ClientSettings settings = net::ClientSettings::fromEnvironment();
        settings.bodyLimit = 1024 * 1024; // a padded range answer is about 40 KB; leave room
        const net::HttpClient client(settings, &s.clock());
        const passwords::RangeFetcher fetch = passwords::httpsRangeFetcher(client);
        const auto result = passwords::checkPassword(
            password, *strength, corpus ? &*corpus : nullptr, corpus ? nullptr : &fetch, m_words);

        std::vector<std::string> recorded;
        if (m_record && result.exposure) {
            const Content* content = s.content();
            Progress* progress = s.progress();
            if (!content || !progress) {
                return content ? kExitStore : kExitContent;
            }
            auto ids = passwords::recordPasswordCheck(*progress, *content, *result.exposure, s.clock());
            if (!ids) {
                s.printError(ids.error());
                return kExitUsage;
            }
            if (!s.save()) {
                return kExitStore;
            }
            recorded = *ids;
        }
        print(s, result, recorded);
        if (!result.exposure) {
            return kExitIncomplete;
        }
        return result.exposure->exposed() ? kExitProblemsFound : kExitOk;
    }

private:
    /** The consent page of the online check: exactly what leaves the machine. */
    bool consented(Session& s, bool terminal)
    {
        if (m_yes) {
            return true;
        }
        s.err() << s.tr("cli.password.check.consent") << "\n";
        if (!terminal) {
            s.err() << s.tr("cli.password.check.consent_needs_yes") << "\n";
            return false;
        }
        s.err() << s.tr("cli.password.check.consent_ask") << " " << std::flush;
        std::string answer;
        std::getline(std::cin, answer);
        return answer == "y" || answer == "Y" || answer == "c" || answer == "C" || answer == "yes" || answer == "có";
    }

    void print(Session& s, const passwords::PasswordCheckResult& r, const std::vector<std::string>& recorded)
    {
        const std::string band(passwords::strengthBandCode(r.strength.band));
        if (m_format == "json") {
            nlohmann::json advice = nlohmann::json::array();
            for (const passwords::Advice& a : r.strength.advice) {
                advice.push_back({{"code", a.code}, {"message", s.tr("password.advice." + a.code, a.params)}});
            }
            nlohmann::json j;
            if (r.exposure) {
                const std::string code(passwords::exposureBandCode(r.exposure->band()));
                j["exposure"]
                    = {{"exposed", r.exposure->exposed()},
                       {"count", r.exposure->count},
                       {"band", code},
                       {"source",
                        r.exposure->source == passwords::ExposureSource::RangeApi ? "range_api" : "offline_list"},
                       {"message", s.tr("password.exposure." + code, {{"count", std::to_string(r.exposure->count)}})}};
            } else {
                j["exposure"]
                    = {{"exposed", nullptr},
                       {"error", {{"code", r.exposureError->code}, {"message", s.catalog().error(*r.exposureError)}}}};
            }
            j["strength"] = {{"band", band},
                             {"bits", static_cast<int>(r.strength.bits)},
                             {"message", s.tr("password.strength." + band)},
                             {"advice", advice}};
            j["recorded_checks"] = recorded;
            s.out() << j.dump(2) << "\n";
            return;
        }
        if (r.exposure) {
            const std::string code(passwords::exposureBandCode(r.exposure->band()));
            s.out() << s.tr("password.exposure." + code, {{"count", std::to_string(r.exposure->count)}}) << "\n";
        } else {
            s.out() << s.catalog().error(*r.exposureError) << "\n";
        }
        s.out() << s.tr("password.strength." + band) << "\n";
        for (const passwords::Advice& a : r.strength.advice) {
            s.out() << "  - " << s.tr("password.advice." + a.code, a.params) << "\n";
        }
        if (!recorded.empty()) {
            s.out() << s.tr("cli.password.check.recorded", {{"count", std::to_string(recorded.size())}}) << "\n";
        }
    }

    std::string m_offline;
    bool m_yes = false;
    bool m_record = false;
    std::vector<std::string> m_words;
    std::string m_format = "text";
};

std::unique_ptr<Command> makePasswordCheckCommand()
{
    return std::make_unique<PasswordCheckCommand>();
}

} // namespace auditor::cli
