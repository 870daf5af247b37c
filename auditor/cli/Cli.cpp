#include "checklist/ProgressStore.h"
#include "cli/Command.h"
#include "cli/Session.h"
#include "common/Files.h"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

namespace auditor::cli {

namespace {

/** The value of `--name X` or `--name=X` in argv, looked up before the real parse (help texts need the language). */
std::string prescan(int argc, const char* const* argv, const std::string& name)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == name && i + 1 < argc) {
            return argv[i + 1];
        }
        if (arg.rfind(name + "=", 0) == 0) {
            return arg.substr(name.size() + 1);
        }
    }
    return {};
}

/** --lang if given, else AUDITOR_LANG, else the language saved with the person's progress, else Vietnamese. */
std::string chooseLanguage(const std::string& given, const std::filesystem::path& dataDir, const Clock& clock)
{
    if (isSupportedLanguage(given)) {
        return given;
    }
    if (const char* env = std::getenv("AUDITOR_LANG"); env && isSupportedLanguage(env)) {
        return env;
    }
    (void)clock;
    if (auto text = readFile(ProgressStore(dataDir).file()); text) {
        if (auto progress = ProgressStore::deserialize(*text, {}); progress) {
            return progress->language;
        }
    }
    return kDefaultLanguage;
}

} // namespace

int run(int argc, const char* const* argv, Context& context)
{
    GlobalOptions options;
    const std::string dataDirArg = prescan(argc, argv, "--data-dir");
    const std::string contentArg = prescan(argc, argv, "--content");
    options.dataDir = dataDirArg.empty() ? defaultUserDataDir() : std::filesystem::path(dataDirArg);
    options.contentDir
        = contentArg.empty() ? defaultContentDir(context.programPath) : std::filesystem::path(contentArg);
    const std::string langArg = prescan(argc, argv, "--lang");
    const std::string lang = chooseLanguage(langArg, options.dataDir, context.clock);

    auto catalog = Catalog::load(options.contentDir, lang);
    if (!catalog) {
        context.err << "auditor: cannot read the messages in " << options.contentDir.string() << ": "
                    << catalog.error().detail << "\n";
        return kExitContent;
    }

    CLI::App app{catalog->text("cli.description"), "auditor"};
    app.require_subcommand(1);
    app.fallthrough();
    app.set_version_flag("--version", std::string("auditor ") + AUDITOR_VERSION);
    app.set_help_flag("-h,--help", catalog->text("cli.help"));
    app.footer(catalog->text("cli.footer"));
    std::string dataDirOpt, contentOpt, langOpt;
    app.add_option("--data-dir", dataDirOpt, catalog->text("cli.opt.data_dir"))->type_name("DIR");
    app.add_option("--content", contentOpt, catalog->text("cli.opt.content"))->type_name("DIR");
    app.add_option("--lang", langOpt, catalog->text("cli.opt.lang"))
        ->check(CLI::IsMember({"vi", "en"}))
        ->type_name("vi|en");

    auto commands = makeCommands();
    std::vector<std::pair<CLI::App*, Command*>> chosen;
    for (auto& command : commands) {
        chosen.emplace_back(command->setup(app, *catalog), command.get());
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e, context.out, context.err);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e, context.out, context.err);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e, context.out, context.err);
    } catch (const CLI::ParseError& e) {
        app.exit(e, context.out, context.err);
        return kExitUsage;
    }

    Session session(context, options, std::move(*catalog));
    for (auto& [sub, command] : chosen) {
        if (sub && sub->parsed()) {
            return command->execute(session);
        }
    }
    context.err << app.help();
    return kExitUsage;
}

} // namespace auditor::cli
