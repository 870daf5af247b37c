#pragma once

#include "common/Result.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace auditor {

/** One problem found in a JSON document: where (file, line or JSON pointer) and what. */
struct JsonIssue
{
    std::filesystem::path file;
    std::string pointer; // JSON pointer ("/checks/2/title/vi"), empty for a syntax error
    int line = 0; // for syntax errors: 1-based line, else 0
    int column = 0;
    std::string message; // technical English, from the parser or validator
};

/** Reads and parses a JSON file; a syntax error names the line and column. */
Result<nlohmann::json> loadJsonFile(const std::filesystem::path& path, JsonIssue* syntaxIssue = nullptr);

/** Parses JSON text; on failure fills `issue` (line, column, message) and returns an error. */
Result<nlohmann::json> parseJson(const std::string& text,
                                 const std::filesystem::path& origin,
                                 JsonIssue* issue = nullptr);

/**
 * A compiled JSON Schema (draft 7) that validates documents and reports every failure with its
 * JSON pointer. Loading the schema is the slow part: keep one per schema.
 */
class SchemaValidator
{
public:
    static Result<SchemaValidator> fromFile(const std::filesystem::path& schemaPath);
    ~SchemaValidator();
    SchemaValidator(SchemaValidator&&) noexcept;
    SchemaValidator& operator=(SchemaValidator&&) noexcept;

    /** Every violation, innermost first per location; empty when the document is valid. */
    std::vector<JsonIssue> validate(const nlohmann::json& document, const std::filesystem::path& file) const;

private:
    SchemaValidator();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/**
 * Reads `file` and validates it against the schema at `schemaPath`. Every problem (an unreadable
 * schema, a syntax error with its line, each schema violation with its pointer) is appended to
 * `issues`; the document is returned only when there was none.
 */
std::optional<nlohmann::json> loadValidatedJson(const std::filesystem::path& file,
                                                const std::filesystem::path& schemaPath,
                                                std::vector<JsonIssue>& issues);

} // namespace auditor
