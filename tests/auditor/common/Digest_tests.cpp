#include "common/Digest.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace auditor;

TEST_CASE("SHA-256 of known inputs matches the published vectors", "[digest]")
{
    // FIPS 180-2 examples.
    CHECK(*sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(*sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(*sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
          == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("SHA-256 of a file equals the digest of its bytes", "[digest]")
{
    test::TempDir dir;
    test::writeText(dir / "abc.txt", "abc");
    CHECK(*sha256File(dir / "abc.txt") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    // One million 'a' (FIPS 180-2): longer than one read block, so the streaming is exercised.
    {
        std::ofstream out(dir / "million.bin", std::ios::binary);
        const std::string block(1000, 'a');
        for (int i = 0; i < 1000; ++i) {
            out << block;
        }
    }
    CHECK(*sha256File(dir / "million.bin") == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");

    test::writeText(dir / "empty.txt", "");
    CHECK(*sha256File(dir / "empty.txt") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("SHA-256 of a missing file or a folder is a read error naming it", "[digest]")
{
    test::TempDir dir;
    const auto missing = sha256File(dir / "nope.png");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == "file.read");
    CHECK(missing.error().params.at("file") == (dir / "nope.png").string());
    CHECK(sha256File(dir.path()).error().code == "file.read");
}
