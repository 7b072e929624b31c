// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "core/text/spoken_text.hpp"
#include "core/timing/pace_profile.hpp"

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace podium {

struct SentenceTiming {
    double start = 0.0;       // seconds from the start of the speech
    double speaking = 0.0;    // seconds spent speaking the sentence (placeholder pauses included)
    double pause_after = 0.0; // silence after it before the next sentence starts
    std::size_t han_chars = 0;    // spoken Han syllables (numbers read out)
    std::size_t words = 0;        // English words
    std::size_t english_syllables = 0; // their syllables: what English is timed by
    std::size_t english_letters = 0;   // their letters, as read (numbers spelled out)
    std::size_t neutral_tone_syllables = 0; // of han_chars: light (的 了 们), priced by speech_units.hpp
    std::size_t nasal_syllables = 0;        // of han_chars: ending in -n/-ng, heavier
    std::size_t function_words = 0;         // of words: unstressed (the, of, to), lighter
    std::size_t commas = 0;       // pauses inside the sentence at ，、, — …
    std::size_t colons = 0;       // … and at ；：;:
    std::size_t placeholders = 0;
    [[nodiscard]] double end() const { return start + speaking + pause_after; }
    // Its Han syllables and English words weighted as the rates price them (speech_units.hpp).
    [[nodiscard]] double han_units() const;
    [[nodiscard]] double english_units() const;
    friend bool operator==(const SentenceTiming&, const SentenceTiming&) = default;
};

struct SectionTiming {
    double start = 0.0;
    double duration = 0.0;          // the section's subtree, pauses included
    std::size_t sentences = 0;
    std::size_t han_chars = 0;      // spoken Han syllables (numbers read out)
    std::size_t words = 0;          // English words
    std::size_t english_syllables = 0;
    std::size_t placeholders = 0;
    friend bool operator==(const SectionTiming&, const SectionTiming&) = default;
};

// What a sentence says aloud, counted as the model prices it (no times yet): its Han syllables
// and their kinds, English words, syllables and function words, clause marks and placeholders.
// `text` is the text `reading` was normalised from. Shared by the estimate and by the voice
// calibration passages (speech/voice_pace.cpp), so both count alike.
[[nodiscard]] SentenceTiming count_spoken(const SpokenSentence& reading, std::string_view text);

// A pure function of the Script and a PaceProfile: per sentence → per section → total.
struct Timing {
    PaceProfile profile;
    std::vector<SentenceTiming> sentences; // parallel to Script::sentences
    std::vector<SectionTiming> sections;   // parallel to Script::sections
    double total_seconds = 0.0;
    std::size_t placeholders = 0;          // excluded from the estimate but reported
};

// The model: a sentence takes its spoken Han syllables at han_per_minute, weighted by tone and
// ending (han_units), its English at words_per_minute counted in average words from its
// words, syllables, letters and function words (english_units; both in core/timing/speech_units.hpp),
// comma_pause / colon_pause at each pause mark inside it and placeholder_pause per
// placeholder; then the pause after it — the
// section pause when the next sentence is in another section, the paragraph pause when it is
// in another paragraph or this one is a heading, the sentence pause otherwise, nothing after
// the last sentence (break_after in core/timing/pauses.hpp, shared with the speech plan).
[[nodiscard]] Timing estimate_timing(const Script& script, const PaceProfile& profile);

// Measured durations (a synthesis or a rehearsal) for each sentence, parallel to
// Script::sentences. The result rolls up exactly like the model, so every report and printer
// works on either; `profile` is the one the measurement is compared against.
struct MeasuredSentence {
    double speaking = 0.0;
    double pause_after = 0.0;
};

[[nodiscard]] Timing timing_from_measurements(const Script& script, std::span<const MeasuredSentence> measured,
    const PaceProfile& profile);

// Seconds of voice in `timing` at its profile's rates (no pauses, no placeholder pauses): what a
// faster or slower speaker compresses or stretches.
[[nodiscard]] double voiced_seconds(const Timing& timing);

} // namespace podium
