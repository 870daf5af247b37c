#include "incidents/Directory.h"
#include "incidents/OrgProfileLoader.h"
#include "incidents/Recovery.h"

#include <set>

namespace auditor {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const char* const kAuthoritiesPointer = "/directory_overrides/authorities";
const char* const kChannelsPointer = "/directory_overrides/channels";

/** The keys loadOrgProfile reads; every other top-level key is kept for the parts that read it. */
const std::set<std::string>& knownKeys()
{
    static const std::set<std::string> keys{
        "$schema", "schema_version", "kind", "id", "unit", "signer", "it_contact", "recipients", "directory_overrides"};
    return keys;
}

std::vector<std::string> stringList(const json& node)
{
    std::vector<std::string> out;
    for (const json& s : node) {
        out.push_back(s.get<std::string>());
    }
    return out;
}

json withoutAdd(json entry)
{
    entry.erase("add");
    return entry;
}

/** "zalo.report_bad" → "zalo". */
std::string platformOfChannel(const std::string& id)
{
    return id.substr(0, id.find('.'));
}

Error invalid(const std::vector<JsonIssue>& issues, std::size_t before)
{
    const JsonIssue& first = issues[before];
    return Error(
        "org_profile.invalid",
        {{"file", first.file.string()}, {"pointer", first.pointer}, {"count", std::to_string(issues.size() - before)}},
        first.message);
}

/**
 * Validates each override against the directory schema by putting it, alone, into a copy of the
 * shipped directory file, and moves the issues' pointers back onto the profile.
 */
void checkOverrideShapes(const json& overrides,
                         const fs::path& file,
                         const fs::path& contentDir,
                         std::vector<JsonIssue>& issues)
{
    const fs::path schemaPath = contentDir / "schema" / "directory.schema.json";
    auto validator = SchemaValidator::fromFile(schemaPath);
    if (!validator) {
        issues.push_back({schemaPath, "", 0, 0, validator.error().detail});
        return;
    }
    const auto check = [&](const char* list, const std::string& directoryFile, const std::string& profilePointer) {
        const json& entries = overrides.value(list, json::array());
        if (entries.empty()) {
            return;
        }
        JsonIssue syntax;
        auto wrapper = loadJsonFile(contentDir / "directory" / directoryFile, &syntax);
        if (!wrapper) {
            issues.push_back(syntax.file.empty()
                                 ? JsonIssue{contentDir / "directory" / directoryFile, "", 0, 0, wrapper.error().detail}
                                 : syntax);
            return;
        }
        for (std::size_t i = 0; i < entries.size(); ++i) {
            std::string inner;
            if (std::string(list) == "authorities") {
                (*wrapper)["authorities"] = json::array({withoutAdd(entries[i])});
                inner = "/authorities/0";
            } else {
                const std::string id = entries[i].value("id", "");
                (*wrapper)["providers"] = json::array({{{"platform", platformOfChannel(id)},
                                                        {"name", {{"vi", "-"}, {"en", "-"}}},
                                                        {"channels", json::array({withoutAdd(entries[i])})}}});
                inner = "/providers/0/channels/0";
            }
            const std::string outer = profilePointer + "/" + std::to_string(i);
            for (JsonIssue issue : validator->validate(*wrapper, file)) {
                if (issue.pointer.rfind(inner, 0) == 0) {
                    issue.pointer = outer + issue.pointer.substr(inner.size());
                } else {
                    // The wrapper itself (a platform id that is no slug, say): blame the entry's id.
                    issue.pointer = outer + "/id";
                }
                issues.push_back(std::move(issue));
            }
        }
    };
    check("authorities", "authorities.json", kAuthoritiesPointer);
    check("channels", "providers.json", kChannelsPointer);
}

} // namespace

Result<LoadedOrgProfile> loadOrgProfile(const fs::path& file,
                                        const fs::path& contentDir,
                                        std::vector<JsonIssue>* issuesOut)
{
    std::vector<JsonIssue> local;
    std::vector<JsonIssue>& issues = issuesOut ? *issuesOut : local;
    const std::size_t before = issues.size();
    const auto fail = [&]() -> Result<LoadedOrgProfile> { return invalid(issues, before); };

    auto doc = loadValidatedJson(file, contentDir / "schema" / "org-profile.schema.json", issues);
    if (!doc) {
        return fail();
    }
    // The unit's name and the signer go into letters: composed Vietnamese only.
    findNonNfc(*doc, "", file, issues);
    const json overrides = doc->value("directory_overrides", json::object());
    checkOverrideShapes(overrides, file, contentDir, issues);
    if (issues.size() > before) {
        return fail();
    }

    LoadedOrgProfile loaded;
    OrgProfile& p = loaded.profile;
    p.id = doc->value("id", "");
    const json unit = doc->value("unit", json::object());
    p.parentName = unit.value("parent_name", "");
    p.name = unit.value("name", "");
    p.symbol = unit.value("symbol", "");
    p.place = unit.value("place", "");
    p.province = unit.value("province", p.province);
    p.commune = unit.value("commune", "");
    p.address = unit.value("address", "");
    p.phone = unit.value("phone", "");
    p.email = unit.value("email", "");
    const json signer = doc->value("signer", json::object());
    p.signerAuthority = signer.value("authority", "");
    p.signerTitle = signer.value("title", "");
    p.signerName = signer.value("name", "");
    p.draftingUnit = signer.value("drafting_unit", "");
    p.itContact = doc->value("it_contact", "");
    for (const json& a : overrides.value("authorities", json::array())) {
        p.authorityOverrides.push_back(a);
    }
    for (const json& c : overrides.value("channels", json::array())) {
        p.channelOverrides.push_back(c);
    }
    const json recipients = doc->value("recipients", json::object());
    p.policeRecipients = stringList(recipients.value("police", json::array()));
    p.unitLetterRecipients = stringList(recipients.value("unit_letter", json::array()));
    for (const auto& [key, value] : doc->items()) {
        if (!knownKeys().count(key)) {
            loaded.otherKeys[key] = value;
        }
    }
    return loaded;
}

