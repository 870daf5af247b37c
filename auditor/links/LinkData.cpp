#include "links/LinkData.h"

#include "common/Files.h"
#include "common/Json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace auditor {

void LinkData::addBrand(Brand brand)
{
    const std::size_t index = brands.size();
    for (const auto* list : {&brand.officialDomains, &brand.shortLinkDomains}) {
        for (const std::string& d : *list) {
            officialDomains.emplace(d, index);
        }
    }
    for (const std::string& h : brand.userContentHosts) {
        userContentHosts.emplace(h, index);
    }
    brands.push_back(std::move(brand));
}

namespace {

/** Lines of a text file without comments and blanks, lower-cased. */
Result<std::vector<std::string>> readWordList(const fs::path& file)
{
    auto text = readFile(file);
    if (!text) {
        return text.error();
    }
    std::vector<std::string> out;
    std::istringstream in(*text);
    for (std::string line; std::getline(in, line);) {
        const auto hash = line.find('#');
        if (hash != std::string::npos) {
            line.erase(hash);
        }
        line.erase(std::remove_if(line.begin(), line.end(), [](unsigned char c) { return std::isspace(c); }),
                   line.end());
        std::transform(
            line.begin(), line.end(), line.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (!line.empty()) {
            out.push_back(line);
        }
    }
    return out;
}

Status addBrandsJson(LinkData& data, const json& doc, const fs::path& file, const fs::path& contentDir)
{
    auto validator = SchemaValidator::fromFile(contentDir / "schema" / "brands.schema.json");
    if (!validator) {
        return validator.error();
    }
    if (const auto issues = validator->validate(doc, file); !issues.empty()) {
        return Error(
            "brands.invalid", {{"file", file.string()}, {"pointer", issues.front().pointer}}, issues.front().message);
    }
    for (const auto& b : doc["brands"]) {
        Brand brand;
        brand.id = b["id"];
        brand.name = b["name"];
        brand.category = b["category"];
        brand.officialDomains = b["official_domains"].get<std::vector<std::string>>();
        brand.shortLinkDomains = b.value("short_link_domains", std::vector<std::string>{});
        brand.tokens = b["tokens"].get<std::vector<std::string>>();
        brand.userContentHosts = b.value("user_content_hosts", std::vector<std::string>{});
        brand.verified = b["verified"];
        brand.asOf = b["as_of"];
        data.addBrand(std::move(brand));
    }
    return Ok{};
}

} // namespace

Result<LinkData> loadLinkData(const fs::path& contentDir)
{
    LinkData data;
    const fs::path brandsFile = contentDir / "brands.json";
    JsonIssue issue;
    auto doc = loadJsonFile(brandsFile, &issue);
    if (!doc) {
        return doc.error();
    }
    if (auto st = addBrandsJson(data, *doc, brandsFile, contentDir); !st) {
        return st.error();
    }
    auto lures = loadJsonFile(contentDir / "links" / "lures.json");
    if (!lures) {
        return lures.error();
    }
    for (const auto& w : (*lures)["words"]) {
        data.lures.emplace_back(w.at("word").get<std::string>(), w.value("weight", 1));
    }
    auto shorteners = readWordList(contentDir / "links" / "shorteners.txt");
    if (!shorteners) {
        return shorteners.error();
    }
    data.shorteners.insert(shorteners->begin(), shorteners->end());
    auto tlds = readWordList(contentDir / "links" / "abused-tlds.txt");
    if (!tlds) {
        return tlds.error();
    }
    data.abusedTlds.insert(tlds->begin(), tlds->end());
    auto restricted = readWordList(contentDir / "links" / "restricted-registries.txt");
    if (!restricted) {
        return restricted.error();
    }
    data.restrictedSuffixes = std::move(*restricted);
    auto notLookalikes = readWordList(contentDir / "links" / "not-lookalikes.txt");
    if (!notLookalikes) {
        return notLookalikes.error();
    }
    data.notLookalikes.insert(notLookalikes->begin(), notLookalikes->end());
    return data;
}

Status addBrandsFromFile(LinkData& data, const fs::path& file, const fs::path& contentDir)
{
    auto text = readFile(file);
    if (!text) {
        return text.error();
    }
    const auto first = text->find_first_not_of(" \t\r\n");
    if (first != std::string::npos && (*text)[first] == '{') {
        auto doc = parseJson(*text, file);
        if (!doc) {
            return doc.error();
        }
        return addBrandsJson(data, *doc, file, contentDir);
    }
    auto lines = readWordList(file);
    if (!lines) {
        return lines.error();
    }
    for (const std::string& domain : *lines) {
        Brand brand;
        brand.id = domain;
        brand.name = domain;
        brand.category = "other";
        brand.officialDomains = {domain};
        const std::string label = domain.substr(0, domain.find('.'));
        if (label.size() >= 3) {
            brand.tokens = {label};
        }
        data.addBrand(std::move(brand));
    }
    return Ok{};
}

} // namespace auditor
