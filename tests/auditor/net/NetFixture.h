#pragma once

#include "TestServer.h"
#include "TestSupport.h"

#include "net/HttpClient.h"

namespace auditor::test {

/**
 * Installs the client's test hooks for one test: trust only the test CA, allow loopback and any
 * port, and resolve the test's names to 127.0.0.1. Removed when the object goes.
 */
class NetHooks
{
public:
    explicit NetHooks(const TestPki& pki, bool allowLoopback = true)
    {
        net::TestHooks hooks;
        hooks.extraCaPem = pki.ca.certificatePem;
        hooks.skipSystemStore = true;
        hooks.allowLoopback = allowLoopback;
        hooks.allowAnyPort = true;
        for (const char* name : {"good.test", "other.test", "shop.test", "login.test", "evil.test"}) {
            hooks.resolve[name] = "127.0.0.1";
        }
        hooks.resolve["intranet.test"] = "10.1.2.3";
        hooks.resolve["mapped.test"] = "::ffff:127.0.0.1";
        net::setTestHooks(hooks);
    }
    ~NetHooks()
    {
        net::setTestHooks(std::nullopt);
    }
    NetHooks(const NetHooks&) = delete;
    NetHooks& operator=(const NetHooks&) = delete;
};

/** Short timeouts so the failure tests end quickly. */
inline net::ClientSettings quickSettings()
{
    net::ClientSettings s;
    s.stepTimeout = std::chrono::milliseconds(2000);
    s.deadline = std::chrono::milliseconds(6000);
    return s;
}

inline std::string at(const char* host,
                      const TestServer& server,
                      const std::string& path = "/",
                      const char* scheme = "https")
{
    return std::string(scheme) + "://" + host + ":" + std::to_string(server.port()) + path;
}

} // namespace auditor::test
