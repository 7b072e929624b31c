// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/io/xdg_paths.hpp"

#include <filesystem>
#include <optional>
#include <vector>

namespace podium {

// Where voice presets live, in the order they are read (later ones override by name):
//   1. the project's voices/ directory: the first found by the data locator
//      (core/io/data_directories.hpp): beside the executable, <executable>/../share/podium/voices
//      (an installed tree), or the source tree while running from the build tree.
//   2. the user's $XDG_CONFIG_HOME/podium/voices (~/.config/podium/voices).
// So `podium` finds its presets when run from the build tree or installed under any prefix.
[[nodiscard]] std::optional<std::filesystem::path> bundled_voices_directory();

[[nodiscard]] std::filesystem::path user_voices_directory(const EnvironmentLookup& environment);

[[nodiscard]] std::vector<std::filesystem::path> voice_search_path(const EnvironmentLookup& environment);

} // namespace podium
