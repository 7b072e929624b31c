// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/coach_thresholds.hpp"
#include "core/coach/pauses.hpp"
#include "core/coach/voice_frames.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace podium {

struct FilledPause {
    double start = 0.0;
    double seconds = 0.0;
    double f0 = 0.0; // median Hz over the stretch
    // The script's sentence it belongs to (the one it falls in, or the next when it falls in the
    // pause before it), set by analyse_delivery; none in logs written before it was kept.
    std::optional<std::size_t> sentence;
    friend bool operator==(const FilledPause&, const FilledPause&) = default;
};

// Filled pauses (um, uh, 嗯, 呃) after Goto, Itou & Hayamizu (1999): a voiced stretch of at least
// `filler_min` seconds whose pitch and spectral envelope hardly move. Read speech has no
// syllable that holds still that long, except a syllable stretched before a planned pause; so a
// stable stretch that runs straight into a planned pause (a clause, sentence, paragraph or
// section end) without a silence before it is taken for that final syllable, not a filler.
[[nodiscard]] std::vector<FilledPause> find_filled_pauses(const VoiceFrames& frames, const std::vector<Silence>& silences,
    const std::vector<Pause>& pauses, const CoachThresholds& thresholds);

} // namespace podium
