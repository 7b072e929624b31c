// SPDX-License-Identifier: GPL-3.0-or-later
// Overlays fit their boxes in every language and at every size (issue 25): the keys overlay,
// the countdown and the end-of-run summary are drawn offscreen in English and in Chinese at
// 1280×720, 1920×1080 and 3840×2160, and every pixel the overlay changes must lie inside its
// box. With PODIUM_SCREENSHOT_DIR set, the frames are also written there as PNG
// (scripts/screenshots.sh fills docs/screenshots/ with them).
#include "display_fixture.hpp"

#include "core/i18n/catalogue.hpp"
#include "core/i18n/translate.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"
#include "core/rehearsal/rehearsal_report.hpp"
#include "core/rehearsal/rehearsal_simulator.hpp"
#include "display/png_writer.hpp"
#include "display/summary_layout.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

using namespace podium;
using namespace podium::test;

namespace {

// The language for one test, English again afterwards.
struct LanguageScope {
    explicit LanguageScope(Language language) { REQUIRE(use_language(language)); }
    ~LanguageScope() { use_language(Language::English); }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
};

struct Changed {
    long outside = 0;     // changed pixels outside the box
    long inside = 0;      // changed pixels inside it
    SDL_Rect first_outside{}; // where the first one outside is, to say so
};

// Every pixel that differs between the two frames, against the box it must stay in.
Changed changed_pixels(const FrameImage& before, const FrameImage& after, const SDL_Rect& box)
{
    Changed changed;
    for (int y = 0; y < after.height; ++y) {
        for (int x = 0; x < after.width; ++x) {
            const std::uint8_t* a = before.pixel(x, y);
            const std::uint8_t* b = after.pixel(x, y);
            if (a[0] == b[0] && a[1] == b[1] && a[2] == b[2]) {
                continue;
            }
            const bool in = x >= box.x && x < box.x + box.w && y >= box.y && y < box.y + box.h;
            if (in) {
                ++changed.inside;
            } else if (changed.outside++ == 0) {
                changed.first_outside = SDL_Rect{x, y, 1, 1};
            }
        }
    }
    return changed;
}

void keep_screenshot(const FrameImage& image, const std::string& name)
{
    if (const char* folder = std::getenv("PODIUM_SCREENSHOT_DIR")) {
        write_png(std::filesystem::path(folder) / name, image);
    }
}

struct Case {
    Language language;
    const char* sample;
    int width;
    int height;
};

const Case cases[] = {
    {Language::English, "welcome-en.md", 1280, 720},
    {Language::English, "welcome-en.md", 1920, 1080},
    {Language::English, "welcome-en.md", 3840, 2160},
    {Language::ChineseSimplified, "welcome-zh.txt", 1280, 720},
    {Language::ChineseSimplified, "welcome-zh.txt", 1920, 1080},
    {Language::ChineseSimplified, "welcome-zh.txt", 3840, 2160},
};

std::string name_of(const Case& c, const char* what)
{
    return std::string(what) + "-" + std::string(language_code(c.language)) + "-" + std::to_string(c.width) + "x"
        + std::to_string(c.height) + ".png";
}

RehearsalReport slow_run(const Script& script, const Timing& planned)
{
    PaceProfile slow;
    slow.words_per_minute = PaceProfile{}.words_per_minute / 1.3;
    slow.han_per_minute = PaceProfile{}.han_per_minute / 1.3;
    SimulationOptions options;
    options.skip_section = 1;
    RehearsalRecorder recorder(script, "test", "");
    for (const PrompterEvent& event : simulate_rehearsal(script, slow, options)) {
        recorder.on_event(event);
    }
    return summarize_run(script, planned, recorder.run());
}

} // namespace

