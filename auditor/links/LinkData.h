#pragma once

#include "common/Result.h"

#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace auditor {

/** A protected brand from checks/brands.json. */
struct Brand
{
    std::string id;
    std::string name;
    std::string category;
    std::vector<std::string> officialDomains; // registrable domains
    std::vector<std::string> shortLinkDomains; // the brand's own shorteners (also official)
    std::vector<std::string> tokens; // words naming the brand inside a host name
    std::vector<std::string> userContentHosts; // official hosts where anyone can publish (Google Sites, Docs)
    bool verified = false;
    std::string asOf;
};

/** What the link checker knows, from checks/ (brands, lure words, shorteners, abused TLDs). */
struct LinkData
{
    std::vector<Brand> brands;
    std::unordered_map<std::string, std::size_t> officialDomains; // domain → index in brands
    std::unordered_map<std::string, std::size_t> userContentHosts; // host → index in brands
    std::vector<std::pair<std::string, int>> lures; // word, weight 1–3
    std::unordered_set<std::string> shorteners;
    std::unordered_set<std::string> abusedTlds;
    std::unordered_set<std::string> notLookalikes; // real, unrelated sites near a brand name (tpbank.com.vn)
    std::vector<std::string> restrictedSuffixes; // registries only the state can register under (gov.vn)

    void addBrand(Brand brand);
};

/**
 * Loads the link checker's content from `contentDir` (brands.json validated against
 * schema/brands.schema.json; the lists in links/). Errors name the file and pointer.
 */
Result<LinkData> loadLinkData(const std::filesystem::path& contentDir);

/**
 * Adds brands from a file: the brands.json format, or plain text with one official domain per
 * line (each becomes its own brand, its first label its token).
 */
Status addBrandsFromFile(LinkData& data, const std::filesystem::path& file, const std::filesystem::path& contentDir);

} // namespace auditor
