// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompter/scroll_track.hpp"

#include "prompter_fixture.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::testing;

TEST_CASE("a line that starts a sentence reaches the reading line half a line early, as the plan starts it")
{
    const PrompterFixture f;
    const ScrollTrack track(f.script, f.timing, f.layout);
    std::size_t checked = 0;
    for (const LayoutLine& line : f.layout.lines) {
        const LineRun& first = line.runs.front();
        if (first.span.begin != f.script.sentences[first.sentence].span.begin) {
            continue; // the line starts inside a sentence
        }
        INFO(line);
        CHECK(track.y_at(f.timing.sentences[first.sentence].start)
            == Approx(line.y + f.layout.line_height / 2.0 - f.layout.line_advance / 2.0));
        ++checked;
    }
    CHECK(checked >= f.script.paragraphs.size());
}

TEST_CASE("the track is monotonic and time_at inverts y_at")
{
    const PrompterFixture f;
    const ScrollTrack track(f.script, f.timing, f.layout);
    REQUIRE_FALSE(track.empty());
    CHECK(track.end_time() == Approx(f.timing.total_seconds));
    double previous = track.y_at(-1.0);
    for (double t = 0.0; t <= track.end_time() + 1.0; t += 0.1) {
        const double y = track.y_at(t);
        CHECK(y >= previous);
        if (t < track.end_time()) {
            CHECK(track.y_at(track.time_at(y)) == Approx(y).margin(1e-6));
        }
        previous = y;
    }
    CHECK(track.y_at(1e9) == track.end_y());
    CHECK(track.time_at(-1e9) == 0.0);
}

TEST_CASE("an empty track answers zero")
{
    const ScrollTrack track;
    CHECK(track.empty());
    CHECK(track.y_at(5.0) == 0.0);
    CHECK(track.time_at(5.0) == 0.0);
}