TEST_CASE("the keys overlay keeps every key and its help inside its panel, in English and Chinese, at every size")
{
    for (const Case& c : cases) {
        const LanguageScope language(c.language);
        SampleFrame sample(c.sample, c.width, c.height);
        INFO(name_of(c, "help"));
        PrompterView view = sample.view_at_time(40.0);
        const FrameImage without = sample.render(view);
        view.help = true;
        const FrameImage with = sample.render(view);
        const HelpOverlayLayout& layout = sample.frame->painter().help_overlay(sample.scene->content(view), c.width, c.height);
        CHECK(layout.fits);
        // Measured: each text's box is inside the panel…
        auto inside = [&](const HelpOverlayText& text) {
            return text.x >= layout.panel.x && text.x + text.width <= layout.panel.x + layout.panel.w;
        };
        CHECK(inside(layout.title));
        // The key that revokes every phone is listed, its help in the overlay's language.
        CHECK(std::any_of(layout.keys.begin(), layout.keys.end(), [](const HelpOverlayText& t) { return t.text == "Ctrl+Shift+R"; }));
        const std::string revoke = c.language == Language::ChineseSimplified ? "撤销所有手机" : "revoke every phone";
        CHECK(std::any_of(layout.help.begin(), layout.help.end(),
            [&](const HelpOverlayText& t) { return t.text.find(revoke) != std::string::npos; }));
        for (const HelpOverlayText& text : layout.keys) {
            CHECK(inside(text));
        }
        for (const HelpOverlayText& text : layout.help) {
            INFO(text.text);
            CHECK(inside(text));
        }
        // …and drawn: every pixel the overlay changed is inside it.
        const Changed changed = changed_pixels(without, with, layout.panel);
        INFO("first changed pixel outside the panel at " << changed.first_outside.x << "," << changed.first_outside.y);
        CHECK(changed.outside == 0);
        CHECK(changed.inside > 0);
        keep_screenshot(with, name_of(c, "help"));
    }
}

TEST_CASE("the countdown numeral stays inside its measured box in the text band, in English and Chinese, at every size")
{
    for (const Case& c : cases) {
        const LanguageScope language(c.language);
        SampleFrame sample(c.sample, c.width, c.height);
        INFO(name_of(c, "countdown"));
        PrompterView view = sample.view_at_time(0.0);
        view.state = PrompterState::Countdown;
        view.countdown_remaining = 2.5;
        const FrameImage three = sample.render(view);
        const SDL_Rect three_box = sample.frame->painter().countdown_box(sample.scene->content(view), c.width, c.height);
        view.countdown_remaining = 1.5;
        const FrameImage two = sample.render(view);
        const SDL_Rect two_box = sample.frame->painter().countdown_box(sample.scene->content(view), c.width, c.height);
        // The box the numeral is measured into lies inside the text band…
        const FrameGeometry geometry = sample.geometry(view);
        for (const SDL_Rect& box : {three_box, two_box}) {
            CHECK(box.w > 0);
            CHECK(box.x >= 0);
            CHECK(box.x + box.w <= geometry.width);
            CHECK(box.y >= geometry.text_top);
            CHECK(box.y + box.h <= geometry.text_bottom);
        }
        // …and every pixel that changes from "3" to "2" (only the numeral does) lies in one of
        // the two boxes: the glyphs are drawn where they were measured.
        SDL_Rect both{};
        SDL_UnionRect(&three_box, &two_box, &both);
        const Changed changed = changed_pixels(three, two, both);
        INFO("first changed pixel outside the numeral's box at " << changed.first_outside.x << "," << changed.first_outside.y);
        CHECK(changed.outside == 0);
        CHECK(changed.inside > 0);
        // The numeral is the only near-white thing in the text band (the speech is dimmed behind
        // it): no such pixel outside its box.
        long bright_outside = 0;
        SDL_Point first_bright{-1, -1};
        for (int y = geometry.text_top; y < geometry.text_bottom; ++y) {
            for (int x = 0; x < three.width; ++x) {
                const bool in = x >= three_box.x && x < three_box.x + three_box.w && y >= three_box.y
                    && y < three_box.y + three_box.h;
                const std::uint8_t* p = three.pixel(x, y);
                const bool white = std::min({p[0], p[1], p[2]}) >= 200; // not the amber pointers
                if (!in && white && bright_outside++ == 0) {
                    first_bright = SDL_Point{x, y};
                }
            }
        }
        INFO("first bright pixel outside the numeral's box at " << first_bright.x << "," << first_bright.y << " (box "
             << three_box.x << "," << three_box.y << " " << three_box.w << "x" << three_box.h << ")");
        CHECK(bright_outside == 0);
        keep_screenshot(three, name_of(c, "countdown"));
    }
}

