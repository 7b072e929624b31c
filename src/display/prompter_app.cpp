#include "display/prompter_app.hpp"

#include "core/error.hpp"
#include "core/prompter/prompter_model.hpp"
#include "core/prompter/settings.hpp"
#include "core/text/content_hash.hpp"
#include "display/font_locator.hpp"
#include "display/input_controller.hpp"
#include "display/prompter_window.hpp"
#include "display/run_tracker.hpp"
#include "display/sdl_handles.hpp"

#include <cstdlib>
#include <iostream>
#include <memory>

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

void save(const PrompterAppOptions& options, PrompterSettings settings, const PrompterModel& model,
    const std::string& hash)
{
    if (!options.settings_file) {
        return;
    }
    remember_view(settings, model.view());
    remember_position(settings, hash, model.current_sentence());
    const std::string message = save_settings(*options.settings_file, settings);
    if (!message.empty()) {
        std::cerr << "podium: settings not saved: " << message << '\n';
    }
}

} // namespace

PrompterRun run_prompter(const Script& script, const Timing& timing, const PrompterAppOptions& options)
{
    if (auto reason = missing_display_reason()) {
        return {PrompterOutcome::NoDisplay, *reason};
    }
    std::unique_ptr<SdlSubsystem> video;
    try {
        video = std::make_unique<SdlSubsystem>(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    } catch (const Error& e) {
        return {PrompterOutcome::NoDisplay, e.what()};
    }
    const TtfLibrary ttf;
    const FontChoice font = locate_font(font_folders());

    PrompterSettings settings;
    if (options.settings_file) {
        SettingsLoad loaded = load_settings(*options.settings_file);
        if (!loaded.message.empty()) {
            std::cerr << "podium: " << loaded.message << '\n';
        }
        settings = std::move(loaded.settings);
    }
    PrompterOptions prompter_options = apply_settings(PrompterOptions{}, settings);
    if (options.font_size) {
        prompter_options.font_size = *options.font_size;
    }
    const std::string hash = content_hash_hex(script.text);

    PrompterWindow window(script, timing, font, options.title,
        options.fullscreen ? WindowPlacement::Fullscreen : WindowPlacement::Windowed);
    window.fit(prompter_options.font_size);
    PrompterModel model(script, timing, window.layout(), prompter_options);
    if (auto sentence = last_position(settings, hash)) {
        model.start_at_sentence(*sentence);
    }
    if (options.fullscreen) {
        model.apply(CommandKind::ToggleFullscreen); // the model records what the window is
    }
    const InputController input(script, options.keys != nullptr ? *options.keys : default_key_preset());
    window.set_keys(input.keys());

    RunTracker tracker(script, timing, options.playback, options.observer,
        options.speak_at_start ? SpeakAtStart::Yes : SpeakAtStart::No);
    Stopwatch frame_clock;
    double lifetime = 0.0;
    std::string notice;          // a transient message drawn over the frame
    double notice_until = 0.0;
    auto show = [&](std::string text, double seconds) {
        notice = std::move(text);
        notice_until = lifetime + seconds;
    };
    for (;;) {
        bool close = false;
        bool resized = false;
        SDL_Event event;
        while (SDL_PollEvent(&event) != 0) {
            const EventMeaning meaning = input.interpret(event);
            switch (meaning.effect) {
            case EventEffect::None: break;
            case EventEffect::Command:
                if (meaning.command.kind == CommandKind::ToggleSpeech && options.playback == nullptr) {
                    // Without a voice, speech-follow would wait for reports that never come.
                    show("Speech is not available in this build", 2.5);
                    break;
                }
                model.apply(meaning.command);
                break;
            case EventEffect::Resized: resized = true; break;
            case EventEffect::CloseRequested: close = true; break;
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
        if (!window.vsync()) {
            SDL_Delay(15); // no vsync (software renderer): about 60 frames a second, not 100% CPU
        }
        tracker.after_frame(model, lifetime);
        if (auto message = tracker.take_notice()) {
            show(std::move(*message), 4.0);
        }
    }
    tracker.end(model, lifetime);
    save(options, std::move(settings), model, hash);
    return {};
}

} // namespace podium
