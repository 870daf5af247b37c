#include "passwords/PasswordHash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace auditor::passwords {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

char upperHex(char c)
{
    return (c >= 'a' && c <= 'f') ? static_cast<char>(c - 'a' + 'A') : c;
}

PasswordHash::~PasswordHash()
{
    OPENSSL_cleanse(m_hex.data(), m_hex.size());
}

/*
 * Called once per password checked. EVP_Digest is OpenSSL's one-shot digest (1.1 and 3.x alike);
 * the binary digest is wiped as soon as it is turned into hex.
 */
Result<PasswordHash> PasswordHash::of(const SecretString& password)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(password.c_str(), password.size(), digest, &length, EVP_sha1(), nullptr) != 1
        || length * 2 != kHexLength) {
        OPENSSL_cleanse(digest, sizeof digest);
        return Error("password.hash_failed", {}, "EVP_Digest(SHA-1) failed");
    }
    static constexpr char kDigits[] = "0123456789ABCDEF";
    PasswordHash hash;
    for (unsigned int i = 0; i < length; ++i) {
        hash.m_hex[2 * i] = kDigits[digest[i] >> 4];
        hash.m_hex[2 * i + 1] = kDigits[digest[i] & 0x0f];
    }
    OPENSSL_cleanse(digest, sizeof digest);
    return hash;
}

std::optional<PasswordHash> PasswordHash::fromHex(std::string_view hex)
{
    if (hex.size() != kHexLength) {
        return std::nullopt;
    }
    PasswordHash hash;
    for (std::size_t i = 0; i < kHexLength; ++i) {
        if (!isHexDigit(hex[i])) {
            return std::nullopt;
        }
        hash.m_hex[i] = upperHex(hex[i]);
    }
    return hash;
}

} // namespace auditor::passwords
