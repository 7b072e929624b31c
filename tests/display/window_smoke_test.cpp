// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/scratch.hpp"
#include "support/skip.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <unistd.h>

using podium::testing::scratch_path;

namespace {

std::string slurp(const std::filesystem::path& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

bool have(const char* program)
{
    return std::system((std::string("command -v ") + program + " >/dev/null 2>&1").c_str()) == 0;
}

} // namespace

TEST_CASE("the real prompter window runs under Xvfb past the countdown, saves the run in its own folders and exits cleanly")
{
    if (!have("xvfb-run")) {
        PODIUM_SKIP("xvfb-run is not installed (apt-get install xvfb xauth)");
    }
    // Every XDG folder in a private place: the user's settings and rehearsals are never touched.
    const auto home = scratch_path("home");
    const auto log = scratch_path("log");
    std::filesystem::create_directories(home);
    const std::string xdg = "XDG_CONFIG_HOME='" + (home / "config").string() + "' XDG_DATA_HOME='"
        + (home / "data").string() + "' XDG_CACHE_HOME='" + (home / "cache").string() + "' XDG_STATE_HOME='"
        + (home / "state").string() + "'";
    // The real X11 driver, not the offscreen one the other tests use. The countdown is 3 s: at 6 s
    // of the window's life the run has started and the first save is behind it.
    const std::string command = "env -u SDL_VIDEODRIVER " + xdg
        + " xvfb-run -a -s '-screen 0 1280x800x24' '" PODIUM_EXECUTABLE "' --sample zh --quit-after 6 > '"
        + log.string() + "' 2>&1";
    const int status = std::system(command.c_str());
    INFO(slurp(log));
    CHECK(status == 0);
    // Closing remembered the settings, in the private config folder.
    CHECK(std::filesystem::exists(home / "config" / "podium" / "settings.json"));
    // The run was recorded, in the private data folder.
    const auto rehearsals = home / "data" / "podium" / "rehearsals";
    REQUIRE(std::filesystem::is_directory(rehearsals));
    CHECK(std::distance(std::filesystem::directory_iterator(rehearsals), std::filesystem::directory_iterator{}) == 1);
    std::filesystem::remove_all(home);
    std::filesystem::remove(log);
}

TEST_CASE("without a display the prompter says so in one line and prints the timing table")
{
    const auto out = scratch_path("out");
    const auto err = scratch_path("err");
    const std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER '" PODIUM_EXECUTABLE
                                "' --sample en --no-settings > '" + out.string() + "' 2> '" + err.string() + "'";
    const int status = std::system(command.c_str());
    CHECK(status == 0);
    const std::string message = slurp(err);
    CHECK(message.rfind("podium: no display available (", 0) == 0);
    CHECK(message.find("showing the timing table instead") != std::string::npos);
    CHECK(std::count(message.begin(), message.end(), '\n') == 1);
    const std::string table = slurp(out);
    CHECK(table.find("Section") != std::string::npos);
    CHECK(table.find("Total") != std::string::npos);
    std::filesystem::remove(out);
    std::filesystem::remove(err);
}
