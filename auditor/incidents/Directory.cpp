#include "incidents/Directory.h"

#include <map>
#include <regex>
#include <set>

namespace auditor {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string ptr(const std::string& base, std::size_t i, const std::string& field = {})
{
    return base + "/" + std::to_string(i) + (field.empty() ? "" : "/" + field);
}

/** Placeholders "{name}" in a text. */
std::set<std::string> placeholders(const std::string& text)
{
    std::set<std::string> out;
    static const std::regex re(R"(\{([a-z_]+)\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
        out.insert((*it)[1].str());
    }
    return out;
}

void checkProviders(const json& doc,
                    const fs::path& file,
                    const Content& content,
                    const fs::path& contentDir,
                    std::vector<JsonIssue>& issues)
{
    std::set<std::string> evidence;
    for (const json& e : doc.value("evidence_types", json::array())) {
        evidence.insert(e.value("id", ""));
    }
    std::set<std::string> channelIds;
    const json& providers = doc.at("providers");
    for (std::size_t i = 0; i < providers.size(); ++i) {
        const std::string platform = providers[i].value("platform", "");
        // Known when loaded, or when its file exists but is broken (lint reports that file itself).
        std::error_code ec;
        if (!content.platform(platform) && !fs::exists(contentDir / "platforms" / (platform + ".json"), ec)) {
            issues.push_back(
                {file, ptr("/providers", i, "platform"), 0, 0, "no checklist platform \"" + platform + "\""});
        }
        const json& channels = providers[i].value("channels", json::array());
        for (std::size_t c = 0; c < channels.size(); ++c) {
            const std::string base = ptr("/providers", i, "channels") + "/" + std::to_string(c);
            const std::string id = channels[c].value("id", "");
            if (id.rfind(platform + ".", 0) != 0) {
                issues.push_back(
                    {file, base + "/id", 0, 0, "channel id \"" + id + "\" must start with \"" + platform + ".\""});
            }
            if (!channelIds.insert(id).second) {
                issues.push_back({file, base + "/id", 0, 0, "channel id \"" + id + "\" is used twice"});
            }
            const json& asks = channels[c].value("asks_for", json::array());
            for (std::size_t a = 0; a < asks.size(); ++a) {
                if (!evidence.count(asks[a].get<std::string>())) {
                    issues.push_back({file,
                                      base + "/asks_for/" + std::to_string(a),
                                      0,
                                      0,
                                      "unknown evidence type \"" + asks[a].get<std::string>() + "\""});
                }
            }
        }
    }
}

void checkAuthorities(const json& doc, const fs::path& file, std::vector<JsonIssue>& issues, std::set<std::string>& ids)
{
    const json& current = doc.at("authorities");
    const json& superseded = doc.value("superseded", json::array());
    for (const auto* list : {&current, &superseded}) {
        const std::string base = list == &current ? "/authorities" : "/superseded";
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string id = (*list)[i].value("id", "");
            if (!ids.insert(id).second) {
                issues.push_back({file, ptr(base, i, "id"), 0, 0, "id \"" + id + "\" is used twice"});
            }
        }
    }
    const auto known = [&](const json& node, const std::string& pointer) {
        if (node.is_string() && !ids.count(node.get<std::string>())) {
            issues.push_back({file, pointer, 0, 0, "no authority \"" + node.get<std::string>() + "\""});
        }
    };
    for (std::size_t i = 0; i < current.size(); ++i) {
        const json& a = current[i];
        if (a.contains("parent")) {
            known(a["parent"], ptr("/authorities", i, "parent"));
        }
        const json& channels = a.value("channels", json::array());
        for (std::size_t c = 0; c < channels.size(); ++c) {
            if (channels[c].contains("via")) {
                known(channels[c]["via"], ptr("/authorities", i, "channels") + "/" + std::to_string(c) + "/via");
            }
        }
        if (a.contains("name_template")) {
            std::set<std::string> wanted;
            for (const json& f : a.value("fill_in", json::array())) {
                wanted.insert(f.value("key", ""));
            }
            for (const auto& [lang, text] : a["name_template"].items()) {
                if (placeholders(text.get<std::string>()) != wanted) {
                    issues.push_back({file,
                                      ptr("/authorities", i, "name_template/" + lang),
                                      0,
                                      0,
                                      "placeholders differ from fill_in keys"});
                }
            }
        }
        // A body that no longer exists must not be the name of a current one.
        const std::string nameVi = a.contains("name") ? a["name"].value("vi", "") : std::string();
        for (const json& old : superseded) {
            for (const json& match : old.value("match_names", json::array())) {
                if (!nameVi.empty() && nameVi.find(match.get<std::string>()) != std::string::npos) {
                    issues.push_back({file,
                                      ptr("/authorities", i, "name/vi"),
                                      0,
                                      0,
                                      "names \"" + match.get<std::string>() + "\", a body that no longer exists"});
                }
            }
        }
    }
    for (std::size_t i = 0; i < superseded.size(); ++i) {
        const json& replaced = superseded[i].value("replaced_by", json::array());
        for (std::size_t r = 0; r < replaced.size(); ++r) {
            known(replaced[r], ptr("/superseded", i, "replaced_by") + "/" + std::to_string(r));
        }
    }
}

