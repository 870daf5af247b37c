#include "passwords/PasswordHash.h"
#include "passwords/SecretString.h"

#include <catch2/catch.hpp>

#include <ostream>
#include <string>
#include <type_traits>

using namespace auditor;
using namespace auditor::passwords;

namespace {

template <typename T>
concept Streamable = requires(std::ostream& os, const T& t)
{
    os << t;
};

} // namespace

// What the type system promises: no copy, no way into a std::string or a stream by accident.
static_assert(!std::is_copy_constructible_v<SecretString>);
static_assert(!std::is_copy_assignable_v<SecretString>);
static_assert(std::is_nothrow_move_constructible_v<SecretString>);
static_assert(!std::is_convertible_v<SecretString, std::string>);
static_assert(!std::is_convertible_v<SecretString, std::string_view>);
static_assert(!std::is_convertible_v<std::string, SecretString>); // explicit only
static_assert(!Streamable<SecretString>);
static_assert(!Streamable<PasswordHash>);

TEST_CASE("A secret string holds its text and gives it up on move", "[passwords]")
{
    SecretString secret("correct horse");
    CHECK(secret.view() == "correct horse");
    CHECK(secret.size() == 13);
    CHECK(std::string_view(secret.c_str()) == "correct horse");

    SecretString moved(std::move(secret));
    CHECK(moved.view() == "correct horse");
    CHECK(secret.empty()); // NOLINT(bugprone-use-after-move): the moved-from state is part of the contract
    CHECK(std::string_view(secret.c_str()).empty());

    SecretString assigned;
    assigned = std::move(moved);
    CHECK(assigned.view() == "correct horse");
    CHECK(moved.empty()); // NOLINT(bugprone-use-after-move)
}

TEST_CASE("A secret string grows and clears without losing its content", "[passwords]")
{
    SecretString secret;
    CHECK(secret.empty());
    CHECK(std::string_view(secret.c_str()).empty());
    std::string expected;
    for (int i = 0; i < 200; ++i) {
        const char c = static_cast<char>('a' + i % 26);
        secret.push_back(c);
        expected += c;
    }
    CHECK(secret.view() == expected);
    secret.append("-tail");
    CHECK(secret.view() == expected + "-tail");
    secret.clear();
    CHECK(secret.empty());
    secret.append("again");
    CHECK(secret.view() == "again");
}

TEST_CASE("consume wipes the std::string it copied from", "[passwords]")
{
    std::string typed = "matkhau123";
    const SecretString secret = SecretString::consume(typed);
    CHECK(secret.view() == "matkhau123");
    CHECK(typed.empty());
    const SecretString copy = secret.duplicate();
    CHECK(copy == secret);
    CHECK_FALSE(copy == SecretString("matkhau124"));
}

TEST_CASE("SHA-1 of a password is upper-case hex split into prefix and suffix", "[passwords]")
{
    // SHA-1 of "foo", the fixture KeePassXC's tests/TestHibp.cpp uses.
    const auto foo = PasswordHash::of(SecretString("foo"));
    REQUIRE(foo);
    CHECK(foo->hex() == "0BEEC7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33");
    CHECK(foo->prefix() == "0BEEC");
    CHECK(foo->suffix() == "7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33");
    CHECK(foo->suffix().size() == 35);

    // SHA-1 of the empty string (FIPS 180 test vector).
    const auto empty = PasswordHash::of(SecretString());
    REQUIRE(empty);
    CHECK(empty->hex() == "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709");

    // SHA-1 of "mật khẩu" in UTF-8 (the bytes are hashed as they are, as HIBP does):
    // printf 'm\xe1\xba\xadt kh\xe1\xba\xa9u' | sha1sum
    const auto vietnamese = PasswordHash::of(SecretString("m\xe1\xba\xadt kh\xe1\xba\xa9u"));
    REQUIRE(vietnamese);
    CHECK(vietnamese->hex() == "EBE99BB74AB702A581F2FC92D9E27909C020C4EA");
}

TEST_CASE("A hash is read from hex in either case and rejects anything else", "[passwords]")
{
    const auto lower = PasswordHash::fromHex("0beec7b5ea3f0fdbc95d0dd47f3c5bc275da8a33");
    REQUIRE(lower);
    CHECK(lower->hex() == "0BEEC7B5EA3F0FDBC95D0DD47F3C5BC275DA8A33");
    CHECK(*lower == *PasswordHash::of(SecretString("foo")));
    CHECK_FALSE(PasswordHash::fromHex("0BEEC7B5EA3F0FDBC95D0DD47F3C5BC275DA8A3"));
    CHECK_FALSE(PasswordHash::fromHex("0BEEC7B5EA3F0FDBC95D0DD47F3C5BC275DA8A3G"));
    CHECK_FALSE(PasswordHash::fromHex(""));
}
