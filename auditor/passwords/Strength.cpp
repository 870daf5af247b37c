#include "passwords/Strength.h"

#include "common/Files.h"
#include "passwords/TextFold.h"

#include <zxcvbn.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

namespace fs = std::filesystem;

namespace auditor::passwords {

StrengthBand strengthBand(double bits)
{
    if (bits <= 0) {
        return StrengthBand::Bad;
    }
    if (bits < 40) {
        return StrengthBand::Poor;
    }
    if (bits < 65) {
        return StrengthBand::Weak;
    }
    if (bits < 100) {
        return StrengthBand::Good;
    }
    return StrengthBand::Excellent;
}

std::string_view strengthBandCode(StrengthBand band)
{
    switch (band) {
    case StrengthBand::Bad:
        return "bad";
    case StrengthBand::Poor:
        return "poor";
    case StrengthBand::Weak:
        return "weak";
    case StrengthBand::Good:
        return "good";
    case StrengthBand::Excellent:
        return "excellent";
    }
    return "bad"; // not reached; never let a bad value read as strong
}

bool StrengthReport::has(std::string_view code) const
{
    return std::any_of(advice.begin(), advice.end(), [&](const Advice& a) { return a.code == code; });
}

// ---------------------------------------------------------------------------------------------
// The dictionary file

fs::path PasswordDictionary::defaultPath(const fs::path& contentDir)
{
    return contentDir / "passwords" / "vietnamese-words.txt";
}

Result<PasswordDictionary> PasswordDictionary::load(const fs::path& file)
{
    auto text = readFile(file);
    if (!text) {
        return text.error();
    }
    return fromText(*text, file.string());
}

Result<PasswordDictionary> PasswordDictionary::fromText(std::string_view text, const std::string& source)
{
    static const std::map<std::string_view, WordCategory> kSections = {
        {"common", WordCategory::Common},
        {"school", WordCategory::School},
        {"family_name", WordCategory::FamilyName},
        {"given_name", WordCategory::GivenName},
        {"place", WordCategory::Place},
    };
    PasswordDictionary dictionary;
    std::map<WordCategory, std::vector<std::string>> sections;
    std::optional<WordCategory> section;
    std::size_t lineNumber = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
            line.remove_suffix(1);
        }
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
            line.remove_prefix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const auto invalid = [&](std::string detail) {
            return Error(
                "wordlist.invalid", {{"file", source}, {"line", std::to_string(lineNumber)}}, std::move(detail));
        };
        if (line.front() == '[') {
            const auto found = line.size() > 2 && line.back() == ']' ? kSections.find(line.substr(1, line.size() - 2))
                                                                     : kSections.end();
            if (found == kSections.end()) {
                return invalid("unknown section " + std::string(line));
            }
            section = found->second;
            continue;
        }
        if (!section) {
            return invalid("a word before the first [section] line");
        }
        const bool plain = std::all_of(
            line.begin(), line.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
        if (!plain) {
            return invalid("words are lower-case ASCII letters and digits, without diacritics");
        }
        if (!dictionary.m_categories.emplace(std::string(line), *section).second) {
            return Error("wordlist.duplicate",
                         {{"file", source}, {"line", std::to_string(lineNumber)}, {"word", std::string(line)}},
                         "the word is listed twice");
        }
        dictionary.m_words.emplace_back(line);
        sections[*section].emplace_back(line);
    }
    // Interleave the sections: rank k of every section before rank k + 1 of any.
    for (std::size_t rank = 0;; ++rank) {
        bool any = false;
        for (const auto& [category, words] : sections) {
            if (rank < words.size()) {
                dictionary.m_ranked.push_back(words[rank]);
                any = true;
            }
        }
        if (!any) {
            break;
        }
    }
    return dictionary;
}

std::optional<WordCategory> PasswordDictionary::category(std::string_view word) const
{
    const auto found = m_categories.find(word);
    if (found == m_categories.end()) {
        return std::nullopt;
    }
    return found->second;
}

// ---------------------------------------------------------------------------------------------
// The checker

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlnum(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z');
}