namespace {

// The wrapped lines say the whole text: nothing was cut off with "…".
std::string joined(const std::vector<std::string>& lines)
{
    std::string all;
    for (const std::string& line : lines) {
        for (const char ch : line) {
            if (ch != ' ') {
                all += ch;
            }
        }
    }
    return all;
}

std::string without_spaces(std::string text)
{
    std::erase(text, ' ');
    return text;
}

void check_summary_fits(const Case& c, bool keep)
{
    const LanguageScope language(c.language);
    SampleFrame sample(c.sample, c.width, c.height);
    INFO(name_of(c, "summary"));
    const RehearsalReport report = slow_run(sample.script, sample.timing);
    const PrompterView view = sample.view_at_time(sample.timing.total_seconds + 1.0);
    FrameContent content = sample.scene->content(view);
    const FrameImage without = sample.frame->render(content);
    content.summary = &report;
    const FrameImage with = sample.frame->render(content);
    const SummaryOverlay overlay = sample.frame->painter().summary_overlay(report, content, c.width, c.height);
    const SummaryLayout& layout = overlay.layout;
    const SDL_Rect panel{layout.panel_x, layout.panel_y, layout.panel_width, layout.panel_height};
    // The heading and the key hints are wrapped, never cut: their lines say all of it and each
    // fits the panel.
    CHECK(joined(overlay.title) == without_spaces(_("This run against the plan")));
    CHECK(joined(overlay.footer)
        == without_spaces(_("R: run again    Home: back to the start    Ctrl+Q: quit    podium report: every run")));
    const FrameGeometry geometry = sample.geometry(view);
    const TextFont ui(sample.font, geometry.ui_px);
    for (const auto* lines : {&overlay.title, &overlay.footer}) {
        for (const std::string& line : *lines) {
            INFO(line);
            CHECK(ui.width(line) <= layout.panel_width - 2 * ui.glyph_height());
        }
    }
    const Changed changed = changed_pixels(without, with, panel);
    INFO("first changed pixel outside the panel at " << changed.first_outside.x << "," << changed.first_outside.y);
    CHECK(changed.outside == 0);
    CHECK(changed.inside > 0);
    if (keep) {
        keep_screenshot(with, name_of(c, "summary"));
    }
}

} // namespace

TEST_CASE("the end-of-run summary keeps its table and key hints inside its panel, in English and Chinese, at every size")
{
    for (const Case& c : cases) {
        check_summary_fits(c, true);
    }
}

TEST_CASE("on a portrait screen the summary's heading and key hints wrap onto more lines instead of being cut")
{
    for (const Case c : {Case{Language::English, "welcome-en.md", 720, 1280}, Case{Language::ChineseSimplified, "welcome-zh.txt", 720, 1280}}) {
        check_summary_fits(c, false);
        const LanguageScope language(c.language);
        SampleFrame sample(c.sample, c.width, c.height);
        const RehearsalReport report = slow_run(sample.script, sample.timing);
        const PrompterView view = sample.view_at_time(sample.timing.total_seconds + 1.0);
        const SummaryOverlay overlay = sample.frame->painter().summary_overlay(report, sample.scene->content(view), c.width, c.height);
        CHECK(overlay.footer.size() >= 2);
    }
}

TEST_CASE("a long notice wraps inside the frame above the progress bar, in English and Chinese, at every size")
{
    for (const Case& c : cases) {
        const LanguageScope language(c.language);
        SampleFrame sample(c.sample, c.width, c.height);
        INFO(name_of(c, "notice"));
        // Two real messages one after the other: longer than a 1280 px frame in both languages.
        const std::string notice = std::string(_("No microphone found. Plug one in (or check the sound settings); podium --listen needs one."))
            + " " + _("Listen with one: podium FILE --listen --mic N (default: the system's microphone)");
        const PrompterView view = sample.view_at_time(40.0);
        FrameContent content = sample.scene->content(view);
        const FrameImage without = sample.frame->render(content);
        content.notice = notice;
        const FrameImage with = sample.frame->render(content);
        const SDL_Rect box = sample.frame->painter().notice_box(notice, content, c.width, c.height);
        const FrameGeometry geometry = sample.geometry(view);
        CHECK(box.x >= 0);
        CHECK(box.x + box.w <= c.width);
        CHECK(box.y >= geometry.text_top);
        CHECK(box.y + box.h <= geometry.progress_y);
        const Changed changed = changed_pixels(without, with, box);
        INFO("first changed pixel outside the notice at " << changed.first_outside.x << "," << changed.first_outside.y);
        CHECK(changed.outside == 0);
        CHECK(changed.inside > 0);
        if (c.width == 1280) {
            CHECK(box.h > 2 * geometry.ui_px); // wrapped: more than one line
        }
    }
}
