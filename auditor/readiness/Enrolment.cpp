#include "readiness/Enrolment.h"

#include "common/Clock.h"
#include "common/Digest.h"
#include "common/Files.h"

#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <optional>
#include <stdexcept>
#include <system_error>

namespace auditor {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::string_view kCodePrefix = "AAP1-";
constexpr std::size_t kChecksumLength = 8;
const char* const kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64UrlEncode(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16)
            | (static_cast<unsigned char>(bytes[i + 1]) << 8) | static_cast<unsigned char>(bytes[i + 2]);
        out += kBase64Url[(v >> 18) & 63];
        out += kBase64Url[(v >> 12) & 63];
        out += kBase64Url[(v >> 6) & 63];
        out += kBase64Url[v & 63];
    }
    if (const std::size_t rest = bytes.size() - i; rest > 0) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (rest == 2) {
            v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        }
        out += kBase64Url[(v >> 18) & 63];
        out += kBase64Url[(v >> 12) & 63];
        if (rest == 2) {
            out += kBase64Url[(v >> 6) & 63];
        }
    }
    return out; // no padding: '=' does not survive every chat program
}

int base64UrlValue(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '-') {
        return 62;
    }
    if (c == '_') {
        return 63;
    }
    return -1;
}

std::optional<std::string> base64UrlDecode(std::string_view text)
{
    if (text.size() % 4 == 1) {
        return std::nullopt;
    }
    std::string out;
    out.reserve(text.size() * 3 / 4);
    unsigned acc = 0;
    int bits = 0;
    for (char c : text) {
        const int v = base64UrlValue(c);
        if (v < 0) {
            return std::nullopt;
        }
        acc = (acc << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xFF);
        }
    }
    return out;
}

bool isCodeChar(char c)
{
    return base64UrlValue(c) >= 0;
}

