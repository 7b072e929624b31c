// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/prompter_event.hpp"
#include "core/script/script.hpp"
#include "core/timing/pace_profile.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace podium {

// A speaker reading a script at a known pace, as the prompter would report it: the reading
// line reaches each sentence when the previous one (and its pause) is done. Used by the tests,
// `podium rehearse-simulate` and the README chart, so reports and calibration can be shown
// without a person at the keyboard.
struct SimulationOptions {
    std::uint64_t seed = 1;
    double noise = 0.08;                       // relative spread of each sentence's time
    std::size_t pauses = 1;                    // the speaker pauses (Space) this many times
    double pause_seconds = 25.0;
    std::optional<std::size_t> skip_section;   // jumped over (from its previous sentence)
    std::size_t speed_changes = 1;             // Up/Down presses, recorded but not changing times
    double stumble_probability = 0.0;          // a sentence read again from the start (×2.5)
    std::optional<std::size_t> stop_after_sentence; // quit early: the rest is never reached
};

[[nodiscard]] std::vector<PrompterEvent> simulate_rehearsal(const Script& script, const PaceProfile& pace,
    const SimulationOptions& options);

} // namespace podium
