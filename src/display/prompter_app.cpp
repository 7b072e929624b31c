// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/prompter_app.hpp"

#include "core/error.hpp"
#include "core/prompter/prompter_model.hpp"
#include "display/font_locator.hpp"
#include "display/input_controller.hpp"
#include "display/prompter_window.hpp"
#include "display/prompter_startup.hpp"
#include "display/run_tracker.hpp"
#include "display/sdl_handles.hpp"

#include <cstdlib>
#include <memory>
#include <variant>
#include <vector>

namespace podium {

std::optional<std::string> missing_display_reason()
{
    auto set = [](const char* name) {
        const char* value = std::getenv(name);
        return value != nullptr && *value != '\0';
    };
    if (set("DISPLAY") || set("WAYLAND_DISPLAY") || set("SDL_VIDEODRIVER")) {
        return std::nullopt;
    }
    return "neither DISPLAY nor WAYLAND_DISPLAY is set";
}

namespace {

class Stopwatch {
public:
    Stopwatch() : m_last(SDL_GetPerformanceCounter()) {}
    double lap()
    {
        const Uint64 now = SDL_GetPerformanceCounter();
        const double seconds = static_cast<double>(now - m_last) / static_cast<double>(SDL_GetPerformanceFrequency());
        m_last = now;
        return seconds;
    }

private:
    Uint64 m_last;
};

} // namespace

PrompterRun run_prompter(const Script& script, const Timing& timing, const PrompterAppOptions& options)
{
    auto started = start_prompter(script, options);
    if (auto* no_display = std::get_if<PrompterRun>(&started)) {
        return *no_display;
    }
    PrompterStartup& startup = *std::get<std::unique_ptr<PrompterStartup>>(started);
    const PrompterOptions prompter_options = startup.prompter_options();

    PrompterWindow window(script, timing, startup.font(), options.title,
        options.fullscreen ? WindowPlacement::Fullscreen : WindowPlacement::Windowed);
    window.fit(prompter_options.font_size);
    PrompterModel model(script, timing, window.layout(), prompter_options);
    if (auto sentence = startup.last_position()) {
        model.start_at_sentence(*sentence);
    }
    if (options.fullscreen) {
        model.apply(CommandKind::ToggleFullscreen); // the model records what the window is
    }
    const InputController input(script, options.keys != nullptr ? *options.keys : default_key_preset());
    window.set_keys(input.keys());

    RunTracker tracker(script, timing, options.playback, options.observer,
        options.speak_at_start ? SpeakAtStart::Yes : SpeakAtStart::No);
    tracker.set_listener(options.listener, options.listen_at_start ? ListenAtStart::Yes : ListenAtStart::No);
    Stopwatch frame_clock;
    double lifetime = 0.0;
    std::string notice;          // a transient message drawn over the frame
    double notice_until = 0.0;
    auto show = [&](std::string text, double seconds) {
        notice = std::move(text);
        notice_until = lifetime + seconds;
    };
    auto apply = [&](const Command& command) {
        if (command.kind == CommandKind::ToggleSpeech && options.playback == nullptr) {
            // Without a voice, speech-follow would wait for reports that never come.
            show("Speech is not available in this build", 2.5);
            return;
        }
        model.apply(command);
    };
    std::vector<Command> remote_commands; // --remote: the same commands as the keys, from the phone
    for (;;) {
        bool close = false;
        bool resized = false;
        SDL_Event event;
        while (SDL_PollEvent(&event) != 0) {
            const EventMeaning meaning = input.interpret(event);
            switch (meaning.effect) {
            case EventEffect::None: break;
            case EventEffect::Command: apply(meaning.command); break;
            case EventEffect::Resized: resized = true; break;
            case EventEffect::CloseRequested: close = true; break;
            }
        }
        if (options.remote != nullptr) {
            remote_commands.clear();
            options.remote->take_commands(remote_commands); // never waits
            for (const Command& command : remote_commands) {
                apply(command);
            }
        }
        const double dt = frame_clock.lap();
        lifetime += dt;
        tracker.before_advance(model, lifetime);
        model.advance(dt);
        PrompterView view = model.view();
        if (view.quit == QuitState::Confirmed || close
            || (options.quit_after > 0.0 && lifetime >= options.quit_after)) {
            break;
        }
        window.set_fullscreen(view.fullscreen);
        // A resize or a new text size re-lays out; the model keeps the sentence on the line.
        if (window.fit(view.font_size) || resized) {
            model.relayout(window.layout());
            view = model.view();
        }
        if (!notice.empty() && lifetime > notice_until) {
            notice.clear();
        }
        window.draw(view, notice, tracker.summary(view));
        if (options.remote != nullptr) {
            options.remote->publish(view, model.section_actual(), view.blank); // never waits
        }
        if (!window.vsync()) {
            SDL_Delay(15); // no vsync (software renderer): about 60 frames a second, not 100% CPU
        }
        tracker.after_frame(model, lifetime);
        if (auto message = tracker.take_notice()) {
            show(std::move(*message), 4.0);
        }
    }
    tracker.end(model, lifetime);
    startup.remember(model.view(), model.current_sentence());
    return {};
}

} // namespace podium