/** The person's words for zxcvbn: each word, each run of 2+ adjacent words joined, and the whole. */
std::vector<std::string> personalWords(const std::vector<std::string>& inputs)
{
    // Parts of e-mail and web addresses that say nothing about the person.
    static const std::set<std::string, std::less<>> kGeneric
        = {"com", "vn", "edu", "gov", "org", "net", "gmail", "yahoo", "outlook", "hotmail", "www", "http", "https"};
    constexpr std::size_t kMaxTokens = 8;
    std::vector<std::string> out;
    std::set<std::string, std::less<>> seen;
    const auto add = [&](std::string word) {
        if (word.size() >= 2 && !kGeneric.count(word) && seen.insert(word).second) {
            out.push_back(std::move(word));
        }
    };
    for (const std::string& input : inputs) {
        const std::string text = lowerAscii(foldToAscii(input));
        std::vector<std::string> tokens;
        std::string whole;
        std::string current;
        for (std::size_t i = 0; i <= text.size(); ++i) {
            if (i < text.size() && isAlnum(text[i])) {
                current += text[i];
                whole += text[i];
            } else if (!current.empty()) {
                tokens.push_back(std::move(current));
                current.clear();
            }
        }
        add(whole);
        if (tokens.size() > kMaxTokens) {
            tokens.resize(kMaxTokens);
        }
        for (std::size_t first = 0; first < tokens.size(); ++first) {
            std::string joined;
            for (std::size_t last = first; last < tokens.size(); ++last) {
                joined += tokens[last];
                add(joined);
            }
        }
    }
    return out;
}

/** One part of zxcvbn's cheapest reading of the password. */
struct Part
{
    int begin = 0;
    int length = 0;
    int type = 0; // ZxcTypeMatch_t, possibly + MULTIPLE_MATCH
};

double runZxcvbn(const char* password, std::vector<const char*>& dictionary, std::vector<Part>* parts)
{
    ZxcMatch_t* info = nullptr;
    const double bits = ZxcvbnMatch(password, dictionary.data(), parts ? &info : nullptr);
    for (const ZxcMatch_t* p = info; p; p = p->Next) {
        parts->push_back({p->Begin, p->Length, static_cast<int>(p->Type)});
    }
    if (info) {
        ZxcvbnFreeInfo(info);
    }
    return std::max(0.0, bits);
}

/** A stretch of the password recognised by this app's own patterns (step 4). */
struct Span
{
    std::size_t begin = 0;
    std::size_t length = 0;
    double bits = 0;
    const char* code = "";
};

// Step 3: the separators taken out, and the cost of each kind used (which of five, none included).
constexpr std::string_view kSeparators = " -_.";
const double kSeparatorBits = std::log2(5.0);

constexpr double kPhoneBits = 8.0;
const double kYearBits = std::log2(2030.0 - 1950.0 + 1.0);
const double kFullDateBits = std::log2(366.0 * (2030.0 - 1950.0 + 1.0)) + 1.0;
const double kShortDateBits = std::log2(366.0 * 100.0) + 1.0;

int number(std::string_view digits)
{
    int n = 0;
    for (char c : digits) {
        n = n * 10 + (c - '0');
    }
    return n;
}

bool validDay(int day, int month)
{
    static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 && day <= kDays[static_cast<std::size_t>(month - 1)];
}

bool validYear(int year)
{
    return year >= 1950 && year <= 2030;
}

