#pragma once

#include "common/Result.h"
#include "passwords/SecretString.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace auditor::passwords {

/**
 * KeePassXC's quality bands over zxcvbn's entropy in bits (src/core/PasswordHealth.cpp):
 * Bad ≤ 0, Poor < 40, Weak < 65, Good < 100, Excellent ≥ 100. Each names a sentence
 * "password.strength.<code>" in checks/messages.
 */
enum class StrengthBand
{
    Bad,
    Poor,
    Weak,
    Good,
    Excellent,
};

StrengthBand strengthBand(double bits);
/** "bad", "poor", "weak", "good", "excellent". */
std::string_view strengthBandCode(StrengthBand band);

/**
 * One piece of advice: `code` names the sentence "password.advice.<code>", `params` fill it.
 * Params never hold any part of the password (only lengths and limits), so advice can be shown,
 * logged or reported without leaking it.
 *
 * Codes: too_short {length, min}, digits_only, personal_info, phone_number, date,
 * vietnamese_name, place_name, common_word, leet, keyboard_pattern, sequence, repeated.
 */
struct Advice
{
    std::string code;
    std::map<std::string, std::string> params;
};

struct StrengthReport
{
    double bits = 0; // the estimate the band comes from: zxcvbn's, lowered by this app's own patterns
    double zxcvbnBits = 0; // zxcvbn alone (with the Vietnamese words and the user's own words)
    StrengthBand band = StrengthBand::Bad; // the worst until evaluated
    std::vector<Advice> advice; // most important first; empty for Good and Excellent

    bool has(std::string_view code) const;
};

/** The categories of checks/passwords/vietnamese-words.txt (its "[section]" lines). */
enum class WordCategory
{
    Common,
    School,
    FamilyName,
    GivenName,
    Place,
};

/**
 * Words zxcvbn should treat as cheap guesses, each with a category that picks the advice.
 * Loaded from checks/passwords/vietnamese-words.txt.
 *
 * zxcvbn-c costs a user-dictionary word at about log2(its position + 1) bits, so the order is a
 * model of likelihood. rankedWords() interleaves the sections (the first word of each, then the
 * second of each, ...) so that the top of every section is cheap: "nguyen", the family name of
 * about 38% of Vietnamese people, costs 2 bits rather than the 7 its place in the file would give.
 */
class PasswordDictionary
{
public:
    /** `contentDir`/passwords/vietnamese-words.txt. */
    static std::filesystem::path defaultPath(const std::filesystem::path& contentDir);
    /**
     * Errors: "file.read"; "wordlist.invalid" {file, line} for a word that is not lower-case
     * ASCII letters and digits, a word before the first section or an unknown section;
     * "wordlist.duplicate" {file, line, word}.
     */
    static Result<PasswordDictionary> load(const std::filesystem::path& file);
    static Result<PasswordDictionary> fromText(std::string_view text, const std::string& source);

    /** In file order. */
    const std::vector<std::string>& words() const
    {
        return m_words;
    }
    /** In the order given to zxcvbn (see above). */
    const std::vector<std::string>& rankedWords() const
    {
        return m_ranked;
    }
    std::optional<WordCategory> category(std::string_view word) const;

private:
    std::vector<std::string> m_words;
    std::vector<std::string> m_ranked;
    std::map<std::string, WordCategory, std::less<>> m_categories;
};

/**
 * The strength estimate: zxcvbn (zxcvbn-c, Debian's libzxcvbn) with the Vietnamese dictionary and
 * the person's own words as its user dictionary, then this app's own patterns, then
 * KeePassXC's bands. Stateless after construction and safe to share between threads (zxcvbn-c,
 * built with its dictionary compiled in, keeps no mutable global state).
 *
 * Steps of evaluate(), and why:
 *  1. Vietnamese letters are folded to ASCII first ("mậtkhẩu" → "matkhau"): zxcvbn-c works on
 *     single bytes, and an attacker tries accented and plain spellings alike, so diacritics are
 *     given no strength of their own.
 *  2. zxcvbn runs with the user dictionary: the person's words first (the cheapest guesses for
 *     someone who targets them), then PasswordDictionary::rankedWords().
 *  3. Words split by spaces, '-', '_' or '.' are read again with the separators taken out, plus
 *     log2(5) bits for each kind of separator used, and the lower estimate is kept. Vietnamese is
 *     written in one-syllable words with spaces between them: "anh yeu em nhieu lam" is five
 *     cheap words, while zxcvbn alone, which charges every space and every extra part, rates it
 *     Good.
 *  4. Own patterns, on digit runs (anchored at either end of a run, so random digits rarely match):
 *     - Vietnamese phone numbers: 0 + 9 digits starting 03/05/07/08/09 (mobile) or 02 + 9 digits
 *       (landline, since 2017), or the same after 84 / +84. Costed at 8 bits: the number is known
 *       to whoever knows the person (Zalo signs in with it; profiles show it).
 *     - Dates: ddmmyyyy, yyyymmdd, dmmyyyy, ddmyyyy, dmyyyy, ddmmyy (also with / - . _ between),
 *       and years 1950–2030 alone. Costed as log2(days × years) (+1 bit for the format), about
 *       15–16 bits for a full date and 6.3 for a year: birthdays and school years are the first
 *       thing tried.
 *     Where they match, the estimate is recomputed as zxcvbn(the rest) + their cost + 1 bit per
 *     extra part, and the lowest estimate so far is kept.
 *  5. Advice: from zxcvbn's parts (words by category, keyboard patterns, sequences, repeats,
 *     dates) and from step 4, plus too_short (fewer than 8 characters, or fewer than 12 when the
 *     band is below Good) and digits_only; leet only when the password has letters (zxcvbn reads
 *     digits as leet too). A password rated Good or better gets no advice but too_short.
 */
class StrengthChecker
{
public:
    static constexpr std::size_t kMinLength = 8; // below this: always too_short
    static constexpr std::size_t kAdvisedLength = 12; // below this: too_short unless Good or better

    explicit StrengthChecker(PasswordDictionary dictionary = {});
    /** With PasswordDictionary::defaultPath(contentDir). */
    static Result<StrengthChecker> fromContent(const std::filesystem::path& contentDir);

    /**
     * `userInputs` are the person's and the school's own words (full name, e-mail, school name,
     * phone number, ...), in any case and with or without diacritics; each is split into words
     * and joined runs of words before use.
     */
    StrengthReport evaluate(const SecretString& password, const std::vector<std::string>& userInputs = {}) const;

private:
    PasswordDictionary m_dictionary;
};

} // namespace auditor::passwords
