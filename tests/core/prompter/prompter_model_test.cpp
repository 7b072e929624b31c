// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompter/prompter_model.hpp"

#include "prompter_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace podium;
using namespace podium::testing;

namespace {

constexpr double frame = 1.0 / 60.0;

} // namespace

TEST_CASE("the prompter counts down before it runs")
{
    const PrompterFixture f;
    PrompterModel model = f.model();
    CHECK(model.view().state == PrompterState::Countdown);
    CHECK(model.view().countdown_remaining == Approx(3.0));
    model.advance(1.0);
    CHECK(model.view().countdown_remaining == Approx(2.0));
    CHECK(model.view().position == 0.0);
    model.advance(2.5);
    CHECK(model.view().state == PrompterState::Running);
    CHECK(model.view().countdown_remaining == 0.0);
    CHECK(model.view().elapsed == Approx(0.5));      // the time left over after the countdown
    CHECK(model.view().position == Approx(0.5));
}

TEST_CASE("at 60 frames a second the reading line follows the plan's sentences")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    double t = 0.0;
    while (model.state() == PrompterState::Running) {
        const PrompterView v = model.view();
        INFO("t " << t);
        REQUIRE(v.position == Approx(t).margin(1e-6));
        const std::size_t planned = f.planned_sentence(t);
        // At an exact sentence start floating point may land either side; allow that frame.
        CHECK((v.current_sentence == planned || std::abs(f.timing.sentences[planned].start - t) < 1e-6
            || std::abs(f.timing.sentences[v.current_sentence].start - t) < 1e-6));
        CHECK(v.current_section == f.script.sentences[v.current_sentence].section);
        model.advance(frame);
        t += frame;
    }
    CHECK(model.state() == PrompterState::Finished);
    CHECK(t == Approx(f.timing.total_seconds).margin(frame));
}

TEST_CASE("scrolling is monotonic and smooth: no step is more than a sliver of a line")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    double previous = model.view().scroll_y;
    double largest = 0.0;
    std::size_t moving_frames = 0;
    while (model.state() == PrompterState::Running) {
        model.advance(frame);
        const double y = model.view().scroll_y;
        const double step = y - previous;
        CHECK(step >= 0.0);
        largest = std::max(largest, step);
        moving_frames += step > 0.0 ? 1 : 0;
        previous = y;
    }
    // A line takes seconds to read; a frame moves a small fraction of a line, never a jump.
    CHECK(largest < f.layout.line_advance / 10.0);
    CHECK(previous > f.layout.lines.back().y);
    CHECK(moving_frames > 100);
}

TEST_CASE("faster pace moves through the timeline faster and shows as a pace")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    CHECK(model.view().pace_unit == PaceUnit::HanPerMinute);
    CHECK(model.view().pace == Approx(f.timing.profile.han_per_minute));
    model.apply(CommandKind::SpeedUp);
    model.apply(CommandKind::SpeedUp);
    CHECK(model.view().pace_factor == Approx(1.1));
    CHECK(model.view().pace == Approx(f.timing.profile.han_per_minute * 1.1));
    model.advance(10.0);
    CHECK(model.view().position == Approx(11.0));
    CHECK(model.view().elapsed == Approx(10.0));
    CHECK(model.view().remaining == Approx((f.timing.total_seconds - 11.0) / 1.1));
}

TEST_CASE("paused, the text stands still and elapsed time stops")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.advance(4.0);
    model.apply(CommandKind::TogglePlay);
    const PrompterView before = model.view();
    CHECK(before.state == PrompterState::Paused);
    model.advance(30.0);
    CHECK(model.view().position == before.position);
    CHECK(model.view().scroll_y == before.scroll_y);
    CHECK(model.view().elapsed == before.elapsed);
    model.apply(CommandKind::TogglePlay);
    model.advance(1.0);
    CHECK(model.view().position == Approx(before.position + 1.0));
}

TEST_CASE("the run emits sentence and section events stamped with the planned times")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    std::vector<PrompterEvent> events = model.take_events();
    while (model.state() == PrompterState::Running) {
        model.advance(0.25);
        const auto more = model.take_events();
        events.insert(events.end(), more.begin(), more.end());
    }
    REQUIRE_FALSE(events.empty());
    CHECK(events.front().kind == PrompterEventKind::Started);
    CHECK(events.back().kind == PrompterEventKind::Finished);
    std::vector<std::size_t> reached;
    std::vector<std::size_t> entered;
    for (const PrompterEvent& e : events) {
        if (e.kind == PrompterEventKind::SentenceReached) {
            reached.push_back(e.sentence);
            CHECK(e.elapsed == Approx(f.timing.sentences[e.sentence].start));
        }
        if (e.kind == PrompterEventKind::SectionEntered) {
            entered.push_back(e.section);
            CHECK(e.elapsed == Approx(f.timing.sections[e.section].start));
        }
    }
    REQUIRE(reached.size() == f.script.sentences.size());
    for (std::size_t s = 0; s < reached.size(); ++s) {
        CHECK(reached[s] == s);
    }
    CHECK(entered == std::vector<std::size_t>{0, 1, 2, 3, 4});
    CHECK(model.take_events().empty());
}

