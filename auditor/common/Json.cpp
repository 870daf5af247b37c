#include "common/Json.h"

#include "common/Files.h"

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <set>

namespace auditor {

namespace {

/** Line and column (1-based) of a byte offset, for parse errors a person can find. */
void lineAndColumn(const std::string& text, std::size_t offset, int& line, int& column)
{
    line = 1;
    column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
}

/** valijson's context ("<root>", "[checks]", "[0]", "[title]") as a JSON pointer ("/checks/0/title"). */
std::string toPointer(const std::vector<std::string>& context)
{
    std::string pointer;
    for (const std::string& part : context) {
        if (part == "<root>") {
            continue;
        }
        std::string token = part;
        if (token.size() >= 2 && token.front() == '[' && token.back() == ']') {
            token = token.substr(1, token.size() - 2);
        }
        if (token.size() >= 2 && token.front() == '"' && token.back() == '"') {
            token = token.substr(1, token.size() - 2);
        }
        std::string escaped;
        for (char c : token) {
            if (c == '~') {
                escaped += "~0";
            } else if (c == '/') {
                escaped += "~1";
            } else {
                escaped += c;
            }
        }
        pointer += "/" + escaped;
    }
    return pointer;
}

} // namespace

Result<nlohmann::json> parseJson(const std::string& text, const std::filesystem::path& origin, JsonIssue* issue)
{
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        JsonIssue local;
        JsonIssue& out = issue ? *issue : local;
        out.file = origin;
        lineAndColumn(text, e.byte > 0 ? e.byte - 1 : 0, out.line, out.column);
        out.message = e.what();
        return Error(
            "json.syntax",
            {{"file", origin.string()}, {"line", std::to_string(out.line)}, {"column", std::to_string(out.column)}},
            e.what());
    }
}

Result<nlohmann::json> loadJsonFile(const std::filesystem::path& path, JsonIssue* syntaxIssue)
{
    auto text = readFile(path);
    if (!text) {
        return text.error();
    }
    return parseJson(*text, path, syntaxIssue);
}

struct SchemaValidator::Impl
{
    nlohmann::json schemaDocument;
    valijson::Schema schema;
};

SchemaValidator::SchemaValidator()
    : m_impl(std::make_unique<Impl>())
{ }
SchemaValidator::~SchemaValidator() = default;
SchemaValidator::SchemaValidator(SchemaValidator&&) noexcept = default;
SchemaValidator& SchemaValidator::operator=(SchemaValidator&&) noexcept = default;

Result<SchemaValidator> SchemaValidator::fromFile(const std::filesystem::path& schemaPath)
{
    auto doc = loadJsonFile(schemaPath);
    if (!doc) {
        return doc.error();
    }
    SchemaValidator validator;
    validator.m_impl->schemaDocument = std::move(*doc);
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::NlohmannJsonAdapter adapter(validator.m_impl->schemaDocument);
        parser.populateSchema(adapter, validator.m_impl->schema);
    } catch (const std::exception& e) {
        return Error("schema.invalid", {{"file", schemaPath.string()}}, e.what());
    }
    return validator;
}

std::vector<JsonIssue> SchemaValidator::validate(const nlohmann::json& document,
                                                 const std::filesystem::path& file) const
{
    // One validator per thread, kept: it caches the compiled regular expressions of the schema's
    // "pattern"s (keyed by the pattern's text), which otherwise cost most of each validation.
    thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter adapter(document);
    std::vector<JsonIssue> issues;
    if (validator.validate(m_impl->schema, adapter, &results)) {
        return issues;
    }
    // valijson reports the failing leaf and then every enclosing subschema ("Failed to validate
    // item #2 in array."): keep the most specific message per pointer and drop the enclosing ones.
    std::vector<JsonIssue> all;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        all.push_back(JsonIssue{file, toPointer(error.context), 0, 0, error.description});
    }
    std::set<std::string> seen;
    for (const JsonIssue& issue : all) {
        bool enclosing = false;
        for (const JsonIssue& other : all) {
            if (other.pointer.size() > issue.pointer.size() && other.pointer.rfind(issue.pointer + "/", 0) == 0) {
                enclosing = true;
                break;
            }
        }
        const bool generic = issue.message.rfind("Failed to validate", 0) == 0;
        if ((enclosing || generic) && all.size() > 1) {
            continue;
        }
        if (seen.insert(issue.pointer + "\n" + issue.message).second) {
            issues.push_back(issue);
        }
    }
    if (issues.empty()) {
        issues.push_back(all.front());
    }
    return issues;
}

std::optional<nlohmann::json> loadValidatedJson(const std::filesystem::path& file,
                                                const std::filesystem::path& schemaPath,
                                                std::vector<JsonIssue>& issues)
{
    auto validator = SchemaValidator::fromFile(schemaPath);
    if (!validator) {
        issues.push_back({schemaPath, "", 0, 0, validator.error().detail});
        return std::nullopt;
    }
    JsonIssue syntax;
    auto doc = loadJsonFile(file, &syntax);
    if (!doc) {
        issues.push_back(syntax.file.empty() ? JsonIssue{file, "", 0, 0, doc.error().detail} : syntax);
        return std::nullopt;
    }
    auto problems = validator->validate(*doc, file);
    if (!problems.empty()) {
        issues.insert(issues.end(), problems.begin(), problems.end());
        return std::nullopt;
    }
    return std::move(*doc);
}

} // namespace auditor
