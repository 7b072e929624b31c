// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/display_fixture.hpp"
#include "core/text/utf8.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <string_view>

using namespace podium;
using podium::test::SampleFrame;
using podium::test::max_brightness;

namespace {

// A run's em box on screen at this view.
SDL_Rect run_box(const Layout& layout, std::size_t line, const LineRun& run, const PrompterView& view,
    const FrameGeometry& geometry)
{
    const int top = static_cast<int>(line_screen_top(layout, line, view.scroll_y, geometry));
    return SDL_Rect{layout.column_x + run.x, top, run.width, layout.line_height};
}

bool inside_text_area(const SDL_Rect& box, const FrameGeometry& geometry)
{
    return box.y >= geometry.text_top && box.y + box.h <= geometry.text_bottom;
}

} // namespace

TEST_CASE("a rendered frame has text where the layout puts lines and background between them")
{
    SampleFrame sample("welcome-zh.txt", 1280, 720);
    const PrompterView view = sample.view_at_time(40.0);
    const FrameImage image = sample.render(view);
    const FrameGeometry geometry = sample.geometry(view);
    const Layout& layout = sample.scene->layout();
    const LineRange range = visible_lines(layout, view.scroll_y, geometry);
    REQUIRE(range.end > range.first + 3);

    int checked_runs = 0;
    for (std::size_t line = range.first; line < range.end; ++line) {
        for (const LineRun& run : layout.lines[line].runs) {
            const SDL_Rect box = run_box(layout, line, run, view, geometry);
            if (!inside_text_area(box, geometry) || run.width < layout.line_height) {
                continue;
            }
            INFO("line " << line << " run " << run);
            CHECK(max_brightness(image, box.x, box.y, box.x + box.w, box.y + box.h) > 10);
            ++checked_runs;
        }
        // The middle of the gap below a line of Han text is background.
        const int top = static_cast<int>(line_screen_top(layout, line, view.scroll_y, geometry));
        const int gap_top = top + layout.line_height * 11 / 10;
        const int gap_bottom = top + layout.line_height * 13 / 10;
        if (gap_top >= geometry.text_top && gap_bottom <= geometry.text_bottom) {
            INFO("gap below line " << line);
            CHECK(max_brightness(image, layout.column_x, gap_top, layout.column_x + layout.column_width, gap_bottom) == 0);
        }
    }
    CHECK(checked_runs > 3);

    // The side margins are background except for the reading-line pointers.
    const int pointer_half = layout.line_height;
    const int left_margin_end = layout.column_x - 2;
    for (int y = geometry.text_top; y < geometry.text_bottom; y += 3) {
        if (std::abs(y - geometry.reading_y) <= pointer_half) {
            continue;
        }
        const int x_pointer_end = geometry.width * 3 / 100 + layout.line_height;
        INFO("row " << y);
        CHECK(max_brightness(image, x_pointer_end, y, left_margin_end, y + 1) == 0);
    }
    // The pointers themselves are drawn.
    CHECK(max_brightness(image, 0, geometry.reading_y - 2, left_margin_end, geometry.reading_y + 3) > 100);
}

TEST_CASE("the mirrored frame equals the normal frame flipped, overlays included")
{
    SampleFrame sample("welcome-en.md", 960, 540);
    PrompterView view = sample.view_at_time(25.0);
    view.help = true; // an overlay must be mirrored too
    const FrameImage normal = sample.render(view);
    view.mirror = true;
    const FrameImage mirrored = sample.render(view);
    REQUIRE(normal.width == mirrored.width);
    REQUIRE(normal.height == mirrored.height);
    std::size_t differing = 0;
    for (int y = 0; y < normal.height; ++y) {
        for (int x = 0; x < normal.width; ++x) {
            const std::uint8_t* a = normal.pixel(x, y);
            const std::uint8_t* b = mirrored.pixel(normal.width - 1 - x, y);
            differing += (a[0] != b[0] || a[1] != b[1] || a[2] != b[2]) ? 1 : 0;
        }
    }
    CHECK(differing == 0);
    CHECK(normal != mirrored); // the frame is not symmetric, so the flip really happened
}

TEST_CASE("the frame at time t highlights on the reading line the sentence the plan places at t")
{
    SampleFrame sample("welcome-zh.txt", 1280, 720);
    const Layout& layout = sample.scene->layout();
    REQUIRE(sample.timing.sentences.size() > 4);
    for (const std::size_t planned : {std::size_t{1}, sample.timing.sentences.size() / 2, sample.timing.sentences.size() - 2}) {
        const SentenceTiming& timing = sample.timing.sentences[planned];
        const double t = timing.start + timing.speaking * 0.3;
        const PrompterView view = sample.view_at_time(t);
        INFO("t = " << t << " s, sentence " << planned);
        CHECK(view.current_sentence == planned);
        CHECK(view.current_section == sample.script.sentences[planned].section);

        const FrameImage image = sample.render(view);
        const FrameGeometry geometry = sample.geometry(view);
        // The line on the reading line holds a run of that sentence, drawn at full brightness.
        const std::size_t line = layout.line_at(view.scroll_y);
        int brightest_planned = 0;
        int brightest_other = 0;
        for (const LineRun& run : layout.lines[line].runs) {
            const SDL_Rect box = run_box(layout, line, run, view, geometry);
            // The reading line passes through this line's box or the gap below it.
            CHECK(box.y <= geometry.reading_y);
            CHECK(box.y + layout.line_advance > geometry.reading_y);
            const int bright = max_brightness(image, box.x, box.y, box.x + box.w, box.y + box.h);
            (run.sentence == planned ? brightest_planned : brightest_other) =
                std::max(run.sentence == planned ? brightest_planned : brightest_other, bright);
        }
        CHECK(brightest_planned >= 230);
        CHECK(brightest_other < 230);
    }
}

