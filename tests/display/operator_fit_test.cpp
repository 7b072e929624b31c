// SPDX-License-Identifier: GPL-3.0-or-later
// The operator window fits its words in every language and at every size (issue 25): drawn in
// English and Chinese at 1280×720, 1920×1080 and 3840×2160 (offscreen video driver), no text
// pixel lies outside the button, the timers or the section list it belongs to. With
// PODIUM_SCREENSHOT_DIR set the frames are written there as PNG.
#include "display_fixture.hpp"

#include "core/i18n/catalogue.hpp"
#include "core/i18n/translate.hpp"
#include "display/operator_window.hpp"
#include "display/png_writer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <set>

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

namespace {

struct OperatorCase {
    Language language;
    const char* sample;
    int width;
    int height;
};

// Paints the operator window for `c` mid-speech, over plan, with a notice and the quit question,
// and checks that every light pixel is where its text belongs: inside a button, in the timers'
// box, in the section list; and that no button label had to be cut.
OperatorLayout check_operator_fits(OperatorWindow& window, const FontChoice& font, const OperatorCase& c, bool help = false)
{
    const Script script = load_sample(c.sample);
    const Timing timing = estimate_timing(script, PaceProfile{});
    PrompterScene scene(script, timing, font);
    const std::string name = std::string(help ? "operator-keys-" : "operator-") + std::string(language_code(c.language)) + "-"
        + std::to_string(c.width) + "x" + std::to_string(c.height) + ".png";
    INFO(name);
    window.resize(c.width, c.height);
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
    frame.toggles.help = help; // the keys panel over the section list, its help wrapped
    window.paint(frame);
    const FrameImage image = window.read();
    const OperatorLayout layout = window.layout();
    REQUIRE(image.width == c.width);
    if (help) {
        CHECK(window.help_lines_shown() == prompter_help_lines(default_key_preset()).size());
    }
    // Every button is wide enough for its label (measured at the window's text size): nothing
    // is cut with "…".
    const TextFont ui(font, layout.ui_px);
    for (const auto& [button, box] : layout.buttons) {
        std::vector<std::string> labels{translated(button_label(button))};
        if (button == OperatorButton::PlayPause) {
            labels = {_("Play"), _("Pause")};
        }
        for (const std::string& label : labels) {
            INFO(label);
            CHECK(ui.width(label) <= box.w - 4);
        }
    }
    // The control bar (all its rows): every light pixel is inside a button.
    int bar_top = c.height;
    int bar_bottom = 0;
    for (const auto& [button, box] : layout.buttons) {
        bar_top = std::min(bar_top, box.y);
        bar_bottom = std::max(bar_bottom, box.y + box.h);
    }
    long stray = 0;
    for (int y = bar_top; y < bar_bottom; ++y) {
        for (int x = 0; x < image.width; ++x) {
            bool in_button = false;
            for (const auto& [button, box] : layout.buttons) {
                in_button = in_button || inside(box, x, y);
            }
            stray += !in_button && is_text(image, x, y);
        }
    }
    CHECK(stray == 0);
    // Left of the section list, between the preview and the bar: light pixels only in the
    // timers' box (wrapped lines included), unless the keys panel grew over it.
    const Box panel = help ? window.help_box() : layout.outline;
    long outside = 0;
    if (panel == layout.outline) {
        for (int y = layout.preview.y + layout.preview.h + 2; y < bar_top; ++y) {
            for (int x = 0; x < layout.outline.x; ++x) {
                outside += !inside(layout.timers, x, y) && is_text(image, x, y);
            }
        }
    }
    // Below the list or the keys panel (whose wrapped rows stop at its bottom) and right of it:
    // nothing light.
    for (int y = panel.y + panel.h; y < bar_top; ++y) {
        for (int x = panel.x; x < image.width; ++x) {
            outside += is_text(image, x, y);
        }
    }
    for (int y = panel.y; y < panel.y + panel.h; ++y) {
        for (int x = panel.x + panel.w; x < image.width; ++x) {
            outside += is_text(image, x, y);
        }
    }
    CHECK(outside == 0);
    if (const char* folder = std::getenv("PODIUM_SCREENSHOT_DIR")) {
        write_png(std::filesystem::path(folder) / name, image);
    }
    return layout;
}

} // namespace

TEST_CASE("the operator window keeps its labels inside their buttons and panels, in English and Chinese, at every size")
{
    const SdlSubsystem video(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    const TtfLibrary ttf;
    const FontChoice font = locate_font(font_folders());
    OperatorWindow window(font, "Podium test", nullptr);
    for (const Language language : {Language::English, Language::ChineseSimplified}) {
        REQUIRE(use_language(language));
        const char* sample = language == Language::English ? "welcome-en.md" : "welcome-zh.txt";
        for (const SDL_Point size : {SDL_Point{1280, 720}, SDL_Point{1920, 1080}, SDL_Point{3840, 2160}}) {
            const OperatorLayout layout = check_operator_fits(window, font, {language, sample, size.x, size.y});
            // At these sizes the bar is one row.
            CHECK(layout.buttons.front().second.y == layout.buttons[8].second.y);
            check_operator_fits(window, font, {language, sample, size.x, size.y}, true);
        }
    }
    use_language(Language::English);
}

TEST_CASE("in a narrow operator window the buttons grow to their labels and wrap onto a second row")
{
    const SdlSubsystem video(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    const TtfLibrary ttf;
    const FontChoice font = locate_font(font_folders());
    OperatorWindow window(font, "Podium test", nullptr);
    REQUIRE(use_language(Language::English));
    // 760 px across: nine equal buttons would be 70 px, narrower than "|<< Section".
    const OperatorLayout layout = check_operator_fits(window, font, {Language::English, "welcome-en.md", 760, 720});
    use_language(Language::English);
    std::set<int> rows;
    for (const auto& [button, box] : layout.buttons) {
        rows.insert(box.y);
    }
    CHECK(rows.size() >= 2);
    // Still one bar across the width, buttons in their order.
    CHECK(layout.buttons.front().first == OperatorButton::PlayPause);
    CHECK(layout.buttons[8].first == OperatorButton::MirrorProjector);
}
