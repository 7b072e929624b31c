// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/coach_plan.hpp"
#include "core/coach/coach_thresholds.hpp"
#include "core/coach/voice_frames.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace podium {

struct Silence {
    double start = 0.0;
    double end = 0.0;
    [[nodiscard]] double seconds() const { return end - start; }
    friend bool operator==(const Silence&, const Silence&) = default;
};

// The level a frame must reach to be speech: a third of the way from the recording's noise
// floor (5th percentile of frame levels) to its speech level (95th), at least 6 dB over the floor.
[[nodiscard]] double speech_threshold(const VoiceFrames& frames);

// Runs of frames under the speech threshold at least `min_seconds` long, in order.
[[nodiscard]] std::vector<Silence> find_silences(const VoiceFrames& frames, double min_seconds);

// Where a pause falls in the script. Clause, sentence, paragraph and section ends are planned;
// a pause inside a clause is a hesitation when it is long, and a phrase break (a reader's breath
// between two phrases of a long clause, which the script does not mark) when it is short.
enum class PauseKind { Clause, Sentence, Paragraph, Section, Phrase, Hesitation };

[[nodiscard]] const char* to_string(PauseKind kind);
[[nodiscard]] std::optional<PauseKind> pause_kind_from(const char* text);

struct Pause {
    double start = 0.0;
    double seconds = 0.0;
    std::size_t sentence = 0; // the sentence it falls in or ends
    PauseKind kind = PauseKind::Sentence;
    double planned = 0.0;     // seconds the plan gives this place (0 for a hesitation)
    friend bool operator==(const Pause&, const Pause&) = default;
};

// Classifies every silence between the first and the last spoken sentence. A silence inside a
// sentence's span is placed by the share of that span's speech before it and compared with the
// script's clause ends; one with no speech of the span on one side ends a sentence.
// `not_script` are stretches of voice the script has no words for (filled pauses): they are not
// the sentence's speech. (An alignment against the script's reference sound gives an "um"
// between two sentences to one of them; counted as speech, it would make the sentence-end pause
// beside it look like one inside the sentence.)
[[nodiscard]] std::vector<Pause> classify_pauses(const std::vector<Silence>& silences, const std::vector<SentenceSpan>& spans,
    const CoachPlan& plan, const VoiceFrames& frames, const CoachThresholds& thresholds,
    const std::vector<Silence>& not_script = {});

} // namespace podium
