#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace auditor::passwords {

/**
 * A password held in memory: move-only, wiped (OPENSSL_cleanse) when it goes, when it grows and
 * when it is cleared. Every API of auditor::passwords that takes a password takes one of these.
 *
 * There is deliberately no copy constructor, no conversion to std::string and no operator<<, so a
 * password cannot end up in a log line or a stray copy by accident; view() and c_str() are the
 * explicit ways to read it, for the few calls that must (hashing, zxcvbn).
 *
 * What it cannot promise: copies the caller made before handing the text over (a std::string that
 * reallocated, a widget's buffer), and copies made inside libraries it is passed to (zxcvbn works
 * on its own stack buffers).
 */
class SecretString
{
public:
    SecretString() = default;
    /** Copies `text`; the caller still owns (and should wipe) the original. */
    explicit SecretString(std::string_view text);
    ~SecretString();

    SecretString(SecretString&& other) noexcept;
    SecretString& operator=(SecretString&& other) noexcept;
    SecretString(const SecretString&) = delete;
    SecretString& operator=(const SecretString&) = delete;

    /** Copies `source`, then wipes and clears it: for text read with std::getline and the like. */
    static SecretString consume(std::string& source);
    /** An explicit copy, for the rare caller that must keep two (named so it shows in review). */
    SecretString duplicate() const;

    std::string_view view() const
    {
        return {m_data.get() ? m_data.get() : "", m_size};
    }
    /** NUL-terminated, for C libraries. Never null. */
    const char* c_str() const
    {
        return m_data ? m_data.get() : "";
    }
    std::size_t size() const
    {
        return m_size;
    }
    bool empty() const
    {
        return m_size == 0;
    }

    void push_back(char c);
    /** `text` must not point into this string (growing frees the old buffer). */
    void append(std::string_view text);
    void reserve(std::size_t capacity);
    /** Wipes the content; the buffer is kept for reuse. */
    void clear();

    /** Not printable: use view() where printing is really meant (there is no such place in the app). */
    friend std::ostream& operator<<(std::ostream&, const SecretString&) = delete;

private:
    void wipeAndRelease();

    std::unique_ptr<char[]> m_data; // m_capacity + 1 bytes, always NUL-terminated
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

/** Compares in constant time for equal sizes (CRYPTO_memcmp). */
bool operator==(const SecretString& a, const SecretString& b);

} // namespace auditor::passwords
