// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <ostream>
#include <string_view>

namespace podium {

// A half-open byte range [begin, end) into a Script's UTF-8 text. Every later stage points
// back at the source through spans instead of copying text.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;

    [[nodiscard]] constexpr std::size_t size() const { return end - begin; }
    [[nodiscard]] constexpr bool empty() const { return end <= begin; }
    [[nodiscard]] constexpr bool contains(std::size_t offset) const { return offset >= begin && offset < end; }
    [[nodiscard]] std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
    friend constexpr bool operator==(const Span&, const Span&) = default;
};

inline std::ostream& operator<<(std::ostream& out, const Span& span)
{
    return out << '[' << span.begin << ',' << span.end << ')';
}

} // namespace podium
