// SPDX-License-Identifier: GPL-3.0-or-later
// --project --remote: the operator window shows the phone remote's QR code and link under the
// section list (offscreen video driver, software renderer).
#include "display/display_fixture.hpp"
#include "display/png_writer.hpp"
#include "display/projection_app.hpp"

#include <cstdlib>

#include <catch2/catch.hpp>

using namespace podium;

TEST_CASE("with the remote on, the operator window shows its QR code in dark modules on white under the section list")
{
    const SdlSubsystem video(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    const TtfLibrary ttf;
    const Script script = test::load_sample("welcome-en.md");
    const Timing timing = estimate_timing(script, PaceProfile{});
    const FontChoice font = locate_font(font_folders());
    // A 21-module code: dark where x + y is a multiple of three (any pattern with both colours).
    RemotePairing pairing;
    pairing.url = "http://192.0.2.7:8080/?t=token";
    pairing.qr.size = 21;
    for (int y = 0; y < 21; ++y) {
        for (int x = 0; x < 21; ++x) {
            pairing.qr.dark.push_back((x + y) % 3 == 0);
        }
    }
    ProjectionOptions options;
    options.title = "Podium test";
    options.prompter.font_size = 40;
    options.remote = &pairing;
    options.displays = [] {
        DisplayDescription laptop;
        laptop.name = "Laptop";
        laptop.width = 1280;
        laptop.height = 800;
        laptop.primary = true;
        return std::vector<DisplayDescription>{laptop};
    };
    ProjectionSession session(script, timing, font, options);
    session.frame(1.0 / 60.0, Present::No);

    const OperatorLayout& layout = session.operator_window().layout();
    REQUIRE(layout.remote.w > 0);
    CHECK(layout.remote.y >= layout.outline.y + layout.outline.h); // below the list, not over it
    const FrameImage image = session.operator_window().read();
    if (const char* shot = std::getenv("PODIUM_OPERATOR_SCREENSHOT")) {
        write_png(shot, image); // to look at it
    }
    long white = 0;
    long black = 0;
    for (int y = layout.remote.y; y < layout.remote.y + layout.remote.h; ++y) {
        for (int x = layout.remote.x; x < layout.remote.x + layout.remote.h; ++x) {
            const std::uint8_t* p = image.pixel(x, y);
            white += p[0] == 255 && p[1] == 255 && p[2] == 255;
            black += p[0] == 0 && p[1] == 0 && p[2] == 0;
        }
    }
    // A third of the modules are dark; the quiet zone and the rest are white.
    CHECK(black > 0);
    CHECK(white > 2 * black);
    session.end();
}
