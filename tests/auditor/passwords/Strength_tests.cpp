#include "passwords/Strength.h"
#include "passwords/TextFold.h"

#include "TestConfig.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace auditor;
using namespace auditor::passwords;

namespace {

const StrengthChecker& checker()
{
    static const StrengthChecker instance = [] {
        auto loaded = StrengthChecker::fromContent(TEST_CHECKS_DIR);
        REQUIRE(loaded);
        return std::move(*loaded);
    }();
    return instance;
}

StrengthReport evaluate(const std::string& password, const std::vector<std::string>& inputs = {})
{
    return checker().evaluate(SecretString(password), inputs);
}

std::vector<std::string> codes(const StrengthReport& report)
{
    std::vector<std::string> out;
    for (const Advice& a : report.advice) {
        out.push_back(a.code);
    }
    return out;
}

bool weak(const StrengthReport& r)
{
    return r.band == StrengthBand::Bad || r.band == StrengthBand::Poor;
}

} // namespace

TEST_CASE("Entropy maps to KeePassXC's quality bands", "[passwords]")
{
    using B = StrengthBand;
    const auto [bits, band, code] = GENERATE(table<double, B, std::string>({
        {-1.0, B::Bad, "bad"},
        {0.0, B::Bad, "bad"},
        {0.5, B::Poor, "poor"},
        {39.9, B::Poor, "poor"},
        {40.0, B::Weak, "weak"},
        {64.9, B::Weak, "weak"},
        {65.0, B::Good, "good"},
        {99.9, B::Good, "good"},
        {100.0, B::Excellent, "excellent"},
    }));
    CAPTURE(bits);
    CHECK(strengthBand(bits) == band);
    CHECK(strengthBandCode(band) == code);
}

TEST_CASE("The most common passwords are rated Bad or Poor with advice", "[passwords]")
{
    SECTION("123456")
    {
        const auto r = evaluate("123456");
        CAPTURE(r.bits, codes(r));
        CHECK(weak(r));
        CHECK(r.has("too_short"));
        CHECK(r.has("digits_only"));
        CHECK(r.has("common_word")); // zxcvbn knows it as a common password
        CHECK(r.advice.front().code == "too_short");
        CHECK(r.advice.front().params.at("length") == "6");
        CHECK(r.advice.front().params.at("min") == "12");
    }
    SECTION("matkhau is Vietnamese for password")
    {
        const auto r = evaluate("matkhau");
        CAPTURE(r.bits, codes(r));
        CHECK(weak(r));
        CHECK(r.has("too_short"));
        CHECK(r.has("common_word"));
    }
    SECTION("the same with diacritics and capitals")
    {
        const auto r = evaluate("M\xe1\xba\xadtKh\xe1\xba\xa9u"); // "MậtKhẩu"
        CAPTURE(r.bits, codes(r));
        CHECK(weak(r));
        CHECK(r.has("common_word"));
    }
    SECTION("anhyeuem is a love phrase")
    {
        const auto r = evaluate("anhyeuem");
        CAPTURE(r.bits, codes(r));
        CHECK(weak(r));
        CHECK(r.has("common_word"));
    }
    SECTION("a leet spelling does not help")
    {
        const auto r = evaluate("m4tkh4u");
        CAPTURE(r.bits, codes(r));
        CHECK(weak(r));
        CHECK(r.has("common_word"));
        CHECK(r.has("leet"));
    }
}

TEST_CASE("A Vietnamese name with a birth year is Poor", "[passwords]")
{
    const auto r = evaluate("nguyenvananh1990");
    CAPTURE(r.bits, r.zxcvbnBits, codes(r));
    CHECK(weak(r));
    CHECK(r.has("vietnamese_name"));
    CHECK(r.has("date"));
    CHECK_FALSE(r.has("too_short")); // 16 characters: length is not the problem
    CHECK(r.bits <= r.zxcvbnBits);

    const auto accented = evaluate("Nguy\xe1\xbb\x85nV\xc4\x83n\xc3\x81nh1990"); // "NguyễnVănÁnh1990"
    CAPTURE(accented.bits, codes(accented));
    CHECK(weak(accented));
    CHECK(accented.has("vietnamese_name"));
    CHECK(accented.has("date"));
}

TEST_CASE("Places and school words are recognised", "[passwords]")
{
    const auto place = evaluate("nhatrang2024");
    CAPTURE(place.bits, codes(place));
    CHECK(weak(place));
    CHECK(place.has("place_name"));
    CHECK(place.has("date"));

    const auto school = evaluate("giaovienthpt");
    CAPTURE(school.bits, codes(school));
    CHECK(weak(school));
    CHECK(school.has("common_word"));
}

