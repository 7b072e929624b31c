// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompter/prompter_model.hpp"
#include "core/prompter/window_toggles.hpp"

#include "prompter_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace podium;
using namespace podium::testing;

namespace {

std::vector<PrompterEventKind> kinds(const std::vector<PrompterEvent>& events)
{
    std::vector<PrompterEventKind> out;
    for (const PrompterEvent& e : events) {
        out.push_back(e.kind);
    }
    return out;
}

} // namespace

TEST_CASE("play during the countdown starts at once and then toggles running and paused")
{
    const PrompterFixture f;
    PrompterModel model = f.model();
    model.apply(CommandKind::TogglePlay);
    CHECK(model.view().state == PrompterState::Running);
    model.apply(CommandKind::TogglePlay);
    CHECK(model.view().state == PrompterState::Paused);
    model.apply(CommandKind::TogglePlay);
    CHECK(model.view().state == PrompterState::Running);
    CHECK(model.view().quit == QuitState::None); // play/pause (F5, Esc) never quits
    const auto events = kinds(model.take_events());
    CHECK(events == std::vector<PrompterEventKind>{PrompterEventKind::Started, PrompterEventKind::SectionEntered,
                        PrompterEventKind::SentenceReached, PrompterEventKind::Paused, PrompterEventKind::Resumed});
}

TEST_CASE("quit while running asks first: quit again or confirm quits and cancel or another key keeps going")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.apply(CommandKind::Quit);
    CHECK(model.view().quit == QuitState::Pending);
    CHECK(model.view().state == PrompterState::Running);
    model.apply(CommandKind::CancelQuit);
    CHECK(model.view().quit == QuitState::None);
    model.apply(CommandKind::Quit);
    model.apply(CommandKind::TogglePlay); // another key: cancels, then pauses
    CHECK(model.view().quit == QuitState::None);
    CHECK(model.view().state == PrompterState::Paused);
    model.apply(CommandKind::Quit); // paused: no question
    CHECK(model.view().quit == QuitState::Confirmed);

    PrompterModel running = f.model(no_countdown());
    running.apply(CommandKind::Quit);
    running.apply(CommandKind::Quit);
    CHECK(running.view().quit == QuitState::Confirmed);
    PrompterModel confirmed = f.model(no_countdown());
    confirmed.apply(CommandKind::Quit);
    confirmed.apply(CommandKind::ConfirmQuit);
    CHECK(confirmed.view().quit == QuitState::Confirmed);
}

TEST_CASE("next and previous sentence move one sentence and emit a jump")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    (void)model.take_events();
    model.apply(CommandKind::NextSentence);
    model.apply(CommandKind::NextSentence);
    CHECK(model.view().current_sentence == 2);
    CHECK(model.view().position == Approx(f.timing.sentences[2].start));
    model.apply(CommandKind::PreviousSentence);
    CHECK(model.view().current_sentence == 1);
    const auto events = model.take_events();
    REQUIRE(events.size() >= 2);
    CHECK(events[0].kind == PrompterEventKind::Jumped);
    CHECK(events[0].from_sentence == 0);
    CHECK(events[0].sentence == 1);
    CHECK(events[1].kind == PrompterEventKind::SentenceReached);
    model.apply(CommandKind::Home);
    model.apply(CommandKind::PreviousSentence);
    CHECK(model.view().current_sentence == 0);
    model.apply(CommandKind::End);
    CHECK(model.view().current_sentence == f.script.sentences.size() - 1);
    model.apply(CommandKind::NextSentence);
    CHECK(model.view().current_sentence == f.script.sentences.size() - 1);
}

TEST_CASE("section commands jump to section starts")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.apply(CommandKind::NextSection);
    CHECK(model.view().current_section == 1);
    CHECK(model.view().current_sentence == f.script.sections[1].first_sentence);
    model.apply(CommandKind::NextSentence);
    model.apply(CommandKind::PreviousSection); // inside section 1: back to its start
    CHECK(model.view().current_sentence == f.script.sections[1].first_sentence);
    model.apply(CommandKind::PreviousSection);
    CHECK(model.view().current_section == 0);
    model.apply(Command{CommandKind::JumpToSection, 3});
    CHECK(model.view().current_section == 3);
    CHECK(model.view().position == Approx(f.timing.sections[3].start));
    model.apply(Command{CommandKind::JumpToSection, 99}); // no such section: nothing happens
    CHECK(model.view().current_section == 3);
    REQUIRE(section_for_number(f.script, 1).has_value());
    CHECK(*section_for_number(f.script, 1) == 1); // the preamble is not counted
    CHECK(*section_for_number(f.script, 3) == 3);
    CHECK_FALSE(section_for_number(f.script, 4).has_value()); // the closing is not a heading
    CHECK_FALSE(section_for_number(f.script, 0).has_value());
}

TEST_CASE("jump to sentence moves the reading line to that sentence and its section, and ignores a bad index")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    const std::size_t target = f.script.sections[2].first_sentence + 1;
    Command jump{CommandKind::JumpToSentence};
    jump.sentence = target;
    model.apply(jump);
    CHECK(model.view().current_sentence == target);
    CHECK(model.view().current_section == 2);
    CHECK(model.view().position == Approx(f.timing.sentences[target].start));
    const auto events = kinds(model.take_events());
    CHECK(std::count(events.begin(), events.end(), PrompterEventKind::Jumped) == 1);
    jump.sentence = f.script.sentences.size(); // one past the end: nothing happens
    model.apply(jump);
    CHECK(model.view().current_sentence == target);
    CHECK(model.take_events().empty());
}

