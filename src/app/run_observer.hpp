// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/prompter_event.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"

#include <string>

namespace podium {

// Sees everything the prompter model reports during a run, so a run can be saved as a
// rehearsal without the display knowing how rehearsals are stored. `now` is seconds of wall
// time since the model's Started event (pauses included), the clock events carry in `wall`.
//
// `run` is the run's one recording: RunTracker keeps it (the end-of-run summary is made from the
// same recorder), feeds it every event and the live voice's measurements before the observer
// hears of them, and hands it here from Started until the run ends. An observer saves snapshots
// of it and may mark it (set_recording: its audio is being written); it never keeps the pointer.
class RunObserver {
public:
    virtual ~RunObserver() = default;
    // The event has been recorded in `run` already.
    virtual void on_event(const PrompterEvent& event, RehearsalRecorder& run) = 0;
    // Called once a frame while a run is on (`run` null before the first run and between runs);
    // returns a one-line message to show when something went wrong (a save failed), else empty.
    [[nodiscard]] virtual std::string on_frame(double now, RehearsalRecorder* run) = 0;
    // The window closes: `run`, if one is still on, has been marked finished at `now`.
    virtual void on_end(double now, RehearsalRecorder* run) = 0;
};

} // namespace podium
