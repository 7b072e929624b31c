// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/xdg_paths.hpp"

#include <cstdlib>

namespace podium {

EnvironmentLookup process_environment()
{
    return [](const char* name) -> std::optional<std::string> {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') {
            return std::nullopt;
        }
        return std::string(value);
    };
}

PodiumDirectories podium_directories(const EnvironmentLookup& environment)
{
    // The spec says relative XDG paths are invalid and must be ignored.
    auto base = [&](const char* variable, const char* fallback) {
        if (auto value = environment(variable); value && std::filesystem::path(*value).is_absolute()) {
            return std::filesystem::path(*value);
        }
        const auto home = environment("HOME");
        return std::filesystem::path(home ? *home : std::string("/tmp")) / fallback;
    };
    return {base("XDG_CONFIG_HOME", ".config") / "podium", base("XDG_DATA_HOME", ".local/share") / "podium"};
}

} // namespace podium
