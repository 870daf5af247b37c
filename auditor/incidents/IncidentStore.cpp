#include "incidents/IncidentStore.h"

#include "common/Digest.h"
#include "common/Files.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <regex>
#include <set>

namespace auditor {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

/** The owner only: incidents hold CCCD numbers, addresses and phone numbers. */
void makePrivateFolder(const fs::path& dir)
{
    std::error_code ec;
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
}

std::string stampFor(TimePoint t)
{
    std::string stamp = formatIsoUtc(t);
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    return stamp;
}

Error notFound(const std::string& id)
{
    return Error("incident_not_found", {{"id", id}});
}

} // namespace

bool isIncidentId(const std::string& id)
{
    static const std::regex pattern(R"(^inc-\d{8}-\d{4}$)");
    return std::regex_match(id, pattern);
}

IncidentStore::IncidentStore(fs::path dataDir, const Clock& clock)
    : m_dataDir(std::move(dataDir))
    , m_clock(clock)
{ }

fs::path IncidentStore::folder() const
{
    return m_dataDir / "incidents";
}

fs::path IncidentStore::fileFor(const std::string& id) const
{
    return folder() / (id + ".json");
}

std::string IncidentStore::nextId() const
{
    std::string date = formatIsoDate(m_clock.now());
    date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
    for (int n = 1; n <= 9999; ++n) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "inc-%s-%04d", date.c_str(), n);
        std::error_code ec;
        // A file moved aside keeps its id's prefix: skip those too, so a report never mixes two.
        bool used = fs::exists(fileFor(buf), ec);
        if (!used && fs::is_directory(folder(), ec)) {
            for (const auto& entry : fs::directory_iterator(folder(), ec)) {
                if (entry.path().filename().string().rfind(std::string(buf) + ".json", 0) == 0) {
                    used = true;
                    break;
                }
            }
        }
        if (!used) {
            return buf;
        }
    }
    return {};
}

Status IncidentStore::save(Incident& incident) const
{
    if (!isIncidentId(incident.id)) {
        return Error("incident_bad_id", {{"id", incident.id}});
    }
    std::error_code ec;
    fs::create_directories(folder(), ec);
    if (ec) {
        return Error("file.mkdir", {{"file", folder().string()}}, ec.message());
    }
    makePrivateFolder(folder());
    incident.updatedAt = m_clock.now();
    WriteOptions options;
    options.keepPrevious = true; // "<id>.json.bak": what list() restores if the file is damaged
    options.privateFile = true;
    return writeFileAtomically(fileFor(incident.id), incidentToJson(incident).dump(2) + "\n", options);
}

Result<Incident> IncidentStore::create(Incident incident)
{
    incident.id = nextId();
    if (incident.id.empty()) {
        return Error("incident_bad_id", {{"id", ""}}, "no free id left today");
    }
    incident.createdAt = m_clock.now();
    if (auto st = save(incident); !st) {
        return st.error();
    }
    return incident;
}

Result<Incident> IncidentStore::load(const std::string& id) const
{
    std::error_code ec;
    if (!isIncidentId(id) || !fs::exists(fileFor(id), ec)) {
        return notFound(id);
    }
    return loadIncidentFile(fileFor(id));
}

IncidentList IncidentStore::list() const
{
    IncidentList out;
    std::error_code ec;
    if (!fs::is_directory(folder(), ec)) {
        return out;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder(), ec)) {
        const fs::path& p = entry.path();
        if (entry.is_regular_file() && p.extension() == ".json" && isIncidentId(p.stem().string())) {
            files.push_back(p);
        }
    }
    for (const fs::path& p : files) {
        std::vector<JsonIssue> issues;
        auto loaded = loadIncidentFile(p, &issues);
        if (loaded && loaded->id != p.stem().string()) {
            JsonIssue i;
            i.file = p;
            i.pointer = "/id";
            i.message = "the id \"" + loaded->id + "\" does not match the file name";
            issues.push_back(i);
            loaded = Error("incident_invalid", {{"file", p.string()}, {"pointer", "/id"}}, i.message);
        }
        if (loaded) {
            out.incidents.push_back(std::move(*loaded));
            continue;
        }
        IncidentProblem problem;
        problem.file = p;
        problem.error = loaded.error();
        problem.issues = std::move(issues);
        if (auto aside = moveAside(p, stampFor(m_clock.now()))) {
            problem.movedTo = *aside;
            // The previous save, if sound and the same incident, takes the damaged file's place.
            const fs::path bak = p.string() + ".bak";
            auto previous = fs::exists(bak, ec) ? loadIncidentFile(bak) : Result<Incident>(Error("file.read"));
            if (previous && previous->id == p.stem().string()) {
                WriteOptions options;
                options.keepPrevious = false;
                if (auto text = readFile(bak); text && writeFileAtomically(p, *text, options)) {
                    problem.restored = true;
                    out.incidents.push_back(std::move(*previous));
                }
            }
        }
        out.problems.push_back(std::move(problem));
    }
    std::sort(out.incidents.begin(), out.incidents.end(), [](const Incident& a, const Incident& b) {
        if (a.closedAt.has_value() != b.closedAt.has_value()) {
            return !a.closedAt.has_value();
        }
        if (a.createdAt != b.createdAt) {
            return a.createdAt > b.createdAt;
        }
        return a.id > b.id;
    });
    return out;
}

