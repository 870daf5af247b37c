#pragma once

// Reports for the collector's tests and benchmark, made from tests/data/collector-report.json
// (a full version 2 report of the profile tests/data/collector-org-profile.json).

#include "TestConfig.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace auditor::test {

/** The enrolment token of tests/data/collector-org-profile.json. */
inline const std::string kCollectorToken = "kh-2030-enrol-7f3a9c21d4e8b605";

inline const nlohmann::json& collectorReportTemplate()
{
    static const nlohmann::json report = [] {
        std::ifstream in(TEST_DATA_DIR "/collector-report.json");
        std::stringstream text;
        text << in.rdbuf();
        return nlohmann::json::parse(text.str());
    }();
    return report;
}

/** 32 hex digits made from a number and a salt, so that ids differ and tests can name them. */
inline std::string hexId(unsigned long long n, unsigned salt)
{
    char out[33];
    std::snprintf(out, sizeof out, "%08x%024llx", salt, n);
    return out;
}

/** Report number `n` of person `person`, as JSON text. */
inline std::string collectorReport(unsigned long long n,
                                   unsigned long long person,
                                   const std::string& unit = "thpt-binh-minh")
{
    nlohmann::json report = collectorReportTemplate();
    report["report_id"] = hexId(n, 0xa11ce);
    report["person"]["id"] = hexId(person, 0xb0b);
    report["unit"] = unit;
    return report.dump();
}

} // namespace auditor::test
