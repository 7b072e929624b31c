// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/status_text.hpp"

#include <cmath>
#include <cstdio>

namespace podium {

std::string format_clock(double seconds)
{
    const bool negative = seconds < 0;
    const long total = std::lround(std::floor(std::abs(seconds)));
    char buffer[32];
    if (total >= 3600) {
        std::snprintf(buffer, sizeof buffer, "%s%ld:%02ld:%02ld", negative ? "-" : "", total / 3600,
            (total / 60) % 60, total % 60);
    } else {
        std::snprintf(buffer, sizeof buffer, "%s%ld:%02ld", negative ? "-" : "", total / 60, total % 60);
    }
    return buffer;
}

std::string format_pace(double pace, PaceUnit unit)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, unit == PaceUnit::HanPerMinute ? "%.0f 字/分" : "%.0f wpm", pace);
    return buffer;
}

} // namespace podium
