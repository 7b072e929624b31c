// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/english_numbers.hpp"

#include <array>

namespace podium::english {

namespace {

constexpr std::array<std::string_view, 20> kSmall{"zero", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTens{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety"};
constexpr std::array<std::string_view, 7> kScales{"", "thousand", "million", "billion", "trillion", "quadrillion",
    "quintillion"};
constexpr std::size_t kMaxCardinalDigits = 18;

int value_of(std::string_view digits)
{
    int value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

void append_word(std::string& out, std::string_view word)
{
    if (!out.empty()) {
        out += ' ';
    }
    out += word;
}

// 0 < n < 100
std::string below_hundred(int n)
{
    if (n < 20) {
        return std::string(kSmall[static_cast<std::size_t>(n)]);
    }
    std::string out(kTens[static_cast<std::size_t>(n / 10)]);
    if (n % 10 != 0) {
        out += '-';
        out += kSmall[static_cast<std::size_t>(n % 10)];
    }
    return out;
}

// 0 < n < 1000
std::string below_thousand(int n)
{
    std::string out;
    if (n >= 100) {
        out = std::string(kSmall[static_cast<std::size_t>(n / 100)]) + " hundred";
    }
    if (n % 100 != 0) {
        append_word(out, below_hundred(n % 100));
    }
    return out;
}

} // namespace

std::string digit_by_digit(std::string_view digits)
{
    std::string out;
    for (const char c : digits) {
        append_word(out, kSmall[static_cast<std::size_t>(c - '0')]);
    }
    return out;
}

std::string cardinal(std::string_view digits)
{
    while (digits.size() > 1 && digits.front() == '0') {
        digits.remove_prefix(1);
    }
    if (digits.empty() || digits == "0") {
        return "zero";
    }
    if (digits.size() > kMaxCardinalDigits) {
        return digit_by_digit(digits);
    }
    const std::size_t group_count = (digits.size() + 2) / 3;
    const std::string padded = std::string(group_count * 3 - digits.size(), '0') + std::string(digits);
    std::string out;
    for (std::size_t g = 0; g < group_count; ++g) {
        const int value = value_of(std::string_view(padded).substr(g * 3, 3));
        if (value == 0) {
            continue;
        }
        append_word(out, below_thousand(value));
        const std::size_t scale = group_count - 1 - g;
        if (scale > 0) {
            append_word(out, kScales[scale]);
        }
    }
    return out;
}

std::string year(std::string_view digits)
{
    const int value = value_of(digits);
    if (digits.size() != 4 || value < 1100 || value > 2099) {
        return cardinal(digits);
    }
    const int high = value / 100;
    const int low = value % 100;
    if (value >= 2000 && value <= 2009) {
        return cardinal(digits); // two thousand, two thousand five
    }
    std::string out = below_hundred(high);
    if (low == 0) {
        return out + " hundred";
    }
    if (low < 10) {
        return out + " oh " + std::string(kSmall[static_cast<std::size_t>(low)]);
    }
    return out + " " + below_hundred(low);
}

std::string ordinal(std::string_view digits)
{
    std::string out = cardinal(digits);
    // Only the last word changes: twenty-one → twenty-first.
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kIrregular{{
        {"one", "first"}, {"two", "second"}, {"three", "third"}, {"five", "fifth"}, {"eight", "eighth"},
        {"nine", "ninth"}}};
    for (const auto& [word, replacement] : kIrregular) {
        if (out.ends_with(word)) {
            return out.substr(0, out.size() - word.size()) + std::string(replacement);
        }
    }
    if (out.ends_with("twelve")) {
        return out.substr(0, out.size() - 2) + "fth";
    }
    if (out.ends_with('y')) {
        return out.substr(0, out.size() - 1) + "ieth";
    }
    return out + "th";
}

std::string decimal(std::string_view integer, std::string_view fraction)
{
    std::string out = integer.empty() ? std::string("zero") : cardinal(integer);
    if (!fraction.empty()) {
        out += " point ";
        out += digit_by_digit(fraction);
    }
    return out;
}

} // namespace podium::english
