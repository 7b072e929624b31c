// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/text_table.hpp"

#include <algorithm>
#include <cstdio>

namespace podium {

void print_text_table(std::ostream& out, const TextTable& table)
{
    const std::size_t columns = table.header.size();
    std::vector<std::size_t> widths(columns);
    for (std::size_t c = 0; c < columns; ++c) {
        widths[c] = std::max(display_width(table.header[c]), table.total.empty() ? 0 : display_width(table.total.at(c)));
        for (const auto& row : table.rows) {
            widths[c] = std::max(widths[c], display_width(row.at(c)));
        }
    }
    auto print_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t c = 0; c < columns; ++c) {
            line += (c == 0 ? "" : "  ") + pad_to_width(row.at(c), widths[c], table.align.at(c));
        }
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
        out << line << '\n';
    };
    print_row(table.header);
    for (const auto& row : table.rows) {
        print_row(row);
    }
    if (table.total.empty()) {
        return;
    }
    std::size_t rule = 0;
    for (const std::size_t width : widths) {
        rule += width + 2;
    }
    out << std::string(rule - 2, '-') << '\n';
    print_row(table.total);
}

std::string fixed_decimals(double value, int decimals)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string optional_decimals(const std::optional<double>& value, int decimals, const char* unit)
{
    return value ? fixed_decimals(*value, decimals) + unit : std::string("–");
}

} // namespace podium
