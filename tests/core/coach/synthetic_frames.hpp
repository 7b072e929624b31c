// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-made VoiceFrames for the coach's tests: speech and silence laid out in time, with the
// pitch, spectrum and loudness a test asks for.
#include "core/coach/voice_frames.hpp"

#include <cmath>
#include <functional>

namespace podium::test {

class FrameBuilder {
public:
    explicit FrameBuilder(double seconds)
    {
        const auto count = static_cast<std::size_t>(std::lround(seconds / m_frames.hop));
        m_frames.f0.assign(count, 0.0F);
        m_frames.level.assign(count, -70.0F);
        m_frames.cepstrum.assign(count, VoiceFrames::Cepstrum{});
        m_frames.block_loudness.assign(static_cast<std::size_t>(std::lround(seconds / m_frames.block_hop)), -90.0F);
    }

    // Speech from `start` to `end`: level −20 dBFS, loudness −23 LUFS, the pitch `f0(t)` (0 =
    // unvoiced) and a spectrum that changes every frame (as syllables do) unless `steady`.
    FrameBuilder& speech(double start, double end, const std::function<double(double)>& f0, bool steady = false,
        double lufs = -23.0)
    {
        for (std::size_t i = 0; i < m_frames.frame_count(); ++i) {
            const double t = m_frames.frame_time(i);
            if (t >= start && t < end) {
                m_frames.level[i] = -20.0F;
                m_frames.f0[i] = static_cast<float>(f0(t));
                for (std::size_t c = 0; c < VoiceFrames::cepstrum_size; ++c) {
                    m_frames.cepstrum[i][c] = steady ? 1.0F : static_cast<float>(3.0 * std::sin(0.9 * static_cast<double>(i) + static_cast<double>(c)));
                }
            }
        }
        loudness(start, end, lufs);
        return *this;
    }

    // Nothing heard from `start` to `end`.
    FrameBuilder& silence(double start, double end)
    {
        for (std::size_t i = 0; i < m_frames.frame_count(); ++i) {
            const double t = m_frames.frame_time(i);
            if (t >= start && t < end) {
                m_frames.level[i] = -70.0F;
                m_frames.f0[i] = 0.0F;
            }
        }
        return loudness(start, end, -90.0);
    }

    // Momentary blocks that lie inside [start, end] read `lufs`.
    FrameBuilder& loudness(double start, double end, double lufs)
    {
        for (std::size_t i = 0; i < m_frames.block_loudness.size(); ++i) {
            const double block_end = static_cast<double>(i + 1) * m_frames.block_hop;
            if (block_end - m_frames.block_length >= start - 1e-9 && block_end <= end + 1e-9) {
                m_frames.block_loudness[i] = static_cast<float>(lufs);
            }
        }
        return *this;
    }

    [[nodiscard]] const VoiceFrames& frames() const { return m_frames; }

private:
    VoiceFrames m_frames;
};

// A speaking voice: the pitch moves ±`semitones`/2 around `hz` several times a second.
inline std::function<double(double)> lively(double hz, double semitones)
{
    return [=](double t) { return hz * std::pow(2.0, semitones / 2.0 * std::sin(2.0 * 3.14159265 * 1.3 * t) / 12.0); };
}

inline std::function<double(double)> steady(double hz)
{
    return [=](double) { return hz; };
}

} // namespace podium::test
