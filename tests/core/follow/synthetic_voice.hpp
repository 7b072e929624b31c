// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Signals shaped like speech for the voice-follow tests: voiced syllables (a 150 Hz buzz with
// its harmonics under a raised-cosine envelope), silences, noise. Deterministic.
#include <cmath>
#include <algorithm>
#include <cstddef>
#include <numbers>
#include <random>
#include <vector>

namespace podium::test {

inline constexpr double kRate = 16000.0;

class SyntheticVoice {
public:
    explicit SyntheticVoice(double rate = kRate) : m_rate(rate) {}

    // `count` syllables, one every `period` seconds, each voiced for 80 % of its period.
    SyntheticVoice& syllables(std::size_t count, double amplitude = 0.3, double period = 0.2)
    {
        const auto voiced = static_cast<std::size_t>(0.8 * period * m_rate);
        const auto total = static_cast<std::size_t>(period * m_rate);
        for (std::size_t s = 0; s < count; ++s) {
            for (std::size_t i = 0; i < total; ++i) {
                double value = 0.0;
                if (i < voiced) {
                    const double envelope = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(voiced));
                    const double t = static_cast<double>(m_samples.size()) / m_rate;
                    for (int h = 1; h <= 12; ++h) {
                        value += std::sin(2.0 * std::numbers::pi * 150.0 * h * t) / h;
                    }
                    value *= amplitude * envelope * 0.5;
                }
                m_samples.push_back(static_cast<float>(value));
            }
        }
        return *this;
    }

    SyntheticVoice& silence(double seconds)
    {
        m_samples.insert(m_samples.end(), static_cast<std::size_t>(seconds * m_rate), 0.0F);
        return *this;
    }

    // White noise for `seconds` (a cough, a clap) at `amplitude`.
    SyntheticVoice& burst(double seconds, double amplitude)
    {
        std::normal_distribution<double> normal(0.0, amplitude);
        for (auto i = static_cast<std::size_t>(seconds * m_rate); i > 0; --i) {
            m_samples.push_back(static_cast<float>(normal(m_random)));
        }
        return *this;
    }

    // Adds steady white noise of RMS `amplitude` under everything so far.
    SyntheticVoice& add_noise(double amplitude)
    {
        std::normal_distribution<double> normal(0.0, amplitude);
        for (float& sample : m_samples) {
            sample += static_cast<float>(normal(m_random));
        }
        return *this;
    }

    SyntheticVoice& gain(double factor, float clip = 1.0F)
    {
        for (float& sample : m_samples) {
            sample = std::clamp(static_cast<float>(sample * factor), -clip, clip);
        }
        return *this;
    }

    [[nodiscard]] const std::vector<float>& samples() const { return m_samples; }
    [[nodiscard]] double seconds() const { return static_cast<double>(m_samples.size()) / m_rate; }

private:
    double m_rate;
    std::vector<float> m_samples;
    std::mt19937 m_random{7};
};

} // namespace podium::test
