// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/voice_measures.hpp"

#include "core/coach/track_statistics.hpp"

#include <cmath>
#include <vector>

namespace podium {

std::size_t VoiceFrames::frame_at(double t) const
{
    if (t <= 0.5 * hop) {
        return 0;
    }
    const auto index = static_cast<std::size_t>(std::ceil(t / hop - 0.5 - 1e-9));
    return std::min(index, frame_count());
}

std::optional<PitchMeasure> measure_pitch(const VoiceFrames& frames, double start, double end, double min_voiced)
{
    std::vector<double> voiced;
    for (std::size_t i = frames.frame_at(start); i < frames.f0.size() && frames.frame_time(i) < end; ++i) {
        if (frames.f0[i] > 0.0F) {
            voiced.push_back(frames.f0[i]);
        }
    }
    const double seconds = static_cast<double>(voiced.size()) * frames.hop;
    if (voiced.empty() || seconds + 1e-9 < min_voiced) {
        return std::nullopt;
    }
    const double middle = median(voiced);
    std::vector<double> tones;
    tones.reserve(voiced.size());
    for (const double hz : voiced) {
        tones.push_back(semitones(hz, middle));
    }
    return PitchMeasure{middle, percentile(tones, 0.9) - percentile(tones, 0.1), seconds};
}

std::optional<double> measure_loudness(const VoiceFrames& frames, double start, double end)
{
    constexpr double absolute_gate = -70.0;
    constexpr double relative_gate = 10.0;
    constexpr double slack = 1e-6;
    std::vector<double> powers;
    std::vector<double> levels;
    for (std::size_t i = 0; i < frames.block_loudness.size(); ++i) {
        const double block_end = static_cast<double>(i + 1) * frames.block_hop;
        const double block_start = block_end - frames.block_length;
        const double lufs = frames.block_loudness[i];
        if (block_start + slack < start || block_end - slack > end || !(lufs > absolute_gate)) {
            continue;
        }
        levels.push_back(lufs);
        powers.push_back(std::pow(10.0, (lufs + 0.691) / 10.0));
    }
    if (powers.empty()) {
        return std::nullopt;
    }
    double sum = 0.0;
    for (const double power : powers) {
        sum += power;
    }
    const double gate = -0.691 + 10.0 * std::log10(sum / static_cast<double>(powers.size())) - relative_gate;
    double gated = 0.0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < powers.size(); ++i) {
        if (levels[i] > gate) {
            gated += powers[i];
            ++count;
        }
    }
    return -0.691 + 10.0 * std::log10(gated / static_cast<double>(count));
}

std::optional<double> trailing_drop(const VoiceFrames& frames, double start, double end)
{
    const double cut = start + (end - start) * 2.0 / 3.0;
    const std::optional<double> head = measure_loudness(frames, start, cut);
    const std::optional<double> tail = measure_loudness(frames, cut, end);
    if (!head || !tail) {
        return std::nullopt;
    }
    return *head - *tail;
}

} // namespace podium
