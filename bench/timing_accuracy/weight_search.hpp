// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the speech weights (core/timing/speech_units.hpp) are found, and checked on speeches that
// took no part in finding them: a grid search scored by leave-one-speech-out, nested inside an
// outer leave-one-speech-out.
#include "speech_corpus.hpp"

#include <cstddef>
#include <span>
#include <vector>

namespace podium::bench {

// The indices of the speeches whose main language is `language`.
[[nodiscard]] std::vector<std::size_t> speeches_of(const std::vector<Speech>& speeches, SpokenLanguage language);

// fit_pace on the sentences of `trainers` (indices into `speeches`), each under its entry of
// `features` (parallel to `speeches`); where the data cannot tell, `base` stands (the
// predicted speech's calibration-passage profile).
[[nodiscard]] PaceCalibration fit_on(const std::vector<Speech>& speeches,
    std::span<const std::vector<SentenceFeatures>> features, std::span<const std::size_t> trainers,
    const PaceProfile& base);

// The candidates a language's search ranges over (the other language's weights stay at the
// model's): Chinese neutral-tone × nasal weights, English word share × letter share ×
// function-word saving.
// Each grid holds the model's own values.
[[nodiscard]] std::vector<SpeechWeights> weight_grid(SpokenLanguage language);

// Every speech of `pool` (indices into `speeches`) predicted from the others of the pool, each
// fitted with fit_pace under `weights`. `predictions`, when given, receives them per speech of
// the pool.
[[nodiscard]] Tally leave_one_out(const std::vector<Speech>& speeches, std::span<const std::size_t> pool,
    const SpeechWeights& weights, std::vector<std::vector<double>>* predictions = nullptr);

// The candidate whose leave-one-out over `pool` scores best (Tally::better_than).
[[nodiscard]] SpeechWeights best_weights(const std::vector<Speech>& speeches, std::span<const std::size_t> pool,
    std::span<const SpeechWeights> candidates);

struct NestedFold {
    std::size_t held_out = 0;       // index into speeches
    SpeechWeights chosen;           // by leave-one-out over the other speeches of its language
    std::vector<double> predicted;  // its sections, fitted on those speeches with `chosen`
};

// For each speech of `language`: the weights chosen without it, then its sections predicted
// from the other speeches under them — neither the weights nor the pace saw it.
[[nodiscard]] std::vector<NestedFold> nested_cross_validation(const std::vector<Speech>& speeches,
    SpokenLanguage language);

} // namespace podium::bench
