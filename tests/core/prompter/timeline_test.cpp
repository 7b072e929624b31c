// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompter/timeline.hpp"

#include "prompter_fixture.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::testing;

TEST_CASE("the view at time t shows the section and sentence the timing places at t")
{
    const PrompterFixture f;
    for (double t = 0.05; t < f.timing.total_seconds; t += 0.73) {
        const PrompterView v = view_at(f.script, f.timing, f.layout, PrompterOptions{}, t);
        INFO("t " << t);
        CHECK(v.state == PrompterState::Running);
        CHECK(v.position == Approx(t));
        CHECK(v.elapsed == Approx(t));
        CHECK(v.current_sentence == f.planned_sentence(t));
        CHECK(v.current_section == f.script.sentences[f.planned_sentence(t)].section);
        // On the plan's pace the section has taken exactly its plan so far.
        CHECK(v.section_actual == Approx(v.section_planned_so_far));
        CHECK(v.section_status == TimeStatus::OnTime);
        // The reading line is within the current sentence's lines.
        const std::size_t s = v.current_sentence;
        const double middle = f.layout.line_height / 2.0;
        const double half = f.layout.line_advance / 2.0;
        CHECK(v.scroll_y >= f.layout.lines[f.layout.first_line_of_sentence[s]].y + middle - half);
        CHECK(v.scroll_y <= f.layout.lines[f.layout.last_line_of_sentence[s]].y + middle + half
                + f.layout.options.paragraph_gap * f.layout.line_height);
    }
}

TEST_CASE("the timeline view equals a model stepped frame by frame")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    for (int i = 0; i < 600; ++i) {
        model.advance(1.0 / 60.0);
    }
    const PrompterView stepped = model.view();
    const PrompterView direct = view_at(f.script, f.timing, f.layout, PrompterOptions{}, 10.0);
    CHECK(direct.current_sentence == stepped.current_sentence);
    CHECK(direct.scroll_y == Approx(stepped.scroll_y));
    CHECK(direct.section_actual == Approx(stepped.section_actual));
}

TEST_CASE("past the end the timeline view is finished and options carry into it")
{
    const PrompterFixture f;
    PrompterOptions options;
    options.pace_factor = 1.25;
    const PrompterView v = view_at(f.script, f.timing, f.layout, options, f.timing.total_seconds);
    CHECK(v.state == PrompterState::Finished);
    CHECK(v.pace_factor == Approx(1.25));
    const PrompterView early = view_at(f.script, f.timing, f.layout, options, 4.0);
    CHECK(early.position == Approx(5.0));
}