TEST_CASE("section time runs over: amber at 10%, red at 25%")
{
    const PrompterFixture f;
    const std::size_t section = 2;
    const double end = f.timing.sections[section].start + f.timing.sections[section].duration;
    for (const auto& [factor, status] : {std::pair{1.0, TimeStatus::OnTime}, std::pair{0.88, TimeStatus::Amber},
             std::pair{0.75, TimeStatus::Red}}) {
        PrompterOptions options = no_countdown();
        options.pace_factor = factor;
        PrompterModel model = f.model(options);
        model.apply(Command{CommandKind::JumpToSection, section});
        // Run to just before the section ends, at this pace.
        model.advance((end - f.timing.sections[section].start - 0.01) / factor);
        const PrompterView v = model.view();
        INFO("factor " << factor);
        REQUIRE(v.current_section == section);
        CHECK(v.section_planned == Approx(f.timing.sections[section].duration));
        CHECK(v.section_actual == Approx(v.section_planned_so_far / factor));
        CHECK(v.section_status == status);
    }
}

TEST_CASE("manual mode scrolls at a constant pixel speed")
{
    const PrompterFixture f;
    PrompterOptions options = no_countdown();
    options.mode = ScrollMode::Manual;
    options.manual_speed = 12.0;
    PrompterModel model = f.model(options);
    const double y0 = model.view().scroll_y;
    for (int i = 1; i <= 120; ++i) {
        model.advance(frame);
        CHECK(model.view().scroll_y == Approx(y0 + 12.0 * frame * i).margin(1e-9));
    }
    CHECK(model.view().manual_speed == Approx(12.0));
    // The current sentence follows what is on the reading line.
    CHECK(model.view().current_sentence == model.sentence_at_time(model.track().time_at(model.view().scroll_y)));
}

TEST_CASE("re-laying out at another width keeps the current sentence on the reading line")
{
    PrompterFixture f(200);
    PrompterModel model = f.model(no_countdown());
    model.advance(f.timing.sentences[5].start + 0.4 * f.timing.sentences[5].speaking);
    const PrompterView before = model.view();
    REQUIRE(before.current_sentence == 5);
    for (const int column : {90, 400}) {
        const Layout wider = layout_script(f.script, f.measurer, PrompterFixture::options_for(column));
        model.relayout(wider);
        const PrompterView after = model.view();
        CHECK(after.current_sentence == 5);
        CHECK(after.position == before.position);
        // The reading line is inside the sentence's lines of the new layout.
        const double top = wider.lines[wider.first_line_of_sentence[5]].y - wider.line_advance / 2.0;
        const double bottom = wider.lines[wider.last_line_of_sentence[5]].y + wider.line_advance;
        CHECK(after.scroll_y >= top);
        CHECK(after.scroll_y <= bottom);
    }
}

TEST_CASE("speech follow sets the position exactly and never runs ahead of the voice")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.set_lead(Lead::Voice);
    CHECK(model.view().speech);
    model.follow_speech(3, 0.5);
    const SentenceTiming& timed = f.timing.sentences[3];
    CHECK(model.view().current_sentence == 3);
    CHECK(model.view().position == Approx(timed.start + 0.5 * timed.speaking));
    // The voice is slow: no report for a long time, the text waits at the end of sentence 3.
    model.advance(60.0);
    CHECK(model.view().position == Approx(timed.start + timed.speaking));
    CHECK(model.view().current_sentence == 3);
    model.follow_speech(4, 0.0);
    CHECK(model.view().current_sentence == 4);
    CHECK(model.view().position == Approx(f.timing.sentences[4].start));
    // A late report in the same sentence does not move the text backwards.
    model.advance(0.5);
    const double ahead = model.view().position;
    model.follow_speech(4, 0.0);
    CHECK(model.view().position == ahead);
    model.set_lead(Lead::Plan);
    model.advance(60.0);
    CHECK(model.view().position > f.timing.sentences[4].start + f.timing.sentences[4].speaking);
}

TEST_CASE("reaching the end finishes the run")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.advance(f.timing.total_seconds + 5.0);
    const PrompterView v = model.view();
    CHECK(v.state == PrompterState::Finished);
    CHECK(v.position == Approx(f.timing.total_seconds));
    CHECK(v.current_sentence == f.script.sentences.size() - 1);
    CHECK(v.remaining == 0.0);
    model.advance(5.0);
    CHECK(model.view().elapsed == v.elapsed);
}

TEST_CASE("the scroll speed changes gradually, without jolts between lines")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    double previous_y = model.view().scroll_y;
    double previous_step = -1.0;
    double largest_step = 0.0;
    double largest_change = 0.0;
    while (model.state() == PrompterState::Running) {
        model.advance(frame);
        const double y = model.view().scroll_y;
        const double step = y - previous_y;
        if (previous_step >= 0.0 && model.state() == PrompterState::Running) {
            largest_change = std::max(largest_change, std::abs(step - previous_step));
        }
        largest_step = std::max(largest_step, step);
        previous_step = step;
        previous_y = y;
    }
    REQUIRE(largest_step > 0.0);
    // From one frame to the next the speed changes by a few percent at most.
    CHECK(largest_change < 0.05 * largest_step);
}
