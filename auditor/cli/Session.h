#pragma once

#include "checklist/ContentLoader.h"
#include "checklist/Progress.h"
#include "checklist/ProgressStore.h"
#include "cli/Command.h"
#include "common/Catalog.h"

#include <optional>

namespace auditor::cli {

/**
 * What a command works with: the context's streams and clock, the catalog in the chosen
 * language, and (loaded on first use) the content and the person's progress.
 */
class Session
{
public:
    Session(Context& context, GlobalOptions options, Catalog catalog);

    Context& context()
    {
        return m_context;
    }
    std::ostream& out()
    {
        return m_context.out;
    }
    std::ostream& err()
    {
        return m_context.err;
    }
    const Clock& clock() const
    {
        return m_context.clock;
    }
    const GlobalOptions& options() const
    {
        return m_options;
    }
    const Catalog& catalog() const
    {
        return m_catalog;
    }
    const std::string& lang() const
    {
        return m_catalog.language();
    }
    std::string tr(const std::string& key, const std::map<std::string, std::string>& params = {}) const
    {
        return m_catalog.text(key, params);
    }

    /** Switches the catalog (and the saved preference) to another language. */
    bool setLanguage(const std::string& lang);

    /** Loads the content; on problems prints them and returns nullptr (exit with kExitContent). */
    const Content* content();
    /** Loads the progress; on failure prints why and returns nullptr (exit with kExitStore). */
    Progress* progress();
    /** Saves the progress atomically; prints why on failure. */
    bool save();

    /** Prints an Error worded from the catalog to stderr. */
    void printError(const Error& error);

private:
    Context& m_context;
    GlobalOptions m_options;
    Catalog m_catalog;
    std::optional<ContentReport> m_content;
    std::optional<Progress> m_progress;
    ProgressStore m_store;
};

/** Wraps UTF-8 text at `width` characters, each line starting with `indent`. */
std::string wrapText(const std::string& text,
                     std::size_t width,
                     const std::string& indent,
                     const std::string& firstIndent);

} // namespace auditor::cli
