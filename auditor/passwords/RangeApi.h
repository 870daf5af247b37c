#pragma once

#include "common/Result.h"
#include "passwords/Exposure.h"
#include "passwords/SecretString.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace auditor::passwords {

/**
 * The Pwned Passwords range API (k-anonymity), see /work/shared/reference/pwned-passwords.md §1:
 * GET https://api.pwnedpasswords.com/range/{first 5 hex of the SHA-1}; the answer lists
 * "SUFFIX:COUNT" lines for every hash with that prefix, padded with count-0 lines.
 *
 * This file holds what does not touch the network: the request to send, the parsing of the answer,
 * and the check itself over a pluggable RangeFetcher (the HTTPS client in auditor/net, or a test).
 */

inline constexpr std::string_view kRangeApiHost = "api.pwnedpasswords.com";
/** Fixed and non-identifying, as KeePassXC does: no version, no platform. */
inline constexpr std::string_view kRangeApiUserAgent = "AccountAuditor";

/** What to send for one prefix: GET `path` on kRangeApiHost over HTTPS, with `headers`. */
struct RangeRequest
{
    std::string path; // "/range/0BEEC"
    std::vector<std::pair<std::string, std::string>> headers; // User-Agent, Add-Padding: true
};

/** The request for a 5-hex-character prefix (upper-cased); error "password.bad_prefix" otherwise. */
Result<RangeRequest> rangeRequest(std::string_view prefix5);

/**
 * The count for `suffix35` in a range response body: 0 when absent or present only as padding
 * (count 0). Lines end in LF or CRLF; a final newline is optional; case is ignored.
 * Errors: "password.range_malformed" with {line} (1-based) for a line that is not SUFFIX:COUNT,
 * "password.range_empty" for a body with no line at all (a real answer never is: even unpadded,
 * every prefix has hundreds of entries), "password.bad_suffix" when `suffix35` is not 35 hex.
 */
Result<std::uint64_t> parseRangeResponse(std::string_view body, std::string_view suffix35);

/**
 * Fetches the body of GET /range/<prefix5> (see rangeRequest), or an Error. It receives only the
 * five-character prefix; the view is valid during the call only.
 */
using RangeFetcher = std::function<Result<std::string>(std::string_view prefix5)>;

/**
 * What the HTTPS client (auditor/net) offers: GET https://`host``request.path` with
 * `request.headers`, returning the body of a 200 answer or an Error.
 */
using HttpsGet = std::function<Result<std::string>(std::string_view host, const RangeRequest& request)>;

/**
 * A RangeFetcher over `get`: checks the prefix, builds rangeRequest(prefix) and asks kRangeApiHost,
 * so every caller sends the same path and headers.
 */
RangeFetcher makeRangeFetcher(HttpsGet get);

/**
 * Is `password` in the Pwned Passwords data? Hashes it, hands only the prefix to `fetch`, matches
 * the suffix locally. Any failure (hashing, the fetcher's own Error or exception, a malformed
 * answer) comes back as an Error, never as "not exposed". The caller asks for consent first and
 * de-duplicates passwords; this makes exactly one fetch per call.
 */
Result<Exposure> checkOnline(const SecretString& password, const RangeFetcher& fetch);

} // namespace auditor::passwords
