#include "common/Files.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace auditor {

namespace {

std::string lastErrorText()
{
    return std::strerror(errno);
}

/** Writes and flushes one file to stable storage. The only place with per-OS file code. */
Status writeAndSync(const fs::path& path, const std::string& content, bool privateFile)
{
#ifdef _WIN32
    (void)privateFile; // the user's profile folder is private to the user on Windows
    std::FILE* f = _wfopen(path.c_str(), L"wb");
    if (!f) {
        return Error("file.write", {{"file", path.string()}}, lastErrorText());
    }
#else
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, privateFile ? 0600 : 0644);
    if (fd < 0) {
        return Error("file.write", {{"file", path.string()}}, lastErrorText());
    }
    std::FILE* f = ::fdopen(fd, "wb");
    if (!f) {
        ::close(fd);
        return Error("file.write", {{"file", path.string()}}, lastErrorText());
    }
#endif
    bool good = std::fwrite(content.data(), 1, content.size(), f) == content.size() && std::fflush(f) == 0;
#ifdef _WIN32
    good = good && _commit(_fileno(f)) == 0;
#else
    good = good && ::fsync(::fileno(f)) == 0;
#endif
    const std::string why = good ? std::string() : lastErrorText();
    good = (std::fclose(f) == 0) && good;
    if (!good) {
        return Error("file.write", {{"file", path.string()}}, why);
    }
    return Ok{};
}

void syncDirectory([[maybe_unused]] const fs::path& dir)
{
#ifndef _WIN32
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

std::string uniqueSuffix()
{
#ifdef _WIN32
    return std::to_string(GetCurrentProcessId());
#else
    return std::to_string(::getpid());
#endif
}

} // namespace

Status writeFileAtomically(const fs::path& path, const std::string& content, WriteOptions options)
{
    std::error_code ec;
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    fs::create_directories(dir, ec);
    if (ec) {
        return Error("file.mkdir", {{"file", dir.string()}}, ec.message());
    }
    // First: the new content goes to a temporary file in the same folder (same file system).
    const fs::path tmp = dir / (path.filename().string() + ".tmp-" + uniqueSuffix());
    if (auto st = writeAndSync(tmp, content, options.privateFile); !st) {
        fs::remove(tmp, ec);
        return st;
    }
    // Second: the copy being replaced is kept (itself replaced atomically).
    if (options.keepPrevious && fs::exists(path, ec)) {
        const fs::path bak = dir / (path.filename().string() + ".bak");
        const fs::path bakTmp = dir / (path.filename().string() + ".bak.tmp-" + uniqueSuffix());
        fs::copy_file(path, bakTmp, fs::copy_options::overwrite_existing, ec);
        if (!ec) {
            fs::rename(bakTmp, bak, ec);
        }
        if (ec) {
            fs::remove(bakTmp, ec);
        }
    }
    // Third: the rename is the moment of truth; then the directory entry itself is flushed.
    fs::rename(tmp, path, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(tmp, ignored);
        return Error("file.write", {{"file", path.string()}}, ec.message());
    }
    syncDirectory(dir);
    return Ok{};
}

Result<std::string> readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Error("file.read", {{"file", path.string()}}, lastErrorText());
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) {
        return Error("file.read", {{"file", path.string()}}, lastErrorText());
    }
    return ss.str();
}

Result<fs::path> moveAside(const fs::path& path, const std::string& stamp, const std::string& why)
{
    std::error_code ec;
    fs::path target = path;
    target += "." + why + "-" + stamp;
    for (int n = 2; fs::exists(target, ec); ++n) {
        target = path;
        target += "." + why + "-" + stamp + "-" + std::to_string(n);
    }
    fs::rename(path, target, ec);
    if (ec) {
        return Error("file.move_aside", {{"file", path.string()}}, ec.message());
    }
    return target;
}

fs::path defaultUserDataDir()
{
    if (const char* env = std::getenv("AUDITOR_DATA_DIR"); env && *env) {
        return fs::path(env);
    }
#if defined(_WIN32)
    if (const char* appData = std::getenv("APPDATA"); appData && *appData) {
        return fs::path(appData) / "AccountAuditor";
    }
    return fs::current_path() / "AccountAuditor";
#elif defined(__APPLE__)
    const char* home = std::getenv("HOME");
    return fs::path(home ? home : ".") / "Library" / "Application Support" / "AccountAuditor";
#else
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return fs::path(xdg) / "AccountAuditor";
    }
    const char* home = std::getenv("HOME");
    return fs::path(home ? home : ".") / ".local" / "share" / "AccountAuditor";
#endif
}

fs::path defaultContentDir(const fs::path& programPath)
{
    if (const char* env = std::getenv("AUDITOR_CHECKS_DIR"); env && *env) {
        return fs::path(env);
    }
    std::error_code ec;
    if (!programPath.empty()) {
        const fs::path exeDir = fs::absolute(programPath, ec).parent_path();
        for (const fs::path& candidate : {exeDir / "checks",
                                          exeDir / ".." / "share" / "account-auditor" / "checks",
                                          exeDir / ".." / "Resources" / "checks"}) {
            if (fs::is_directory(candidate / "platforms", ec)) {
                return candidate.lexically_normal();
            }
        }
    }
    return fs::path(AUDITOR_SOURCE_CHECKS_DIR);
}

} // namespace auditor
