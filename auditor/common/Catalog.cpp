#include "common/Catalog.h"

#include "common/Json.h"

#include <nlohmann/json.hpp>

namespace auditor {

bool isSupportedLanguage(const std::string& lang)
{
    return lang == "vi" || lang == "en";
}

namespace {

Result<std::map<std::string, std::string>> loadMessages(const std::filesystem::path& file)
{
    auto doc = loadJsonFile(file);
    if (!doc) {
        return doc.error();
    }
    std::map<std::string, std::string> out;
    if (!doc->is_object()) {
        return Error("messages.invalid", {{"file", file.string()}}, "top level is not an object");
    }
    for (auto it = doc->begin(); it != doc->end(); ++it) {
        if (it.key().rfind("$", 0) == 0) {
            continue; // "$comment" and similar
        }
        if (!it->is_string()) {
            return Error("messages.invalid", {{"file", file.string()}}, "/" + it.key() + " is not a string");
        }
        out.emplace(it.key(), it->get<std::string>());
    }
    return out;
}

} // namespace

Result<Catalog> Catalog::load(const std::filesystem::path& contentDir, const std::string& lang)
{
    if (!isSupportedLanguage(lang)) {
        return Error("lang.unsupported", {{"lang", lang}});
    }
    Catalog catalog;
    catalog.m_lang = lang;
    auto texts = loadMessages(contentDir / "messages" / (lang + ".json"));
    if (!texts) {
        return texts.error();
    }
    catalog.m_texts = std::move(*texts);
    if (lang != "en") {
        auto fallback = loadMessages(contentDir / "messages" / "en.json");
        if (fallback) {
            catalog.m_fallback = std::move(*fallback);
        }
    }
    return catalog;
}

bool Catalog::has(const std::string& key) const
{
    return m_texts.count(key) || m_fallback.count(key);
}

std::string Catalog::text(const std::string& key, const std::map<std::string, std::string>& params) const
{
    if (auto it = m_texts.find(key); it != m_texts.end()) {
        return substitute(it->second, params);
    }
    if (auto it = m_fallback.find(key); it != m_fallback.end()) {
        return substitute(it->second, params);
    }
    return key;
}

std::string Catalog::error(const Error& error) const
{
    std::string out = text("error." + error.code, error.params);
    if (!error.detail.empty()) {
        out += " (" + error.detail + ")";
    }
    return out;
}

std::string substitute(const std::string& pattern, const std::map<std::string, std::string>& params)
{
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            const std::size_t close = pattern.find('}', i);
            if (close != std::string::npos) {
                const auto it = params.find(pattern.substr(i + 1, close - i - 1));
                if (it != params.end()) {
                    out += it->second;
                    i = close;
                    continue;
                }
            }
        }
        out += pattern[i];
    }
    return out;
}

} // namespace auditor
