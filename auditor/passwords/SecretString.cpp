#include "passwords/SecretString.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>

namespace auditor::passwords {

SecretString::SecretString(std::string_view text)
{
    append(text);
}

SecretString::~SecretString()
{
    wipeAndRelease();
}

SecretString::SecretString(SecretString&& other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(other.m_size)
    , m_capacity(other.m_capacity)
{
    other.m_size = 0;
    other.m_capacity = 0;
}

SecretString& SecretString::operator=(SecretString&& other) noexcept
{
    if (this != &other) {
        wipeAndRelease();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        other.m_size = 0;
        other.m_capacity = 0;
    }
    return *this;
}

SecretString SecretString::consume(std::string& source)
{
    SecretString secret(source);
    OPENSSL_cleanse(source.data(), source.size());
    source.clear();
    return secret;
}

SecretString SecretString::duplicate() const
{
    return SecretString(view());
}

void SecretString::reserve(std::size_t capacity)
{
    if (capacity <= m_capacity && m_data) {
        return;
    }
    const std::size_t size = m_size;
    // Grow by copying into a fresh buffer and wiping the old one: never realloc, which could
    // leave the old bytes behind in freed memory.
    auto bigger = std::make_unique<char[]>(capacity + 1);
    if (m_data) {
        std::memcpy(bigger.get(), m_data.get(), size);
    }
    bigger[size] = '\0';
    wipeAndRelease();
    m_data = std::move(bigger);
    m_size = size;
    m_capacity = capacity;
}

void SecretString::push_back(char c)
{
    append(std::string_view(&c, 1));
}

void SecretString::append(std::string_view text)
{
    if (text.empty()) {
        return;
    }
    const std::size_t size = m_size;
    if (size + text.size() > m_capacity || !m_data) {
        reserve(std::max<std::size_t>({size + text.size(), m_capacity * 2, 16}));
    }
    std::memcpy(m_data.get() + size, text.data(), text.size());
    m_size = size + text.size();
    m_data[m_size] = '\0';
}

void SecretString::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data.get(), m_capacity + 1);
    }
    m_size = 0;
}

void SecretString::wipeAndRelease()
{
    if (m_data) {
        OPENSSL_cleanse(m_data.get(), m_capacity + 1);
        m_data.reset();
    }
    m_size = 0;
    m_capacity = 0;
}

bool operator==(const SecretString& a, const SecretString& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.c_str(), b.c_str(), a.size()) == 0;
}

} // namespace auditor::passwords
