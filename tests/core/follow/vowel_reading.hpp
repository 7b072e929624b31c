// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A "reading" whose sound says where it is, for the content follower's tests: "vowels" with
// distinct formants strung into sentences, readable slower, in another pitch, with pauses
// elsewhere. Deterministic.
#include "core/follow/mfcc_extractor.hpp"
#include "core/follow/script_reference.hpp"

#include <cmath>
#include <cstdint>
#include <memory>
#include <numbers>
#include <random>
#include <vector>

namespace podium::test {

inline constexpr double kReadingRate = 16000.0;

// A vowel-like sound: harmonics of f0 shaped by two formants.
inline void vowel(std::vector<float>& out, double seconds, double f0, double formant1, double formant2, std::mt19937& random)
{
    std::normal_distribution<double> jitter(0.0, 0.002);
    const auto count = static_cast<std::size_t>(seconds * kReadingRate);
    const std::size_t start = out.size();
    for (std::size_t i = 0; i < count; ++i) {
        const double t = static_cast<double>(start + i) / kReadingRate;
        const double envelope = std::sin(std::numbers::pi * static_cast<double>(i) / static_cast<double>(count));
        double value = 0.0;
        for (int h = 1; h * f0 < 4000.0; ++h) {
            const double f = h * f0;
            const double gain = std::exp(-std::pow((f - formant1) / 120.0, 2)) + 0.7 * std::exp(-std::pow((f - formant2) / 180.0, 2)) + 0.02;
            value += gain * std::sin(2.0 * std::numbers::pi * f * t);
        }
        out.push_back(static_cast<float>(0.1 * envelope * value + jitter(random)));
    }
}

inline void silence(std::vector<float>& out, double seconds)
{
    out.insert(out.end(), static_cast<std::size_t>(seconds * kReadingRate), 0.0f);
}

// Formant pairs: each "syllable" of the script is one of these.
constexpr double kFormants[8][2] = {{300, 2300}, {700, 1200}, {500, 1900}, {350, 800}, {600, 2600}, {800, 1600}, {450, 1100}, {250, 1700}};

struct Reading {
    std::vector<float> audio;
    std::vector<ReferenceSentence> sentences;
};

// `sentences` sentences of 12 syllables each; syllable k of sentence s is formant (s·5 + k·3) mod 8.
// `last_syllable` lengthens each sentence's last syllable by that factor (a reader's phrase-final
// lengthening).
inline Reading read(std::size_t sentences, double f0, double syllable_seconds, double pause, std::uint32_t seed,
    std::vector<std::size_t> order = {}, double last_syllable = 1.0)
{
    std::mt19937 random(seed);
    Reading out;
    if (order.empty()) {
        for (std::size_t s = 0; s < sentences; ++s) {
            order.push_back(s);
        }
    }
    silence(out.audio, 0.3);
    for (const std::size_t s : order) {
        out.sentences.push_back({s, static_cast<double>(out.audio.size()) / kReadingRate, 0.0});
        for (std::size_t k = 0; k < 12; ++k) {
            const auto& formant = kFormants[(s * 5 + k * 3 + k / 4) % 8];
            vowel(out.audio, syllable_seconds * (k == 11 ? last_syllable : 1.0), f0, formant[0], formant[1], random);
            if (k == 5) {
                silence(out.audio, pause * 0.8); // a breath inside the sentence, as long as its end
            }
        }
        out.sentences.back().end_of_speech = static_cast<double>(out.audio.size()) / kReadingRate;
        silence(out.audio, pause);
    }
    return out;
}

inline std::shared_ptr<const ScriptReference> reference_of(const Reading& reading, std::size_t sentences)
{
    const std::vector<FeatureFrame> frames = extract_features(reading.audio);
    return std::make_shared<const ScriptReference>(frames, reading.sentences, sentences);
}

} // namespace podium::test