void checkLegal(const json& doc,
                const fs::path& file,
                const std::set<std::string>& authorityIds,
                std::vector<JsonIssue>& issues)
{
    std::set<std::string> ids;
    const json& instruments = doc.at("instruments");
    for (std::size_t i = 0; i < instruments.size(); ++i) {
        if (!ids.insert(instruments[i].value("id", "")).second) {
            issues.push_back({file, ptr("/instruments", i, "id"), 0, 0, "id is used twice"});
        }
    }
    for (std::size_t i = 0; i < instruments.size(); ++i) {
        for (const char* field : {"replaces", "replaced_by", "amends", "amended_by"}) {
            const json& refs = instruments[i].value(field, json::array());
            for (std::size_t r = 0; r < refs.size(); ++r) {
                // An id of this file, or the number of an older text not listed ("110/2004/NĐ-CP").
                const std::string ref = refs[r].get<std::string>();
                if (!ids.count(ref) && ref.find('/') == std::string::npos) {
                    issues.push_back({file,
                                      ptr("/instruments", i, field) + "/" + std::to_string(r),
                                      0,
                                      0,
                                      "no instrument \"" + refs[r].get<std::string>() + "\""});
                }
            }
        }
    }
    const json& history = doc.value("history", json::array());
    for (std::size_t i = 0; i < history.size(); ++i) {
        const json& by = history[i].value("superseded_by", json::array());
        for (std::size_t r = 0; r < by.size(); ++r) {
            if (!authorityIds.count(by[r].get<std::string>())) {
                issues.push_back({file,
                                  ptr("/history", i, "superseded_by") + "/" + std::to_string(r),
                                  0,
                                  0,
                                  "no authority \"" + by[r].get<std::string>() + "\""});
            }
        }
    }
}

} // namespace

const json* Directory::provider(const std::string& platformId) const
{
    // Iterate the stored array itself: value() would return a copy, and the pointer would dangle.
    if (!providers.is_object() || !providers.contains("providers") || !providers["providers"].is_array()) {
        return nullptr;
    }
    for (const json& p : providers["providers"]) {
        if (p.value("platform", "") == platformId) {
            return &p;
        }
    }
    return nullptr;
}

const json* Directory::authority(const std::string& id) const
{
    for (const char* list : {"authorities", "superseded"}) {
        if (!authorities.contains(list)) {
            continue;
        }
        for (const json& a : authorities[list]) {
            if (a.value("id", "") == id) {
                return &a;
            }
        }
    }
    return nullptr;
}

DirectoryReport loadDirectory(const fs::path& contentDir, const Content& content)
{
    DirectoryReport report;
    const fs::path schemaPath = contentDir / "schema" / "directory.schema.json";
    auto validator = SchemaValidator::fromFile(schemaPath);
    if (!validator) {
        report.issues.push_back({schemaPath, "", 0, 0, validator.error().detail});
        return report;
    }
    std::map<std::string, json*> targets{{"providers", &report.directory.providers},
                                         {"authorities", &report.directory.authorities},
                                         {"legal", &report.directory.legal}};
    std::map<std::string, fs::path> files;
    for (auto& [name, target] : targets) {
        const fs::path file = contentDir / "directory" / (name + ".json");
        files[name] = file;
        JsonIssue syntax;
        auto doc = loadJsonFile(file, &syntax);
        ++report.filesRead;
        if (!doc) {
            report.issues.push_back(syntax.file.empty() ? JsonIssue{file, "", 0, 0, doc.error().detail} : syntax);
            continue;
        }
        auto problems = validator->validate(*doc, file);
        if (!problems.empty()) {
            report.issues.insert(report.issues.end(), problems.begin(), problems.end());
            continue;
        }
        if (doc->value("kind", "") != name) {
            report.issues.push_back(
                {file, "/kind", 0, 0, "kind must be \"" + name + "\" in " + file.filename().string()});
            continue;
        }
        *target = std::move(*doc);
    }
    std::set<std::string> authorityIds;
    if (!report.directory.providers.is_null()) {
        checkProviders(report.directory.providers, files["providers"], content, contentDir, report.issues);
    }
    if (!report.directory.authorities.is_null()) {
        checkAuthorities(report.directory.authorities, files["authorities"], report.issues, authorityIds);
    }
    if (!report.directory.legal.is_null()) {
        checkLegal(report.directory.legal, files["legal"], authorityIds, report.issues);
    }
    return report;
}

} // namespace auditor
