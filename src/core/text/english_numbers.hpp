// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <string_view>

// How English reads digits aloud, written out as words so the voice and the word count agree.
// Inputs are ASCII digit strings.
namespace podium::english {

// 0571 → "zero five seven one".
[[nodiscard]] std::string digit_by_digit(std::string_view digits);

// 91 → "ninety-one", 1005 → "one thousand five", 2000000 → "two million". More than 18 digits
// read digit by digit.
[[nodiscard]] std::string cardinal(std::string_view digits);

// 2025 → "twenty twenty-five", 2000 → "two thousand", 2005 → "two thousand five",
// 1905 → "nineteen oh five", 1900 → "nineteen hundred". For four-digit numbers 1100–2099.
[[nodiscard]] std::string year(std::string_view digits);

// 1 → "first", 22 → "twenty-second", 100 → "one hundredth".
[[nodiscard]] std::string ordinal(std::string_view digits);

// 12.5 → "twelve point five".
[[nodiscard]] std::string decimal(std::string_view integer, std::string_view fraction);

} // namespace podium::english
