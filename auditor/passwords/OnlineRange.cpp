#include "passwords/OnlineRange.h"

#include "net/HttpClient.h"

namespace auditor::passwords {

RangeFetcher httpsRangeFetcher(const net::HttpClient& client)
{
    return makeRangeFetcher([&client](std::string_view host, const RangeRequest& request) -> Result<std::string> {
        std::vector<net::Header> headers;
        for (const auto& [name, value] : request.headers) {
            headers.push_back({name, value});
        }
        net::FetchResult r = client.fetch("GET", "https://" + std::string(host) + request.path, headers);
        if (r.error) {
            Error e("password.fetch_failed",
                    r.error->params,
                    r.error->code + (r.error->detail.empty() ? "" : ": " + r.error->detail));
            return e;
        }
        if (r.status != 200) {
            return Error(
                "password.fetch_failed", {{"status", std::to_string(r.status)}}, "HTTP " + std::to_string(r.status));
        }
        if (r.bodyTruncated) {
            return Error("password.fetch_failed", {}, "answer larger than the client's limit");
        }
        return std::move(r.body);
    });
}

} // namespace auditor::passwords
