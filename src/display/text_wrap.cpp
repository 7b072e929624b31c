// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/text_wrap.hpp"

#include "core/layout/break_opportunities.hpp"

namespace podium {

namespace {

std::string_view trimmed_end(std::string_view text)
{
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
        text.remove_suffix(1);
    }
    return text;
}

} // namespace

std::vector<std::string> wrap_to_width(std::string_view text, int max_width,
    const std::function<int(std::string_view)>& width)
{
    std::vector<std::string> lines;
    if (text.empty()) {
        return lines;
    }
    if (width(text) <= max_width) {
        lines.emplace_back(text);
        return lines;
    }
    BreakFinder finder;
    const std::vector<std::size_t> breaks = finder.find(text, Span{0, text.size()});
    std::size_t start = 0;
    std::size_t fitting = 0; // the furthest break from `start` whose line still fits
    for (const std::size_t at : breaks) {
        const std::string_view candidate = trimmed_end(text.substr(start, at - start));
        if (width(candidate) <= max_width) {
            fitting = at;
            continue;
        }
        if (fitting > start) {
            lines.emplace_back(trimmed_end(text.substr(start, fitting - start)));
            start = fitting;
            // The piece from the new start may itself be too wide: look at it again.
            if (width(trimmed_end(text.substr(start, at - start))) <= max_width) {
                fitting = at;
                continue;
            }
        }
        // One unbreakable piece wider than the box: a line of its own.
        lines.emplace_back(trimmed_end(text.substr(start, at - start)));
        start = at;
        fitting = at;
    }
    if (start < text.size()) {
        lines.emplace_back(trimmed_end(text.substr(start)));
    }
    return lines;
}

} // namespace podium
