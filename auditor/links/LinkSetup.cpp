#include "links/LinkSetup.h"

#include "common/Files.h"
#include "common/Json.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace fs = std::filesystem;
using nlohmann::json;

namespace auditor {

Result<ImportedList> importList(
    const fs::path& dataDir, const fs::path& file, const std::string& name, const std::string& kind, const Clock& clock)
{
    const bool goodName = !name.empty() && name.size() <= 40 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (!goodName) {
        return Error("list.bad_name", {{"name", name}});
    }
    auto list = HostList::fromFile(file, name);
    if (!list) {
        return list.error();
    }
    auto text = readFile(file);
    if (!text) {
        return text.error();
    }
    const fs::path dir = dataDir / "lists";
    if (auto st = writeFileAtomically(dir / (name + ".list"), *text, WriteOptions{false, true}); !st) {
        return st.error();
    }
    ImportedList meta{name, kind, fs::absolute(file).string(), formatIsoUtc(clock.now()), list->size()};
    const json doc{{"name", meta.name},
                   {"kind", meta.kind},
                   {"source", meta.source},
                   {"imported_at", meta.importedAt},
                   {"entries", meta.entries}};
    if (auto st = writeFileAtomically(dir / (name + ".json"), doc.dump(2) + "\n", WriteOptions{false, true}); !st) {
        return st.error();
    }
    return meta;
}

Result<std::unique_ptr<LinkAnalyzer>> makeLinkAnalyzer(const fs::path& contentDir,
                                                       const fs::path& dataDir,
                                                       const LinkSources& extra)
{
    auto data = loadLinkData(contentDir);
    if (!data) {
        return data.error();
    }
    for (const fs::path& f : extra.brands) {
        if (auto st = addBrandsFromFile(*data, f, contentDir); !st) {
            return st.error();
        }
    }
    std::vector<HostList> allow;
    std::vector<HostList> block;
    // Lists kept by `auditor links import`, in name order.
    std::error_code ec;
    std::vector<fs::path> metas;
    for (const auto& entry : fs::directory_iterator(dataDir / "lists", ec)) {
        if (entry.path().extension() == ".json") {
            metas.push_back(entry.path());
        }
    }
    std::sort(metas.begin(), metas.end());
    for (const fs::path& meta : metas) {
        auto doc = loadJsonFile(meta);
        if (!doc) {
            return doc.error();
        }
        const std::string name = doc->value("name", meta.stem().string());
        auto list = HostList::fromFile(meta.parent_path() / (meta.stem().string() + ".list"), name);
        if (!list) {
            return list.error();
        }
        (doc->value("kind", "block") == "allow" ? allow : block).push_back(std::move(*list));
    }
    for (const auto& [files, into] : {std::pair{&extra.allow, &allow}, std::pair{&extra.block, &block}}) {
        for (const fs::path& f : *files) {
            auto list = HostList::fromFile(f, f.filename().string());
            if (!list) {
                return list.error();
            }
            into->push_back(std::move(*list));
        }
    }
    return std::make_unique<LinkAnalyzer>(std::move(*data), std::move(allow), std::move(block));
}

} // namespace auditor
