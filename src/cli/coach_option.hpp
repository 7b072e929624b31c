// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/live_coach.hpp"

#include <filesystem>
#include <string>

namespace podium {

// The live coach's mode for a prompter run: --coach, else config.json's "coach", else on while
// listening (--listen) and off otherwise. An unknown value throws podium::Error (one line).
[[nodiscard]] CoachMode resolve_coach_mode(const std::string& option, const std::filesystem::path& config_file, bool listen);

} // namespace podium