Status applyProfile(Directory& directory,
                    const OrgProfile& profile,
                    std::vector<JsonIssue>* issuesOut,
                    const fs::path& origin)
{
    std::vector<JsonIssue> local;
    std::vector<JsonIssue>& issues = issuesOut ? *issuesOut : local;
    const std::size_t before = issues.size();
    // Work on a copy: a profile with one bad entry changes nothing.
    Directory merged = directory;

    json& authorities = merged.authorities["authorities"];
    for (std::size_t i = 0; i < profile.authorityOverrides.size(); ++i) {
        const json& entry = profile.authorityOverrides[i];
        const std::string id = entry.value("id", "");
        const std::string at = std::string(kAuthoritiesPointer) + "/" + std::to_string(i);
        bool replaced = false;
        for (json& a : authorities) {
            if (a.value("id", "") == id) {
                a = withoutAdd(entry);
                replaced = true;
            }
        }
        // The app must not send anyone to a body that no longer exists, whatever a profile says.
        const std::string nameVi = entry.contains("name") ? entry["name"].value("vi", "") : std::string();
        for (const json& old : merged.authorities.value("superseded", json::array())) {
            for (const json& match : old.value("match_names", json::array())) {
                if (!nameVi.empty() && nameVi.find(match.get<std::string>()) != std::string::npos) {
                    issues.push_back({origin,
                                      at + "/name/vi",
                                      0,
                                      0,
                                      "names \"" + match.get<std::string>() + "\", a body that no longer exists"});
                }
            }
        }
        if (replaced) {
            continue;
        }
        if (directory.authority(id)) {
            // Only current bodies can be overridden: a superseded one must stay history.
            issues.push_back(
                {origin, at + "/id", 0, 0, "\"" + id + "\" is a body that no longer exists; it cannot be overridden"});
        } else if (entry.value("add", false)) {
            authorities.push_back(withoutAdd(entry));
        } else {
            issues.push_back({origin,
                              at + "/id",
                              0,
                              0,
                              "no authority \"" + id + "\" to override; add \"add\": true to add a new one"});
        }
    }

    json& providers = merged.providers["providers"];
    for (std::size_t i = 0; i < profile.channelOverrides.size(); ++i) {
        const json& entry = profile.channelOverrides[i];
        const std::string id = entry.value("id", "");
        const std::string at = std::string(kChannelsPointer) + "/" + std::to_string(i);
        json* provider = nullptr;
        for (json& p : providers) {
            if (p.value("platform", "") == platformOfChannel(id)) {
                provider = &p;
            }
        }
        if (!provider) {
            issues.push_back(
                {origin, at + "/id", 0, 0, "no provider \"" + platformOfChannel(id) + "\" for channel \"" + id + "\""});
            continue;
        }
        bool replaced = false;
        for (json& c : (*provider)["channels"]) {
            if (c.value("id", "") == id) {
                c = withoutAdd(entry);
                replaced = true;
            }
        }
        if (!replaced && entry.value("add", false)) {
            (*provider)["channels"].push_back(withoutAdd(entry));
        } else if (!replaced) {
            issues.push_back({origin,
                              at + "/id",
                              0,
                              0,
                              "no channel \"" + id + "\" to override; add \"add\": true to add a new one"});
        }
    }

    const auto known = [&](const std::vector<std::string>& ids, const std::string& pointer) {
        for (std::size_t k = 0; k < ids.size(); ++k) {
            const json* a = merged.authority(ids[k]);
            if (!a) {
                issues.push_back({origin, pointer + "/" + std::to_string(k), 0, 0, "no authority \"" + ids[k] + "\""});
            } else if (a->contains("ended")) {
                issues.push_back(
                    {origin, pointer + "/" + std::to_string(k), 0, 0, "\"" + ids[k] + "\" no longer exists"});
            }
        }
    };
    known(profile.policeRecipients, "/recipients/police");
    known(profile.unitLetterRecipients, "/recipients/unit_letter");
    bool provinceKnown = false;
    for (const json& p : merged.authorities.value("provinces", json::array())) {
        provinceKnown = provinceKnown || p.value("id", "") == profile.province;
    }
    if (!provinceKnown) {
        issues.push_back({origin, "/unit/province", 0, 0, "no province \"" + profile.province + "\" in the directory"});
    }

    if (issues.size() > before) {
        return invalid(issues, before);
    }
    directory = std::move(merged);
    return Ok{};
}

} // namespace auditor
