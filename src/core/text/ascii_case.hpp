// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <string_view>

namespace podium {

// A-Z lowered to a-z, every other byte unchanged: for protocol and locale names (HTTP headers,
// LANG values), which are ASCII by definition, so no locale or Unicode case folding applies.
[[nodiscard]] std::string ascii_lower(std::string_view text);

} // namespace podium
