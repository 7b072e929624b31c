// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/duration_text.hpp"

#include <cmath>

namespace podium {

std::string format_delta(double seconds, std::optional<double> ratio)
{
    std::string text = (seconds >= 0.0 ? "+" : "-") + format_duration(std::abs(seconds));
    if (ratio) {
        const long percent = std::lround(*ratio * 100.0);
        text += " (" + std::string(percent >= 0 ? "+" : "") + std::to_string(percent) + "%)";
    }
    return text;
}

} // namespace podium
