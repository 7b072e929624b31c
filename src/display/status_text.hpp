// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/prompter_view.hpp"

#include <string>

namespace podium {

// "m:ss" (or "h:mm:ss"); negative values get a leading minus.
[[nodiscard]] std::string format_clock(double seconds);

// The pace as a speaker thinks of it: "200 字/分" or "140 wpm".
[[nodiscard]] std::string format_pace(double pace, PaceUnit unit);

} // namespace podium
