#pragma once
#include "core/rehearsal/pace_features.hpp"
#include "core/rehearsal/rehearsal_log.hpp"
#include "core/timing/pace_profile.hpp"

#include <array>
#include <cstddef>
#include <span>
#include <string>

namespace podium {

struct PaceCalibration {
    PaceProfile profile;                         // the base profile where the runs say too little
    std::array<bool, pace_parameter_count> fitted{}; // which parameters came from the runs
    std::size_t runs_used = 0;
    std::size_t sentences_used = 0;              // clean sentence readings in the fit
    std::size_t sentences_rejected = 0;          // readings left out as outliers (stumbles, chats)
    [[nodiscard]] bool calibrated() const { return fitted[0] || fitted[1]; }
};

// The speaker's own pace from their runs (any script: each log carries its sentence features).
// Uses only clean readings: a sentence reached, then the next one reached, with no pause and no
// jump in between, and not voiced by speech-follow (then the voice set the time); skipped sections and interrupted spans are thus left out by construction.
// Fits time ≈ Σ features × parameters by Huber-weighted least squares on relative errors, so
// a stumble or a chat with the audience cannot drag the pace.
[[nodiscard]] PaceCalibration calibrate_pace(std::span<const RehearsalLog> logs, const PaceProfile& base);

// "192 Han chars/min, 141 wpm, pauses 0.5/0.9/1.5 s — from 4 runs (212 sentences)"
[[nodiscard]] std::string describe(const PaceCalibration& calibration);

} // namespace podium
