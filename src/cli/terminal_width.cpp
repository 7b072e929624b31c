// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/terminal_width.hpp"

#include "core/text/utf8.hpp"

#include <unicode/uchar.h>

namespace podium {

namespace {

std::size_t char_width(char32_t c)
{
    const auto code_point = static_cast<UChar32>(c);
    const auto category = u_charType(code_point);
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR
        || category == U_CONTROL_CHAR) {
        return 0;
    }
    const auto width = u_getIntPropertyValue(code_point, UCHAR_EAST_ASIAN_WIDTH);
    return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

} // namespace

std::size_t display_width(std::string_view text)
{
    std::size_t width = 0;
    for (std::size_t offset = 0; offset < text.size();) {
        width += char_width(utf8::next(text, offset));
    }
    return width;
}

std::string fit_to_width(std::string_view text, std::size_t columns)
{
    if (display_width(text) <= columns) {
        return std::string(text);
    }
    std::string out;
    std::size_t width = 0;
    for (std::size_t offset = 0; offset < text.size();) {
        const std::size_t start = offset;
        const std::size_t w = char_width(utf8::next(text, offset));
        if (width + w + 1 > columns) { // keep one column for the ellipsis
            break;
        }
        out.append(text, start, offset - start);
        width += w;
    }
    return out + "…";
}

std::string pad_to_width(std::string_view text, std::size_t columns, ColumnAlign align)
{
    const std::size_t width = display_width(text);
    const std::string padding(width < columns ? columns - width : 0, ' ');
    return align == ColumnAlign::Left ? std::string(text) + padding : padding + std::string(text);
}

} // namespace podium