TEST_CASE("no line of the laid-out sample starts with a closing mark or ends with an opening one")
{
    SampleFrame sample("welcome-zh.txt", 1280, 720);
    const Layout& layout = sample.scene->layout();
    constexpr std::string_view no_start[] = {"，", "。", "、", "；", "：", "？", "！", "”", "）", "》", "」", "』"};
    constexpr std::string_view no_end[] = {"“", "（", "《", "「", "『"};
    REQUIRE(layout.lines.size() > 5);
    for (const LayoutLine& line : layout.lines) {
        const std::string_view text = sample.script.view(line.span);
        INFO("line: " << text);
        for (std::string_view mark : no_start) {
            CHECK_FALSE(text.starts_with(mark));
        }
        for (std::string_view mark : no_end) {
            CHECK_FALSE(text.ends_with(mark));
        }
    }
}

TEST_CASE("resizing the view or changing the text size keeps the current sentence on the reading line")
{
    SampleFrame sample("welcome-zh.txt", 1920, 1080);
    PrompterModel model(sample.script, sample.timing, sample.scene->layout(), sample.options);
    model.apply(CommandKind::TogglePlay); // skip the countdown
    for (int frame = 0; frame < 60 * 50; ++frame) {
        model.advance(1.0 / 60.0);
    }
    const std::size_t before = model.view().current_sentence;
    REQUIRE(before > 0);

    for (const auto& [width, height, px] : {std::tuple{1280, 720, 0}, std::tuple{800, 600, 0}, std::tuple{1280, 720, 90}}) {
        sample.resize(width, height, px);
        model.relayout(sample.scene->layout());
        const PrompterView view = model.view();
        INFO(width << "x" << height << " text " << sample.options.font_size << " px");
        CHECK(view.current_sentence == before);
        const Layout& layout = sample.scene->layout();
        const LayoutLine& on_line = layout.lines[layout.line_at(view.scroll_y)];
        const bool holds_sentence = std::any_of(on_line.runs.begin(), on_line.runs.end(),
            [before](const LineRun& run) { return run.sentence == before; });
        CHECK(holds_sentence);
        // And the frame draws it brightest there, at the reading line.
        const FrameImage image = sample.render(view);
        const FrameGeometry geometry = sample.geometry(view);
        const std::size_t line = layout.line_at(view.scroll_y);
        for (const LineRun& run : layout.lines[line].runs) {
            if (run.sentence == before) {
                const SDL_Rect box = run_box(layout, line, run, view, geometry);
                CHECK(box.y <= geometry.reading_y);
                CHECK(box.y + layout.line_advance > geometry.reading_y);
                CHECK(max_brightness(image, box.x, box.y, box.x + box.w, box.y + box.h) >= 230);
            }
        }
    }
}

TEST_CASE("a blank frame is pure black, even with the help overlay asked for")
{
    SampleFrame sample("welcome-en.md", 640, 360);
    PrompterView view = sample.view_at_time(10.0);
    view.blank = true;
    view.help = true;
    const FrameImage image = sample.render(view);
    CHECK(podium::test::max_brightness(image, 0, 0, image.width, image.height) == 0);
}

TEST_CASE("the countdown shows large numerals over dimmed text")
{
    SampleFrame sample("welcome-en.md", 1280, 720);
    PrompterModel model(sample.script, sample.timing, sample.scene->layout(), sample.options);
    model.advance(0.5);
    const PrompterView view = model.view();
    REQUIRE(view.state == PrompterState::Countdown);
    const FrameImage image = sample.render(view);
    // The numeral "3" sits in the centre at full brightness; text elsewhere is dimmed.
    CHECK(podium::test::max_brightness(image, 600, 300, 680, 420) >= 230);
    const Layout& layout = sample.scene->layout();
    const FrameGeometry geometry = sample.geometry(view);
    CHECK(podium::test::max_brightness(image, layout.column_x, geometry.text_top, 500, geometry.reading_y - 60) < 150);
}

TEST_CASE("the help overlay draws a panel listing the keys over the text")
{
    SampleFrame sample("welcome-en.md", 1280, 720);
    PrompterView view = sample.view_at_time(20.0);
    const FrameImage plain = sample.render(view);
    view.help = true;
    const FrameImage help = sample.render(view);
    write_png(std::filesystem::temp_directory_path() / "podium-help-overlay.png", help);
    // The panel covers the middle of the frame: the frame there changed, and holds bright text.
    const FrameGeometry geometry = sample.geometry(view);
    std::size_t changed = 0;
    for (int y = geometry.height / 4; y < geometry.height * 3 / 4; y += 2) {
        for (int x = geometry.width / 3; x < geometry.width * 2 / 3; x += 2) {
            changed += std::memcmp(plain.pixel(x, y), help.pixel(x, y), 3) != 0 ? 1 : 0;
        }
    }
    CHECK(changed > 1000);
    CHECK(max_brightness(help, geometry.width / 3, geometry.height / 4, geometry.width * 2 / 3, geometry.height * 3 / 4) >= 200);
    if (std::getenv("PODIUM_KEEP_TEST_FRAMES") == nullptr) {
        std::filesystem::remove(std::filesystem::temp_directory_path() / "podium-help-overlay.png");
    }
}
