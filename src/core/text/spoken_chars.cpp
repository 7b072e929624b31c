// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/spoken_chars.hpp"

#include "core/text/utf8.hpp"

#include <unicode/uchar.h>

namespace podium::spoken {

bool is_syllable(char32_t c)
{
    return utf8::is_han(c) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA)
        || (c >= 0xAC00 && c <= 0xD7A3);
}

bool is_letter(char32_t c)
{
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return !is_syllable(c) && !(c >= 0x3000 && c <= 0x9FFF) && u_isalpha(static_cast<UChar32>(c)) != 0;
}

int digit_value(char32_t c)
{
    if (c >= '0' && c <= '9') {
        return static_cast<int>(c - '0');
    }
    if (c >= 0xFF10 && c <= 0xFF19) {
        return static_cast<int>(c - 0xFF10);
    }
    return -1;
}

bool is_cjk_punctuation(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
        || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

PauseMark pause_mark(char32_t c)
{
    switch (c) {
    case U'，': case U'、': case U'；': case U'：': case U',': case U';': case U':':
    case U'—': case U'…': case U'–':
        return PauseMark::Clause;
    case U'。': case U'！': case U'？': case U'!': case U'?': case U'.': case U'．':
        return PauseMark::Sentence;
    default:
        return PauseMark::None;
    }
}

bool is_minus(char32_t c) { return c == '-' || c == U'−' || c == U'－'; }

char32_t narrow(char32_t c) { return (c >= 0xFF01 && c <= 0xFF5E) ? c - 0xFEE0 : c; }

} // namespace podium::spoken
