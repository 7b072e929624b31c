// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech_corpus.hpp"

#include "core/timing/comparison.hpp"

#include <algorithm>
#include <cmath>

namespace podium::bench {

namespace fs = std::filesystem;

std::vector<fs::path> project_speeches()
{
    std::vector<fs::path> paths{fs::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-en.md",
        fs::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt"};
    for (const fs::path& directory :
        {fs::path(PODIUM_SHARED_DIR) / "speeches", fs::path(PODIUM_SOURCE_DIR) / "bench/timing_accuracy/speeches"}) {
        std::error_code error;
        std::vector<fs::path> found;
        for (const auto& entry : fs::directory_iterator(directory, error)) {
            const auto extension = entry.path().extension();
            if (entry.is_regular_file() && (extension == ".txt" || extension == ".md")) {
                found.push_back(entry.path());
            }
        }
        std::sort(found.begin(), found.end());
        paths.insert(paths.end(), found.begin(), found.end());
    }
    return paths;
}

std::vector<SentenceFeatures> features_with(const Speech& speech, const SpeechWeights& weights)
{
    std::vector<SentenceFeatures> out = speech.features;
    const auto& counts = speech.synthesis.measured.sentences;
    constexpr auto han = static_cast<std::size_t>(PaceParameter::SecondsPerHan);
    constexpr auto english = static_cast<std::size_t>(PaceParameter::SecondsPerWord);
    for (std::size_t i = 0; i < out.size() && i < counts.size(); ++i) {
        const SentenceTiming& t = counts[i];
        // Features are seconds at one unit per second (sentence_features): the units themselves.
        out[i][han] = han_units(t.han_chars, t.neutral_tone_syllables, t.nasal_syllables, weights);
        out[i][english] = english_units(t.words, t.english_syllables, t.english_letters, t.function_words, weights);
    }
    return out;
}

std::vector<PaceObservation> observations_of(const Speech& speech, std::span<const SentenceFeatures> features)
{
    std::vector<PaceObservation> out;
    const auto& sentences = speech.synthesis.measured.sentences;
    for (std::size_t i = 0; i < sentences.size() && i < features.size(); ++i) {
        out.push_back({features[i], sentences[i].speaking + sentences[i].pause_after});
    }
    return out;
}

std::vector<double> predict_sections(const Speech& speech, std::span<const SentenceFeatures> features,
    const PaceProfile& profile)
{
    const PaceParameters parameters = parameters_of(profile);
    std::vector<double> out;
    for (const Section& section : speech.loaded.script.sections) {
        double seconds = 0.0;
        for (std::size_t i = section.first_sentence; i < section.end_sentence && i < features.size(); ++i) {
            seconds += predicted_seconds(features[i], parameters);
        }
        out.push_back(seconds);
    }
    return out;
}

void Tally::add_sentences(const Speech& speech, std::span<const SentenceFeatures> features, const PaceProfile& profile)
{
    const PaceParameters parameters = parameters_of(profile);
    for (const PaceObservation& o : observations_of(speech, features)) {
        const double error = predicted_seconds(o.features, parameters) - o.seconds;
        sentence_squared_seconds += error * error;
    }
}

void Tally::add_sections(const Speech& speech, std::span<const double> predicted)
{
    const ComparisonRule rule;
    const Timing& measured = speech.synthesis.measured;
    for (std::size_t i = 0; i < measured.sections.size() && i < predicted.size(); ++i) {
        const SectionTiming& section = measured.sections[i];
        const SectionComparison c = compare_section(predicted[i], section.duration, section.han_chars, section.words, rule);
        if (c.checked) {
            errors.push_back(std::abs(c.error));
            within += c.within ? 1 : 0;
        }
    }
}

double Tally::median() const
{
    if (errors.empty()) {
        return 0.0;
    }
    std::vector<double> sorted = errors;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t n = sorted.size();
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

double Tally::worst() const
{
    return errors.empty() ? 0.0 : *std::max_element(errors.begin(), errors.end());
}

bool Tally::better_than(const Tally& other) const
{
    return sentence_squared_seconds < other.sentence_squared_seconds;
}

} // namespace podium::bench
