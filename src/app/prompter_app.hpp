// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/live_coach.hpp"
#include "core/i18n/translate.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"
#include "display/key_map.hpp"
#include "core/prompter/position_source.hpp"
#include "app/lead_switch.hpp"
#include "app/run_observer.hpp"
#include "core/remote/remote_port.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace podium {

// Called once a frame with the wall-clock seconds the frame thread was busy on it (the frame's
// work, not the sleep that paces the loop without vsync): bench/frame times frames with it.
using FrameProbe = std::function<void(double busy_seconds)>;

struct PrompterAppOptions {
    std::string title = "Podium";
    const KeyPreset* keys = nullptr;                 // default preset when null
    std::optional<std::filesystem::path> settings_file; // remembered settings; none: not remembered
    std::optional<int> font_size;                    // overrides the remembered size
    double quit_after = 0.0;                         // close after this many seconds (smoke tests); 0 = never
    bool fullscreen = false;
    PositionSource* playback = nullptr;               // speech-follow seam; null: no voice
    RunObserver* observer = nullptr;                 // records the run as a rehearsal; null: not recorded
    bool speak_at_start = false;                     // switch the voice on when the first run starts (--speak)
    RemotePort* remote = nullptr;                    // --remote: commands from the phone/API, state to it; null: none
    PositionSource* listener = nullptr;              // the speaker's voice (microphone); null: no listening
    bool listen_at_start = false;                    // listen from the first run on (--listen)
    std::string playback_unavailable = kNoSpeechInBuild; // shown on S when `playback` is null
    FrameProbe frame_probe;                          // called after every frame; empty: none
    CoachMode coach = CoachMode::Off;                // the live coach's cues (--coach)
    LiveCoachSettings coach_settings;                // its thresholds (tests and the bench shorten them)
};

enum class PrompterOutcome { Closed, NoDisplay };

struct PrompterRun {
    PrompterOutcome outcome = PrompterOutcome::Closed;
    std::string reason;    // NoDisplay: why, for the one-line message
};

// Why no window can open here, if that is known before trying (no DISPLAY/WAYLAND_DISPLAY and
// no SDL_VIDEODRIVER chosen).
[[nodiscard]] std::optional<std::string> missing_display_reason();

// The sources a run's options plug in (see RunSources).
[[nodiscard]] inline Lead lead_at_start(bool speak, bool listen)
{
    return speak ? Lead::Voice : listen ? Lead::Speaker : Lead::Plan;
}

// Opens the prompter window and runs it until the user quits. Returns NoDisplay (instead of
// throwing) when the video system cannot start, so the CLI can fall back to the timing table.
PrompterRun run_prompter(const Script& script, const Timing& timing, const PrompterAppOptions& options);

} // namespace podium
