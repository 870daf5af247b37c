#pragma once

#include "common/Result.h"
#include "passwords/SecretString.h"

#include <array>
#include <optional>
#include <string_view>

namespace auditor::passwords {

/**
 * The SHA-1 of a password's UTF-8 bytes as 40 upper-case hex characters: the key of the Pwned
 * Passwords range API and of its downloadable hash list. Only prefix() (5 characters) may leave
 * the machine; suffix() (35) is matched locally.
 *
 * An unsalted SHA-1 of a password is nearly as sensitive as the password (it is cracked in
 * seconds when the password is weak), so the characters are wiped when the object goes, and
 * there is no operator<< either.
 */
class PasswordHash
{
public:
    static constexpr std::size_t kHexLength = 40;
    static constexpr std::size_t kPrefixLength = 5;
    static constexpr std::size_t kSuffixLength = kHexLength - kPrefixLength;

    /** SHA-1 through OpenSSL's EVP interface; error "password.hash_failed" if OpenSSL fails. */
    static Result<PasswordHash> of(const SecretString& password);
    /** From 40 hex characters in either case (a line of the offline list, a test fixture). */
    static std::optional<PasswordHash> fromHex(std::string_view hex);

    PasswordHash(const PasswordHash&) = default;
    PasswordHash& operator=(const PasswordHash&) = default;
    ~PasswordHash();

    std::string_view hex() const
    {
        return {m_hex.data(), kHexLength};
    }
    std::string_view prefix() const
    {
        return hex().substr(0, kPrefixLength);
    }
    std::string_view suffix() const
    {
        return hex().substr(kPrefixLength);
    }

    friend bool operator==(const PasswordHash& a, const PasswordHash& b)
    {
        return a.m_hex == b.m_hex;
    }

private:
    PasswordHash() = default;

    std::array<char, kHexLength> m_hex{}; // upper-case hex, not NUL-terminated
};

/** True for '0'-'9', 'a'-'f', 'A'-'F'. */
bool isHexDigit(char c);
/** '0'-'9' and 'A'-'F' as they are, 'a'-'f' upper-cased; anything else unchanged. */
char upperHex(char c);

} // namespace auditor::passwords
