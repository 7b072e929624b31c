// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace podium {

// Where Podium keeps its files, per the XDG Base Directory spec:
//   config  $XDG_CONFIG_HOME/podium  (~/.config/podium)     config.json (user-edited), settings.json
//                                                            (remembered by the prompter), voices/, fonts/
//   data    $XDG_DATA_HOME/podium    (~/.local/share/podium) rehearsals/
// The environment is passed in (a lookup function) so tests never touch the real home.
using EnvironmentLookup = std::function<std::optional<std::string>(const char* name)>;

[[nodiscard]] EnvironmentLookup process_environment();

struct PodiumDirectories {
    std::filesystem::path config;
    std::filesystem::path data;
};

[[nodiscard]] PodiumDirectories podium_directories(const EnvironmentLookup& environment);

} // namespace podium
