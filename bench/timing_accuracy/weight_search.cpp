// SPDX-License-Identifier: GPL-3.0-or-later
#include "weight_search.hpp"

#include <algorithm>
#include <iterator>

namespace podium::bench {

std::vector<std::size_t> speeches_of(const std::vector<Speech>& speeches, SpokenLanguage language)
{
    std::vector<std::size_t> out;
    for (std::size_t s = 0; s < speeches.size(); ++s) {
        if (speeches[s].synthesis.primary == language) {
            out.push_back(s);
        }
    }
    return out;
}

PaceCalibration fit_on(const std::vector<Speech>& speeches, std::span<const std::vector<SentenceFeatures>> features,
    std::span<const std::size_t> trainers, const PaceProfile& base)
{
    std::vector<PaceObservation> training;
    for (const std::size_t t : trainers) {
        const auto observations = observations_of(speeches[t], features[t]);
        training.insert(training.end(), observations.begin(), observations.end());
    }
    return fit_pace(training, base);
}

std::vector<SpeechWeights> weight_grid(SpokenLanguage language)
{
    std::vector<SpeechWeights> grid;
    if (language == SpokenLanguage::Chinese) {
        // Neutral 0.30–0.90 by 0.05, nasal 1.19–1.58 by 0.03: 13 × 14.
        for (int n = 0; n <= 12; ++n) {
            for (int m = 0; m <= 13; ++m) {
                SpeechWeights w;
                w.neutral_tone = 0.30 + 0.05 * n;
                w.nasal_syllable = 1.19 + 0.03 * m;
                grid.push_back(w);
            }
        }
    } else {
        // Word share 0.10–0.50, letter share 0.00–0.70 (the two at most 0.95: syllables keep
        // a share) and saving 0.00–0.45, all by 0.05: 1,200 candidates.
        for (int n = 0; n <= 8; ++n) {
            for (int l = 0; l <= 14; ++l) {
                if (n + l > 17) {
                    continue;
                }
                for (int m = 0; m <= 9; ++m) {
                    SpeechWeights w;
                    w.english_word_share = 0.10 + 0.05 * n;
                    w.english_letter_share = 0.05 * l;
                    w.function_word_saving = 0.05 * m;
                    grid.push_back(w);
                }
            }
        }
    }
    return grid;
}

Tally leave_one_out(const std::vector<Speech>& speeches, std::span<const std::size_t> pool,
    const SpeechWeights& weights, std::vector<std::vector<double>>* predictions)
{
    std::vector<std::vector<SentenceFeatures>> features(speeches.size());
    for (const std::size_t s : pool) {
        features[s] = features_with(speeches[s], weights);
    }
    Tally tally;
    for (const std::size_t s : pool) {
        std::vector<std::size_t> others;
        std::copy_if(pool.begin(), pool.end(), std::back_inserter(others), [&](std::size_t t) { return t != s; });
        const PaceCalibration fit = fit_on(speeches, features, others, speeches[s].synthesis.measured.profile);
        std::vector<double> predicted = predict_sections(speeches[s], features[s], fit.profile);
        tally.add_sections(speeches[s], predicted);
        tally.add_sentences(speeches[s], features[s], fit.profile);
        if (predictions != nullptr) {
            predictions->push_back(std::move(predicted));
        }
    }
    return tally;
}

SpeechWeights best_weights(const std::vector<Speech>& speeches, std::span<const std::size_t> pool,
    std::span<const SpeechWeights> candidates)
{
    SpeechWeights best{};
    Tally best_tally = leave_one_out(speeches, pool, best);
    for (const SpeechWeights& candidate : candidates) {
        const Tally tally = leave_one_out(speeches, pool, candidate);
        if (tally.better_than(best_tally)) {
            best = candidate;
            best_tally = tally;
        }
    }
    return best;
}

std::vector<NestedFold> nested_cross_validation(const std::vector<Speech>& speeches, SpokenLanguage language)
{
    const std::vector<std::size_t> of_language = speeches_of(speeches, language);
    const std::vector<SpeechWeights> grid = weight_grid(language);
    std::vector<NestedFold> folds;
    for (const std::size_t held_out : of_language) {
        std::vector<std::size_t> others;
        std::copy_if(of_language.begin(), of_language.end(), std::back_inserter(others),
            [&](std::size_t s) { return s != held_out; });
        if (others.size() < 2) {
            continue; // nothing to hold out inside: no choice can be scored
        }
        NestedFold fold;
        fold.held_out = held_out;
        fold.chosen = best_weights(speeches, others, grid);
        std::vector<std::vector<SentenceFeatures>> features(speeches.size());
        for (const std::size_t s : of_language) {
            features[s] = features_with(speeches[s], fold.chosen);
        }
        const PaceCalibration fit = fit_on(speeches, features, others, speeches[held_out].synthesis.measured.profile);
        fold.predicted = predict_sections(speeches[held_out], features[held_out], fit.profile);
        folds.push_back(std::move(fold));
    }
    return folds;
}

} // namespace podium::bench
