// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string_view>

// Character classes of the speech normaliser: what is read as a Han syllable, what is a Latin
// word, what is a digit (ASCII or full-width), which punctuation makes the voice pause.
namespace podium::spoken {

// A syllable read at the Chinese rate: Han ideographs and 〇, plus kana and Hangul syllables
// (one syllable each, so a stray Japanese or Korean word is still counted).
[[nodiscard]] bool is_syllable(char32_t c);

// A letter of a word read at the English rate: alphabetic, not a syllable (ASCII, accented
// Latin, Greek, Cyrillic, full-width Latin).
[[nodiscard]] bool is_letter(char32_t c);

// 0–9 or full-width ０–９; returns the value or -1.
[[nodiscard]] int digit_value(char32_t c);

// A minus sign: ASCII hyphen-minus, U+2212 or the full-width －.
[[nodiscard]] bool is_minus(char32_t c);

// CJK punctuation and full-width forms: a hint that nearby digits are read in Chinese.
[[nodiscard]] bool is_cjk_punctuation(char32_t c);

enum class PauseMark { None, Clause, Sentence };

// Punctuation that the voice renders as a pause (never as a word). Everything else that is not
// a syllable, letter or digit is silent.
[[nodiscard]] PauseMark pause_mark(char32_t c);

// Full-width ASCII forms (Ａ, ｂ, ０) map to ASCII; everything else is returned unchanged.
[[nodiscard]] char32_t narrow(char32_t c);

} // namespace podium::spoken
