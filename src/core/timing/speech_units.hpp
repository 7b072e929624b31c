#pragma once
#include "core/timing/pace_profile.hpp"

#include <cstddef>

namespace podium {

// What the two rates of PaceProfile price: speech in syllables of average weight (Chinese) and
// in words of average length and stress (English). An average text counts exactly its Han
// syllables or its words; a text of heavier syllables or longer words counts more, one of
// lighter ones less, so the same pace gives each section its own time. The weights were fitted
// on the project's speeches read by eSpeak NG and cross-validated speech by speech
// (bench/timing_accuracy, docs/timing.md); each is a fact of speech, not of one voice.

// Chinese: a neutral-tone syllable (的 了 们 吗, core/text/han_syllables.hpp) takes 0.60 of an
// open toned syllable's time, one ending in -n/-ng 1.34 of it.
inline constexpr double neutral_tone_weight = 0.60;
inline constexpr double nasal_syllable_weight = 1.34;
// Their shares of the Han syllables of the project's Chinese speeches: they set the average.
inline constexpr double neutral_tone_share = 0.036;
inline constexpr double nasal_syllable_share = 0.376;

[[nodiscard]] constexpr double han_units(std::size_t syllables, std::size_t neutral_tone, std::size_t nasal)
{
    constexpr double average_weight
        = 1.0 + (neutral_tone_weight - 1.0) * neutral_tone_share + (nasal_syllable_weight - 1.0) * nasal_syllable_share;
    return (static_cast<double>(syllables) + (neutral_tone_weight - 1.0) * static_cast<double>(neutral_tone)
               + (nasal_syllable_weight - 1.0) * static_cast<double>(nasal))
        / average_weight;
}

// English: share of an average word's time that goes with the word itself (its onset, its
// stressed syllable, its boundary) rather than with its syllables, and what an unstressed
// function word (the, of, to, you: core/text/english_function_words.hpp) saves, in average
// words. Set inside the range each leave-one-speech-out fold chooses (word share 0.35–0.41,
// saving 0.27–0.33: docs/timing.md).
inline constexpr double english_word_share = 0.38;
inline constexpr double function_word_saving = 0.30;
// Function words per word in the project's English speeches.
inline constexpr double function_word_share = 0.37;

[[nodiscard]] constexpr double english_units(std::size_t words, std::size_t syllables, std::size_t function_words)
{
    constexpr double average = 1.0 - function_word_saving * function_word_share;
    return (english_word_share * static_cast<double>(words)
               + (1.0 - english_word_share) * static_cast<double>(syllables) / PaceProfile::english_syllables_per_word
               - function_word_saving * static_cast<double>(function_words))
        / average;
}

} // namespace podium
