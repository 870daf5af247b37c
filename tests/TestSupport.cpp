#include "TestSupport.h"

#include "TestConfig.h"

#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace auditor::test {

TempDir::TempDir()
{
    std::random_device rd;
    for (;;) {
        m_path = fs::temp_directory_path() / ("auditor-test-" + std::to_string(rd()) + std::to_string(rd()));
        if (fs::create_directory(m_path)) {
            break;
        }
    }
}

TempDir::~TempDir()
{
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

TimePoint testEpoch()
{
    return *parseIsoUtc("2030-01-07T08:00:00Z");
}

void copyContent(const fs::path& dest)
{
    fs::copy(TEST_CHECKS_DIR, dest, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeText(const fs::path& path, const std::string& text)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

} // namespace auditor::test
