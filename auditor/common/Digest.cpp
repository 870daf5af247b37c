#include "common/Digest.h"

#include <openssl/evp.h>

#include <array>
#include <fstream>
#include <memory>

namespace auditor {

namespace {

struct CtxDeleter
{
    void operator()(EVP_MD_CTX* ctx) const
    {
        EVP_MD_CTX_free(ctx);
    }
};
using Ctx = std::unique_ptr<EVP_MD_CTX, CtxDeleter>;

Ctx startSha256()
{
    Ctx ctx(EVP_MD_CTX_new());
    if (ctx && EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) {
        ctx.reset();
    }
    return ctx;
}

Result<std::string> finish(EVP_MD_CTX* ctx)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx, md.data(), &len) != 1) {
        return Error("digest.failed");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(len * 2);
    for (unsigned int i = 0; i < len; ++i) {
        hex += kHex[md[i] >> 4];
        hex += kHex[md[i] & 0x0f];
    }
    return hex;
}

} // namespace

Result<std::string> sha256Hex(std::string_view data)
{
    Ctx ctx = startSha256();
    if (!ctx || EVP_DigestUpdate(ctx.get(), data.data(), data.size()) != 1) {
        return Error("digest.failed");
    }
    return finish(ctx.get());
}

Result<std::string> sha256File(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return Error("file.read", {{"file", path.string()}}, "not a regular file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Error("file.read", {{"file", path.string()}});
    }
    Ctx ctx = startSha256();
    if (!ctx) {
        return Error("digest.failed");
    }
    std::array<char, 64 * 1024> buffer{};
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const std::streamsize got = in.gcount();
        if (got > 0 && EVP_DigestUpdate(ctx.get(), buffer.data(), static_cast<std::size_t>(got)) != 1) {
            return Error("digest.failed");
        }
    }
    if (in.bad()) {
        return Error("file.read", {{"file", path.string()}}, "read failed");
    }
    return finish(ctx.get());
}

} // namespace auditor
