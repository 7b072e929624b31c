// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/filled_pauses.hpp"

#include "core/coach/track_statistics.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

namespace {

double spectral_distance(const VoiceFrames::Cepstrum& a, const VoiceFrames::Cepstrum& b)
{
    double sum = 0.0;
    for (std::size_t k = 0; k < a.size(); ++k) {
        const double d = static_cast<double>(a[k]) - static_cast<double>(b[k]);
        sum += d * d;
    }
    return std::sqrt(sum);
}

// Frame i is stable when it and the frame `lag` before it are voiced at nearly the same pitch
// with nearly the same spectral envelope.
std::vector<bool> stable_frames(const VoiceFrames& frames, std::size_t lag, const CoachThresholds& thresholds)
{
    const std::size_t count = std::min(frames.f0.size(), frames.cepstrum.size());
    std::vector<bool> stable(count, false);
    for (std::size_t i = lag; i < count; ++i) {
        const double a = frames.f0[i - lag];
        const double b = frames.f0[i];
        if (a <= 0.0 || b <= 0.0) {
            continue;
        }
        stable[i] = std::abs(semitones(b, a)) < thresholds.filler_pitch_step
            && spectral_distance(frames.cepstrum[i], frames.cepstrum[i - lag]) < thresholds.filler_spectral_step;
    }
    return stable;
}

bool silence_ends_near(const std::vector<Silence>& silences, double t, double slack)
{
    return std::any_of(silences.begin(), silences.end(),
        [&](const Silence& silence) { return silence.end <= t + slack && silence.end >= t - slack; });
}

bool planned_pause_starts_near(const std::vector<Pause>& pauses, double t, double slack)
{
    return std::any_of(pauses.begin(), pauses.end(), [&](const Pause& pause) {
        return pause.kind != PauseKind::Hesitation && pause.kind != PauseKind::Phrase && pause.start >= t - slack && pause.start <= t + slack;
    });
}

} // namespace

std::vector<FilledPause> find_filled_pauses(const VoiceFrames& frames, const std::vector<Silence>& silences,
    const std::vector<Pause>& pauses, const CoachThresholds& thresholds)
{
    constexpr double slack = 0.1;
    const auto lag = std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(thresholds.filler_lag / frames.hop)));
    const std::vector<bool> stable = stable_frames(frames, lag, thresholds);
    std::vector<FilledPause> found;
    std::size_t i = 0;
    while (i < stable.size()) {
        if (!stable[i]) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < stable.size() && (stable[end] || (end + 1 < stable.size() && stable[end + 1]))) {
            ++end;
        }
        // A stable frame vouches for the `lag` frames before it as well.
        const std::size_t first = i - lag;
        const double start = static_cast<double>(first) * frames.hop;
        const double stop = static_cast<double>(end) * frames.hop;
        i = end + 1;
        if (stop - start + 1e-9 < thresholds.filler_min) {
            continue;
        }
        std::vector<double> tones;
        std::vector<double> hz;
        for (std::size_t k = first; k < end; ++k) {
            if (frames.f0[k] > 0.0F) {
                hz.push_back(frames.f0[k]);
            }
        }
        const double middle = median(hz);
        for (const double value : hz) {
            tones.push_back(semitones(value, middle));
        }
        if (percentile(tones, 0.9) - percentile(tones, 0.1) > thresholds.filler_pitch_spread) {
            continue;
        }
        // A final syllable held into a planned pause follows the rest of its word: a stretch
        // right at the start of the recording follows nothing, and is set apart like one after
        // a silence.
        const bool set_apart = start <= slack || silence_ends_near(silences, start, slack);
        if (planned_pause_starts_near(pauses, stop, slack) && !set_apart) {
            continue; // a final syllable held into a planned pause: the script has it
        }
        found.push_back(FilledPause{start, stop - start, middle, std::nullopt});
    }
    return found;
}

} // namespace podium
