#pragma once

#include "common/Clock.h"
#include "common/Json.h"
#include "common/Result.h"
#include "incidents/Incident.h"
#include "incidents/NoticeDocument.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace auditor {

class Content;
struct Directory;
struct OrgProfile;

/**
 * The wording of the notices: checks/notices/<kind>.json, one file per NoticeKind, each text in
 * `vi` and `en`, some per incident kind, with `{placeholders}`. Loaded once and validated against
 * checks/schema/notice.schema.json.
 */
class NoticeTemplates
{
public:
    /** Every problem goes to `issues` (file + JSON pointer or line); the error is "notice.templates_invalid". */
    static Result<NoticeTemplates> load(const std::filesystem::path& contentDir,
                                        std::vector<JsonIssue>* issues = nullptr);

    /**
     * The text `key` of a notice kind in `lang`, for `incident` where the text differs per incident
     * kind, with `{name}` placeholders filled from `params` (unknown ones are left visible). A missing
     * key gives "{kind.key}" so that a gap shows in the document and in tests instead of vanishing.
     */
    std::string text(NoticeKind notice,
                     const std::string& key,
                     IncidentKind incident,
                     const std::string& lang,
                     const std::map<std::string, std::string>& params = {}) const;
    /** A list of texts (`"needed": [{vi,en}, …]`). */
    std::vector<std::string> list(NoticeKind notice, const std::string& key, const std::string& lang) const;
    /** The template file's sources (each with `as_of`). */
    const nlohmann::json& sources(NoticeKind notice) const;

private:
    std::map<NoticeKind, nlohmann::json> m_files;
};

/** Everything besides the incident that the composer reads; nothing here is looked up at random. */
struct NoticeInputs
{
    const NoticeTemplates& templates;
    const Directory& directory;
    const Content* content = nullptr; // platform display names when the directory has no provider entry
    const OrgProfile& profile;
    TimePoint now{}; // the documents' date, in the incident's local time
    std::string language = "vi";
};

/**
 * Composes the chosen documents for an incident. `blank` gives the police report and the unit letter
 * as forms to fill by hand (no personal data); other kinds are not produced blank. Every text is NFC.
 * Superseded bodies of checks/directory are never addressees.
 */
std::vector<NoticeDocument> composeNotices(const Incident& incident,
                                           const NoticeInputs& inputs,
                                           const std::vector<NoticeKind>& kinds,
                                           bool blank);

/** "ngày 05 tháng 01 năm 2026" (Decree 30: day < 10 and months 1, 2 with a leading 0); en: "5 January 2026". */
std::string decreeDate(int year, int month, int day, const std::string& lang);

/** Text in Unicode NFC (ICU Normalizer2). */
std::string toNfc(const std::string& text);

} // namespace auditor
