#include "cli/text_columns.hpp"

#include "core/text/utf8.hpp"

#include <unicode/uchar.h>

namespace podium {

std::size_t display_width(std::string_view text)
{
    std::size_t width = 0;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const auto c = static_cast<UChar32>(utf8::next(text, offset));
        const auto category = u_charType(c);
        if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || c == 0x200B || c == 0x200D) {
            continue;
        }
        const auto east_asian = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
        width += east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
    }
    return width;
}

std::string pad(std::string_view text, std::size_t width, Align align)
{
    const std::size_t used = display_width(text);
    const std::string spaces(used < width ? width - used : 0, ' ');
    return align == Align::Left ? std::string(text) + spaces : spaces + std::string(text);
}

} // namespace podium