/** The cost of `digits` read as a date, if it is one (see StrengthChecker, step 4). */
std::optional<double> dateBits(std::string_view d)
{
    if (std::all_of(d.begin(), d.end(), [&](char c) { return c == d.front(); })) {
        return std::nullopt; // 111111 is a repeat rather than a birthday
    }
    const auto full
        = [&](std::size_t dayAt, std::size_t dayLen, std::size_t monAt, std::size_t monLen, std::size_t yearAt) {
              return validDay(number(d.substr(dayAt, dayLen)), number(d.substr(monAt, monLen)))
                  && validYear(number(d.substr(yearAt, 4)));
          };
    switch (d.size()) {
    case 8: // ddmmyyyy, yyyymmdd
        if (full(0, 2, 2, 2, 4) || full(6, 2, 4, 2, 0)) {
            return kFullDateBits;
        }
        break;
    case 7: // dmmyyyy, ddmyyyy
        if (full(0, 1, 1, 2, 3) || full(0, 2, 2, 1, 3)) {
            return kFullDateBits;
        }
        break;
    case 6: // dmyyyy, ddmmyy
        if (full(0, 1, 1, 1, 2)) {
            return kFullDateBits;
        }
        if (validDay(number(d.substr(0, 2)), number(d.substr(2, 2)))) {
            return kShortDateBits;
        }
        break;
    case 4:
        if (validYear(number(d))) {
            return kYearBits;
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

bool isPhone(std::string_view d)
{
    const auto mobileOrLandline = [](std::string_view national) { // without the leading 0
        return (national.size() == 9 && std::string_view("35789").find(national.front()) != std::string_view::npos)
            || (national.size() == 10 && national.front() == '2');
    };
    if (d.size() >= 10 && d.front() == '0') {
        return mobileOrLandline(d.substr(1));
    }
    if (d.size() >= 11 && d.substr(0, 2) == "84") {
        return mobileOrLandline(d.substr(2));
    }
    return false;
}

/** Dates with separators: d{1,2} sep d{1,2} sep (yy|yyyy), the same separator twice. */
void findSeparatedDates(std::string_view text, std::vector<Span>& spans)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isDigit(text[i]) || (i > 0 && isDigit(text[i - 1]))) {
            continue;
        }
        const auto digitsAt = [&](std::size_t at) {
            std::size_t n = 0;
            while (at + n < text.size() && isDigit(text[at + n])) {
                ++n;
            }
            return n;
        };
        const std::size_t dayLen = digitsAt(i);
        const std::size_t sep1 = i + dayLen;
        if (dayLen > 2 || sep1 >= text.size() || std::string_view("/-._").find(text[sep1]) == std::string_view::npos) {
            continue;
        }
        const std::size_t monLen = digitsAt(sep1 + 1);
        const std::size_t sep2 = sep1 + 1 + monLen;
        if (monLen == 0 || monLen > 2 || sep2 >= text.size() || text[sep2] != text[sep1]) {
            continue;
        }
        const std::size_t yearLen = digitsAt(sep2 + 1);
        if (yearLen != 2 && yearLen != 4) {
            continue;
        }
        const int day = number(text.substr(i, dayLen));
        const int month = number(text.substr(sep1 + 1, monLen));
        const int year = number(text.substr(sep2 + 1, yearLen));
        if (!validDay(day, month) || (yearLen == 4 && !validYear(year))) {
            continue;
        }
        spans.push_back({i, sep2 + 1 + yearLen - i, (yearLen == 4 ? kFullDateBits : kShortDateBits) + 1.0, "date"});
        i = sep2 + yearLen;
    }
}

/** Phone numbers and dates in the digit runs of `text` (step 4). */
std::vector<Span> findPatterns(std::string_view text)
{
    std::vector<Span> spans;
    findSeparatedDates(text, spans);
    const auto covered = [&](std::size_t at) {
        return std::any_of(
            spans.begin(), spans.end(), [&](const Span& s) { return at >= s.begin && at < s.begin + s.length; });
    };
    std::vector<Span> found;
    for (std::size_t i = 0; i < text.size();) {
        if (!isDigit(text[i]) || covered(i)) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isDigit(text[end])) {
            ++end;
        }
        std::size_t begin = i;
        i = end;
        // A phone number: the whole run, or its start, or its end (longest first).
        for (std::size_t length : {std::size_t{12}, std::size_t{11}, std::size_t{10}}) {
            if (end - begin < length) {
                continue;
            }
            if (isPhone(text.substr(begin, length))) {
                const bool plus = begin > 0 && text[begin - 1] == '+';
                found.push_back({begin - (plus ? 1 : 0), length + (plus ? 1 : 0), kPhoneBits, "phone_number"});
                begin += length;
                break;
            }
            if (isPhone(text.substr(end - length, length))) {
                found.push_back({end - length, length, kPhoneBits, "phone_number"});
                end -= length;
                break;
            }
        }
        // A date in what is left: the whole of it, or its start, or its end (longest first).
        const std::string_view rest = text.substr(begin, end - begin);
        if (const auto bits = dateBits(rest)) {
            found.push_back({begin, rest.size(), *bits, "date"});
            continue;
        }
        bool matched = false;
        for (std::size_t length : {std::size_t{8}, std::size_t{7}, std::size_t{6}, std::size_t{4}}) {
            if (rest.size() <= length) {
                continue;
            }
            if (const auto bits = dateBits(rest.substr(0, length))) {
                found.push_back({begin, length, *bits, "date"});
                matched = true;
            } else if (const auto endBits = dateBits(rest.substr(rest.size() - length))) {
                found.push_back({end - length, length, *endBits, "date"});
                matched = true;
            }
            if (matched) {
                break;
            }
        }
    }
    spans.insert(spans.end(), found.begin(), found.end());
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    return spans;
}

