#include "passwords/RangeApi.h"

#include "passwords/HashLine.h"
#include "passwords/PasswordHash.h"

#include <algorithm>
#include <exception>
#include <optional>

namespace auditor::passwords {

namespace {

bool isHex(std::string_view text, std::size_t length)
{
    return text.size() == length && std::all_of(text.begin(), text.end(), isHexDigit);
}

} // namespace

Result<RangeRequest> rangeRequest(std::string_view prefix5)
{
    if (!isHex(prefix5, PasswordHash::kPrefixLength)) {
        return Error("password.bad_prefix", {}, "the range prefix must be 5 hex characters");
    }
    RangeRequest request;
    request.path = "/range/";
    for (char c : prefix5) {
        request.path += upperHex(c);
    }
    request.headers = {
        {"User-Agent", std::string(kRangeApiUserAgent)},
        // Pads the answer to 800-1,000 lines with count-0 entries, so its size does not tell an
        // observer of the encrypted traffic which prefix was asked for (Cloudflare, 2020).
        {"Add-Padding", "true"},
    };
    return request;
}

/*
 * Called once per online check with the body the fetcher returned. Every line is validated, not
 * only up to the match: a body that is not a range answer at all (a captive portal's page, a
 * truncated transfer) must fail as a whole rather than pass as "not found".
 */
Result<std::uint64_t> parseRangeResponse(std::string_view body, std::string_view suffix35)
{
    if (!isHex(suffix35, PasswordHash::kSuffixLength)) {
        return Error("password.bad_suffix", {}, "the suffix must be 35 hex characters");
    }
    std::uint64_t found = 0;
    std::size_t lineNumber = 0;
    std::size_t lines = 0;
    std::size_t start = 0;
    while (start < body.size()) {
        std::size_t end = body.find('\n', start);
        if (end == std::string_view::npos) {
            end = body.size();
        }
        const std::string_view line = body.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        const auto entry = parseHashLine(line, PasswordHash::kSuffixLength);
        if (!entry) {
            return Error("password.range_malformed",
                         {{"line", std::to_string(lineNumber)}},
                         "expected 35 hex characters, ':' and a count");
        }
        ++lines;
        // Count 0 is padding (Add-Padding: true), never a real match.
        if (entry->count > 0 && compareHex(entry->hex, suffix35) == 0) {
            found = std::max(found, entry->count);
        }
    }
    if (lines == 0) {
        return Error("password.range_empty", {}, "the range answer has no line");
    }
    return found;
}

RangeFetcher makeRangeFetcher(HttpsGet get)
{
    return [get = std::move(get)](std::string_view prefix5) -> Result<std::string> {
        if (!get) {
            return Error("password.no_fetcher", {}, "no HTTPS client was given");
        }
        const auto request = rangeRequest(prefix5);
        if (!request) {
            return request.error();
        }
        return get(kRangeApiHost, *request);
    };
}

Result<Exposure> checkOnline(const SecretString& password, const RangeFetcher& fetch)
{
    // The result is a failure until the very end: only a parsed answer turns it into a value.
    Result<Exposure> result = Error("password.check_incomplete");
    if (!fetch) {
        return Error("password.no_fetcher", {}, "no range fetcher was given");
    }
    // 1. Hash locally; only the 5-character prefix is handed out.
    const auto hash = PasswordHash::of(password);
    if (!hash) {
        return hash.error();
    }
    // 2. Fetch the range. A fetcher that throws is a failure like one that returns an Error.
    std::optional<Result<std::string>> body;
    try {
        body.emplace(fetch(hash->prefix()));
    } catch (const std::exception& e) {
        return Error("password.fetch_failed", {}, e.what());
    } catch (...) {
        return Error("password.fetch_failed", {}, "unknown exception");
    }
    if (!*body) {
        return body->error();
    }
    // 3. Match the suffix locally.
    const auto count = parseRangeResponse(**body, hash->suffix());
    if (!count) {
        return count.error();
    }
    result = Exposure{*count, ExposureSource::RangeApi};
    return result;
}

} // namespace auditor::passwords
