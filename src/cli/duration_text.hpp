#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace podium {

// "2:05", "1:02:05" (rounded to whole seconds).
[[nodiscard]] std::string format_duration(double seconds);

// "+0:42 (+18%)", "-1:05 (-9%)"; the percentage is left out when `ratio` is absent.
[[nodiscard]] std::string format_delta(double seconds, std::optional<double> ratio);

// A target length: "10:00", "1:02:30", "10m", "10min", "90s", "1h", or plain seconds "600".
[[nodiscard]] std::optional<double> parse_duration(std::string_view text);

} // namespace podium
