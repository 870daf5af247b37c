#include "links/LinkHistory.h"

#include "common/Files.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace auditor {

namespace fs = std::filesystem;

namespace {

std::optional<Verdict> verdictFromString(const std::string& text)
{
    for (Verdict v :
         {Verdict::Trusted, Verdict::NoKnownRisk, Verdict::Suspicious, Verdict::Dangerous, Verdict::Invalid}) {
        if (toString(v) == text) {
            return v;
        }
    }
    return std::nullopt;
}

} // namespace

LinkHistory::LinkHistory(fs::path dataDir)
    : m_dataDir(std::move(dataDir))
{ }

Result<std::optional<Error>> LinkHistory::load(const Clock& clock)
{
    m_entries.clear();
    std::error_code ec;
    if (!fs::exists(file(), ec)) {
        return std::optional<Error>();
    }
    auto text = readFile(file());
    if (!text) {
        return text.error();
    }
    try {
        const auto j = nlohmann::json::parse(*text);
        for (const auto& e : j.at("entries")) {
            LinkHistoryEntry entry;
            entry.checkedAt = e.at("checked_at").get<std::string>();
            entry.input = e.at("input").get<std::string>();
            entry.host = e.value("host", "");
            const auto verdict = verdictFromString(e.at("verdict").get<std::string>());
            if (!verdict) {
                throw std::runtime_error("unknown verdict");
            }
            entry.verdict = *verdict;
            if (e.contains("impersonates") && e["impersonates"].is_string()) {
                entry.impersonates = e["impersonates"].get<std::string>();
            }
            entry.online = e.value("online", false);
            m_entries.push_back(std::move(entry));
        }
        return std::optional<Error>();
    } catch (const std::exception& ex) {
        m_entries.clear();
        std::string stamp = formatIsoUtc(clock.now());
        std::replace(stamp.begin(), stamp.end(), ':', '-');
        auto aside = moveAside(file(), stamp);
        if (!aside) {
            return aside.error();
        }
        return std::optional<Error>(
            Error("history.corrupt", {{"file", file().string()}, {"moved_to", aside->string()}}, ex.what()));
    }
}

Status LinkHistory::add(const LinkVerdict& verdict, bool online, const Clock& clock)
{
    if (verdict.host.empty()) {
        return Ok{}; // not a link with a host (pasted text, javascript:): never kept, it may be a secret
    }
    LinkHistoryEntry entry;
    entry.checkedAt = formatIsoUtc(clock.now());
    entry.input = verdict.input.substr(0, 2048);
    entry.host = verdict.hostUnicode;
    entry.verdict = verdict.verdict;
    entry.impersonates = verdict.impersonates;
    entry.online = online;
    std::erase_if(m_entries, [&](const LinkHistoryEntry& e) { return e.input == entry.input; });
    m_entries.insert(m_entries.begin(), std::move(entry));
    if (m_entries.size() > kMaxEntries) {
        m_entries.resize(kMaxEntries);
    }
    return save();
}

Status LinkHistory::clear()
{
    m_entries.clear();
    return save();
}

Status LinkHistory::save() const
{
    nlohmann::json entries = nlohmann::json::array();
    for (const LinkHistoryEntry& e : m_entries) {
        entries.push_back({{"checked_at", e.checkedAt},
                           {"input", e.input},
                           {"host", e.host},
                           {"verdict", toString(e.verdict)},
                           {"impersonates", e.impersonates ? nlohmann::json(*e.impersonates) : nlohmann::json(nullptr)},
                           {"online", e.online}});
    }
    const nlohmann::json j = {{"format_version", 1}, {"entries", entries}};
    std::error_code ec;
    fs::create_directories(m_dataDir, ec);
    // No ".bak": a cleared history must not survive beside the file.
    Status written = writeFileAtomically(file(), j.dump(2) + "\n", WriteOptions{false, true});
    fs::remove(m_dataDir / "link-history.json.bak", ec);
    return written;
}

} // namespace auditor
