// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `podium FILE --project`: one prompter model, two windows. The projector window shows the
// prompter fullscreen on the projector display; the operator window on the laptop shows a
// preview, the timers and the section list. Both draw the same model's view every frame, so they
// cannot drift; the window toggles are the session's (mirror, blank and fullscreen act on the
// projector, help on the operator window).
#include "core/prompter/prompter_model.hpp"
#include "core/prompter/window_toggles.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"
#include "display/display_policy.hpp"
#include "display/input_controller.hpp"
#include "display/key_map.hpp"
#include "display/operator_window.hpp"
#include "display/projector_window.hpp"
#include "app/frame_loop.hpp"
#include "app/prompter_app.hpp"
#include "app/run_tracker.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace podium {

using DisplayLister = std::function<std::vector<DisplayDescription>()>;

struct ProjectionOptions {
    std::string title = "Podium";
    std::optional<int> display;             // --display N; default: the first non-primary display
    const KeyPreset* keys = nullptr;        // default preset when null
    PrompterOptions prompter;               // font size, pace, reading line… (settings applied)
    bool projector_mirror = false;          // the projector starts mirrored (remembered setting)
    DisplayLister displays;                 // list_displays() when empty; tests script it
    PositionSource* playback = nullptr;      // speech-follow, as in the single window; null: no voice
    RunObserver* observer = nullptr;        // records the run as a rehearsal; null: not recorded
    bool speak_at_start = false;
    const RemotePairing* remote = nullptr;  // --remote: the operator window shows its URL and QR code
    RemotePort* remote_port = nullptr;      // --remote: what its revoke key and button act on
    PositionSource* listener = nullptr;     // the speaker's voice, as in the single window
    bool listen_at_start = false;
    std::string playback_unavailable = kNoSpeechInBuild; // shown on S when `playback` is null
    CoachMode coach = CoachMode::Off;       // the live coach's cues, as in the single window
    LiveCoachSettings coach_settings;
};

enum class Present { Yes, No };

// The two windows and the model, driven one event and one frame at a time: the app loop below
// and the tests run exactly this.
class ProjectionSession final : public FrameSession {
public:
    ProjectionSession(const Script& script, const Timing& timing, const FontChoice& font, ProjectionOptions options);

    // One SDL event: keys and clicks become commands, display events go through the hot-plug
    // policy, resizes re-lay out.
    void handle(const SDL_Event& event);
    // Drains SDL's queue through handle().
    void pump() override;
    // Advances the model by dt and paints both windows from its one view.
    void frame(double dt, Present present = Present::Yes);
    void advance_and_present(double dt) override { frame(dt, Present::Yes); }
    // Mirror and blank as the projector shows them: what the room sees.
    void publish(RemotePort& remote) override;
    [[nodiscard]] bool vsync() const override;
    // A command as if from a key (also what operator buttons send).
    void command(const Command& command) override;
    void click(int x, int y); // drawable pixels in the operator window
    void revoke_phones();     // --remote: Ctrl+Shift+R or the operator window's button
    // The session ends (the windows close): the rehearsal is saved, the voice stops.
    void end() override;

    [[nodiscard]] bool closing() const override { return m_close || m_model->view().quit == QuitState::Confirmed; }
    [[nodiscard]] PrompterModel& model() { return *m_model; }
    [[nodiscard]] const PrompterModel& model() const { return *m_model; }
    [[nodiscard]] ProjectorWindow& projector() { return *m_projector; }
    [[nodiscard]] OperatorWindow& operator_window() { return *m_operator; }
    [[nodiscard]] const WindowToggles& toggles() const { return m_toggles; }
    [[nodiscard]] const HotplugState& hotplug() const { return m_hotplug; }
    [[nodiscard]] const std::string& notice() const { return m_notice; }
    [[nodiscard]] std::vector<DisplayDescription> displays() const { return m_list(); }
    [[nodiscard]] const RunTracker& tracker() const { return m_tracker; }

private:
    void on_display_event(DisplayEvent event);
    void set_notice(std::string text);

    const Script* m_script;
    const Timing* m_timing;
    ProjectionOptions m_options;
    DisplayLister m_list;
    std::unique_ptr<ProjectorWindow> m_projector;
    std::unique_ptr<OperatorWindow> m_operator;
    std::unique_ptr<PrompterModel> m_model;
    std::unique_ptr<InputController> m_input;
    RunTracker m_tracker;
    double m_lifetime = 0.0;
    WindowToggles m_toggles; // mirror, blank, fullscreen (the projector's), help (the operator's)
    HotplugState m_hotplug;
    std::string m_notice;
    std::optional<Cue> m_cue;               // the live coach's, this frame (the phone gets it too)
    double m_notice_left = 0.0;
    bool m_resized = false;
    bool m_close = false;
};

struct ProjectionAppOptions {
    PrompterAppOptions prompter;            // title, keys, settings file, font size, quit_after
    std::optional<int> display;
};

// Opens both windows and runs until the operator quits. NoDisplay (not an exception) when the
// video system cannot start; a bad --display throws podium::Error.
PrompterRun run_projection(const Script& script, const Timing& timing, const ProjectionAppOptions& options);

} // namespace podium
