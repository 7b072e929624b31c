// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The speeches the timing benchmark cross-validates on, synthesised once, and how a set of
// predictions for them is scored.
#include "cli/script_source.hpp"
#include "cli/speech_estimate.hpp"
#include "core/rehearsal/pace_calibration.hpp"
#include "core/timing/speech_units.hpp"

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace podium::bench {

struct Speech {
    std::string name;
    LoadedScript loaded;
    SpeechSynthesis synthesis; // measured.sentences carry the counts the units are made of
    std::vector<SentenceFeatures> features; // under the model's own weights
};

// docs/samples, ../shared/speeches when present, bench/timing_accuracy/speeches.
[[nodiscard]] std::vector<std::filesystem::path> project_speeches();

// The speech's sentence features with its Han and English units counted under `weights`
// instead of the model's (the other features do not depend on them).
[[nodiscard]] std::vector<SentenceFeatures> features_with(const Speech& speech, const SpeechWeights& weights);

// One observation per sentence for fit_pace: its features and its synthesised seconds.
[[nodiscard]] std::vector<PaceObservation> observations_of(const Speech& speech,
    std::span<const SentenceFeatures> features);

// Predicted seconds per section of `speech` (its subtree, as the estimate rolls it up).
[[nodiscard]] std::vector<double> predict_sections(const Speech& speech, std::span<const SentenceFeatures> features,
    const PaceProfile& profile);

// The checked sections' errors (≥ 100 Han syllables or 60 English words, as --compare-speech),
// and every held-out sentence's error in seconds.
struct Tally {
    std::vector<double> errors; // |error| of each checked section
    std::size_t within = 0;     // of them, within ±5%
    double sentence_squared_seconds = 0.0; // Σ (predicted − measured)² over every sentence
    // `speech`'s sections, from predicted seconds per section (predict_sections).
    void add_sections(const Speech& speech, std::span<const double> predicted);
    // `speech`'s sentences predicted under `profile`.
    void add_sentences(const Speech& speech, std::span<const SentenceFeatures> features, const PaceProfile& profile);
    [[nodiscard]] double median() const;
    [[nodiscard]] double worst() const;
    // How candidate weights are ranked: the smaller squared error over every held-out sentence,
    // in seconds. Hundreds of sentences rank far more steadily than a score of the twenty-odd
    // checked sections (ranked by those, the folds' choices scattered across the grid), and
    // seconds, not ratios, weigh the long sentences that make up a section's time.
    [[nodiscard]] bool better_than(const Tally& other) const;
};

} // namespace podium::bench
