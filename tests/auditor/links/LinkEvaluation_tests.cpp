// The link checker measured on the evaluation sets in tests/data/links (see its README): lookalikes
// of protected brands generated with dnstwist plus Vietnamese patterns, and real legitimate URLs.
#include "links/LinkSetup.h"

#include "TestConfig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace auditor;

namespace {

std::vector<std::string> column(const std::string& file)
{
    std::ifstream in(std::string(TEST_DATA_DIR) + "/links/" + file);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line[0] != '#') {
            out.push_back(line.substr(0, line.find('\t')));
        }
    }
    return out;
}

} // namespace

TEST_CASE("Lookalikes of protected brands are flagged at least 97 percent of the time", "[links][evaluation]")
{
    test::TempDir empty;
    auto analyzer = makeLinkAnalyzer(TEST_CHECKS_DIR, empty.path());
    REQUIRE(analyzer);
    const auto links = column("lookalikes.txt");
    REQUIRE(links.size() > 3000);
    std::size_t flagged = 0;
    for (const std::string& link : links) {
        const Verdict v = (*analyzer)->analyze(link).verdict;
        flagged += v == Verdict::Dangerous || v == Verdict::Suspicious;
    }
    const double recall = double(flagged) / double(links.size());
    INFO("flagged " << flagged << " of " << links.size());
    CHECK(recall >= 0.97);
}

TEST_CASE("Legitimate links are flagged at most 0.5 percent of the time and never dangerous", "[links][evaluation]")
{
    test::TempDir empty;
    auto analyzer = makeLinkAnalyzer(TEST_CHECKS_DIR, empty.path());
    REQUIRE(analyzer);
    const auto links = column("legitimate.txt");
    REQUIRE(links.size() > 2000);
    std::size_t flagged = 0;
    for (const std::string& link : links) {
        const LinkVerdict v = (*analyzer)->analyze(link);
        CAPTURE(link);
        CHECK(v.verdict != Verdict::Dangerous);
        flagged += v.verdict == Verdict::Suspicious;
    }
    INFO("flagged " << flagged << " of " << links.size());
    CHECK(double(flagged) / double(links.size()) <= 0.005);
}