bool isHex(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

std::string checksumOf(std::string_view bytes)
{
    auto digest = sha256Hex(bytes);
    return digest ? digest->substr(0, kChecksumLength) : std::string();
}

std::string stampNow()
{
    std::string stamp
        = formatIsoUtc(std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    return stamp;
}

/** Moves a replaced (not damaged) file aside as "<name>.previous-<stamp>", never overwriting one. */
Result<fs::path> keepPrevious(const fs::path& path)
{
    return moveAside(path, stampNow(), "previous");
}

std::string randomHex(std::size_t bytes)
{
    std::vector<unsigned char> raw(bytes);
    if (RAND_bytes(raw.data(), static_cast<int>(raw.size())) != 1) {
        throw std::runtime_error("RAND_bytes failed");
    }
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char b : raw) {
        out += hex[b >> 4];
        out += hex[b & 0xF];
    }
    return out;
}

bool isPersonId(const std::string& id)
{
    return id.size() == 32
        && std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

std::string encodeProfileCode(const json& profile)
{
    const std::string compact = profile.dump();
    return std::string(kCodePrefix) + base64UrlEncode(compact) + "-" + checksumOf(compact);
}

Result<json> decodeProfileCode(std::string_view text)
{
    const std::size_t start = text.find(kCodePrefix);
    if (start == std::string_view::npos) {
        return Error("profile_code.format", {}, "no \"AAP1-\" in the text");
    }
    // The code's characters, skipping the line breaks and quote marks ("> ") a chat program adds.
    std::string run;
    bool lineStart = false;
    for (std::size_t i = start + kCodePrefix.size(); i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r') {
            lineStart = true;
            continue;
        }
        if (c == ' ' || c == '\t') {
            continue;
        }
        if (lineStart && c == '>') {
            continue;
        }
        lineStart = false;
        if (!isCodeChar(c)) {
            break;
        }
        run += c;
    }
    // The checksum follows the last '-' that has 8 hex digits after it and a matching body;
    // whatever a chat program glued on after it is ignored.
    bool sawCandidate = false;
    for (std::size_t dash = run.rfind('-'); dash != std::string::npos && dash > 0; dash = run.rfind('-', dash - 1)) {
        if (run.size() < dash + 1 + kChecksumLength
            || !std::all_of(run.begin() + static_cast<long>(dash) + 1,
                            run.begin() + static_cast<long>(dash + 1 + kChecksumLength),
                            isHex)) {
            continue;
        }
        sawCandidate = true;
        std::string sum = run.substr(dash + 1, kChecksumLength);
        std::transform(sum.begin(), sum.end(), sum.begin(), [](char c) {
            return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        });
        const auto body = base64UrlDecode(std::string_view(run).substr(0, dash));
        if (!body || checksumOf(*body) != sum) {
            continue;
        }
        JsonIssue issue;
        auto doc = parseJson(*body, "profile code", &issue);
        if (!doc || !doc->is_object()) {
            return Error("profile_code.format", {}, "the code's content is not a JSON object");
        }
        return *doc;
    }
    if (!sawCandidate) {
        return Error("profile_code.format", {}, "the code has no checksum: it may be cut short");
    }
    return Error("profile_code.checksum", {}, "the checksum does not match: the code was changed or cut short");
}

fs::path installedProfilePath(const fs::path& dataDir)
{
    return dataDir / "org-profile.json";
}

fs::path membershipPath(const fs::path& dataDir)
{
    return dataDir / "membership.json";
}

Result<FullProfile> loadFullProfile(const fs::path& file, const fs::path& contentDir, std::vector<JsonIssue>* issues)
{
    auto loaded = loadOrgProfile(file, contentDir, issues);
    if (!loaded) {
        return loaded.error();
    }
    auto readiness = readReadinessProfile(*loaded, issues, file);
    if (!readiness) {
        return readiness.error();
    }
    return FullProfile{std::move(*loaded), std::move(*readiness)};
}

Result<FullProfile> checkProfileJson(const json& profile,
                                     const fs::path& contentDir,
                                     const fs::path& stagingDir,
                                     std::vector<JsonIssue>* issuesOut,
                                     const fs::path& origin)
{
    std::vector<JsonIssue> local;
    std::vector<JsonIssue>& issues = issuesOut ? *issuesOut : local;
    const std::size_t before = issues.size();
    std::error_code ec;
    fs::create_directories(stagingDir, ec);
    const fs::path staging = stagingDir / (".org-profile.incoming-" + randomHex(4) + ".json");
    if (auto st = writeFileAtomically(staging, profile.dump(2) + "\n", WriteOptions{false, true}); !st) {
        return st.error();
    }
    auto full = loadFullProfile(staging, contentDir, &issues);
    fs::remove(staging, ec);
    for (std::size_t i = before; i < issues.size(); ++i) {
        if (issues[i].file == staging) {
            issues[i].file = origin;
        }
    }
    if (!full) {
        Error e = full.error();
        if (e.params.count("file") && e.params["file"] == staging.string()) {
            e.params["file"] = origin.string();
        }
        return e;
    }
    return full;
}

Status saveProfileFile(const fs::path& file, const json& profile)
{
    return writeFileAtomically(file, profile.dump(2) + "\n", WriteOptions{true, true});
}

Result<LoadedOrgProfile> installProfile(const fs::path& dataDir,
                                        const fs::path& contentDir,
                                        const json& profile,
                                        std::vector<JsonIssue>* issues,
                                        const fs::path& origin)
{
    json clean = profile;
    clean.erase("$schema"); // a relative path that means nothing in the data folder
    auto full = checkProfileJson(clean, contentDir, dataDir, issues, origin);
    if (!full) {
        return full.error();
    }
    const std::string text = clean.dump(2) + "\n";
    std::error_code ec;
    const fs::path target = installedProfilePath(dataDir);
    if (fs::exists(target, ec)) {
        auto old = readFile(target);
        if (old && *old == text) {
            return std::move(full->loaded); // the same profile again: nothing to do
        }
        // A different profile (or a damaged file) is kept, never lost.
        if (auto aside = keepPrevious(target); !aside) {
            return aside.error();
        }
    }
    // Private: the enrolment token is inside.
    if (auto st = writeFileAtomically(target, text, WriteOptions{false, true}); !st) {
        return st.error();
    }
    return std::move(full->loaded);
}

json newProfileTemplate(const std::string& id, const std::string& orgName, const std::string& parentName)
{
    json unit{{"name", orgName}};
    if (!parentName.empty()) {
        unit["parent_name"] = parentName;
    }
    return json{
        {"schema_version", 1},
        {"kind", "org_profile"},
        {"id", id},
        {"unit", unit},
        {"units", json::array({{{"id", "main"}, {"name", orgName}, {"kind", "school"}, {"expected_staff", 0}}})},
        {"requirements", {{"platforms", json::array()}, {"checks", json::array()}}},
        {"recheck", {{"report_every_days", 30}, {"stale_after_days", 45}}},
        {"privacy", {{"name", false}, {"email", false}, {"show_people", false}}}};
}

Result<Membership> loadMembership(const fs::path& dataDir)
{
    const fs::path file = membershipPath(dataDir);
    std::error_code ec;
    if (!fs::exists(file, ec)) {
        return Error("membership.missing", {{"file", file.string()}});
    }
    auto text = readFile(file);
    if (!text) {
        return text.error();
    }
    std::string problem;
    Membership m;
    JsonIssue issue;
    auto doc = parseJson(*text, file, &issue);
    if (!doc) {
        problem = issue.message;
    } else if (!doc->is_object() || doc->value("kind", "") != "membership") {
        problem = "not a membership file";
    } else {
        try {
            m.profileId = doc->value("profile_id", "");
            m.unit = doc->value("unit", "");
            m.personId = doc->value("person_id", "");
            m.name = doc->value("name", "");
            m.email = doc->value("email", "");
        } catch (const json::exception& e) {
            problem = e.what();
        }
        if (problem.empty() && !isPersonId(m.personId)) {
            problem = "person_id is not 32 hex digits";
        }
    }
    if (problem.empty()) {
        return m;
    }
    // Never overwrite a damaged file: keep it for inspection, the person joins again.
    auto aside = moveAside(file, stampNow());
    if (!aside) {
        return aside.error();
    }
    return Error("membership.corrupt", {{"file", file.string()}, {"moved_to", aside->string()}}, problem);
}

Status saveMembership(const fs::path& dataDir, const Membership& m)
{
    const json doc{{"schema_version", 1},
                   {"kind", "membership"},
                   {"profile_id", m.profileId},
                   {"unit", m.unit},
                   {"person_id", m.personId},
                   {"name", m.name},
                   {"email", m.email}};
    std::error_code ec;
    fs::create_directories(dataDir, ec);
    return writeFileAtomically(membershipPath(dataDir), doc.dump(2) + "\n", WriteOptions{false, true});
}

Membership newMembership(const std::string& profileId,
                         const std::string& unit,
                         const std::string& name,
                         const std::string& email)
{
    return Membership{profileId, unit, randomHex(16), name, email};
}

ReportIdentity reportIdentity(const ReadinessProfile& profile, const Membership& membership)
{
    ReportIdentity id;
    id.profileId = membership.profileId;
    id.unit = membership.unit;
    id.personId = membership.personId;
    if (profile.includeName) {
        id.name = membership.name;
    }
    if (profile.includeEmail) {
        id.email = membership.email;
    }
    return id;
}

void checkRequirements(const ReadinessProfile& profile,
                       const Content& content,
                       std::vector<JsonIssue>& issues,
                       const fs::path& origin)
{
    for (std::size_t i = 0; i < profile.requiredPlatforms.size(); ++i) {
        if (!content.platform(profile.requiredPlatforms[i])) {
            issues.push_back({origin,
                              "/requirements/platforms/" + std::to_string(i),
                              0,
                              0,
                              "the content has no platform \"" + profile.requiredPlatforms[i] + "\""});
        }
    }
    for (std::size_t i = 0; i < profile.requiredChecks.size(); ++i) {
        if (!content.check(profile.requiredChecks[i])) {
            issues.push_back({origin,
                              "/requirements/checks/" + std::to_string(i),
                              0,
                              0,
                              "the content has no check \"" + profile.requiredChecks[i] + "\""});
        }
    }
}

std::string newEnrolmentToken()
{
    std::array<unsigned char, 24> raw{};
    if (RAND_bytes(raw.data(), static_cast<int>(raw.size())) != 1) {
        throw std::runtime_error("RAND_bytes failed");
    }
    return base64UrlEncode(std::string_view(reinterpret_cast<const char*>(raw.data()), raw.size()));
}

std::string maskToken(const std::string& token)
{
    if (token.size() <= 4) {
        return std::string(token.size(), '*');
    }
    return std::string(8, '*') + token.substr(token.size() - 4);
}

} // namespace auditor
