#include "checklist/ProgressStore.h"

#include "common/Files.h"
#include "common/Json.h"

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using nlohmann::json;

namespace auditor {

namespace {

constexpr const char* kFormat = "account-auditor/progress";

Error badField(const fs::path& origin, const std::string& pointer, const std::string& what)
{
    return Error("store.invalid", {{"file", origin.string()}, {"pointer", pointer}}, what);
}

} // namespace

ProgressStore::ProgressStore(fs::path dataDir)
    : m_dataDir(std::move(dataDir))
{ }

fs::path ProgressStore::file() const
{
    return m_dataDir / "progress.json";
}

std::string ProgressStore::serialize(const Progress& progress, TimePoint savedAt)
{
    json accounts = json::object();
    for (const auto& [platform, types] : progress.selection()) {
        json list = json::array();
        for (AccountType t : types) {
            list.push_back(toString(t));
        }
        accounts[platform] = list;
    }
    json checks = json::object();
    for (const auto& [id, rec] : progress.records()) {
        json r{{"status", toString(rec.status)}, {"set_at", formatIsoUtc(rec.setAt)}};
        if (!rec.reason.empty()) {
            r["reason"] = rec.reason;
        }
        if (!rec.evidence.empty()) {
            r["evidence"] = rec.evidence;
        }
        checks[id] = r;
    }
    const json doc{{"format", kFormat},
                   {"version", kFormatVersion},
                   {"saved_at", formatIsoUtc(savedAt)},
                   {"language", progress.language},
                   {"first_run_done", progress.firstRunDone},
                   {"accounts", accounts},
                   {"checks", checks}};
    return doc.dump(2) + "\n";
}

Result<Progress> ProgressStore::deserialize(const std::string& text, const fs::path& origin)
{
    auto parsed = parseJson(text, origin);
    if (!parsed) {
        return parsed.error();
    }
    const json& doc = *parsed;
    if (!doc.is_object() || doc.value("format", "") != kFormat) {
        return badField(origin, "/format", "not an Account Auditor progress file");
    }
    if (!doc.contains("version") || !doc["version"].is_number_integer()) {
        return badField(origin, "/version", "missing version");
    }
    if (doc["version"].get<int>() > kFormatVersion) {
        return Error("store.newer_version",
                     {{"file", origin.string()}, {"version", std::to_string(doc["version"].get<int>())}});
    }
    Progress progress;
    if (doc.contains("language")) {
        if (!doc["language"].is_string() || !isSupportedLanguage(doc["language"].get<std::string>())) {
            return badField(origin, "/language", "unsupported language");
        }
        progress.language = doc["language"].get<std::string>();
    }
    progress.firstRunDone = doc.value("first_run_done", false);
    const json accounts = doc.value("accounts", json::object());
    if (!accounts.is_object()) {
        return badField(origin, "/accounts", "must be an object");
    }
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        if (!it->is_array()) {
            return badField(origin, "/accounts/" + it.key(), "must be an array");
        }
        std::set<AccountType> types;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const auto t = (*it)[i].is_string() ? accountTypeFromString((*it)[i].get<std::string>()) : std::nullopt;
            if (!t) {
                return badField(origin, "/accounts/" + it.key() + "/" + std::to_string(i), "unknown account type");
            }
            types.insert(*t);
        }
        progress.select(it.key(), types);
    }
    const json checks = doc.value("checks", json::object());
    if (!checks.is_object()) {
        return badField(origin, "/checks", "must be an object");
    }
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        const std::string base = "/checks/" + it.key();
        if (!it->is_object()) {
            return badField(origin, base, "must be an object");
        }
        const auto status = checkStatusFromString(it->value("status", ""));
        if (!status) {
            return badField(origin, base + "/status", "unknown status");
        }
        const auto setAt = parseIsoUtc(it->value("set_at", ""));
        if (!setAt) {
            return badField(origin, base + "/set_at", "not a UTC time");
        }
        const std::string reason = it->value("reason", "");
        if (statusNeedsReason(*status) && reason.empty()) {
            return badField(origin, base + "/reason", "a reason is required for this status");
        }
        // Records are restored as stored, even for checks the current content no longer has.
        progress.restoreRecord(it.key(), CheckRecord{*status, *setAt, reason, it->value("evidence", "")});
    }
    return progress;
}

Result<ProgressStore::Loaded> ProgressStore::load(const Clock& clock) const
{
    const fs::path path = file();
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        return Loaded{};
    }
    auto text = readFile(path);
    if (!text) {
        return text.error();
    }
    auto progress = deserialize(*text, path);
    if (progress) {
        return Loaded{std::move(*progress), std::nullopt};
    }
    if (progress.error().code == "store.newer_version") {
        return progress.error(); // written by a newer app: leave it alone
    }
    // The file is damaged: keep it aside for inspection, then try the previous copy.
    const Error cause = progress.error();
    std::string stamp = formatIsoUtc(clock.now());
    for (char& c : stamp) {
        if (c == ':') {
            c = '-';
        }
    }
    auto aside = moveAside(path, stamp);
    if (!aside) {
        return aside.error();
    }
    const fs::path bak = m_dataDir / "progress.json.bak";
    Loaded loaded;
    std::string restored = "none";
    if (fs::exists(bak, ec)) {
        if (auto previous = readFile(bak); previous) {
            if (auto old = deserialize(*previous, bak); old) {
                loaded.progress = std::move(*old);
                restored = bak.string();
                // Put the previous copy back in place so the next start is clean.
                writeFileAtomically(path, *previous, WriteOptions{false, true});
            }
        }
    }
    loaded.warning = Error(restored == "none" ? "store.corrupt_reset" : "store.corrupt_restored",
                           {{"file", path.string()}, {"moved_to", aside->string()}, {"backup", restored}},
                           cause.detail + (cause.params.count("pointer") ? " at " + cause.params.at("pointer") : ""));
    return loaded;
}

Status ProgressStore::save(const Progress& progress, const Clock& clock) const
{
    return writeFileAtomically(file(), serialize(progress, clock.now()));
}

} // namespace auditor
