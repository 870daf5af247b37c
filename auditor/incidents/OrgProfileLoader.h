#pragma once

#include "common/Json.h"
#include "common/Result.h"
#include "incidents/OrgProfile.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <vector>

namespace auditor {

struct Directory;

/** A profile as read from its file: the incident part, and the keys other parts read. */
struct LoadedOrgProfile
{
    OrgProfile profile;
    /** Top-level keys this loader does not read (units, required checks, collector), kept as they are. */
    nlohmann::json otherKeys = nlohmann::json::object();
};

/**
 * Reads an organisation profile (checks/schema/org-profile.schema.json) and checks each entry of
 * directory_overrides against the directory's own schema (checks/schema/directory.schema.json),
 * so an override has the same shape as the entry it replaces. Problems go to `issues` with the
 * profile's file and JSON pointer ("/directory_overrides/authorities/0/name"); then "org_profile.invalid".
 */
Result<LoadedOrgProfile> loadOrgProfile(const std::filesystem::path& file,
                                        const std::filesystem::path& contentDir,
                                        std::vector<JsonIssue>* issues = nullptr);

/**
 * Applies the profile's authority and channel entries to the directory: an entry replaces the
 * directory's entry with its id; an id the directory lacks is added only when the entry says
 * "add": true (a channel goes to the provider its id names), else it is an error at its pointer,
 * since a mistyped id would otherwise silently leave the default in place. Recipients and the
 * province must name known ids afterwards. On any problem the directory is left unchanged.
 * `origin` names the profile file in the issues.
 */
Status applyProfile(Directory& directory,
                    const OrgProfile& profile,
                    std::vector<JsonIssue>* issues = nullptr,
                    const std::filesystem::path& origin = {});

} // namespace auditor
