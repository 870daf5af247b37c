#pragma once

#include "passwords/RangeApi.h"

namespace auditor::net {
class HttpClient;
}

namespace auditor::passwords {

/**
 * The range fetcher over our HTTPS client: GET https://api.pwnedpasswords.com/range/XXXXX with
 * rangeRequest()'s headers (fixed User-Agent, Add-Padding). Anything but a 200 answer is an
 * Error ("password.fetch_failed", with the network error or the status), never "not exposed".
 * `client` must outlive the fetcher.
 */
RangeFetcher httpsRangeFetcher(const net::HttpClient& client);

} // namespace auditor::passwords
