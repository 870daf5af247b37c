#include "checklist/ContentLoader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace fs = std::filesystem;
using nlohmann::json;

namespace auditor {

namespace {

LocalText localText(const json& j)
{
    return LocalText{j.at("vi").get<std::string>(), j.at("en").get<std::string>()};
}

std::set<AccountType> accountTypes(const json& j)
{
    std::set<AccountType> out;
    for (const auto& v : j) {
        if (auto t = accountTypeFromString(v.get<std::string>())) {
            out.insert(*t);
        }
    }
    return out;
}

Device deviceFrom(const std::string& s)
{
    if (s == "phone") {
        return Device::Phone;
    }
    if (s == "computer") {
        return Device::Computer;
    }
    return Device::Any;
}

/** Builds the model from a document that already passed the schema. */
Platform toPlatform(const json& j)
{
    Platform p;
    p.id = j.at("id").get<std::string>();
    p.kind = j.at("kind") == "foundation" ? PlatformKind::Foundation : PlatformKind::Platform;
    p.order = j.at("order").get<int>();
    p.defaultSelected = j.value("default_selected", false);
    p.name = localText(j.at("name"));
    p.description = localText(j.at("description"));
    p.homeUrl = j.value("home_url", "");
    p.accountTypes = accountTypes(j.at("account_types"));
    p.asOf = j.at("as_of").get<std::string>();
    for (const auto& jc : j.at("checks")) {
        Check c;
        c.id = jc.at("id").get<std::string>();
        c.platformId = p.id;
        c.topic = jc.at("topic").get<std::string>();
        c.title = localText(jc.at("title"));
        c.why = localText(jc.at("why"));
        for (const auto& js : jc.at("steps")) {
            c.steps.push_back(Step{deviceFrom(js.at("device").get<std::string>()), localText(js)});
        }
        c.settingsUrl = jc.value("settings_url", "");
        if (jc.contains("settings_path")) {
            c.settingsPath = localText(jc.at("settings_path"));
        }
        c.weight = jc.at("weight").get<int>();
        c.recheckDays = jc.at("recheck_days").get<int>();
        c.verifiedByTool = jc.value("verified_by_tool", "");
        c.appliesTo = accountTypes(jc.at("applies_to"));
        c.verified = jc.at("verified").get<bool>();
        if (jc.contains("verification_note")) {
            c.verificationNote = localText(jc.at("verification_note"));
        }
        for (const auto& src : jc.at("sources")) {
            c.sources.push_back(Source{src.at("url").get<std::string>(), src.at("title").get<std::string>()});
        }
        c.asOf = jc.at("as_of").get<std::string>();
        p.checks.push_back(std::move(c));
    }
    return p;
}

/** True when `s` holds a combining diacritical mark (U+0300–U+036F): text not in NFC for Vietnamese. */
bool hasCombiningMark(const std::string& s)
{
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const auto a = static_cast<unsigned char>(s[i]);
        const auto b = static_cast<unsigned char>(s[i + 1]);
        // U+0300..U+036F encode as CC 80..CD AF
        if ((a == 0xCC && b >= 0x80) || (a == 0xCD && b <= 0xAF)) {
            return true;
        }
    }
    return false;
}

void findNonNfc(const json& j, const std::string& pointer, const fs::path& file, std::vector<JsonIssue>& issues)
{
    if (j.is_string()) {
        if (hasCombiningMark(j.get_ref<const std::string&>())) {
            issues.push_back({file, pointer, 0, 0, "text is not in NFC (decomposed diacritics); save it composed"});
        }
    } else if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            findNonNfc(*it, pointer + "/" + it.key(), file, issues);
        }
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i) {
            findNonNfc(j[i], pointer + "/" + std::to_string(i), file, issues);
        }
    }
}

std::set<std::string> placeholders(const std::string& s)
{
    static const std::regex re("\\{([a-z_]+)\\}");
    std::set<std::string> out;
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) {
        out.insert((*it)[1].str());
    }
    return out;
}

