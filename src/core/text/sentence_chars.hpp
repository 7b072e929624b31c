// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Character classes used only by the sentence splitter (internal header). Cheap range tests:
// the splitter calls them for every character, so no tables and no library calls.
#include "core/text/utf8.hpp"

namespace podium::sentence {

inline constexpr char32_t kEnd = 0x110000;              // past the end of a line
inline constexpr char32_t kDoubleApostrophe = 0x110001; // '' used as a closing double quote
inline constexpr char32_t kDoubleBacktick = 0x110002;   // `` used as an opening double quote
// A run of two or more characters that no rule looks at one by one is one token, so the
// splitter does per-token work for a fraction of the characters. The token's code point
// stands for the run's class: lower-case ASCII letters (ß is lower-case Latin) or Han
// ideographs (丁 is Han). A lower-case run may hold several words joined by single spaces
// (see decode_line): rules that read a run's text read its first word only.
inline constexpr char32_t kLowerRun = 0xDF;
inline constexpr char32_t kHanRun = 0x4E01;

// Each test answers ASCII first: most tokens of most text are ASCII.
[[nodiscard]] constexpr bool is_upper(char32_t c)
{
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z';
    }
    return (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        || (c >= 0x100 && c <= 0x17F && c % 2 == 0) || (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F)
        || (c >= 0x531 && c <= 0x556);
}

[[nodiscard]] constexpr bool is_lower(char32_t c)
{
    if (c < 0x80) {
        return c >= 'a' && c <= 'z';
    }
    return (c >= 0xDF && c <= 0xFF && c != 0xF7)
        || (c >= 0x100 && c <= 0x17F && c % 2 == 1) || (c >= 0x3AC && c <= 0x3CE) || (c >= 0x430 && c <= 0x45F)
        || (c >= 0x561 && c <= 0x587);
}

[[nodiscard]] constexpr bool is_latin_letter(char32_t c) { return c < 0x250 && (is_upper(c) || is_lower(c)); }

[[nodiscard]] constexpr bool is_digit(char32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

[[nodiscard]] constexpr bool is_space(char32_t c)
{
    if (c < 0x80) {
        return c == ' ' || c == '\t' || (c >= 0x0B && c <= 0x0D);
    }
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Chinese, Japanese and Korean script, CJK punctuation and full-width forms.
[[nodiscard]] constexpr bool is_cjk(char32_t c)
{
    if (c < 0x2E80) {
        return false;
    }
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3134F);
}

// Terminators that end a sentence wherever they stand (R1), including those of other scripts.
[[nodiscard]] constexpr bool is_hard_terminator(char32_t c)
{
    switch (c) {
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61: // 。！？｡
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: // ‼ ⁇ ⁈ ⁉
    case 0x0589: case 0x061F: case 0x06D4: case 0x0964: case 0x0965: // Armenian, Arabic, Urdu, Devanagari
    case 0x1362: case 0x1367: case 0x1368: case 0x104B: // Ethiopic, Myanmar
        return true;
    default:
        return false;
    }
}

[[nodiscard]] constexpr bool is_bang(char32_t c) { return c == '!' || c == '?'; }
[[nodiscard]] constexpr bool is_period(char32_t c) { return c == '.' || c == 0xFF0E; }
[[nodiscard]] constexpr bool is_ellipsis_char(char32_t c) { return c == 0x2026 || c == 0x22EF; }

[[nodiscard]] constexpr bool is_letter(char32_t c)
{
    return is_upper(c) || is_lower(c) || (c >= 0x250 && c < 0x2000 && !is_hard_terminator(c) && c != 0x60C && c != 0x61B)
        || (is_cjk(c) && !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFF00 && c <= 0xFF20));
}

// R3/R7/R8: marks after which a sentence always goes on.
[[nodiscard]] constexpr bool is_non_terminal(char32_t c)
{
    switch (c) {
    case 0xFF0C: case 0x3001: case 0xFF1B: case 0xFF1A: case ',': case ';': case ':': case 0x060C: case 0x061B:
        return true;
    default:
        return false;
    }
}

// Kinds of paired marks. Half- and full-width parentheses pair with each other.
enum class PairKind : unsigned char {
    None, Paren, Square, Curly, Lenticular, Tortoise, Corner, WhiteCorner, DoubleAngle, Angle,
    CurlyDouble, CurlySingle, StraightDouble, StraightSingle,
};

[[nodiscard]] constexpr PairKind opening_kind(char32_t c)
{
    switch (c) {
    case '(': case 0xFF08: return PairKind::Paren;
    case '[': return PairKind::Square;
    case '{': return PairKind::Curly;
    case 0x3010: return PairKind::Lenticular;  // 【
    case 0x3014: return PairKind::Tortoise;    // 〔
    case 0x300C: return PairKind::Corner;      // 「
    case 0x300E: return PairKind::WhiteCorner; // 『
    case 0x300A: return PairKind::DoubleAngle; // 《
    case 0x3008: return PairKind::Angle;       // 〈
    case 0x201C: return PairKind::CurlyDouble; // “
    case 0x2018: return PairKind::CurlySingle; // ‘
    default: return PairKind::None;
    }
}

[[nodiscard]] constexpr PairKind closing_kind(char32_t c)
{
    switch (c) {
    case ')': case 0xFF09: return PairKind::Paren;
    case ']': return PairKind::Square;
    case '}': return PairKind::Curly;
    case 0x3011: return PairKind::Lenticular;
    case 0x3015: return PairKind::Tortoise;
    case 0x300D: return PairKind::Corner;
    case 0x300F: return PairKind::WhiteCorner;
    case 0x300B: return PairKind::DoubleAngle;
    case 0x3009: return PairKind::Angle;
    case 0x201D: return PairKind::CurlyDouble;
    case 0x2019: return PairKind::CurlySingle;
    default: return PairKind::None;
    }
}

[[nodiscard]] constexpr PairKind straight_quote_kind(char32_t c)
{
    if (c == '"' || c == kDoubleApostrophe || c == kDoubleBacktick) {
        return PairKind::StraightDouble;
    }
    if (c == '\'' || c == '`') {
        return PairKind::StraightSingle;
    }
    return PairKind::None;
}

[[nodiscard]] constexpr bool is_quote_or_bracket(char32_t c)
{
    if (c < 0x80) {
        return c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '"' || c == '\'' || c == '`';
    }
    return opening_kind(c) != PairKind::None || closing_kind(c) != PairKind::None
        || straight_quote_kind(c) != PairKind::None;
}

// ASCII letters and digits, and runs of lower-case letters or of Han: no rule reads them as
// a mark, a space or a terminator.
[[nodiscard]] constexpr bool is_word_char(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == kLowerRun || c == kHanRun;
}

// A token the splitter must visit (a stop): a terminator, or a quote or bracket to pair.
[[nodiscard]] constexpr bool is_stop_char(char32_t c)
{
    return is_quote_or_bracket(c) || is_hard_terminator(c) || is_period(c) || is_ellipsis_char(c);
}

} // namespace podium::sentence
