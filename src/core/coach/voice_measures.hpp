// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/voice_frames.hpp"

#include <optional>

namespace podium {

// The pitch of a stretch of voice: median F0 and its spread in semitones, the 10th to the 90th
// percentile of the voiced frames (robust against the odd octave error of a pitch tracker).
struct PitchMeasure {
    double median_hz = 0.0;
    double range_semitones = 0.0;
    double voiced_seconds = 0.0;
    friend bool operator==(const PitchMeasure&, const PitchMeasure&) = default;
};

// None when fewer than `min_voiced` seconds of the stretch are voiced.
[[nodiscard]] std::optional<PitchMeasure> measure_pitch(const VoiceFrames& frames, double start, double end, double min_voiced);

// The loudness of [start, end] as ITU-R BS.1770 integrates a programme: the power mean of the
// 400 ms momentary blocks that lie inside it, gated at −70 LUFS and then 10 LU under the mean.
// So a sentence's loudness is what a loudness meter reports for that stretch cut out. None when
// the stretch holds no block above the absolute gate (shorter than 0.4 s, or silent).
[[nodiscard]] std::optional<double> measure_loudness(const VoiceFrames& frames, double start, double end);

// How much quieter (LU) the last third of [start, end] is than its first two thirds: positive
// when the speaker trails off. None when either part has no loudness.
[[nodiscard]] std::optional<double> trailing_drop(const VoiceFrames& frames, double start, double end);

} // namespace podium
