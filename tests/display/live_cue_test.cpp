// SPDX-License-Identifier: GPL-3.0-or-later
// The live coach's cue on the prompter frame: drawn, and never over the reading line.
#include "display_fixture.hpp"

#include "display/png_writer.hpp"

#include <cstdlib>
#include <tuple>

using namespace podium;
using podium::test::SampleFrame;

namespace {

struct CueCheck {
    int changed = 0;             // pixels the cue changed
    int changed_on_reading = 0;  // of them, on the rows of the line being read
    int reading_top = 0;
    int reading_bottom = 0;
};

// Renders the view with and without the cue and compares them pixel by pixel. The reading
// line's rows come from the layout (the line under the reading line, its full line height),
// not from the painter's own placement rule.
CueCheck check_cue(SampleFrame& sample, const PrompterView& view, const std::string& cue)
{
    const FrameImage plain = sample.render(view);
    FrameContent content = sample.scene->content(view);
    content.cue = cue;
    const FrameImage cued = sample.frame->render(content);
    const Layout& layout = sample.scene->layout();
    const FrameGeometry geometry = sample.geometry(view);
    const std::size_t line = layout.line_at(view.scroll_y);
    CueCheck result;
    result.reading_top = static_cast<int>(line_screen_top(layout, line, view.scroll_y, geometry));
    result.reading_bottom = result.reading_top + layout.line_height;
    for (int y = 0; y < plain.height; ++y) {
        for (int x = 0; x < plain.width; ++x) {
            const std::uint8_t* a = plain.pixel(x, y);
            const std::uint8_t* b = cued.pixel(x, y);
            if (a[0] != b[0] || a[1] != b[1] || a[2] != b[2]) {
                ++result.changed;
                if (y >= result.reading_top && y < result.reading_bottom) {
                    ++result.changed_on_reading;
                }
            }
        }
    }
    return result;
}

} // namespace

TEST_CASE("the live cue is drawn and never touches the reading line's rows, at every window size", "[display][coach]")
{
    for (const auto& [width, height] : {std::tuple{640, 360}, std::tuple{1280, 720}, std::tuple{1920, 1080}}) {
        for (const char* sample_name : {"welcome-zh.txt", "welcome-en.md"}) {
            SampleFrame sample(sample_name, width, height);
            PrompterView view = sample.view_at_time(30.0);
            view.state = PrompterState::Running;
            for (const double reading_line : {1.0 / 3.0, 0.15, 0.5, 0.8}) {
                view.reading_line = reading_line;
                INFO(sample_name << " at " << width << "x" << height << ", reading line at " << reading_line);
                const CueCheck check = check_cue(sample, view, "section over by 0:40");
                INFO("reading rows " << check.reading_top << "–" << check.reading_bottom);
                CHECK(check.changed > 200);
                CHECK(check.changed_on_reading == 0);
            }
        }
    }
}

TEST_CASE("the cue's pill lies where cue_band says, clear of the reading band", "[display][coach]")
{
    for (const auto& [width, height] : {std::tuple{640, 360}, std::tuple{1280, 720}, std::tuple{1920, 1080}}) {
        SampleFrame sample("welcome-en.md", width, height);
        PrompterView view = sample.view_at_time(20.0);
        FrameContent content = sample.scene->content(view);
        content.cue = "slower";
        const SDL_Rect pill = sample.frame->painter().cue_rect(content, width, height);
        const RowBand reading = reading_band(sample.geometry(view), sample.scene->layout().line_advance);
        INFO(width << "x" << height);
        CHECK((pill.y + pill.h <= reading.top || pill.y >= reading.bottom));
        CHECK(pill.y >= sample.geometry(view).text_top);
        CHECK(pill.y + pill.h <= sample.geometry(view).text_bottom);
    }
}

TEST_CASE("a blank frame shows no cue: blank is pure black", "[display][coach]")
{
    SampleFrame sample("welcome-en.md", 640, 360);
    PrompterView view = sample.view_at_time(20.0);
    view.blank = true;
    FrameContent content = sample.scene->content(view);
    content.cue = "louder";
    const FrameImage image = sample.frame->render(content);
    CHECK(test::max_brightness(image, 0, 0, image.width, image.height) == 0);
}

// docs/screenshots/live-cue.png: PODIUM_SCREENSHOT_DIR=docs/screenshots runs this to redraw it.
TEST_CASE("the live cue screenshot renders", "[display][coach][screenshot]")
{
    SampleFrame sample("welcome-en.md", 1280, 720);
    PrompterView view = sample.view_at_time(50.0);
    view.state = PrompterState::Running;
    view.listening = true;
    FrameContent content = sample.scene->content(view);
    content.cue = "slower";
    const FrameImage image = sample.frame->render(content);
    CHECK(image.width == 1280);
    if (const char* dir = std::getenv("PODIUM_SCREENSHOT_DIR")) {
        write_png(std::filesystem::path(dir) / "live-cue.png", image);
    }
}
