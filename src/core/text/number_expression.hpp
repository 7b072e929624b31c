// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/text/span.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace podium {

// One written number: digits (ASCII, full-width mapped), thousands separators removed.
struct NumberLiteral {
    std::string integer;            // "12" for 12.5
    std::string fraction;           // "5" for 12.5; empty when none
    bool negative = false;
    bool grouped = false;           // written with thousands separators (10,000)
    enum class Suffix { None, Percent, PerMille, Celsius } suffix = Suffix::None;
    friend bool operator==(const NumberLiteral&, const NumberLiteral&) = default;
};

enum class NumberShape {
    Single,   // 91, 12.5%, 2023
    Range,    // 3—5, 2021-2025, 8%—10%, 3~5
    Time,     // 9:30 (first = hours, second = minutes)
    Fraction, // 1/3 (first = numerator, second = denominator)
    Date,     // 2023-11-25 (first = year, second = month, third = day)
};

// A number expression as written, to be read aloud as a whole.
struct NumberExpression {
    Span source;
    NumberShape shape = NumberShape::Single;
    NumberLiteral first;
    std::optional<NumberLiteral> second;
    std::optional<NumberLiteral> third;
    friend bool operator==(const NumberExpression&, const NumberExpression&) = default;
};

// Scans a number expression starting at `offset` (a digit, or a minus sign before one) and
// ending at or before `limit`. Returns nothing when no digit starts there.
[[nodiscard]] std::optional<NumberExpression> scan_number(std::string_view text, std::size_t offset,
    std::size_t limit);

// The Chinese reading. `next` is the first character after the expression (年, 个, 月 …), which
// decides years (digit by digit) and 两 before measure words.
[[nodiscard]] std::string read_in_chinese(const NumberExpression& number, char32_t next);

// The English reading. `ordinal` for 1st/2nd/3rd/4th; years 1100–2099 read as years.
enum class EnglishForm { Cardinal, Ordinal };
[[nodiscard]] std::string read_in_english(const NumberExpression& number, EnglishForm form = EnglishForm::Cardinal);

} // namespace podium
