// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <string_view>

namespace podium {

// A list number as Word displays it for a w:numFmt value: decimal 3 → "3", chineseCounting
// 12 → "十二", decimalEnclosedCircle 3 → "③", upperRoman 4 → "IV", lowerLetter 28 → "bb",
// ideographTraditional 1 → "甲", decimalFullWidth 7 → "７". Unknown formats fall back to
// decimal; "bullet" and "none" give "".
// Negative numbers show as 0; numbers past 2^31 (a list starting at 2147483647) are shown
// as they are.
[[nodiscard]] std::string format_list_number(long long number, std::string_view word_format);

// The Word format name for an ODF style:num-format ("1", "a", "A", "i", "I", "一, 二, 三, ...",
// "①, ②, ③, ...").
[[nodiscard]] std::string_view word_format_for_odf(std::string_view odf_format);

} // namespace podium
