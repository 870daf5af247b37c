#include "cli/Session.h"

#include <ostream>
#include <sstream>

namespace auditor::cli {

Session::Session(Context& context, GlobalOptions options, Catalog catalog)
    : m_context(context)
    , m_options(std::move(options))
    , m_catalog(std::move(catalog))
    , m_store(m_options.dataDir)
{ }

bool Session::setLanguage(const std::string& lang)
{
    auto catalog = Catalog::load(m_options.contentDir, lang);
    if (!catalog) {
        printError(catalog.error());
        return false;
    }
    m_catalog = std::move(*catalog);
    if (Progress* p = progress()) {
        p->language = lang;
    }
    return true;
}

const Content* Session::content()
{
    if (!m_content) {
        m_content = loadContent(m_options.contentDir);
        if (!m_content->clean()) {
            err() << tr("cli.content_invalid", {{"dir", m_options.contentDir.string()}}) << "\n";
            for (const JsonIssue& issue : m_content->issues) {
                err() << "  " << issue.file.string();
                if (issue.line > 0) {
                    err() << ":" << issue.line << ":" << issue.column;
                }
                err() << ": " << (issue.pointer.empty() ? "" : issue.pointer + ": ") << issue.message << "\n";
            }
            return nullptr;
        }
    }
    return m_content->clean() ? &m_content->content : nullptr;
}

Progress* Session::progress()
{
    if (!m_progress) {
        auto loaded = m_store.load(clock());
        if (!loaded) {
            printError(loaded.error());
            return nullptr;
        }
        if (loaded->warning) {
            printError(*loaded->warning);
        }
        m_progress = std::move(loaded->progress);
    }
    return &*m_progress;
}

bool Session::save()
{
    if (!m_progress) {
        return true;
    }
    if (auto st = m_store.save(*m_progress, clock()); !st) {
        printError(st.error());
        return false;
    }
    return true;
}

void Session::printError(const Error& error)
{
    err() << m_catalog.error(error) << "\n";
}

namespace {

std::size_t utf8Length(const std::string& s)
{
    std::size_t n = 0;
    for (unsigned char c : s) {
        n += (c & 0xC0) != 0x80;
    }
    return n;
}

} // namespace

std::string wrapText(const std::string& text,
                     std::size_t width,
                     const std::string& indent,
                     const std::string& firstIndent)
{
    std::ostringstream out;
    std::istringstream words(text);
    std::string word;
    std::string line = firstIndent;
    std::size_t lineLen = utf8Length(firstIndent);
    bool lineHasWord = false;
    while (words >> word) {
        const std::size_t len = utf8Length(word);
        if (lineHasWord && lineLen + 1 + len > width) {
            out << line << "\n";
            line = indent;
            lineLen = utf8Length(indent);
            lineHasWord = false;
        }
        if (lineHasWord) {
            line += ' ';
            ++lineLen;
        }
        line += word;
        lineLen += len;
        lineHasWord = true;
    }
    out << line << "\n";
    return out.str();
}

} // namespace auditor::cli
