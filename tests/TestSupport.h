#pragma once

#include "common/Clock.h"

#include <filesystem>
#include <string>

namespace auditor::test {

/** A fresh empty folder under the system temp dir, removed when the object goes. */
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const
    {
        return m_path;
    }
    std::filesystem::path operator/(const std::string& name) const
    {
        return m_path / name;
    }

private:
    std::filesystem::path m_path;
};

/** 2030-01-07T08:00:00Z: the instant every test starts from. */
TimePoint testEpoch();

/** Copies checks/ into `dest`, so a test can break one file of a full, otherwise valid copy. */
void copyContent(const std::filesystem::path& dest);

std::string readText(const std::filesystem::path& path);
void writeText(const std::filesystem::path& path, const std::string& text);

} // namespace auditor::test
