#pragma once

#include "common/Clock.h"
#include "common/Json.h"
#include "common/Result.h"
#include "incidents/Incident.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace auditor {

/** An incident file that could not be read during list(): it was moved aside, never overwritten. */
struct IncidentProblem
{
    std::filesystem::path file;
    std::optional<std::filesystem::path> movedTo; // unset if even moving it aside failed
    bool restored = false; // the previous copy (<id>.json.bak) was sound and took its place
    Error error;
    std::vector<JsonIssue> issues;
};

struct IncidentList
{
    std::vector<Incident> incidents; // open ones first, then newest (createdAt) first
    std::vector<IncidentProblem> problems;
};

/**
 * The user's incidents: one JSON file per incident in `<data dir>/incidents/<id>.json`, readable
 * by the user only (0600, folder 0700 on POSIX) because they hold CCCD numbers and addresses.
 * Every write is atomic and keeps the previous copy as "<id>.json.bak", restored when the file
 * itself is found damaged (as the progress store does). Error codes: "incident_not_found", "incident_invalid",
 * "incident_bad_id", "incident_exists", "file.*".
 */
class IncidentStore
{
public:
    IncidentStore(std::filesystem::path dataDir, const Clock& clock);

    std::filesystem::path folder() const;
    std::filesystem::path fileFor(const std::string& id) const;

    /** A new id "inc-YYYYMMDD-NNNN" (UTC date of the clock), the first number not in use that day. */
    std::string nextId() const;

    /** Gives `incident` a new id and creation time and saves it. */
    Result<Incident> create(Incident incident);

    IncidentList list() const;
    Result<Incident> load(const std::string& id) const;
    /** Writes the incident, setting updatedAt to now. */
    Status save(Incident& incident) const;

    /** Records a file as evidence: its absolute path and its SHA-256 computed now. */
    Result<Incident> addFileEvidence(const std::string& id,
                                     const std::filesystem::path& file,
                                     Evidence::Type type = Evidence::Type::File,
                                     const std::string& description = {});
    Result<Incident> addUrlEvidence(const std::string& id, const std::string& url, const std::string& description = {});
    Result<Incident> addMessageEvidence(const std::string& id,
                                        const std::string& text,
                                        const std::string& description = {});
    /** A step of the guided flow (stepId) or a free action (empty stepId), done now. */
    Result<Incident> recordAction(const std::string& id, const std::string& stepId, const std::string& text);
    /** Someone was told; a provider notification with a reference also sets the provider ticket. */
    Result<Incident> recordNotification(const std::string& id,
                                        const std::string& to,
                                        const std::string& channel,
                                        const std::string& reference = {});
    Result<Incident> close(const std::string& id);
    Result<Incident> reopen(const std::string& id);
    /** Removes the incident's file and its previous copy: nothing is left behind. */
    Status remove(const std::string& id);

    /** Writes the incident to `out` (0600), as stored. */
    Status exportTo(const std::string& id, const std::filesystem::path& out) const;
    /**
     * Reads an incident exported elsewhere, validated against checks/schema/incident.schema.json
     * in `contentDir`; an id already in use gets a new one. Problems carry file and pointer.
     */
    Result<Incident> importFrom(const std::filesystem::path& file,
                                const std::filesystem::path& contentDir,
                                std::vector<JsonIssue>* issues = nullptr);

private:
    Result<Incident> change(const std::string& id, const std::function<void(Incident&)>& edit);

    std::filesystem::path m_dataDir;
    const Clock& m_clock;
};

/** True for ids of the form "inc-YYYYMMDD-NNNN" (also what keeps ids from naming other files). */
bool isIncidentId(const std::string& id);

} // namespace auditor
