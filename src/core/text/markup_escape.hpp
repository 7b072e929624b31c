// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <string_view>

namespace podium {

// Text made safe to place in HTML, SVG or XML, as element content or inside a double-quoted
// attribute: & < > " become entities, every other byte is kept (UTF-8 passes through).
[[nodiscard]] std::string escape_markup(std::string_view text);

} // namespace podium
