// SPDX-License-Identifier: GPL-3.0-or-later
// The live coach's cue on the phone page, in a real browser: headless Chromium (Debian's
// package) driven by cdp_driver.py --cue against the real prompter app loop in an offscreen
// window, with the coach on "quiet" (the time cue, which needs no microphone). The page taps
// "slower" until the plan's clock runs at 60 %, so the section runs long; the cue must then
// be drawn on the page, in the prompter's words, and leave it again after its few seconds.
#include "app/prompter_app.hpp"
#include "core/text/load.hpp"
#include "remote/chromium.hpp"
#include "remote/remote_server.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>

#include <SDL.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

using namespace podium;
using podium::testing::can_drive_chromium;
using podium::testing::reported;
using podium::testing::run_driver;
using podium::testing::transcript_of;

TEST_CASE("in headless Chromium the live coach's cue appears on the phone page when a section runs long, and leaves after its few seconds",
    "[coach]")
{
    std::string why;
    if (!can_drive_chromium(why)) {
        PODIUM_SKIP(why);
    }
    ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
    ::setenv("SDL_RENDER_DRIVER", "software", 1);
    const std::filesystem::path sample = std::filesystem::path(PODIUM_SOURCE_DIR) / "docs" / "samples" / "welcome-en.md";
    const Script script = build_script(load_text_file(sample).text, format_for_path(sample));
    const Timing timing = estimate_timing(script, PaceProfile{});

    RemoteOptions remote_options;
    remote_options.port = 0;
    remote_options.bind = "127.0.0.1";
    RemoteServer server(script, timing, remote_options);
    PrompterAppOptions options;
    options.remote = &server;
    options.quit_after = 120.0; // a safety net: the driver thread closes the window when done
    options.coach = CoachMode::Quiet;
    options.coach_settings.over_min = 1.0; // the sample's sections are a few seconds long
    options.coach_settings.over_fraction = 0.1;
    options.coach_settings.shown = 3.0;

    std::vector<std::string> lines;
    std::thread driver([&] {
        std::string arguments = "--cue --url 'http://127.0.0.1:" + std::to_string(server.port()) + "/?t=" + server.token() + "'";
        if (const char* folder = std::getenv("PODIUM_SCREENSHOT_DIR")) {
            arguments += std::string(" --screenshot '") + folder + "/remote-phone-cue.png'";
        }
        lines = run_driver(arguments);
        SDL_Event quit{};
        quit.type = SDL_QUIT;
        SDL_PushEvent(&quit); // thread-safe in SDL2
    });
    const PrompterRun run = run_prompter(script, timing, options);
    driver.join();

    INFO("driver said:\n" << transcript_of(lines));
    REQUIRE(run.outcome == PrompterOutcome::Closed);
    const std::optional<std::string> shown = reported(lines, "cue-shown");
    REQUIRE(shown.has_value());
    CHECK(shown->starts_with("section over by 0:"));
    const std::optional<std::string> gone = reported(lines, "cue-gone");
    REQUIRE(gone.has_value());
    // It left the screen by itself (the page did nothing after seeing it). How long it stayed is
    // a figure, not a bound: the page learns of its coming and going a state push late each.
    const double on_screen_ms = std::stod(*gone);
    WARN("the cue was on the page for " << on_screen_ms << " ms (shown: 3 s)");
    CHECK(on_screen_ms > 0.0);
}
