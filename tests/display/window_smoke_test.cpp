// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

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

std::filesystem::path scratch(const std::string& name)
{
    return std::filesystem::temp_directory_path() / ("podium-smoke-" + std::to_string(::getpid()) + "-" + name);
}

} // namespace

TEST_CASE("the real prompter window runs under Xvfb for a few seconds and exits cleanly")
{
    if (!have("xvfb-run")) {
        WARN("skipped: xvfb-run is not installed (apt-get install xvfb xauth)");
        return;
    }
    const auto config = scratch("config");
    const auto log = scratch("log");
    // The real X11 driver, not the offscreen one the other tests use.
    const std::string command = "env -u SDL_VIDEODRIVER XDG_CONFIG_HOME='" + config.string()
        + "' xvfb-run -a -s '-screen 0 1280x800x24' '" PODIUM_EXECUTABLE "' --sample zh --quit-after 3 > '"
        + log.string() + "' 2>&1";
    const int status = std::system(command.c_str());
    INFO(slurp(log));
    CHECK(status == 0);
    // Closing remembered the settings.
    CHECK(std::filesystem::exists(config / "podium" / "settings.json"));
    std::filesystem::remove_all(config);
    std::filesystem::remove(log);
}

TEST_CASE("without a display the prompter says so in one line and prints the timing table")
{
    const auto out = scratch("out");
    const auto err = scratch("err");
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
