#include "passwords/TextFold.h"

namespace auditor::passwords {

namespace {

// U+00C0–U+00FF: the base letter, or 0 to keep the character (×, ÷, Þ, ß, þ).
constexpr char kLatin1[] = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUY\0\0"
                           "aaaaaaaceeeeiiiidnooooo\0ouuuuy\0y";

/** The ASCII letter for a Vietnamese code point, 0 to drop it (combining mark), -1 to keep it. */
int foldCodePoint(char32_t cp)
{
    if (cp >= 0xC0 && cp <= 0xFF) {
        const char c = kLatin1[cp - 0xC0];
        return c ? c : -1;
    }
    switch (cp) {
    case 0x102:
        return 'A';
    case 0x103:
        return 'a';
    case 0x110:
        return 'D';
    case 0x111:
        return 'd';
    case 0x128:
        return 'I';
    case 0x129:
        return 'i';
    case 0x168:
        return 'U';
    case 0x169:
        return 'u';
    case 0x1A0:
        return 'O';
    case 0x1A1:
        return 'o';
    case 0x1AF:
        return 'U';
    case 0x1B0:
        return 'u';
    default:
        break;
    }
    if (cp >= 0x300 && cp <= 0x36F) {
        return 0;
    }
    // Latin Extended Additional, Vietnamese block: upper/lower pairs, in the order
    // A (12 pairs), E (8), I (2), O (12), U (7), Y (4).
    if (cp >= 0x1EA0 && cp <= 0x1EF9) {
        const unsigned i = static_cast<unsigned>(cp - 0x1EA0);
        const char base = i < 24 ? 'A' : i < 40 ? 'E' : i < 44 ? 'I' : i < 68 ? 'O' : i < 82 ? 'U' : 'Y';
        return i % 2 == 0 ? base : base - 'A' + 'a';
    }
    return -1;
}

/** Decodes one UTF-8 sequence at text[i]; returns its length (1 for an invalid byte). */
std::size_t decode(std::string_view text, std::size_t i, char32_t& cp)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b = byte(i);
    std::size_t length = 1;
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        cp = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        cp = b & 0x07;
    } else {
        cp = b;
        return 1;
    }
    if (i + length > text.size()) {
        cp = b;
        return 1;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            cp = b;
            return 1;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    return length;
}

template <typename Out>
void fold(std::string_view text, Out& out)
{
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode(text, i, cp);
        const int folded = length == 1 ? -1 : foldCodePoint(cp);
        if (folded < 0) {
            out.append(text.substr(i, length));
        } else if (folded > 0) {
            out.push_back(static_cast<char>(folded));
        }
        i += length;
    }
}

} // namespace

std::string foldToAscii(std::string_view utf8)
{
    std::string out;
    fold(utf8, out);
    return out;
}

SecretString foldToAscii(const SecretString& utf8)
{
    SecretString out;
    fold(utf8.view(), out);
    return out;
}

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::size_t characterCount(std::string_view utf8)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        const std::size_t length = decode(utf8, i, cp);
        if (length == 1 || cp < 0x300 || cp > 0x36F) {
            ++count;
        }
        i += length;
    }
    return count;
}

} // namespace auditor::passwords
