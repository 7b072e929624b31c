// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "cli/terminal_width.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace podium {

// A terminal table: a header, rows, a rule and a total row, columns padded to the widest cell
// by display width (a Han character takes two columns), two spaces apart, no trailing spaces.
struct TextTable {
    std::vector<std::string> header;
    std::vector<ColumnAlign> align;                   // parallel to header
    std::vector<std::vector<std::string>> rows; // each as long as header
    std::vector<std::string> total;             // printed under a rule; none when empty
};

void print_text_table(std::ostream& out, const TextTable& table);

// A cell's number with `decimals` places ("12.5"); an absent one is a dash, a present one gets
// `unit` after it.
[[nodiscard]] std::string fixed_decimals(double value, int decimals);
[[nodiscard]] std::string optional_decimals(const std::optional<double>& value, int decimals, const char* unit = "");

} // namespace podium
