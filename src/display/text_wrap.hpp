// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Wrapping short interface text (a help line, a notice) into lines that fit a width, breaking
// where UAX #14 allows (core/layout/break_opportunities.hpp): between English words, between
// Han characters, never before "，" or after "“". Overlays use it so that text of any language
// stays inside its box instead of running past the border.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

// `width` measures a piece of text in pixels. A piece that cannot be broken and is wider than
// `max_width` gets a line of its own (the caller fits it with an ellipsis).
[[nodiscard]] std::vector<std::string> wrap_to_width(std::string_view text, int max_width,
    const std::function<int(std::string_view)>& width);

} // namespace podium
