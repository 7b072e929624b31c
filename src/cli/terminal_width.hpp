// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace podium {

// Columns a UTF-8 string takes on a terminal: East Asian Wide and Fullwidth characters (Han,
// ，。, full-width forms) take two, combining marks and format characters none, the rest one.
// Uses ICU's East_Asian_Width property.
[[nodiscard]] std::size_t display_width(std::string_view text);

// The longest prefix of `text` that fits in `columns`, with "…" when something was cut.
[[nodiscard]] std::string fit_to_width(std::string_view text, std::size_t columns);

enum class ColumnAlign { Left, Right };

// `text` padded with spaces to `columns` display columns.
[[nodiscard]] std::string pad_to_width(std::string_view text, std::size_t columns, ColumnAlign align);

} // namespace podium