/**
 * `text` lower-cased, and with `variant` 1 or 2 also with zxcvbn-c's leet table reversed
 * (L33TCnv in zxcvbn.c; 1, 7 and | read as i/t in variant 1 and as l in variant 2).
 */
SecretString normalisedWord(std::string_view text, int variant)
{
    SecretString out;
    out.reserve(text.size());
    for (char c : text) {
        if (variant > 0) {
            const bool alternative = variant == 2;
            switch (c) {
            case '4':
            case '@':
                c = 'a';
                break;
            case '8':
                c = 'b';
                break;
            case '(':
            case '<':
            case '[':
            case '{':
                c = 'c';
                break;
            case '3':
                c = 'e';
                break;
            case '6':
            case '9':
                c = 'g';
                break;
            case '!':
                c = 'i';
                break;
            case '1':
            case '|':
                c = alternative ? 'l' : 'i';
                break;
            case '0':
                c = 'o';
                break;
            case '$':
            case '5':
                c = 's';
                break;
            case '+':
                c = 't';
                break;
            case '7':
                c = alternative ? 'l' : 't';
                break;
            case '%':
                c = 'x';
                break;
            case '2':
                c = 'z';
                break;
            default:
                break;
            }
        }
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
}

/** The advice codes in the order they are shown: what matters most first. */
constexpr std::array<std::string_view, 12> kAdviceOrder = {
    "too_short",
    "digits_only",
    "personal_info",
    "phone_number",
    "date",
    "vietnamese_name",
    "place_name",
    "common_word",
    "leet",
    "keyboard_pattern",
    "sequence",
    "repeated",
};

std::string_view adviceFor(WordCategory category)
{
    switch (category) {
    case WordCategory::FamilyName:
    case WordCategory::GivenName:
        return "vietnamese_name";
    case WordCategory::Place:
        return "place_name";
    case WordCategory::Common:
    case WordCategory::School:
        return "common_word";
    }
    return "common_word";
}

} // namespace

StrengthChecker::StrengthChecker(PasswordDictionary dictionary)
    : m_dictionary(std::move(dictionary))
{ }

Result<StrengthChecker> StrengthChecker::fromContent(const fs::path& contentDir)
{
    auto dictionary = PasswordDictionary::load(PasswordDictionary::defaultPath(contentDir));
    if (!dictionary) {
        return dictionary.error();
    }
    return StrengthChecker(std::move(*dictionary));
}

