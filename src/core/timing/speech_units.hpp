// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/timing/pace_profile.hpp"

#include <cstddef>

namespace podium {

// What the two rates of PaceProfile price: speech in syllables of average weight (Chinese) and
// in words of average length and stress (English). An average text counts exactly its Han
// syllables or its words; a text of heavier syllables or longer words counts more, one of
// lighter ones less, so the same pace gives each section its own time. The weights are what
// bench/timing_accuracy's grid search picks on the project's speeches read by eSpeak NG (the
// smallest squared error, in seconds, of every sentence predicted with its speech left out);
// it also reports them nested, chosen without the speech they predict (docs/timing.md). They describe how
// eSpeak NG reads; `--calibrated` fits a speaker's rates and pauses but keeps them.

// The weights as a value, so the benchmark can search them; the timing model uses the defaults.
struct SpeechWeights {
    // Chinese: a neutral-tone syllable (的 了 们 吗, core/text/han_syllables.hpp) takes 0.40 of an
    // open toned syllable's time, one ending in -n/-ng 1.25 of it.
    double neutral_tone = 0.40;
    double nasal_syllable = 1.25;
    // English: how an average word's time divides between the word itself (its onset, its
    // stressed syllable, its boundary), its syllables and its letters (a stand-in for its
    // sounds: "strength" is one syllable of eight letters, "area" three of four), and what an
    // unstressed function word (the, of, to, you: core/text/english_function_words.hpp) saves,
    // in average words. The syllables take what the other two shares leave. Found by a grid
    // search scored by leave-one-speech-out over the project's English speeches, and checked
    // nested (bench/timing_accuracy, docs/timing.md).
    double english_word_share = 0.30;
    double english_letter_share = 0.55;
    double function_word_saving = 0.30;
};

// Shares of the light and heavy kinds in the project's speeches: they set the average, so an
// average text counts one unit per syllable or word whatever the weights.
inline constexpr double neutral_tone_share = 0.036;  // of Han syllables
inline constexpr double nasal_syllable_share = 0.376; // of Han syllables
inline constexpr double function_word_share = 0.39;  // of English words
inline constexpr double english_letters_per_word = 4.49;

[[nodiscard]] constexpr double han_units(std::size_t syllables, std::size_t neutral_tone, std::size_t nasal,
    const SpeechWeights& weights = {})
{
    const double average_weight = 1.0 + (weights.neutral_tone - 1.0) * neutral_tone_share
        + (weights.nasal_syllable - 1.0) * nasal_syllable_share;
    return (static_cast<double>(syllables) + (weights.neutral_tone - 1.0) * static_cast<double>(neutral_tone)
               + (weights.nasal_syllable - 1.0) * static_cast<double>(nasal))
        / average_weight;
}

[[nodiscard]] constexpr double english_units(std::size_t words, std::size_t syllables, std::size_t letters,
    std::size_t function_words, const SpeechWeights& weights = {})
{
    const double average = 1.0 - weights.function_word_saving * function_word_share;
    const double syllable_share = 1.0 - weights.english_word_share - weights.english_letter_share;
    return (weights.english_word_share * static_cast<double>(words)
               + syllable_share * static_cast<double>(syllables) / PaceProfile::english_syllables_per_word
               + weights.english_letter_share * static_cast<double>(letters) / english_letters_per_word
               - weights.function_word_saving * static_cast<double>(function_words))
        / average;
}

} // namespace podium
