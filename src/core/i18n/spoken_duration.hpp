// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

namespace podium {

// A length of time as a sentence reads it, in the chosen language: "12:30" / "1:05:00" in
// English (as Podium has always written it), "12分30秒" / "1小时5分" in Chinese. Clocks and table
// cells keep format_duration()'s "12:30" in every language.
[[nodiscard]] std::string spoken_duration(double seconds);

} // namespace podium
