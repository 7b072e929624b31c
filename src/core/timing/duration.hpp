// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace podium {

// Parses a length of time as people write it: "12m", "12:00", "720s", "1h5m", "1:05:00",
// "1m30s", "12.5m", "90sec", "2min"; a bare number is minutes ("12"). Returns seconds, or
// nothing when the text is not a positive duration.
[[nodiscard]] std::optional<double> parse_duration(std::string_view text);

// m:ss below an hour, h:mm:ss above, rounded to the nearest second; "-1:35" when negative.
[[nodiscard]] std::string format_duration(double seconds);

} // namespace podium
