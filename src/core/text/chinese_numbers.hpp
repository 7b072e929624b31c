// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <string_view>

// How Chinese reads digits aloud. Inputs are ASCII digit strings (full-width digits are mapped
// by the caller); outputs are Han text, one syllable per character, so counting the reading
// counts its syllables.
namespace podium::chinese {

// 年份、编号: 2023 → 二〇二三, 0571 → 〇五七一.
[[nodiscard]] std::string digit_by_digit(std::string_view digits);

// Whether a lone 2 before a measure word reads 两 (两个、两年) rather than 二 (二月、第二).
enum class LoneTwo { Er, Liang };

// Cardinal numbers with 万/亿 grouping: 10 → 十, 91 → 九十一, 1005 → 一千零五, 20000 → 两万,
// 100000 → 十万. A leading 2 before 百/千/万/亿 reads 两 (两百、两千、两万), consistently.
// Leading zeros are ignored; more than 16 digits read digit by digit.
[[nodiscard]] std::string cardinal(std::string_view digits, LoneTwo lone_two = LoneTwo::Er);

// 12.5 → 十二点五, 0.05 → 零点零五 (the fraction is read digit by digit with 零).
[[nodiscard]] std::string decimal(std::string_view integer, std::string_view fraction);

} // namespace podium::chinese