TEST_CASE("Dates in the shapes people use are found", "[passwords]")
{
    const std::string password = GENERATE(as<std::string>{},
                                          "lan15091990", // ddmmyyyy
                                          "lan1591990", // ddmyyyy
                                          "lan191990", // dmyyyy
                                          "lan150990", // ddmmyy
                                          "19900915lan", // yyyymmdd
                                          "lan15/09/1990", // with separators
                                          "lan15-9-90",
                                          "lan2008");
    CAPTURE(password);
    const auto r = evaluate(password);
    CAPTURE(r.bits, codes(r));
    CHECK(weak(r));
    CHECK(r.has("date"));
}

TEST_CASE("Vietnamese phone numbers are found", "[passwords]")
{
    const std::string password = GENERATE(as<std::string>{},
                                          "0905123987", // mobile 09
                                          "0385123987", // mobile 03
                                          "0705123987", // mobile 07
                                          "84905123987", // 84 instead of 0
                                          "+84905123987",
                                          "02583123456", // landline, Khanh Hoa area code 258
                                          "hoa0905123987",
                                          "0905123987hoa");
    CAPTURE(password);
    const auto r = evaluate(password);
    CAPTURE(r.bits, r.zxcvbnBits, codes(r));
    CHECK(weak(r));
    CHECK(r.has("phone_number"));
}

TEST_CASE("Digits that are not a phone number or a date are not called one", "[passwords]")
{
    // Not 03/05/07/08/09 after the 0, not the right length, not a valid day and month.
    const auto r = evaluate("0105123987");
    CAPTURE(r.bits, codes(r));
    CHECK_FALSE(r.has("phone_number"));
    const auto d = evaluate("xq99887766zt");
    CAPTURE(d.bits, codes(d));
    CHECK_FALSE(d.has("date"));
    CHECK_FALSE(d.has("phone_number"));
}

TEST_CASE("The person's and the school's own words count as personal information", "[passwords]")
{
    const std::vector<std::string> inputs
        = {"Tr\xe1\xba\xa7n Th\xe1\xbb\x8b Thu H\xc6\xb0\xc6\xa1ng", // Trần Thị Thu Hương
           "THPT Nguy\xe1\xbb\x85n Tr\xc3\xa3i", // THPT Nguyễn Trãi
           "huongtt@thptnguyentrai.edu.vn"};
    SECTION("the school's name")
    {
        const auto r = evaluate("Thptnguyentrai@", inputs);
        CAPTURE(r.bits, codes(r));
        CHECK(weak(r));
        CHECK(r.has("personal_info"));
    }
    SECTION("the person's name")
    {
        const auto r = evaluate("thuhuong!!", inputs);
        CAPTURE(r.bits, codes(r));
        CHECK(weak(r));
        CHECK(r.has("personal_info"));
    }
    SECTION("the user part of the e-mail address")
    {
        const auto r = evaluate("huongtt123", inputs);
        CAPTURE(r.bits, codes(r));
        CHECK(weak(r));
        CHECK(r.has("personal_info"));
    }
    SECTION("without the inputs the same password is only a name")
    {
        const auto r = evaluate("thuhuong!!");
        CAPTURE(r.bits, codes(r));
        CHECK_FALSE(r.has("personal_info"));
        CHECK(r.has("vietnamese_name"));
    }
}

TEST_CASE("Patterns zxcvbn finds become advice", "[passwords]")
{
    CHECK(evaluate("aaaaaaaaaaaa").has("repeated"));
    CHECK(evaluate("abcdefghijkl").has("sequence"));
    CHECK(evaluate("qazwsxedcrfv").has("keyboard_pattern"));
}

TEST_CASE("Long random passwords and passphrases are Good or better with no advice", "[passwords]")
{
    const std::string password = GENERATE(as<std::string>{},
                                          "tXq7#pLm9!vR2@kW8zQe",
                                          "orbit-velvet-cactus-harbor-pixel-glacier",
                                          "gR4-vOng-kh1-b4o-tu0i-hai-m0i");
    CAPTURE(password);
    const auto r = evaluate(password);
    CAPTURE(r.bits, codes(r));
    CHECK(r.band >= StrengthBand::Good);
    CHECK(r.advice.empty());
}

TEST_CASE("A Vietnamese phrase written with spaces is not rated Good", "[passwords]")
{
    // zxcvbn alone charges every space and every extra part and rates these Good or Weak.
    const std::string password = GENERATE(as<std::string>{}, "anh yeu em nhieu lam", "toi yeu viet nam");
    CAPTURE(password);
    const auto r = evaluate(password);
    CAPTURE(r.bits, r.zxcvbnBits, codes(r));
    CHECK(weak(r));
    CHECK(r.bits < r.zxcvbnBits);
    CHECK(r.has("common_word"));
}

