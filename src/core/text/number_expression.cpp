// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/number_expression.hpp"

#include "core/text/chinese_numbers.hpp"
#include "core/text/english_numbers.hpp"
#include "core/text/spoken_chars.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>

namespace podium {

namespace {

struct Cursor {
    std::string_view text;
    std::size_t limit;
    std::size_t offset;

    [[nodiscard]] bool at_end() const { return offset >= limit; }
    [[nodiscard]] char32_t peek(std::size_t* after = nullptr) const
    {
        if (at_end()) {
            return 0;
        }
        std::size_t next = offset;
        const char32_t c = utf8::next(text, next);
        if (after != nullptr) {
            *after = next;
        }
        return next <= limit ? c : 0;
    }
    char32_t take()
    {
        std::size_t next = offset;
        const char32_t c = peek(&next);
        offset = next;
        return c;
    }
    [[nodiscard]] int digit() const { return spoken::digit_value(peek()); }
};

std::string take_digits(Cursor& cursor)
{
    std::string digits;
    while (cursor.digit() >= 0) {
        digits.push_back(static_cast<char>('0' + spoken::digit_value(cursor.take())));
    }
    return digits;
}

bool is_range_connector(char32_t c)
{
    return c == '-' || c == U'–' || c == U'—' || c == U'―' || c == '~' || c == U'～' || c == U'〜' || c == U'－';
}

std::optional<NumberLiteral> scan_literal(Cursor& cursor)
{
    NumberLiteral literal;
    Cursor probe = cursor;
    if (spoken::is_minus(probe.peek())) {
        probe.take();
        literal.negative = true;
    }
    if (probe.digit() < 0) {
        return std::nullopt;
    }
    literal.integer = take_digits(probe);
    // Thousands separators: 10,000 and 1,234,567 (exactly three digits after each comma).
    if (literal.integer.size() <= 3) {
        while (probe.peek() == ',') {
            Cursor group = probe;
            group.take();
            const std::string digits = take_digits(group);
            if (digits.size() != 3) {
                break;
            }
            literal.integer += digits;
            literal.grouped = true;
            probe = group;
        }
    }
    if (const char32_t c = probe.peek(); c == '.' || c == U'．') {
        Cursor fraction = probe;
        fraction.take();
        if (fraction.digit() >= 0) {
            literal.fraction = take_digits(fraction);
            probe = fraction;
        }
    }
    switch (probe.peek()) {
    case '%': case U'％': probe.take(); literal.suffix = NumberLiteral::Suffix::Percent; break;
    case U'‰': probe.take(); literal.suffix = NumberLiteral::Suffix::PerMille; break;
    case U'℃': probe.take(); literal.suffix = NumberLiteral::Suffix::Celsius; break;
    default: break;
    }
    cursor = probe;
    return literal;
}

bool is_plain_integer(const NumberLiteral& literal)
{
    return literal.fraction.empty() && !literal.negative && !literal.grouped
        && literal.suffix == NumberLiteral::Suffix::None;
}

// Measure words after which a lone 2 reads 两 (两个, 两年, 两倍).
bool is_measure_word(char32_t c)
{
    static constexpr std::u32string_view kMeasureWords = U"个位名年天次件种条项家所本张台辆支只股批届周倍岁小场份篇句层级类套片块座处部门样轮万千百亿秒分米斤吨元点";
    return kMeasureWords.find(c) != std::u32string_view::npos;
}

bool reads_as_year_chinese(const NumberLiteral& literal, char32_t next)
{
    return next == U'年' && is_plain_integer(literal) && literal.integer.size() == 4;
}

bool reads_digit_by_digit(const NumberLiteral& literal)
{
    // Codes and numbers with a leading zero (0571), and long ungrouped numbers (phone numbers).
    return literal.fraction.empty() && !literal.grouped
        && ((literal.integer.size() > 1 && literal.integer.front() == '0') || literal.integer.size() >= 11);
}

enum class PercentWords { Read, Omit };

std::string chinese_literal(const NumberLiteral& literal, char32_t next, bool year, PercentWords percent)
{
    std::string out;
    if (percent == PercentWords::Read) {
        if (literal.suffix == NumberLiteral::Suffix::Percent) {
            out += "百分之";
        } else if (literal.suffix == NumberLiteral::Suffix::PerMille) {
            out += "千分之";
        }
    }
    if (literal.negative) {
        out += "负";
    }
    if (year || reads_digit_by_digit(literal)) {
        out += chinese::digit_by_digit(literal.integer);
    } else if (!literal.fraction.empty()) {
        out += chinese::decimal(literal.integer, literal.fraction);
    } else {
        const bool before_measure = literal.suffix == NumberLiteral::Suffix::None && is_measure_word(next);
        out += chinese::cardinal(literal.integer, before_measure ? chinese::LoneTwo::Liang : chinese::LoneTwo::Er);
    }
    if (literal.suffix == NumberLiteral::Suffix::Celsius) {
        out += "摄氏度";
    }
    return out;
}

std::string english_literal(const NumberLiteral& literal, EnglishForm form)
{
    std::string out;
    if (literal.negative) {
        out += "minus ";
    }
    if (reads_digit_by_digit(literal)) {
        out += english::digit_by_digit(literal.integer);
    } else if (!literal.fraction.empty()) {
        out += english::decimal(literal.integer, literal.fraction);
    } else if (form == EnglishForm::Ordinal) {
        out += english::ordinal(literal.integer);
    } else if (is_plain_integer(literal) && literal.integer.size() == 4) {
        out += english::year(literal.integer);
    } else {
        out += english::cardinal(literal.integer);
    }
    switch (literal.suffix) {
    case NumberLiteral::Suffix::Percent: out += " percent"; break;
    case NumberLiteral::Suffix::PerMille: out += " per mille"; break;
    case NumberLiteral::Suffix::Celsius: out += " degrees Celsius"; break;
    case NumberLiteral::Suffix::None: break;
    }
    return out;
}

// 2023-11-25 (ISO 8601): after a plain four-digit year, "-MM-DD" with a valid month and day.
std::optional<std::pair<NumberLiteral, NumberLiteral>> scan_iso_date(const NumberLiteral& year, Cursor& cursor)
{
    if (!is_plain_integer(year) || year.integer.size() != 4) {
        return std::nullopt;
    }
    Cursor probe = cursor;
    std::string parts[2];
    for (auto& part : parts) {
        if (probe.peek() != '-') {
            return std::nullopt;
        }
        probe.take();
        part = take_digits(probe);
        if (part.size() != 2) {
            return std::nullopt;
        }
    }
    if (parts[0] < "01" || parts[0] > "12" || parts[1] < "01" || parts[1] > "31") {
        return std::nullopt;
    }
    cursor = probe;
    auto literal = [](std::string digits) { return NumberLiteral{std::move(digits), {}, false, false, NumberLiteral::Suffix::None}; };
    return std::pair{literal(parts[0]), literal(parts[1])};
}

} // namespace

std::optional<NumberExpression> scan_number(std::string_view text, std::size_t offset, std::size_t limit)
{
    Cursor cursor{text, std::min(limit, text.size()), offset};
    auto first = scan_literal(cursor);
    if (!first) {
        return std::nullopt;
    }
    NumberExpression expression;
    expression.first = std::move(*first);
    const bool plain = is_plain_integer(expression.first);

    Cursor rest = cursor;
    const char32_t c = rest.peek();
    if (auto date = scan_iso_date(expression.first, rest)) {
        expression.shape = NumberShape::Date;
        expression.second = std::move(date->first);
        expression.third = std::move(date->second);
        cursor = rest;
    } else if (c == ':' && plain && expression.first.integer.size() <= 2) {
        // 9:30 is a time when the minutes have two digits and the hours are at most 24.
        rest.take();
        const std::string minutes = take_digits(rest);
        if (minutes.size() == 2 && std::stoi(expression.first.integer) <= 24 && minutes < "60") {
            expression.shape = NumberShape::Time;
            expression.second = NumberLiteral{minutes, {}, false, false, NumberLiteral::Suffix::None};
            cursor = rest;
        }
    } else if (c == '/' && plain) {
        rest.take();
        Cursor denominator = rest;
        if (auto second = scan_literal(denominator); second && is_plain_integer(*second)) {
            expression.shape = NumberShape::Fraction;
            expression.second = std::move(second);
            cursor = denominator;
        }
    } else {
        // Ranges: 3—5, 3 ~ 5, 2021-2025, 8%—10%, 3——5. An ASCII hyphen takes no spaces
        // around it (5 - 3 is arithmetic, not a range).
        Cursor connector = rest;
        while (connector.peek() == ' ') {
            connector.take();
        }
        const bool spaced = connector.offset != rest.offset;
        const char32_t dash = connector.peek();
        if (is_range_connector(dash) && !(dash == '-' && spaced) && !expression.first.negative) {
            connector.take();
            if (dash == U'—' && connector.peek() == U'—') {
                connector.take();
            }
            const std::size_t before_spaces = connector.offset;
            while (connector.peek() == ' ') {
                connector.take();
            }
            if (!(dash == '-' && connector.offset != before_spaces) && connector.digit() >= 0) {
                if (auto second = scan_literal(connector)) {
                    expression.shape = NumberShape::Range;
                    expression.second = std::move(second);
                    cursor = connector;
                }
            }
        }
    }
    expression.source = {offset, cursor.offset};
    return expression;
}

std::string read_in_chinese(const NumberExpression& number, char32_t next)
{
    const NumberLiteral& first = number.first;
    switch (number.shape) {
    case NumberShape::Single:
        return chinese_literal(first, next, reads_as_year_chinese(first, next), PercentWords::Read);
    case NumberShape::Range: {
        const NumberLiteral& second = *number.second;
        // 2021-2025年: the year unit after the second number makes both years.
        const bool years = reads_as_year_chinese(second, next) && is_plain_integer(first) && first.integer.size() == 4;
        // 3—5%: one 百分之 before the range (百分之三到五); 8%—10% reads both.
        const bool shared_percent = first.suffix == NumberLiteral::Suffix::None
            && (second.suffix == NumberLiteral::Suffix::Percent || second.suffix == NumberLiteral::Suffix::PerMille);
        std::string out;
        if (shared_percent) {
            out += second.suffix == NumberLiteral::Suffix::Percent ? "百分之" : "千分之";
        }
        out += chinese_literal(first, next, years, PercentWords::Read);
        out += "到";
        out += chinese_literal(second, next, years, shared_percent ? PercentWords::Omit : PercentWords::Read);
        return out;
    }
    case NumberShape::Time: {
        std::string out = chinese::cardinal(first.integer, chinese::LoneTwo::Liang) + "点";
        const std::string& minutes = number.second->integer;
        if (minutes != "00") {
            out += (minutes.front() == '0' ? "零" : "") + chinese::cardinal(minutes) + "分";
        }
        return out;
    }
    case NumberShape::Fraction:
        return chinese::cardinal(number.second->integer) + "分之" + chinese::cardinal(first.integer);
    case NumberShape::Date:
        return chinese::digit_by_digit(first.integer) + "年" + chinese::cardinal(number.second->integer) + "月"
            + chinese::cardinal(number.third->integer) + "日";
    }
    return {};
}

std::string read_in_english(const NumberExpression& number, EnglishForm form)
{
    const NumberLiteral& first = number.first;
    switch (number.shape) {
    case NumberShape::Single:
        return english_literal(first, form);
    case NumberShape::Range:
        return english_literal(first, EnglishForm::Cardinal) + " to " + english_literal(*number.second, form);
    case NumberShape::Time: {
        std::string out = english::cardinal(first.integer);
        const std::string& minutes = number.second->integer;
        if (minutes == "00") {
            return out + " o'clock";
        }
        if (minutes.front() == '0') {
            return out + " oh " + english::cardinal(minutes);
        }
        return out + " " + english::cardinal(minutes);
    }
    case NumberShape::Fraction:
        return english::cardinal(first.integer) + " over " + english::cardinal(number.second->integer);
    case NumberShape::Date: {
        static constexpr std::array<std::string_view, 12> kMonths{"January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December"};
        const auto month = static_cast<std::size_t>(std::stoi(number.second->integer) - 1);
        return std::string(kMonths[month]) + " " + english::ordinal(number.third->integer) + ", "
            + english::year(first.integer);
    }
    }
    return {};
}

} // namespace podium
