#include "readiness/FolderImport.h"

#include "common/Files.h"
#include "readiness/ReportStore.h"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace fs = std::filesystem;

namespace auditor {

namespace {

bool isReportFileName(const fs::path& path)
{
    const std::string name = path.filename().string();
    if (name.empty() || name.front() == '.') {
        return false;
    }
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) {
        return static_cast<char>(std::tolower(c));
    });
    return extension == ".json";
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& item : items) {
        out += (out.empty() ? "" : ", ") + item;
    }
    return out;
}

/** Reads and checks one file; fills `out` and returns the report to store, if it is one to store. */
std::optional<IncomingReport> readOne(const fs::path& file,
                                      const SchemaValidator& validator,
                                      const ImportRules& rules,
                                      TimePoint receivedAt,
                                      ImportedFile& out)
{
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (!ec && size > kMaxReportFileBytes) {
        out.error = Error("report.too_large", {{"file", file.string()}, {"bytes", std::to_string(size)}});
        return std::nullopt;
    }
    auto text = readFile(file);
    if (!text) {
        out.error = Error("report.read", {{"file", file.string()}}, text.error().detail);
        return std::nullopt;
    }
    auto record = parseStaffReport(*text, validator, receivedAt, &out.issues);
    for (JsonIssue& issue : out.issues) {
        issue.file = file;
    }
    if (!record) {
        out.error = record.error();
        out.error.params["file"] = file.string();
        return std::nullopt;
    }
    out.reportId = record->reportId;
    out.personId = record->personId;
    out.unit = record->unit;
    if (rules.profileId && record->profileId != *rules.profileId) {
        out.error = Error("report.wrong_profile",
                          {{"file", file.string()}, {"found", record->profileId}, {"expected", *rules.profileId}});
        out.issues.push_back({file, "/profile_id", 0, 0, "the report is of profile \"" + record->profileId + "\""});
        return std::nullopt;
    }
    if (!rules.units.empty() && std::find(rules.units.begin(), rules.units.end(), record->unit) == rules.units.end()) {
        out.error = Error("report.unknown_unit",
                          {{"file", file.string()}, {"unit", record->unit}, {"units", joined(rules.units)}});
        out.issues.push_back({file, "/unit", 0, 0, "unit \"" + record->unit + "\" is not in the profile"});
        return std::nullopt;
    }
    return IncomingReport{std::move(*record), std::move(*text)};
}

} // namespace

Result<FolderImport> importReportFolder(const fs::path& dir,
                                        ReportStore& store,
                                        const SchemaValidator& validator,
                                        const ImportRules& rules,
                                        TimePoint receivedAt)
{
    std::error_code ec;
    std::vector<fs::path> files;
    fs::directory_iterator it(dir, ec);
    if (ec || !fs::is_directory(dir)) {
        return Error("store.import_folder", {{"file", dir.string()}}, ec ? ec.message() : "not a folder");
    }
    for (const fs::directory_entry& entry : it) {
        std::error_code typeError;
        if (entry.is_regular_file(typeError) && isReportFileName(entry.path())) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
        return a.filename().string() < b.filename().string();
    });

    FolderImport result;
    std::vector<IncomingReport> toStore;
    std::vector<std::size_t> storedIndex; // toStore[i] is result.files[storedIndex[i]]
    for (const fs::path& file : files) {
        ImportedFile imported;
        imported.file = file;
        if (auto report = readOne(file, validator, rules, receivedAt, imported)) {
            storedIndex.push_back(result.files.size());
            toStore.push_back(std::move(*report));
        }
        result.files.push_back(std::move(imported));
    }
    if (!toStore.empty()) {
        auto put = store.putMany(toStore);
        if (!put) {
            return put.error();
        }
        for (std::size_t i = 0; i < put->size(); ++i) {
            ImportedFile& imported = result.files[storedIndex[i]];
            const PutResult& r = (*put)[i];
            imported.newestForPerson = r.newestForPerson;
            switch (r.outcome) {
            case PutOutcome::Stored:
                imported.outcome = ImportedFile::Outcome::Stored;
                break;
            case PutOutcome::Duplicate:
                imported.outcome = ImportedFile::Outcome::Duplicate;
                break;
            case PutOutcome::Conflict:
                imported.outcome = ImportedFile::Outcome::Refused;
                imported.error
                    = Error("report.conflict", {{"file", imported.file.string()}, {"report_id", imported.reportId}});
                imported.issues.push_back(
                    {imported.file, "/report_id", 0, 0, "another report with this id is already stored"});
                break;
            }
        }
    }
    for (const ImportedFile& f : result.files) {
        result.stored += f.outcome == ImportedFile::Outcome::Stored;
        result.duplicates += f.outcome == ImportedFile::Outcome::Duplicate;
        result.refused += f.outcome == ImportedFile::Outcome::Refused;
    }
    return result;
}

} // namespace auditor