StrengthReport StrengthChecker::evaluate(const SecretString& password, const std::vector<std::string>& userInputs) const
{
    StrengthReport report;
    // 1. Fold Vietnamese letters to ASCII (case kept: zxcvbn counts capitals).
    const SecretString folded = foldToAscii(password);
    const std::string_view text = folded.view();

    // 2. zxcvbn with the person's words first, then the Vietnamese words.
    const std::vector<std::string> personal = personalWords(userInputs);
    const std::set<std::string_view> personalSet(personal.begin(), personal.end());
    std::vector<const char*> dictionary;
    dictionary.reserve(personal.size() + m_dictionary.words().size() + 1);
    for (const std::string& word : personal) {
        dictionary.push_back(word.c_str());
    }
    for (const std::string& word : m_dictionary.rankedWords()) {
        dictionary.push_back(word.c_str());
    }
    dictionary.push_back(nullptr);
    std::vector<Part> parts;
    report.zxcvbnBits = runZxcvbn(folded.c_str(), dictionary, &parts);
    report.bits = report.zxcvbnBits;
    std::string_view partsText = text; // the text zxcvbn's parts point into

    // 3. Words split by spaces or punctuation, read again with the separators taken out.
    SecretString joined;
    std::array<bool, kSeparators.size()> seen{};
    for (char c : text) {
        const auto at = kSeparators.find(c);
        if (at == std::string_view::npos) {
            joined.push_back(c);
        } else {
            seen[at] = true;
        }
    }
    const auto kinds = static_cast<double>(std::count(seen.begin(), seen.end(), true));
    if (kinds > 0 && !joined.empty()) {
        std::vector<Part> joinedParts;
        const double bits = runZxcvbn(joined.c_str(), dictionary, &joinedParts) + kinds * kSeparatorBits;
        if (bits < report.bits) {
            report.bits = bits;
            parts = std::move(joinedParts);
            partsText = joined.view();
        }
    }

    // 4. Own patterns: cost the rest with zxcvbn, add theirs, keep the lower estimate.
    const std::vector<Span> spans = findPatterns(text);
    if (!spans.empty()) {
        SecretString rest;
        std::size_t at = 0;
        double bits = 0;
        for (const Span& span : spans) {
            rest.append(text.substr(at, span.begin - at));
            at = span.begin + span.length;
            bits += span.bits;
        }
        rest.append(text.substr(at));
        const std::size_t partCount = spans.size() + (rest.empty() ? 0 : 1);
        bits += rest.empty() ? 0.0 : runZxcvbn(rest.c_str(), dictionary, nullptr);
        bits += static_cast<double>(partCount - 1);
        report.bits = std::min(report.bits, bits);
    }
    report.band = strengthBand(report.bits);

    // 5. Advice, for passwords below Good.
    const std::size_t length = characterCount(password.view());
    if (length < kMinLength || (length < kAdvisedLength && report.band < StrengthBand::Good)) {
        report.advice.push_back(
            {"too_short", {{"length", std::to_string(length)}, {"min", std::to_string(kAdvisedLength)}}});
    }
    if (report.band >= StrengthBand::Good) {
        return report;
    }
    std::set<std::string_view> codes;
    if (!text.empty() && std::all_of(text.begin(), text.end(), isDigit)) {
        codes.insert("digits_only");
    }
    const bool hasLetters = std::any_of(
        text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
    for (const Span& span : spans) {
        codes.insert(span.code);
    }
    for (const Part& part : parts) {
        const int base = part.type & ~MULTIPLE_MATCH;
        if (part.type & MULTIPLE_MATCH) {
            codes.insert("repeated");
        }
        const auto piece = [&] {
            const auto begin = static_cast<std::size_t>(std::max(0, part.begin));
            return partsText.substr(std::min(begin, partsText.size()),
                                    static_cast<std::size_t>(std::max(0, part.length)));
        };
        switch (base) {
        case DICTIONARY_MATCH:
            codes.insert("common_word");
            break;
        case DICT_LEET_MATCH:
            codes.insert("common_word");
            codes.insert("leet");
            break;
        case USER_MATCH:
        case USER_LEET_MATCH: {
            // Which list the word came from decides the advice. The piece is looked at in memory
            // only and never leaves this function.
            std::string_view code = "common_word";
            for (int variant = 0; variant < (base == USER_LEET_MATCH ? 3 : 1); ++variant) {
                const SecretString word = normalisedWord(piece(), variant);
                if (personalSet.count(word.view())) {
                    code = "personal_info";
                    break;
                }
                if (const auto category = m_dictionary.category(word.view())) {
                    code = adviceFor(*category);
                    break;
                }
            }
            codes.insert(code);
            if (base == USER_LEET_MATCH) {
                codes.insert("leet");
            }
            break;
        }
        case REPEATS_MATCH:
            codes.insert("repeated");
            break;
        case SEQUENCE_MATCH:
            codes.insert("sequence");
            break;
        case SPATIAL_MATCH:
            codes.insert("keyboard_pattern");
            break;
        case DATE_MATCH:
        case YEAR_MATCH:
            codes.insert("date");
            break;
        default:
            break;
        }
    }
    if (!hasLetters) {
        codes.erase("leet"); // "1111" read as "illi" is not advice anyone can use
    }
    for (std::string_view code : kAdviceOrder) {
        if (codes.count(code) && code != "too_short") {
            report.advice.push_back({std::string(code), {}});
        }
    }
    return report;
}

} // namespace auditor::passwords
