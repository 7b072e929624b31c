// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/timing/pace_profile.hpp"
#include "speech/speech_plan.hpp"

#include <cstddef>
#include <iosfwd>

namespace podium {

class SpeechEngine;

// How fast one voice reads, measured on a fixed calibration passage (voice_pace.cpp), never on
// the speech being timed. Each calibration sentence is synthesised on its own through the same
// normaliser and plan as any speech, and its audio length is fitted by least squares as
//     seconds = units × 60 / units_per_minute + seconds_per_text
// units_per_minute is the voice's articulation rate (Han syllables or English words, counted by
// the shared normaliser); seconds_per_text is the silence eSpeak NG puts around each piece of
// text it is handed (its clause-end pause), which comes back wherever a plan starts a new piece.
struct VoiceRate {
    double units_per_minute = 0.0;
    double seconds_per_text = 0.0;
    std::size_t sentences = 0;       // calibration sentences read
    std::size_t units = 0;           // their Han syllables or English words
    double seconds = 0.0;            // their audio
    // Seconds the voice spends at each pause mark inside a sentence (，、；： , ; :): the passage
    // as written against the same passage without them. The rate is fitted without them.
    double clause_pause = 0.0;
    std::size_t clause_marks = 0;
    friend bool operator==(const VoiceRate&, const VoiceRate&) = default;
};

struct VoicePace {
    VoiceRate chinese;               // the Chinese preset, in Han syllables per minute
    VoiceRate english;               // the English preset, in words of average length per minute
                                     // (english_units: from syllables and words)
    friend bool operator==(const VoicePace&, const VoicePace&) = default;
};

std::ostream& operator<<(std::ostream& out, const VoiceRate& rate);

// Synthesises the calibration passages with `voices` (their presets and rate). Throws
// podium::Error when synthesis fails.
[[nodiscard]] VoicePace measure_voice_pace(SpeechEngine& engine, const SpeechVoices& voices);

// The PaceProfile that models these voices: the measured rates; the preset's pauses (of the
// speech's main language, as the plan uses them) each lengthened by the main voice's
// seconds_per_text, because every sentence and every placeholder ends a piece of text; the
// comma and colon pauses are the main voice's clause_pause.
[[nodiscard]] PaceProfile matched_profile(const VoicePace& pace, const SpeechVoices& voices);

} // namespace podium
