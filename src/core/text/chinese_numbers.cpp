// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/chinese_numbers.hpp"

#include <array>

namespace podium::chinese {

namespace {

constexpr std::array<std::string_view, 10> kDigits{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr std::array<std::string_view, 4> kPlaces{"", "十", "百", "千"};
constexpr std::array<std::string_view, 4> kGroups{"", "万", "亿", "万亿"};
constexpr std::size_t kMaxCardinalDigits = 16;

int digit_value(char c) { return c - '0'; }

std::string digits_with_zero(std::string_view digits, std::string_view zero)
{
    std::string out;
    out.reserve(digits.size() * 3);
    for (const char c : digits) {
        out += c == '0' ? zero : kDigits[static_cast<std::size_t>(digit_value(c))];
    }
    return out;
}

} // namespace

std::string digit_by_digit(std::string_view digits) { return digits_with_zero(digits, "〇"); }

std::string cardinal(std::string_view digits, LoneTwo lone_two)
{
    while (digits.size() > 1 && digits.front() == '0') {
        digits.remove_prefix(1);
    }
    if (digits.empty() || digits == "0") {
        return std::string(kDigits[0]);
    }
    if (digits.size() > kMaxCardinalDigits) {
        return digit_by_digit(digits);
    }
    if (digits == "2" && lone_two == LoneTwo::Liang) {
        return "两";
    }
    // Read in groups of four digits (个、万、亿、万亿), highest first.
    const std::size_t group_count = (digits.size() + 3) / 4;
    const std::string padded = std::string(group_count * 4 - digits.size(), '0') + std::string(digits);
    std::string out;
    bool skipped_zero_group = false;
    for (std::size_t g = 0; g < group_count; ++g) {
        const std::string_view group = std::string_view(padded).substr(g * 4, 4);
        const std::size_t group_index = group_count - 1 - g;
        if (group == "0000") {
            skipped_zero_group = !out.empty();
            continue;
        }
        // A gap of zeros before this group is read as one 零 (一万零五十, 一亿零一千).
        if (!out.empty() && (skipped_zero_group || group.front() == '0')) {
            out += kDigits[0];
        }
        skipped_zero_group = false;
        bool pending_zero = false;
        for (std::size_t k = 0; k < 4; ++k) {
            const int d = digit_value(group[k]);
            const std::size_t place = 3 - k;
            if (d == 0) {
                pending_zero = pending_zero || !out.empty();
                continue;
            }
            if (pending_zero && !out.empty() && out.size() >= 3
                && std::string_view(out).substr(out.size() - 3) != kDigits[0]) {
                out += kDigits[0];
            }
            pending_zero = false;
            const bool first = out.empty();
            if (first && d == 1 && place == 1) {
                out += kPlaces[1]; // 十五 and 十万, not 一十五
                continue;
            }
            if (first && d == 2 && (place >= 2 || group_index > 0)) {
                out += "两"; // 两百、两千、两万、两亿
            } else {
                out += kDigits[static_cast<std::size_t>(d)];
            }
            out += kPlaces[place];
        }
        out += kGroups[group_index];
    }
    return out;
}

std::string decimal(std::string_view integer, std::string_view fraction)
{
    std::string out = integer.empty() ? std::string(kDigits[0]) : cardinal(integer);
    if (!fraction.empty()) {
        out += "点";
        out += digits_with_zero(fraction, kDigits[0]);
    }
    return out;
}

} // namespace podium::chinese
