// SPDX-License-Identifier: GPL-3.0-or-later
// The operator window fits its words in every language and at every size (issue 25): drawn in
// English and Chinese at 1280×720, 1920×1080 and 3840×2160 (offscreen video driver), no text
// pixel lies outside the button, the timers or the section list it belongs to. With
// PODIUM_SCREENSHOT_DIR set the frames are written there as PNG.
#include "display_fixture.hpp"

#include "core/i18n/catalogue.hpp"
#include "display/operator_window.hpp"
#include "display/png_writer.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace podium;
using namespace podium::test;

namespace {

bool inside(const Box& box, int x, int y)
{
    return x >= box.x && x < box.x + box.w && y >= box.y && y < box.y + box.h;
}

// Text is drawn light on the operator window's dark panels and buttons.
bool is_text(const FrameImage& image, int x, int y)
{
    return brightness(image, x, y) >= 120;
}

} // namespace

TEST_CASE("the operator window keeps its labels inside their buttons and panels, in English and Chinese, at every size")
{
    const SdlSubsystem video(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    const TtfLibrary ttf;
    const FontChoice font = locate_font(font_folders());
    struct Case {
        Language language;
        const char* sample;
    };
    for (const Case c : {Case{Language::English, "welcome-en.md"}, Case{Language::ChineseSimplified, "welcome-zh.txt"}}) {
        REQUIRE(use_language(c.language));
        const Script script = load_sample(c.sample);
        const Timing timing = estimate_timing(script, PaceProfile{});
        PrompterScene scene(script, timing, font);
        OperatorWindow window(font, "Podium test", nullptr);
        for (const SDL_Point size : {SDL_Point{1280, 720}, SDL_Point{1920, 1080}, SDL_Point{3840, 2160}}) {
            const std::string name = std::string("operator-") + std::string(language_code(c.language)) + "-"
                + std::to_string(size.x) + "x" + std::to_string(size.y) + ".png";
            INFO(name);
            window.resize(size.x, size.y);
            const SDL_Point projector{1920, 1080};
            scene.fit(projector.x, default_text_px(projector.y));
            PrompterOptions options;
            options.font_size = default_text_px(projector.y);
            OperatorFrame frame;
            frame.script = &script;
            frame.timing = &timing;
            frame.projector_scene = &scene;
            frame.projector_size = projector;
            frame.view = view_at(script, timing, scene.layout(), options, 95.0);
            frame.view.state = PrompterState::Running;
            frame.section_actual.assign(script.sections.size(), 0.0);
            for (std::size_t i = 0; i + 1 < script.sections.size() && i < 2; ++i) {
                frame.section_actual[i] = timing.sections[i].duration * 1.2;
            }
            frame.notice = c.language == Language::English ? "display 1 (HDMI-1) is back" : "显示器 1（HDMI-1）已恢复连接";
            window.paint(frame);
            const FrameImage image = window.read();
            const OperatorLayout& layout = window.layout();
            REQUIRE(image.width == size.x);
            // The control bar: every light pixel of its band is inside a button.
            const Box& first = layout.buttons.front().second;
            long stray = 0;
            for (int y = first.y; y < first.y + first.h; ++y) {
                for (int x = 0; x < image.width; ++x) {
                    bool in_button = false;
                    for (const auto& [button, box] : layout.buttons) {
                        in_button = in_button || inside(box, x, y);
                    }
                    stray += !in_button && is_text(image, x, y);
                }
            }
            CHECK(stray == 0);
            // Between the timers and the section list, and right of the list: nothing light.
            long outside = 0;
            const int gap_left = layout.timers.x + layout.timers.w;
            for (int y = layout.timers.y; y < layout.timers.y + layout.timers.h; ++y) {
                for (int x = gap_left; x < layout.outline.x; ++x) {
                    outside += is_text(image, x, y);
                }
            }
            for (int y = layout.outline.y; y < layout.outline.y + layout.outline.h; ++y) {
                for (int x = layout.outline.x + layout.outline.w; x < image.width; ++x) {
                    outside += is_text(image, x, y);
                }
            }
            CHECK(outside == 0);
            if (const char* folder = std::getenv("PODIUM_SCREENSHOT_DIR")) {
                write_png(std::filesystem::path(folder) / name, image);
            }
        }
    }
    use_language(Language::English);
}