TEST_CASE("a jump glides to its target instead of cutting")
{
    const PrompterFixture f;
    PrompterOptions options = no_countdown();
    options.jump_ease_seconds = 0.25;
    PrompterModel model = f.model(options);
    model.apply(CommandKind::TogglePlay); // paused, so only the glide moves
    const double from = model.view().scroll_y;
    model.apply(Command{CommandKind::JumpToSection, 2});
    const double target = model.track().y_at(f.timing.sections[2].start);
    CHECK(model.view().scroll_y == Approx(from));
    double previous = from;
    for (int i = 0; i < 15; ++i) {
        model.advance(1.0 / 60.0);
        const double y = model.view().scroll_y;
        CHECK(y >= previous);
        CHECK(y <= target + 1e-9);
        previous = y;
    }
    CHECK(model.view().scroll_y == Approx(target));
}

TEST_CASE("blank, mirror, help and fullscreen are the window toggles' alone; font size is recorded")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    WindowToggles toggles;
    for (const CommandKind kind :
        {CommandKind::ToggleBlank, CommandKind::ToggleMirror, CommandKind::ToggleHelp, CommandKind::ToggleFullscreen}) {
        model.apply(kind);
        CHECK(toggles.apply(kind));
    }
    model.advance(1.0);
    CHECK(model.view().position == Approx(1.0)); // blanking hides the glass, the run goes on
    const PrompterView plain = model.view();     // the model knows nothing of them
    CHECK_FALSE((plain.blank || plain.mirror || plain.help || plain.fullscreen));
    const PrompterView shown = toggles.shown(plain);
    CHECK((shown.blank && shown.mirror && shown.help && shown.fullscreen));
    CHECK(shown.position == plain.position);
    CHECK(toggles.apply(CommandKind::ToggleBlank));
    CHECK_FALSE(toggles.shown(plain).blank);
    CHECK_FALSE(toggles.apply(CommandKind::NextSentence)); // not a window toggle: nothing changes
    CHECK(toggles == WindowToggles{true, false, true, true});
    const int size = model.view().font_size;
    model.apply(CommandKind::FontLarger);
    CHECK(model.view().font_size == size + model.options().font_step);
    model.apply(CommandKind::FontSmaller);
    model.apply(CommandKind::FontSmaller);
    CHECK(model.view().font_size == size - model.options().font_step);
    const double line = model.view().reading_line;
    model.apply(CommandKind::ReadingLineDown);
    CHECK(model.view().reading_line == Approx(line + 0.05));
    for (int i = 0; i < 40; ++i) {
        model.apply(CommandKind::ReadingLineUp);
    }
    CHECK(model.view().reading_line == Approx(0.1));
}

TEST_CASE("speed steps stay on whole percentages and within limits")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    for (int i = 0; i < 7; ++i) {
        model.apply(CommandKind::SpeedUp);
    }
    for (int i = 0; i < 7; ++i) {
        model.apply(CommandKind::SpeedDown);
    }
    CHECK(model.view().pace_factor == 1.0);
    for (int i = 0; i < 100; ++i) {
        model.apply(CommandKind::SpeedUp);
    }
    CHECK(model.view().pace_factor == Approx(model.options().max_pace_factor));
    for (int i = 0; i < 100; ++i) {
        model.apply(CommandKind::SpeedDown);
    }
    CHECK(model.view().pace_factor == Approx(model.options().min_pace_factor));
}

TEST_CASE("restart goes back to the countdown at the first sentence with fresh timers")
{
    const PrompterFixture f;
    PrompterModel model = f.model();
    model.apply(CommandKind::TogglePlay); // skip the countdown
    model.advance(20.0);
    (void)model.take_events();
    model.apply(CommandKind::Restart);
    const PrompterView v = model.view();
    CHECK(v.state == PrompterState::Countdown);
    CHECK(v.countdown_remaining == Approx(3.0));
    CHECK(v.position == 0.0);
    CHECK(v.current_sentence == 0);
    CHECK(v.elapsed == 0.0);
    CHECK(v.section_actual == 0.0);
    CHECK(kinds(model.take_events()) == std::vector<PrompterEventKind>{PrompterEventKind::Restarted});
    model.advance(3.5);
    CHECK(model.view().state == PrompterState::Running);
    CHECK(model.take_events().front().kind == PrompterEventKind::Started);
}

TEST_CASE("going back from the end pauses at the target, and play resumes")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.advance(f.timing.total_seconds + 1.0);
    REQUIRE(model.view().state == PrompterState::Finished);
    model.apply(CommandKind::PreviousSentence);
    CHECK(model.view().state == PrompterState::Paused);
    model.apply(CommandKind::TogglePlay);
    model.advance(0.5);
    CHECK(model.view().state == PrompterState::Running);
}

TEST_CASE("the mode toggles between paced and manual without moving the text")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.advance(7.0);
    const double y = model.view().scroll_y;
    model.apply(CommandKind::ToggleMode);
    CHECK(model.view().mode == ScrollMode::Manual);
    CHECK(model.view().scroll_y == Approx(y));
    CHECK(model.view().manual_speed > 0.0);
    model.apply(CommandKind::ToggleMode);
    CHECK(model.view().mode == ScrollMode::Paced);
    CHECK(model.view().scroll_y == Approx(y));
}
