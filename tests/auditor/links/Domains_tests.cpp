#include "links/Domains.h"

#include <catch2/catch.hpp>

#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#include <random>
#include <string>

using namespace auditor;

namespace {

// The skeleton exactly as ICU computes it for a whole label (UTS 39), lower-cased as Skeletons does.
std::string icuSkeleton(USpoofChecker* checker, const std::string& label)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString skeleton;
    uspoof_getSkeletonUnicodeString(checker, 0, icu::UnicodeString::fromUTF8(label), skeleton, &status);
    REQUIRE(U_SUCCESS(status));
    skeleton.toLower();
    std::string out;
    skeleton.toUTF8String(out);
    return out;
}

} // namespace

TEST_CASE("The fast skeleton of ASCII labels equals ICU's skeleton of the whole label", "[links]")
{
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* checker = uspoof_open(&status);
    REQUIRE(U_SUCCESS(status));
    const Skeletons skeletons;

    // Every printable ASCII character alone, then many generated labels mixing the characters
    // whose skeletons differ from themselves (m, 0, 1, l, I, rn…) with ordinary ones.
    for (char c = 0x21; c < 0x7f; ++c) {
        const std::string one(1, c);
        CHECK(skeletons.skeleton(one) == icuSkeleton(checker, one));
    }
    const std::string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_.mrn01lIOWVvw";
    std::mt19937 random(20261128);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(1, 24);
    int differentFromInput = 0;
    for (int i = 0; i < 5000; ++i) {
        std::string label;
        for (int n = length(random); n > 0; --n) {
            label += alphabet[pick(random)];
        }
        const std::string fast = skeletons.skeleton(label);
        REQUIRE(fast == icuSkeleton(checker, label));
        differentFromInput += fast != label ? 1 : 0;
    }
    // The comparison is not vacuous: most generated labels contain a character ICU maps.
    CHECK(differentFromInput > 2500);
    CHECK(skeletons.skeleton("vietc0mbank") == icuSkeleton(checker, "vietcombank"));
    uspoof_close(checker);
}

TEST_CASE("Labels with accented letters still go through ICU and lose their diacritics", "[links]")
{
    const Skeletons skeletons;
    CHECK(skeletons.skeleton("vietc\xc3\xb3mbank") == skeletons.skeleton("vietcombank"));
    CHECK(skeletons.skeleton("\xc4\x91\xc3\xa0nang") == skeletons.skeleton("danang"));
}
