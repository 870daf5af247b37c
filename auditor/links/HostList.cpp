#include "links/HostList.h"

#include "common/Files.h"
#include "common/Json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace auditor {

std::uint64_t hashKey(std::string_view text)
{
    std::uint64_t h = 1469598103934665603ull;
    for (char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
        s.remove_suffix(1);
    }
    return s;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

bool contains(const std::vector<std::uint64_t>& sorted, std::uint64_t key)
{
    return std::binary_search(sorted.begin(), sorted.end(), key);
}

} // namespace

void HostList::addDomain(std::string_view domain)
{
    std::string d = lower(domain);
    while (!d.empty() && d.back() == '.') {
        d.pop_back();
    }
    if (!d.empty()) {
        m_domains.push_back(hashKey(d));
    }
}

void HostList::addUrlPrefix(std::string_view hostAndPath)
{
    std::string p(hostAndPath);
    const auto slash = p.find('/');
    // Host part is case-insensitive; the path is kept as written, without a trailing '/' or '*'.
    p = lower(p.substr(0, slash)) + (slash == std::string::npos ? std::string() : p.substr(slash));
    while (!p.empty() && (p.back() == '*' || p.back() == '/')) {
        p.pop_back();
    }
    if (p.find('/') == std::string::npos) {
        addDomain(p);
    } else {
        m_prefixes.push_back(hashKey(p));
    }
}

void HostList::addLine(std::string_view raw)
{
    std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#' || line.front() == '!') {
        return;
    }
    // hosts file: "0.0.0.0 host" or "127.0.0.1 host # comment"
    const auto space = line.find_first_of(" \t");
    if (space != std::string_view::npos) {
        const std::string_view first = line.substr(0, space);
        if (first == "0.0.0.0" || first == "127.0.0.1" || first == "::" || first == "::1") {
            line = trim(line.substr(space));
            const auto end = line.find_first_of(" \t#");
            line = line.substr(0, end);
            if (line == "localhost" || line.empty()) {
                return;
            }
        } else {
            line = first;
        }
    }
    // "https://host/path", "*.domain", "||domain^" (adblock style)
    for (std::string_view prefix : {"https://", "http://", "||", "*.", "."}) {
        if (line.substr(0, prefix.size()) == prefix) {
            line.remove_prefix(prefix.size());
        }
    }
    while (!line.empty() && (line.back() == '^' || line.back() == '$')) {
        line.remove_suffix(1);
    }
    if (line.empty()) {
        return;
    }
    addUrlPrefix(line);
}

HostList HostList::fromText(std::string_view text, std::string name)
{
    HostList list;
    list.name = std::move(name);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        list.addLine(text.substr(start, end - start));
        start = end + 1;
    }
    list.finish();
    return list;
}

Result<HostList> HostList::fromFile(const std::filesystem::path& file, std::string name)
{
    auto text = readFile(file);
    if (!text) {
        return text.error();
    }
    const std::string_view body = trim(*text);
    if (!body.empty() && (body.front() == '[' || body.front() == '{')) {
        JsonIssue issue;
        auto doc = parseJson(*text, file, &issue);
        if (!doc) {
            return doc.error();
        }
        HostList list;
        list.name = std::move(name);
        list.source = file.string();
        const nlohmann::json& items = doc->is_object() && doc->contains("urls") ? (*doc)["urls"] : *doc;
        if (!items.is_array()) {
            return Error("list.invalid", {{"file", file.string()}}, "expected a JSON array");
        }
        for (const auto& item : items) {
            if (item.is_string()) {
                list.addLine(item.get<std::string>());
            } else if (item.is_object()) {
                for (const char* key : {"url", "domain", "host"}) {
                    if (item.contains(key) && item[key].is_string()) {
                        list.addLine(item[key].get<std::string>());
                        break;
                    }
                }
            }
        }
        list.finish();
        return list;
    }
    HostList list = fromText(*text, std::move(name));
    list.source = file.string();
    return list;
}

void HostList::finish()
{
    for (auto* v : {&m_domains, &m_prefixes}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
        v->shrink_to_fit();
    }
}

HostList::Match HostList::match(std::string_view host, std::string_view path) const
{
    // Domains: the host and every parent at a label boundary ("a.b.evil.xyz", "b.evil.xyz", …).
    for (std::string_view h = host;;) {
        if (contains(m_domains, hashKey(h))) {
            return Match::Domain;
        }
        const auto dot = h.find('.');
        if (dot == std::string_view::npos) {
            break;
        }
        h.remove_prefix(dot + 1);
    }
    if (m_prefixes.empty()) {
        return Match::None;
    }
    // URL prefixes: "host/a", "host/a/b", … up to the whole path.
    std::string key(host);
    std::size_t i = 1;
    while (i <= path.size()) {
        const std::size_t next = path.find('/', i);
        const std::string_view part
            = path.substr(i - 1, (next == std::string_view::npos ? path.size() : next) - (i - 1));
        key += part;
        if (part.size() > 1 && contains(m_prefixes, hashKey(key))) {
            return Match::UrlPrefix;
        }
        if (next == std::string_view::npos) {
            break;
        }
        i = next + 1;
    }
    return Match::None;
}

} // namespace auditor
