// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/pace_features.hpp"

#include "core/timing/estimate.hpp"

namespace podium {

namespace {
// "Off" for a rate: so fast its contribution vanishes (a zero rate would divide by zero).
constexpr double vanishing_rate = 1e12;
} // namespace

PaceParameters parameters_of(const PaceProfile& profile)
{
    return {60.0 / profile.han_per_minute, 60.0 / profile.words_per_minute, profile.sentence_pause,
        profile.paragraph_pause, profile.section_pause, profile.placeholder_pause, profile.comma_pause,
        profile.colon_pause};
}

PaceProfile profile_from(const PaceParameters& parameters)
{
    PaceProfile profile;
    profile.han_per_minute = 60.0 / parameters[0];
    profile.words_per_minute = 60.0 / parameters[1];
    profile.sentence_pause = parameters[2];
    profile.paragraph_pause = parameters[3];
    profile.section_pause = parameters[4];
    profile.placeholder_pause = parameters[5];
    profile.comma_pause = parameters[6];
    profile.colon_pause = parameters[7];
    return profile;
}

std::vector<SentenceFeatures> sentence_features(const Script& script)
{
    std::vector<SentenceFeatures> features(script.sentences.size(), SentenceFeatures{});
    for (std::size_t k = 0; k < pace_parameter_count; ++k) {
        PaceProfile unit;
        unit.han_per_minute = k == 0 ? 60.0 : vanishing_rate;
        unit.words_per_minute = k == 1 ? 60.0 : vanishing_rate;
        unit.sentence_pause = k == 2 ? 1.0 : 0.0;
        unit.paragraph_pause = k == 3 ? 1.0 : 0.0;
        unit.section_pause = k == 4 ? 1.0 : 0.0;
        unit.placeholder_pause = k == 5 ? 1.0 : 0.0;
        unit.comma_pause = k == 6 ? 1.0 : 0.0;
        unit.colon_pause = k == 7 ? 1.0 : 0.0;
        const Timing timing = estimate_timing(script, unit);
        for (std::size_t i = 0; i < timing.sentences.size() && i < features.size(); ++i) {
            const double seconds = timing.sentences[i].speaking + timing.sentences[i].pause_after;
            // What the vanishing rates leave behind (≈1e-10 s) is not a feature.
            features[i][k] = seconds < 1e-6 ? 0.0 : seconds;
        }
    }
    return features;
}

double predicted_seconds(const SentenceFeatures& features, const PaceParameters& parameters)
{
    double seconds = 0.0;
    for (std::size_t k = 0; k < pace_parameter_count; ++k) {
        seconds += features[k] * parameters[k];
    }
    return seconds;
}

} // namespace podium
