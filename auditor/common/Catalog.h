#pragma once

#include "common/Result.h"

#include <filesystem>
#include <map>
#include <string>

namespace auditor {

/** The languages the app speaks. Vietnamese is the default. */
inline constexpr const char* kDefaultLanguage = "vi";
bool isSupportedLanguage(const std::string& lang);

/**
 * The sentences shown to people, from checks/messages/<lang>.json: a flat object of
 * key → text with {name} placeholders. The core returns codes; this turns them into words.
 * A key missing in the chosen language falls back to English, then to the key itself.
 */
class Catalog
{
public:
    static Result<Catalog> load(const std::filesystem::path& contentDir, const std::string& lang);

    const std::string& language() const
    {
        return m_lang;
    }
    bool has(const std::string& key) const;
    std::string text(const std::string& key, const std::map<std::string, std::string>& params = {}) const;
    /** Words an Error: "error.<code>" with its params, then the technical detail in brackets. */
    std::string error(const Error& error) const;

private:
    std::string m_lang;
    std::map<std::string, std::string> m_texts;
    std::map<std::string, std::string> m_fallback;
};

/** Replaces each {name} in `pattern` with params[name]; unknown placeholders stay as they are. */
std::string substitute(const std::string& pattern, const std::map<std::string, std::string>& params);

} // namespace auditor
