// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/position_source.hpp"
#include "core/prompter/prompter_event.hpp"

#include <string>

namespace podium {

// Sees everything the prompter model reports during a run, so a run can be recorded as a
// rehearsal without the display knowing how rehearsals are stored. `now` is seconds of wall
// time since the model's Started event (pauses included), the clock events carry in `wall`.
class RunObserver {
public:
    virtual ~RunObserver() = default;
    virtual void on_event(const PrompterEvent& event) = 0;
    // Called once a frame; returns a one-line message to show when something went wrong
    // (e.g. a save failed), else empty.
    [[nodiscard]] virtual std::string on_frame(double now) = 0;
    // The run ends (the window closes).
    virtual void on_end(double now) = 0;
    // While the speaker's own voice leads: its measurements so far (cumulative) and the
    // section the reading line is in, once a frame.
    virtual void on_voice(std::size_t /*section*/, const VoiceTotals& /*totals*/) {}
};

} // namespace podium
