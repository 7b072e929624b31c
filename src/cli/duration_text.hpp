// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/timing/duration.hpp" // format_duration, parse_duration

#include <optional>
#include <string>

namespace podium {

// "+0:42 (+18%)", "-1:05 (-9%)"; the percentage is left out when `ratio` is absent.
[[nodiscard]] std::string format_delta(double seconds, std::optional<double> ratio);

} // namespace podium
