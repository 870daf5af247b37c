#include "links/Domains.h"

#include <libpsl.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include <algorithm>
#include <array>
#include <mutex>

namespace auditor {

struct PublicSuffixList::Impl
{
    psl_ctx_t* ctx = nullptr;
    bool owned = false;
};

PublicSuffixList::PublicSuffixList()
    : m_impl(std::make_unique<Impl>())
{
    // psl_latest(NULL) picks the newest of the system file and libpsl's built-in copy.
    m_impl->ctx = psl_latest(nullptr);
    m_impl->owned = m_impl->ctx != nullptr;
    m_origin = "system";
    if (!m_impl->ctx) {
        m_impl->ctx = const_cast<psl_ctx_t*>(psl_builtin());
        m_origin = "built-in";
    }
}

PublicSuffixList::~PublicSuffixList()
{
    if (m_impl->owned) {
        psl_free(m_impl->ctx);
    }
}

std::string PublicSuffixList::registrableDomain(std::string_view asciiHost) const
{
    const std::string host(asciiHost);
    const char* r = m_impl->ctx ? psl_registrable_domain(m_impl->ctx, host.c_str()) : nullptr;
    return r ? std::string(r) : std::string();
}

bool PublicSuffixList::isPublicSuffix(std::string_view asciiHost) const
{
    const std::string host(asciiHost);
    return m_impl->ctx && psl_is_public_suffix2(m_impl->ctx, host.c_str(), PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE);
}

struct Skeletons::Impl
{
    USpoofChecker* checker = nullptr;
    std::unique_ptr<icu::Transliterator> stripper;
    std::mutex stripperMutex; // icu::Transliterator::transliterate is not const-safe across threads
    // The skeleton of each ASCII character, computed by ICU at start-up, for the common all-ASCII
    // label: the skeleton is a per-character mapping followed by NFD, and when every mapping is
    // plain ASCII (no combining marks to reorder) the concatenation is the same string ICU gives.
    std::array<std::string, 128> asciiSkeleton;
    std::array<bool, 128> asciiSkeletonExact{};

    std::string icuSkeleton(icu::UnicodeString text) const
    {
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString skeleton;
        uspoof_getSkeletonUnicodeString(checker, 0, text, skeleton, &status);
        if (U_FAILURE(status)) {
            skeleton = text;
        }
        skeleton.toLower();
        std::string out;
        skeleton.toUTF8String(out);
        return out;
    }
};

Skeletons::Skeletons()
    : m_impl(std::make_unique<Impl>())
{
    UErrorCode status = U_ZERO_ERROR;
    m_impl->checker = uspoof_open(&status);
    uspoof_setRestrictionLevel(m_impl->checker, USPOOF_HIGHLY_RESTRICTIVE);
    uspoof_setChecks(m_impl->checker, USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_NUMBERS | USPOOF_INVISIBLE, &status);
    // Chrome's diacritic remover (components/url_formatter/spoof_checks/skeleton_generator.cc).
    UParseError parseError{};
    status = U_ZERO_ERROR;
    m_impl->stripper.reset(icu::Transliterator::createFromRules(
        "auditor-strip-diacritics",
        icu::UnicodeString::fromUTF8("::NFD; ::[:Nonspacing Mark:] Remove; ::NFC; ł > l; ø > o; đ > d; Đ > D;"),
        UTRANS_FORWARD,
        parseError,
        status));
    if (U_FAILURE(status)) {
        m_impl->stripper.reset();
    }
    for (int c = 1; c < 128; ++c) {
        std::string& out = m_impl->asciiSkeleton[static_cast<std::size_t>(c)];
        out = m_impl->icuSkeleton(icu::UnicodeString(static_cast<UChar32>(c)));
        m_impl->asciiSkeletonExact[static_cast<std::size_t>(c)] = !out.empty()
            && std::all_of(out.begin(), out.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    }
}

Skeletons::~Skeletons()
{
    uspoof_close(m_impl->checker);
}

std::string Skeletons::skeleton(std::string_view utf8Label) const
{
    const bool tableExact = std::all_of(utf8Label.begin(), utf8Label.end(), [this](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x80 && m_impl->asciiSkeletonExact[u];
    });
    if (tableExact) {
        std::string out;
        out.reserve(utf8Label.size() + 4);
        for (char c : utf8Label) {
            out += m_impl->asciiSkeleton[static_cast<unsigned char>(c)];
        }
        return out;
    }
    icu::UnicodeString text
        = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8Label.data(), static_cast<int32_t>(utf8Label.size())));
    const bool ascii
        = std::all_of(utf8Label.begin(), utf8Label.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!ascii && m_impl->stripper) {
        std::lock_guard<std::mutex> lock(m_impl->stripperMutex);
        m_impl->stripper->transliterate(text);
    }
    return m_impl->icuSkeleton(text);
}

bool Skeletons::mixedOrForeignScript(std::string_view utf8Label) const
{
    const icu::UnicodeString text
        = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8Label.data(), static_cast<int32_t>(utf8Label.size())));
    bool latin = false;
    bool other = false;
    for (int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED) {
            continue;
        }
        (script == USCRIPT_LATIN ? latin : other) = true;
    }
    // Cyrillic or Greek letters in a name otherwise Latin, or a name wholly in such letters.
    return other;
}

} // namespace auditor