Result<Incident> IncidentStore::change(const std::string& id, const std::function<void(Incident&)>& edit)
{
    auto inc = load(id);
    if (!inc) {
        return inc;
    }
    edit(*inc);
    if (auto st = save(*inc); !st) {
        return st.error();
    }
    return inc;
}

Result<Incident> IncidentStore::addFileEvidence(const std::string& id,
                                                const fs::path& file,
                                                Evidence::Type type,
                                                const std::string& description)
{
    std::error_code ec;
    const fs::path absolute = fs::absolute(file, ec).lexically_normal();
    auto digest = sha256File(absolute);
    if (!digest) {
        return digest.error();
    }
    return change(id, [&](Incident& inc) {
        Evidence e;
        e.type = type;
        e.path = absolute.string();
        e.sha256 = *digest;
        e.description = description;
        e.addedAt = m_clock.now();
        inc.evidence.push_back(std::move(e));
    });
}

Result<Incident> IncidentStore::addUrlEvidence(const std::string& id,
                                               const std::string& url,
                                               const std::string& description)
{
    return change(id, [&](Incident& inc) {
        Evidence e;
        e.type = Evidence::Type::Url;
        e.url = url;
        e.description = description;
        e.addedAt = m_clock.now();
        inc.evidence.push_back(std::move(e));
    });
}

Result<Incident> IncidentStore::addMessageEvidence(const std::string& id,
                                                   const std::string& text,
                                                   const std::string& description)
{
    return change(id, [&](Incident& inc) {
        Evidence e;
        e.type = Evidence::Type::Message;
        e.text = text;
        e.description = description;
        e.addedAt = m_clock.now();
        inc.evidence.push_back(std::move(e));
    });
}

Result<Incident> IncidentStore::recordAction(const std::string& id, const std::string& stepId, const std::string& text)
{
    return change(id, [&](Incident& inc) { inc.actions.push_back({stepId, text, m_clock.now()}); });
}

Result<Incident> IncidentStore::recordNotification(const std::string& id,
                                                   const std::string& to,
                                                   const std::string& channel,
                                                   const std::string& reference)
{
    return change(id, [&](Incident& inc) {
        inc.notifications.push_back({to, channel, reference, m_clock.now()});
        if (to == "provider" && !reference.empty()) {
            inc.providerTicket = reference;
        }
    });
}

Result<Incident> IncidentStore::close(const std::string& id)
{
    return change(id, [&](Incident& inc) { inc.closedAt = m_clock.now(); });
}

Result<Incident> IncidentStore::reopen(const std::string& id)
{
    return change(id, [&](Incident& inc) { inc.closedAt.reset(); });
}

Status IncidentStore::remove(const std::string& id)
{
    std::error_code ec;
    if (!isIncidentId(id) || !fs::exists(fileFor(id), ec)) {
        return notFound(id);
    }
    for (const fs::path& p : {fileFor(id), fs::path(fileFor(id).string() + ".bak")}) {
        fs::remove(p, ec);
        if (ec) {
            return Error("file.write", {{"file", p.string()}}, ec.message());
        }
    }
    return Ok{};
}

Status IncidentStore::exportTo(const std::string& id, const fs::path& out) const
{
    auto inc = load(id);
    if (!inc) {
        return inc.error();
    }
    WriteOptions options;
    options.keepPrevious = false;
    options.privateFile = true;
    return writeFileAtomically(out, incidentToJson(*inc).dump(2) + "\n", options);
}

Result<Incident> IncidentStore::importFrom(const fs::path& file,
                                           const fs::path& contentDir,
                                           std::vector<JsonIssue>* issuesOut)
{
    std::vector<JsonIssue> local;
    std::vector<JsonIssue>& issues = issuesOut != nullptr ? *issuesOut : local;
    JsonIssue syntax;
    auto doc = loadJsonFile(file, &syntax);
    if (!doc) {
        if (!syntax.message.empty()) {
            issues.push_back(syntax);
        }
        return doc.error();
    }
    auto validator = SchemaValidator::fromFile(contentDir / "schema" / "incident.schema.json");
    if (!validator) {
        return validator.error();
    }
    const std::vector<JsonIssue> schemaIssues = validator->validate(*doc, file);
    if (!schemaIssues.empty()) {
        issues.insert(issues.end(), schemaIssues.begin(), schemaIssues.end());
        return Error("incident_invalid",
                     {{"file", file.string()}, {"pointer", schemaIssues.front().pointer}},
                     schemaIssues.front().message);
    }
    auto inc = incidentFromJson(*doc, file, &issues);
    if (!inc) {
        return inc;
    }
    std::error_code ec;
    if (!isIncidentId(inc->id) || fs::exists(fileFor(inc->id), ec)) {
        inc->id = nextId();
    }
    if (auto st = save(*inc); !st) {
        return st.error();
    }
    return inc;
}

} // namespace auditor
