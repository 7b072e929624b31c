// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/prompter_app.hpp"

#include "app/frame_loop.hpp"
#include "app/prompter_startup.hpp"
#include "app/run_tracker.hpp"
#include "core/i18n/translate.hpp"
#include "core/prompter/prompter_model.hpp"
#include "core/prompter/window_toggles.hpp"
#include "core/remote/remote_badge.hpp"
#include "core/remote/remote_port.hpp"
#include "display/input_controller.hpp"
#include "display/prompter_window.hpp"
#include "display/remote_keys.hpp"

#include <cstdlib>
#include <memory>
#include <variant>

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
    return _("neither DISPLAY nor WAYLAND_DISPLAY is set");
}

namespace {

// The single prompter window as a FrameSession: a session with one window, which shows all of
// the window toggles (mirror, blank, help, fullscreen).
class SingleWindowSession final : public FrameSession {
public:
    SingleWindowSession(const Script& script, const Timing& timing, const PrompterAppOptions& options,
        PrompterStartup& startup)
        : m_options(options)
        , m_window(script, timing, startup.font(), options.title,
              options.fullscreen ? WindowPlacement::Fullscreen : WindowPlacement::Windowed)
        , m_model(script, timing, fitted(m_window, startup.prompter_options().font_size), startup.prompter_options())
        , m_input(script, options.keys != nullptr ? *options.keys : default_key_preset())
        , m_tracker(script, timing,
              RunSources{options.playback, options.listener, lead_at_start(options.speak_at_start, options.listen_at_start),
                  options.playback_unavailable},
              options.observer)
    {
        if (auto sentence = startup.last_position()) {
            m_model.start_at_sentence(*sentence);
        }
        m_toggles.mirror = startup.remembered_mirror();
        m_toggles.fullscreen = options.fullscreen;
        m_window.set_keys(m_input.keys());
        m_tracker.set_coach(options.coach, options.coach_settings);
    }

    void pump() override
    {
        SDL_Event event;
        while (SDL_PollEvent(&event) != 0) {
            if (m_options.remote != nullptr && is_revoke_phones_key(event)) {
                m_options.remote->revoke_phones();
                show(_("Phones revoked: open the new link or scan the new code"), 4.0);
                continue;
            }
            const EventMeaning meaning = m_input.interpret(event);
            switch (meaning.effect) {
            case EventEffect::None: break;
            case EventEffect::Command: command(meaning.command); break;
            case EventEffect::Resized: m_resized = true; break;
            case EventEffect::CloseRequested: m_close = true; break;
            }
        }
    }

    void command(const Command& command) override
    {
        m_model.apply(command); // window toggles, S and L only cancel a pending quit question there
        m_toggles.apply(command.kind);
        m_tracker.lead_command(command, m_model);
    }

    [[nodiscard]] bool closing() const override
    {
        return m_close || m_model.view().quit == QuitState::Confirmed;
    }

    void advance_and_present(double dt) override
    {
        m_lifetime += dt;
        m_tracker.before_advance(m_model, m_lifetime);
        m_model.advance(dt);
        PrompterView view = m_toggles.shown(m_model.view());
        m_window.set_fullscreen(view.fullscreen);
        // A resize or a new text size re-lays out; the model keeps the sentence on the line.
        if (m_window.fit(view.font_size) || m_resized) {
            m_model.relayout(m_window.layout());
            view = m_toggles.shown(m_model.view());
            m_resized = false;
        }
        if (!m_notice.empty() && m_lifetime > m_notice_until) {
            m_notice.clear();
        }
        const RemoteBadge badge = m_options.remote != nullptr
            ? m_remote_badge.update(m_options.remote->activity(), m_lifetime)
            : RemoteBadge::Hidden;
        m_cue = view.blank ? std::nullopt : m_tracker.cue(m_lifetime); // blank is pure black
        m_window.draw(view, m_notice, m_tracker.summary(view), badge, m_cue ? cue_text(*m_cue) : std::string());
        m_tracker.after_frame(m_model, m_lifetime);
        if (auto message = m_tracker.take_notice()) {
            show(std::move(*message), 4.0);
        }
    }

    void publish(RemotePort& remote) override
    {
        const PrompterView view = m_toggles.shown(m_model.view());
        remote.publish_cue(m_cue ? cue_name(m_cue->kind) : "", m_cue ? cue_text(*m_cue) : std::string());
        remote.publish(view, m_model.section_actual(), view.blank); // never waits
    }

    [[nodiscard]] bool vsync() const override { return m_window.vsync(); }
    void end() override { m_tracker.end(m_model, m_lifetime); }

    [[nodiscard]] const PrompterModel& model() const { return m_model; }
    // What the window shows: the model's view with the window toggles.
    [[nodiscard]] PrompterView shown() const { return m_toggles.shown(m_model.view()); }

private:
    static const Layout& fitted(PrompterWindow& window, int font_size)
    {
        window.fit(font_size);
        return window.layout();
    }
    void show(std::string text, double seconds)
    {
        m_notice = std::move(text);
        m_notice_until = m_lifetime + seconds;
    }

    const PrompterAppOptions& m_options;
    PrompterWindow m_window;
    PrompterModel m_model;
    InputController m_input;
    WindowToggles m_toggles; // mirror, blank, help, fullscreen: this window's, nobody else's
    RunTracker m_tracker;
    RemoteBadgeClock m_remote_badge; // --remote: "phone" while connected, flashing on a command
    double m_lifetime = 0.0;
    std::string m_notice; // a transient message drawn over the frame
    std::optional<Cue> m_cue; // the live coach's, this frame
    double m_notice_until = 0.0;
    bool m_resized = false;
    bool m_close = false;
};

} // namespace

PrompterRun run_prompter(const Script& script, const Timing& timing, const PrompterAppOptions& options)
{
    auto started = start_prompter(script, options);
    if (auto* no_display = std::get_if<PrompterRun>(&started)) {
        return *no_display;
    }
    PrompterStartup& startup = *std::get<std::unique_ptr<PrompterStartup>>(started);
    SingleWindowSession session(script, timing, options, startup);
    run_frame_loop(session, FrameLoopOptions{options.quit_after, options.remote, options.frame_probe});
    startup.remember(session.shown(), session.model().current_sentence());
    return {};
}

} // namespace podium
