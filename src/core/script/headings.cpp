// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/script/headings.hpp"

#include "core/text/utf8.hpp"

#include <array>

namespace podium {

namespace {

int chinese_digit(char32_t c)
{
    static constexpr std::array<char32_t, 9> digits{U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九'};
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (digits[i] == c) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

int arabic_digit(char32_t c)
{
    if (c >= U'0' && c <= U'9') {
        return static_cast<int>(c - U'0');
    }
    if (c >= U'０' && c <= U'９') {
        return static_cast<int>(c - U'０');
    }
    return -1;
}

// 1 or 2 ASCII or full-width digits, value 1 … 99.
std::optional<ChineseNumeral> parse_arabic_number(std::string_view text)
{
    std::size_t offset = 0;
    int value = 0;
    int digits = 0;
    while (offset < text.size()) {
        std::size_t probe = offset;
        const int digit = arabic_digit(utf8::next(text, probe));
        if (digit < 0) {
            break;
        }
        value = value * 10 + digit;
        offset = probe;
        if (++digits > 2) {
            return std::nullopt; // 2025. is a year, not an enumerator
        }
    }
    if (digits == 0 || value == 0) {
        return std::nullopt;
    }
    return ChineseNumeral{value, offset};
}

bool is_open_paren(char32_t c) { return c == U'(' || c == U'（'; }
bool is_close_paren(char32_t c) { return c == U')' || c == U'）'; }

// Some text (not only spaces) follows `offset`.
bool has_text_after(std::string_view text, std::size_t offset)
{
    while (offset < text.size()) {
        if (!utf8::is_white_space(utf8::next(text, offset))) {
            return true;
        }
    }
    return false;
}

std::size_t skip_spaces(std::string_view text, std::size_t offset)
{
    while (offset < text.size()) {
        std::size_t probe = offset;
        const char32_t c = utf8::next(text, probe);
        if (c != U' ' && c != U'\t' && c != U'\u3000') {
            break;
        }
        offset = probe;
    }
    return offset;
}

std::optional<HeadingMarker> match_markdown(std::string_view text)
{
    std::size_t hashes = 0;
    while (hashes < text.size() && text[hashes] == '#') {
        ++hashes;
    }
    if (hashes == 0 || hashes > 6 || hashes == text.size() || (text[hashes] != ' ' && text[hashes] != '\t')) {
        return std::nullopt;
    }
    const std::size_t length = skip_spaces(text, hashes);
    HeadingMarker marker{HeadingStyle::Markdown, kRankMarkdownStep * static_cast<int>(hashes), length, 0, false};
    if (heading_title(text, marker).empty()) {
        return std::nullopt; // "## ##" is an empty heading
    }
    return marker;
}

// 第 + number + 部分/章/节/篇/讲.
std::optional<HeadingMarker> match_ordinal(std::string_view text)
{
    static constexpr std::string_view prefix = "第";
    if (!text.starts_with(prefix)) {
        return std::nullopt;
    }
    const std::string_view rest = text.substr(prefix.size());
    std::optional<ChineseNumeral> number = parse_chinese_numeral(rest);
    if (!number) {
        number = parse_arabic_number(rest);
    }
    if (!number) {
        return std::nullopt;
    }
    const std::string_view after_number = rest.substr(number->length);
    struct Unit {
        std::string_view name;
        int rank;
    };
    for (const Unit unit : {Unit{"部分", kRankPart}, Unit{"篇", kRankPart}, Unit{"章", kRankPart},
             Unit{"讲", kRankPart}, Unit{"节", kRankSubPart}}) {
        if (!after_number.starts_with(unit.name)) {
            continue;
        }
        const std::size_t end = prefix.size() + number->length + unit.name.size();
        std::size_t probe = end;
        bool runs_into_text = false;
        if (end < text.size()) {
            const char32_t next = utf8::next(text, probe);
            static constexpr std::u32string_view separators = U"：:、.．,，";
            runs_into_text = !utf8::is_white_space(next) && separators.find(next) == std::u32string_view::npos;
        }
        return HeadingMarker{HeadingStyle::ChineseOrdinal, unit.rank, end, number->value, runs_into_text};
    }
    return std::nullopt;
}

std::optional<HeadingMarker> match_enumerator(std::string_view text, ScriptFormat format)
{
    std::size_t offset = 0;
    const char32_t first = utf8::next(text, offset);
    if (is_open_paren(first)) {
        const std::string_view inside = text.substr(offset);
        HeadingStyle style = HeadingStyle::ChineseParenthesised;
        std::optional<ChineseNumeral> number = parse_chinese_numeral(inside);
        if (!number) {
            style = HeadingStyle::ArabicParenthesised;
            number = parse_arabic_number(inside);
        }
        if (!number || (style == HeadingStyle::ArabicParenthesised && format == ScriptFormat::Markdown)) {
            return std::nullopt;
        }
        std::size_t end = offset + number->length;
        if (end >= text.size() || !is_close_paren(utf8::next(text, end))) {
            return std::nullopt;
        }
        const int rank = style == HeadingStyle::ChineseParenthesised ? kRankBracketed : kRankParenthesisedNumber;
        return HeadingMarker{style, rank, end, number->value, false};
    }
    if (const std::optional<ChineseNumeral> number = parse_chinese_numeral(text)) {
        std::size_t end = number->length;
        if (end < text.size() && utf8::next(text, end) == U'、') {
            return HeadingMarker{HeadingStyle::ChineseNumber, kRankNumber, end, number->value, false};
        }
        return std::nullopt;
    }
    if (format == ScriptFormat::Markdown) {
        return std::nullopt; // 1. and ① are Markdown list items
    }
    if (first >= U'①' && first <= U'⑳') {
        return HeadingMarker{HeadingStyle::CircledNumber, kRankCircled, offset, static_cast<int>(first - U'①') + 1, false};
    }
    if (const std::optional<ChineseNumeral> number = parse_arabic_number(text)) {
        std::size_t end = number->length;
        if (end >= text.size()) {
            return std::nullopt;
        }
        const char32_t delimiter = utf8::next(text, end);
        static constexpr std::u32string_view delimiters = U".、．)）";
        if (delimiters.find(delimiter) == std::u32string_view::npos) {
            return std::nullopt;
        }
        std::size_t probe = end;
        if (end < text.size() && arabic_digit(utf8::next(text, probe)) >= 0) {
            return std::nullopt; // 1.5亿元 is a number
        }
        return HeadingMarker{HeadingStyle::ArabicNumber, kRankNumbered, end, number->value, false};
    }
    return std::nullopt;
}

} // namespace

std::optional<ChineseNumeral> parse_chinese_numeral(std::string_view text)
{
    // Forms: D, 十, 十D, D十, D十D (1 … 99).
    std::size_t offset = 0;
    int tens = 0;
    int units = 0;
    if (text.empty()) {
        return std::nullopt;
    }
    std::size_t probe = offset;
    char32_t c = utf8::next(text, probe);
    int digit = chinese_digit(c);
    if (digit > 0) {
        offset = probe;
        units = digit;
        if (offset >= text.size()) {
            return ChineseNumeral{units, offset};
        }
        probe = offset;
        c = utf8::next(text, probe);
        if (c != U'十') {
            return ChineseNumeral{units, offset};
        }
        tens = units;
        units = 0;
        offset = probe;
    } else if (c == U'十') {
        offset = probe;
        tens = 1;
    } else {
        return std::nullopt;
    }
    if (offset < text.size()) {
        probe = offset;
        digit = chinese_digit(utf8::next(text, probe));
        if (digit > 0) {
            units = digit;
            offset = probe;
        }
    }
    return ChineseNumeral{tens * 10 + units, offset};
}

std::optional<HeadingMarker> match_heading_marker(std::string_view text, ScriptFormat format)
{
    if (text.empty()) {
        return std::nullopt;
    }
    std::optional<HeadingMarker> marker;
    if (text.front() == '#') {
        marker = format == ScriptFormat::Markdown ? match_markdown(text) : std::nullopt;
    } else if (text.starts_with("第")) {
        marker = match_ordinal(text);
    } else {
        marker = match_enumerator(text, format);
    }
    if (marker && !has_text_after(text, marker->length)) {
        return std::nullopt; // a bare "一、" or "(1)" names nothing
    }
    return marker;
}

std::string heading_title(std::string_view sentence, const HeadingMarker& marker)
{
    std::string_view title = sentence;
    if (marker.style == HeadingStyle::Markdown) {
        title.remove_prefix(std::min(marker.length, title.size()));
        // Closing sequence: "## Title ##" → "Title" (the #s must follow a space).
        std::size_t end = title.size();
        while (end > 0 && title[end - 1] == '#') {
            --end;
        }
        if (end == 0 || title[end - 1] == ' ' || title[end - 1] == '\t') {
            title = title.substr(0, end);
        }
    }
    static constexpr std::u32string_view dropped = U"。．.，,：:；; \t\u3000";
    std::size_t end = title.size();
    while (end > 0) {
        std::size_t probe = end;
        if (dropped.find(utf8::previous(title, probe)) == std::u32string_view::npos) {
            break;
        }
        end = probe;
    }
    std::size_t begin = 0;
    while (begin < end) {
        std::size_t probe = begin;
        if (!utf8::is_white_space(utf8::next(title, probe))) {
            break;
        }
        begin = probe;
    }
    return std::string(title.substr(begin, end - begin));
}

std::size_t phrase_weight(std::string_view text)
{
    std::size_t weight = 0;
    bool in_word = false;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const char32_t c = utf8::next(text, offset);
        const bool word_character = utf8::is_ascii_alnum(c) || (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7)
            || (c >= U'０' && c <= U'９') || (c >= U'Ａ' && c <= U'ｚ') || c == U'\'' || c == U'’';
        if (utf8::is_han(c)) {
            ++weight;
            in_word = false;
        } else if (word_character) {
            if (!in_word) {
                weight += 2;
            }
            in_word = true;
        } else {
            in_word = false;
        }
    }
    return weight;
}

bool ends_with_punctuation(std::string_view text)
{
    static constexpr std::u32string_view closers = U"”’」』）)》〉】〕\"' \t\u3000";
    static constexpr std::u32string_view punctuation = U"。！？.!?；;…⋯，,：:";
    std::size_t end = text.size();
    while (end > 0) {
        std::size_t probe = end;
        const char32_t c = utf8::previous(text, probe);
        if (closers.find(c) == std::u32string_view::npos) {
            return punctuation.find(c) != std::u32string_view::npos;
        }
        end = probe;
    }
    return false;
}

} // namespace podium
