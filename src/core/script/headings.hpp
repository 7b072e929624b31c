// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace podium {

// Nesting ranks: a smaller rank encloses a larger one. They follow the usual Chinese hierarchy
// (GB/T 9704: 一、 > （一） > 1. > （1）) 第一部分/第一章 > 第一节 > 一、 > （一） > 1. > (1) > ①,
// and Markdown # > ## > ###. A speech rarely uses them all; Section::level is the depth
// actually reached, not the rank.
inline constexpr int kRankPart = 5;        // 第一部分 第一篇 第一章 第一讲
inline constexpr int kRankSubPart = 7;     // 第一节
inline constexpr int kRankNumber = 10;     // 一、 ; Markdown #
inline constexpr int kRankBracketed = 20;  // （一） ; Markdown ##
inline constexpr int kRankNumbered = 30;   // 1. 1、 ; Markdown ###
inline constexpr int kRankParenthesisedNumber = 40; // (1) （1） : under 6、, as in 6、… ⏎ （1）…
inline constexpr int kRankCircled = 50;    // ① : under (1)
inline constexpr int kRankMarkdownStep = 10; // Markdown: rank = 10 × number of #s

// The ways a speech marks a heading at the start of a paragraph. docs/sections.md has the rules.
enum class HeadingStyle {
    ChineseNumber,        // 一、 … 九十九、
    ChineseOrdinal,       // 第一部分 第一章 第一节 第一篇 第一讲
    ChineseParenthesised, // （一） (一)
    ArabicParenthesised,  // （1） (1)
    ArabicNumber,         // 1. 1、 1． 1) 1）
    CircledNumber,        // ① … ⑳
    Markdown,             // # ## ### …
};

struct HeadingMarker {
    HeadingStyle style = HeadingStyle::ChineseNumber;
    int rank = kRankNumber;  // a heading closes the open sections of the same or larger rank
    std::size_t length = 0;  // bytes of the marker, and for Markdown the spaces after the #s
    int number = 0;          // the enumerator's value (一 → 1); 0 for Markdown
    // 第一部分 followed directly by text (第一部分工作回顾 or 第一节课上…): a heading only when the
    // paragraph is a heading line, because it may just as well be prose.
    bool runs_into_text = false;
    friend bool operator==(const HeadingMarker&, const HeadingMarker&) = default;
};

// The heading marker at the start of `text` (a paragraph's first sentence), if any, with some
// text after it. Markdown # markers are recognised only in Markdown; in Markdown, Arabic and
// circled numbers are ordinary list items, never headings.
[[nodiscard]] std::optional<HeadingMarker> match_heading_marker(std::string_view text, ScriptFormat format);

// The value of the Chinese numeral (一 … 九十九) at the start of `text` and its length in
// bytes, or nullopt.
struct ChineseNumeral {
    int value = 0;
    std::size_t length = 0;
};
[[nodiscard]] std::optional<ChineseNumeral> parse_chinese_numeral(std::string_view text);

// The title shown for a heading sentence: the Markdown #s (and closing #s) removed, and a
// trailing full stop, comma, colon or semicolon dropped; the enumerator (一、) is kept, since
// the speaker knows the section by it.
[[nodiscard]] std::string heading_title(std::string_view sentence, const HeadingMarker& marker);

// How long a phrase reads, for the "short" rules: each Han character counts 1 and each Latin
// or digit word 2 (an English word carries about two Chinese characters of meaning).
// Punctuation and spaces count nothing.
[[nodiscard]] std::size_t phrase_weight(std::string_view text);

// True when `text` ends with sentence or clause punctuation (。！？.!?；;…，,：:), perhaps
// followed by closing quotes or brackets: a heading line has none.
[[nodiscard]] bool ends_with_punctuation(std::string_view text);

} // namespace podium
