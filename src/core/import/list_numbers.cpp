// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/list_numbers.hpp"

#include "core/text/chinese_numbers.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>

namespace podium {

namespace {

std::string roman(long long number, bool upper)
{
    static constexpr std::array<std::pair<int, const char*>, 13> table{{{1000, "m"}, {900, "cm"}, {500, "d"},
        {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}}};
    std::string out;
    for (const auto& [value, letters] : table) {
        while (number >= value) {
            out += letters;
            number -= value;
        }
    }
    if (upper) {
        for (char& c : out) {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return out;
}

// Word's letter lists repeat the letter: a … z, aa … zz, aaa …
std::string letters(long long number, bool upper)
{
    const long long repeat = (number - 1) / 26 + 1;
    const char letter = static_cast<char>((upper ? 'A' : 'a') + (number - 1) % 26);
    return std::string(static_cast<std::size_t>(std::min(repeat, 50LL)), letter);
}

std::string from_table(long long number, std::u32string_view table)
{
    if (number < 1 || static_cast<unsigned long long>(number) > table.size()) {
        return std::to_string(number);
    }
    std::string out;
    utf8::append(out, table[static_cast<std::size_t>(number - 1)]);
    return out;
}

std::string full_width(long long number)
{
    std::string out;
    for (const char digit : std::to_string(number)) {
        utf8::append(out, static_cast<char32_t>(U'０' + (digit - '0')));
    }
    return out;
}

} // namespace

std::string format_list_number(long long number, std::string_view format)
{
    if (format == "bullet" || format == "none") {
        return {};
    }
    if (number < 0) {
        number = 0;
    }
    if (number > 0 && (format == "chineseCounting" || format == "chineseCountingThousand" || format == "japaneseCounting"
            || format == "taiwaneseCounting" || format == "ideographDigital")) {
        return chinese::cardinal(std::to_string(number));
    }
    if (format == "chineseLegalSimplified") {
        return from_table(number, U"壹贰叁肆伍陆柒捌玖拾");
    }
    if (format == "ideographTraditional") {
        return from_table(number, U"甲乙丙丁戊己庚辛壬癸");
    }
    if (format == "ideographZodiac") {
        return from_table(number, U"子丑寅卯辰巳午未申酉戌亥");
    }
    if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
        return from_table(number, U"①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳");
    }
    if (format == "decimalEnclosedParen") {
        return from_table(number, U"⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇");
    }
    if (format == "decimalEnclosedFullstop") {
        return from_table(number, U"⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛");
    }
    if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
        return full_width(number);
    }
    if (number > 0 && number < 4000 && (format == "upperRoman" || format == "lowerRoman")) {
        return roman(number, format == "upperRoman");
    }
    if (number > 0 && (format == "upperLetter" || format == "lowerLetter")) {
        return letters(number, format == "upperLetter");
    }
    if (format == "decimalZero" && number < 10) {
        return "0" + std::to_string(number);
    }
    return std::to_string(number);
}

std::string_view word_format_for_odf(std::string_view odf)
{
    if (odf.empty()) {
        return "none";
    }
    if (odf == "a") {
        return "lowerLetter";
    }
    if (odf == "A") {
        return "upperLetter";
    }
    if (odf == "i") {
        return "lowerRoman";
    }
    if (odf == "I") {
        return "upperRoman";
    }
    if (odf.starts_with("一")) {
        return "chineseCounting";
    }
    if (odf.starts_with("壹")) {
        return "chineseLegalSimplified";
    }
    if (odf.starts_with("甲")) {
        return "ideographTraditional";
    }
    if (odf.starts_with("①")) {
        return "decimalEnclosedCircle";
    }
    if (odf.starts_with("１")) {
        return "decimalFullWidth";
    }
    return "decimal";
}

} // namespace podium
