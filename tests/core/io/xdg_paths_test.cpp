// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/xdg_paths.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace podium;

namespace {
EnvironmentLookup fake(std::map<std::string, std::string> variables)
{
    return [variables](const char* name) -> std::optional<std::string> {
        const auto found = variables.find(name);
        return found == variables.end() ? std::nullopt : std::optional(found->second);
    };
}
} // namespace

TEST_CASE("XDG variables choose the config and data directories")
{
    const auto directories = podium_directories(fake({{"HOME", "/home/ann"}, {"XDG_CONFIG_HOME", "/cfg"}, {"XDG_DATA_HOME", "/data"}}));
    CHECK(directories.config == "/cfg/podium");
    CHECK(directories.data == "/data/podium");
}

TEST_CASE("without XDG variables Podium uses ~/.config and ~/.local/share, ignoring relative paths")
{
    const auto directories = podium_directories(fake({{"HOME", "/home/ann"}, {"XDG_CONFIG_HOME", "relative"}}));
    CHECK(directories.config == "/home/ann/.config/podium");
    CHECK(directories.data == "/home/ann/.local/share/podium");
}