void lintMessages(const fs::path& dir, ContentReport& report)
{
    const fs::path viPath = dir / "messages" / "vi.json";
    const fs::path enPath = dir / "messages" / "en.json";
    JsonIssue syntax;
    auto vi = loadJsonFile(viPath, &syntax);
    if (!vi) {
        report.issues.push_back(syntax.file.empty() ? JsonIssue{viPath, "", 0, 0, vi.error().detail} : syntax);
        return;
    }
    auto en = loadJsonFile(enPath, &syntax);
    if (!en) {
        report.issues.push_back(syntax.file.empty() ? JsonIssue{enPath, "", 0, 0, en.error().detail} : syntax);
        return;
    }
    report.filesRead += 2;
    for (const auto& [doc, path, other, otherPath] :
         {std::tuple{&*vi, viPath, &*en, enPath}, std::tuple{&*en, enPath, &*vi, viPath}}) {
        for (auto it = doc->begin(); it != doc->end(); ++it) {
            const std::string pointer = "/" + it.key();
            if (!it->is_string()) {
                report.issues.push_back({path, pointer, 0, 0, "value must be a string"});
                continue;
            }
            if (it.key().rfind("$", 0) == 0) {
                continue;
            }
            if (!other->contains(it.key())) {
                report.issues.push_back({path, pointer, 0, 0, "key missing in " + otherPath.filename().string()});
            } else if ((*other)[it.key()].is_string() && path == viPath
                       && placeholders(it->get<std::string>()) != placeholders((*other)[it.key()].get<std::string>())) {
                report.issues.push_back(
                    {path, pointer, 0, 0, "placeholders differ from " + otherPath.filename().string()});
            }
        }
        findNonNfc(*doc, "", path, report.issues);
    }
}

} // namespace

ContentReport loadContent(const fs::path& contentDir, const std::string& today)
{
    ContentReport report;
    const fs::path schemaPath = contentDir / "schema" / "platform.schema.json";
    auto validator = SchemaValidator::fromFile(schemaPath);
    if (!validator) {
        report.issues.push_back({schemaPath, "", 0, 0, validator.error().detail});
        return report;
    }
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(contentDir / "platforms", ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    if (ec) {
        report.issues.push_back({contentDir / "platforms", "", 0, 0, "cannot list the folder: " + ec.message()});
    }
    std::sort(files.begin(), files.end());

    std::map<std::string, fs::path> platformIds;
    std::map<std::string, fs::path> checkIds;
    for (const fs::path& file : files) {
        ++report.filesRead;
        JsonIssue syntax;
        auto doc = loadJsonFile(file, &syntax);
        if (!doc) {
            report.issues.push_back(syntax.file.empty() ? JsonIssue{file, "", 0, 0, doc.error().detail} : syntax);
            continue;
        }
        std::vector<JsonIssue> issues = validator->validate(*doc, file);
        if (issues.empty()) {
            // The rules a schema cannot express.
            const std::string id = (*doc)["id"];
            if (file.stem().string() != id) {
                issues.push_back({file, "/id", 0, 0, "id \"" + id + "\" differs from the file name"});
            }
            if (auto [it, fresh] = platformIds.emplace(id, file); !fresh) {
                issues.push_back({file, "/id", 0, 0, "id \"" + id + "\" is also used by " + it->second.string()});
            }
            const auto platformTypes = accountTypes((*doc)["account_types"]);
            if (!today.empty() && (*doc)["as_of"].get<std::string>() > today) {
                issues.push_back({file, "/as_of", 0, 0, "date is in the future"});
            }
            const auto& checks = (*doc)["checks"];
            for (std::size_t i = 0; i < checks.size(); ++i) {
                const std::string base = "/checks/" + std::to_string(i);
                const std::string cid = checks[i]["id"];
                if (cid.rfind(id + ".", 0) != 0) {
                    issues.push_back(
                        {file, base + "/id", 0, 0, "check id \"" + cid + "\" must start with \"" + id + ".\""});
                }
                if (auto [it, fresh] = checkIds.emplace(cid, file); !fresh) {
                    issues.push_back(
                        {file,
                         base + "/id",
                         0,
                         0,
                         "check id \"" + cid + "\" is used twice (also in " + it->second.filename().string() + ")"});
                }
                for (AccountType t : accountTypes(checks[i]["applies_to"])) {
                    if (!platformTypes.count(t)) {
                        issues.push_back(
                            {file,
                             base + "/applies_to",
                             0,
                             0,
                             "account type \"" + toString(t) + "\" is not in the platform's account_types"});
                    }
                }
                if (!today.empty() && checks[i]["as_of"].get<std::string>() > today) {
                    issues.push_back({file, base + "/as_of", 0, 0, "date is in the future"});
                }
            }
            findNonNfc(*doc, "", file, issues);
        }
        if (!issues.empty()) {
            report.issues.insert(report.issues.end(), issues.begin(), issues.end());
            continue;
        }
        Platform platform = toPlatform(*doc);
        report.checkCount += static_cast<int>(platform.checks.size());
        report.unverifiedCount += static_cast<int>(
            std::count_if(platform.checks.begin(), platform.checks.end(), [](const Check& c) { return !c.verified; }));
        report.content.add(std::move(platform));
    }
    if (files.empty()) {
        report.issues.push_back({contentDir / "platforms", "", 0, 0, "no checklist files found"});
    }
    report.content.sort();
    lintMessages(contentDir, report);
    return report;
}

} // namespace auditor
