// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/display_fixture.hpp"
#include "display/input_controller.hpp"
#include "core/prompter/window_toggles.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using podium::test::push_key;

namespace {

// Drains SDL's queue through the controller into the model and the window toggles, as the
// app's session does.
void pump(const InputController& input, PrompterModel& model, WindowToggles& toggles)
{
    SDL_Event event;
    while (SDL_PollEvent(&event) != 0) {
        const EventMeaning meaning = input.interpret(event);
        if (meaning.effect == EventEffect::Command) {
            model.apply(meaning.command);
            toggles.apply(meaning.command.kind);
        }
    }
}

void run_for(PrompterModel& model, double seconds)
{
    for (double t = 0.0; t < seconds; t += 1.0 / 60.0) {
        model.advance(1.0 / 60.0);
    }
}

} // namespace

TEST_CASE("a scripted key sequence drives play, pause, speed, jump and blank")
{
    const SdlSubsystem events(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    test::SampleFrame sample("welcome-en.md", 1280, 720);
    PrompterModel model(sample.script, sample.timing, sample.scene->layout(), sample.options);
    const InputController input(sample.script, default_key_preset());
    WindowToggles toggles;

    // Space ends the countdown and starts the scroll.
    push_key(SDLK_SPACE);
    pump(input, model, toggles);
    run_for(model, 2.0);
    CHECK(model.view().state == PrompterState::Running);
    const double running_position = model.view().position;
    CHECK(running_position > 1.0);

    // F5 pauses (a clicker's play button), Esc resumes: neither quits.
    push_key(SDLK_F5);
    pump(input, model, toggles);
    CHECK(model.view().state == PrompterState::Paused);
    run_for(model, 1.0);
    CHECK(model.view().position == Approx(model.view().position));
    const double paused_position = model.view().position;
    run_for(model, 1.0);
    CHECK(model.view().position == paused_position);
    push_key(SDLK_ESCAPE);
    pump(input, model, toggles);
    CHECK(model.view().state == PrompterState::Running);
    CHECK(model.view().quit == QuitState::None);

    // Up twice speeds up, Down once slows down again.
    const double pace = model.view().pace_factor;
    push_key(SDLK_UP);
    push_key(SDLK_UP);
    push_key(SDLK_DOWN);
    pump(input, model, toggles);
    CHECK(model.view().pace_factor == Approx(pace + sample.options.speed_step));

    // PageDown jumps to the next sentence, Home back to the first.
    const std::size_t sentence = model.view().current_sentence;
    push_key(SDLK_PAGEDOWN);
    pump(input, model, toggles);
    run_for(model, 0.5); // the jump glides
    CHECK(model.view().current_sentence == sentence + 1);
    push_key(SDLK_HOME);
    pump(input, model, toggles);
    run_for(model, 0.5);
    CHECK(model.view().current_sentence <= 1);

    // A number key jumps to that top-level section when the script has one.
    if (const auto second = section_for_number(sample.script, 2)) {
        push_key(SDLK_2);
        pump(input, model, toggles);
        run_for(model, 0.5);
        CHECK(model.view().current_section >= *second);
    }

    // B blanks the glass (pure black frame); '.' brings it back.
    push_key(SDLK_b);
    pump(input, model, toggles);
    CHECK(toggles.blank);
    const FrameImage blank = sample.render(toggles.shown(model.view()));
    CHECK(test::max_brightness(blank, 0, 0, blank.width, blank.height) == 0);
    push_key(SDLK_PERIOD);
    pump(input, model, toggles);
    CHECK_FALSE(toggles.blank);

    // Ctrl+Q while running asks first; any other key cancels; Ctrl+Q then Enter quits.
    push_key(SDLK_q, KMOD_LCTRL);
    pump(input, model, toggles);
    CHECK(model.view().quit == QuitState::Pending);
    push_key(SDLK_q, KMOD_LCTRL);
    pump(input, model, toggles);
    CHECK(model.view().quit == QuitState::Confirmed);
}

TEST_CASE("a window close request and a resize reach the app loop as such")
{
    const SdlSubsystem events(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    const Script script = build_script("One sentence.", ScriptFormat::PlainText);
    const InputController input(script, default_key_preset());
    SDL_Event event{};
    event.type = SDL_QUIT;
    CHECK(input.interpret(event).effect == EventEffect::CloseRequested);
    event = SDL_Event{};
    event.type = SDL_WINDOWEVENT;
    event.window.event = SDL_WINDOWEVENT_SIZE_CHANGED;
    CHECK(input.interpret(event).effect == EventEffect::Resized);
    // Held toggles do not repeat; held steps do.
    event = SDL_Event{};
    event.type = SDL_KEYDOWN;
    event.key.keysym.sym = SDLK_SPACE;
    event.key.repeat = 1;
    CHECK(input.interpret(event).effect == EventEffect::None);
    event.key.keysym.sym = SDLK_UP;
    CHECK(input.interpret(event).effect == EventEffect::Command);
}
