// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/display_fixture.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace podium;

TEST_CASE("the line cache rasterises a line once and stays within its byte budget")
{
    test::SampleFrame sample("welcome-zh.txt", 1280, 720);
    const Layout& layout = sample.scene->layout();
    REQUIRE(layout.lines.size() > 10);
    constexpr std::size_t budget = 2u << 20; // a few lines' worth
    LineCache cache(sample.frame->renderer(), budget);
    const std::size_t largest_line = 1280u * 200u * 4u;
    for (std::size_t line = 0; line < layout.lines.size(); ++line) {
        CHECK_FALSE(cache.runs(sample.script, layout, sample.scene->font(), line).empty());
        CHECK(cache.cached_bytes() <= budget + largest_line);
    }
    CHECK(cache.rasterised_lines() == layout.lines.size());
    CHECK(cache.cached_lines() < layout.lines.size());

    // The most recent line is still cached: asking again rasterises nothing.
    const std::size_t last = layout.lines.size() - 1;
    (void)cache.runs(sample.script, layout, sample.scene->font(), last);
    CHECK(cache.rasterised_lines() == layout.lines.size());
    cache.clear();
    CHECK(cache.cached_bytes() == 0);
}

TEST_CASE("painting many frames while scrolling rasterises each visible line only once")
{
    test::SampleFrame sample("welcome-zh.txt", 1280, 720);
    PrompterView view = sample.view_at_time(30.0);
    std::set<std::size_t> shown;
    for (int frame = 0; frame < 30; ++frame) {
        view.scroll_y += 1.0;
        sample.frame->paint(sample.scene->content(view));
        const LineRange range = visible_lines(sample.scene->layout(), view.scroll_y, sample.geometry(view));
        for (std::size_t line = range.first; line < range.end; ++line) {
            shown.insert(line);
        }
    }
    const LineCache& cache = sample.frame->painter().line_cache();
    CHECK(cache.rasterised_lines() == shown.size());
    CHECK(cache.cached_lines() == shown.size());
    CHECK(shown.size() < sample.scene->layout().lines.size());
}
