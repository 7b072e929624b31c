// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The composition root of a prompter run: `podium [FILE]` and `podium FILE --project` ask for a
// run with a PrompterRunRequest; this owns everything the run needs (the voice, the microphone,
// the rehearsal recording) for exactly as long as the run lasts, in an order that is written down
// (PrompterRunParts) rather than held by the declaration order of a lambda's locals.
#include "app/loaded_script.hpp"
#include "app/prompter_app.hpp"
#include "app/prompter_rehearsal.hpp"
#include "audio/audio_input.hpp"
#include "core/coach/live_coach.hpp"
#include "core/timing/estimate.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

namespace podium {

struct KeyPreset;
class RemotePort;

struct PrompterRunRequest {
    double quit_after = 0.0;                     // close after this many seconds; 0 = never
    std::optional<int> font_size;                // overrides the remembered size
    const KeyPreset* keys = nullptr;             // default preset when null
    bool fullscreen = false;
    bool project = false;                        // projector + operator windows
    std::optional<int> display;                  // with project: the projector's display
    std::optional<std::filesystem::path> settings_file; // none: settings neither read nor written
    bool record = true;                          // every run is a rehearsal unless --no-record
    bool speak = false;                          // the eSpeak voice leads from the start
    bool listen = false;                         // the speaker's voice leads from the start
    std::optional<int> mic;                      // the microphone; none: the system's default
    AudioInputOpener microphone;                 // how to open it; empty: SDL capture of `mic`
    RemotePort* remote = nullptr;                // --remote, started by the caller; null: none
    FrameProbe frame_probe;                      // bench/frame: called after every frame
    CoachMode coach = CoachMode::Off;            // the live coach's cues (--coach)
    LiveCoachSettings coach_settings;            // its thresholds (the bench and tests shorten them)
    RehearsalSaves saves = RehearsalSaves::DiskThread; // FrameThread: bench/frame's "before" figure only
};

enum class RunEnd { Closed, NoDisplay };

struct PrompterRunResult {
    RunEnd end = RunEnd::Closed;
    std::string reason;                          // NoDisplay: why
};

// Opens the prompter (one window, or projector + operator) on `loaded` and runs it until the
// user quits. One-line warnings (listening or speech unavailable) go to `err`; a failure to
// start at all throws podium::Error.
[[nodiscard]] PrompterRunResult run_prompter_request(const LoadedScript& loaded, const Timing& timing,
    const PrompterRunRequest& request, std::ostream& err);

} // namespace podium