TEST_CASE("An empty password is Bad", "[passwords]")
{
    const auto r = evaluate("");
    CHECK(r.band == StrengthBand::Bad);
    CHECK(r.bits == 0);
    REQUIRE(r.has("too_short"));
    CHECK(r.advice.front().params.at("length") == "0");
}

TEST_CASE("Advice never carries any part of the password", "[passwords]")
{
    const std::string password = "nguyenvananh0905123987";
    const auto r = evaluate(password, {"Nguy\xe1\xbb\x85n V\xc4\x83n Anh"});
    REQUIRE_FALSE(r.advice.empty());
    for (const Advice& a : r.advice) {
        for (const auto& [key, value] : a.params) {
            CAPTURE(a.code, key);
            CHECK(value.find("nguyen") == std::string::npos);
            CHECK(value.find("0905") == std::string::npos);
        }
    }
}

TEST_CASE("The shipped Vietnamese word list loads with its categories", "[passwords]")
{
    const auto dictionary = PasswordDictionary::load(PasswordDictionary::defaultPath(TEST_CHECKS_DIR));
    REQUIRE(dictionary);
    CHECK(dictionary->words().size() >= 300);
    CHECK(dictionary->category("nguyen") == WordCategory::FamilyName);
    CHECK(dictionary->category("anh") == WordCategory::GivenName);
    CHECK(dictionary->category("matkhau") == WordCategory::Common);
    CHECK(dictionary->category("thpt") == WordCategory::School);
    CHECK(dictionary->category("nhatrang") == WordCategory::Place);
    CHECK_FALSE(dictionary->category("password"));
}

TEST_CASE("A broken word list is an error with file and line", "[passwords]")
{
    const auto errorOf = [](const std::string& text) {
        const auto d = PasswordDictionary::fromText(text, "words.txt");
        REQUIRE_FALSE(d);
        CHECK(d.error().params.at("file") == "words.txt");
        return d.error();
    };
    CHECK(errorOf("nguyen\n").code == "wordlist.invalid"); // before any section
    CHECK(errorOf("# c\n[names]\nnguyen\n").params.at("line") == "2"); // unknown section
    const Error upper = errorOf("[family_name]\nnguyen\nTran\n");
    CHECK(upper.code == "wordlist.invalid");
    CHECK(upper.params.at("line") == "3");
    CHECK(errorOf("[family_name]\nnguy\xe1\xbb\x85n\n").code == "wordlist.invalid"); // diacritics
    const Error twice = errorOf("[family_name]\nnguyen\n\n[given_name]\nnguyen\n");
    CHECK(twice.code == "wordlist.duplicate");
    CHECK(twice.params.at("line") == "5");
    CHECK(twice.params.at("word") == "nguyen");
    CHECK(PasswordDictionary::fromText("# only comments\r\n\r\n[place]\r\nhanoi\r\n", "w")->words().size() == 1);
}

TEST_CASE("Vietnamese letters fold to ASCII", "[passwords]")
{
    // "Nguyễn Văn Ánh, Đức, Hương, Thủy" precomposed.
    CHECK(foldToAscii(
              "Nguy\xe1\xbb\x85n V\xc4\x83n \xc3\x81nh, \xc4\x90\xe1\xbb\xa9\x63, H\xc6\xb0\xc6\xa1ng, Th\xe1\xbb\xa7y")
          == "Nguyen Van Anh, Duc, Huong, Thuy");
    // "Hương" decomposed: ư = u + U+031B (horn), ơ = o + U+031B.
    CHECK(foldToAscii("Hu\xcc\x9bo\xcc\x9bng") == "Huong");
    // Every letter of the Vietnamese block U+1EA0-U+1EF9 folds to a plain vowel.
    for (char32_t cp = 0x1EA0; cp <= 0x1EF9; ++cp) {
        std::string utf8;
        utf8 += static_cast<char>(0xE0 | (cp >> 12));
        utf8 += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        utf8 += static_cast<char>(0x80 | (cp & 0x3F));
        const std::string folded = foldToAscii(utf8);
        CAPTURE(static_cast<unsigned>(cp));
        REQUIRE(folded.size() == 1);
        CHECK(std::string("AEIOUYaeiouy").find(folded[0]) != std::string::npos);
    }
    CHECK(foldToAscii("plain ASCII 123") == "plain ASCII 123");
    CHECK(foldToAscii("\xe2\x82\xac") == "\xe2\x82\xac"); // other characters stay (the euro sign)
    CHECK(characterCount("M\xe1\xba\xadtKh\xe1\xba\xa9u") == 7);
    CHECK(characterCount("Hu\xcc\x9bo\xcc\x9bng") == 5);
}
