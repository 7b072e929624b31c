// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "core/timing/pace_profile.hpp"

#include <array>
#include <cstddef>
#include <vector>

namespace podium {

// The estimate is linear in eight pace parameters: seconds per Han character, seconds per
// English word of average length (English is counted from words, syllables and letters, so the feature
// is english_units), the sentence / paragraph / section / placeholder pauses and
// the comma and colon pauses inside sentences. A sentence's features are
// its estimated time (speaking + pause after) under each unit parameter alone, measured by
// calling estimate_timing itself, so calibration always agrees with however the timing model
// counts characters, numbers and pauses.
inline constexpr std::size_t pace_parameter_count = 8;
using PaceParameters = std::array<double, pace_parameter_count>;
using SentenceFeatures = std::array<double, pace_parameter_count>;

enum class PaceParameter : std::size_t {
    SecondsPerHan, SecondsPerWord, SentencePause, ParagraphPause, SectionPause, PlaceholderPause, CommaPause,
    ColonPause,
};

[[nodiscard]] PaceParameters parameters_of(const PaceProfile& profile);
[[nodiscard]] PaceProfile profile_from(const PaceParameters& parameters);

// One feature vector per sentence of the script.
[[nodiscard]] std::vector<SentenceFeatures> sentence_features(const Script& script);

// The estimated time of one sentence (speaking + pause after) under `parameters`.
[[nodiscard]] double predicted_seconds(const SentenceFeatures& features, const PaceParameters& parameters);

} // namespace podium
