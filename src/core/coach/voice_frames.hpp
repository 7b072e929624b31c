// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SentenceSpan (when the speaker was on a sentence) is the offline aligner's, which the coach reads.
#include "core/follow/script_alignment.hpp"

#include <array>
#include <cstddef>
#include <vector>

namespace podium {

// What the signal adapter (src/signal/) measured in a recording, as plain tracks the coach can
// read without any audio library. Frame i of the 10 ms tracks is centred on (i + 0.5)·hop
// seconds; block i of the loudness track is the 400 ms BS.1770 "momentary" block that ends at
// (i + 1)·block_hop seconds. Tests build these by hand (synthesised signals).
struct VoiceFrames {
    static constexpr std::size_t cepstrum_size = 12;
    using Cepstrum = std::array<float, cepstrum_size>;

    double hop = 0.01;
    std::vector<float> f0;             // Hz; 0 where the frame is unvoiced
    std::vector<float> level;          // RMS level of the frame, dBFS
    std::vector<Cepstrum> cepstrum;    // MFCC c1…c12: the spectral envelope, loudness removed

    double block_hop = 0.1;
    double block_length = 0.4;
    std::vector<float> block_loudness; // LUFS of each momentary block (−inf for digital silence)

    [[nodiscard]] std::size_t frame_count() const { return level.size(); }
    [[nodiscard]] double duration() const { return static_cast<double>(level.size()) * hop; }
    [[nodiscard]] double frame_time(std::size_t i) const { return (static_cast<double>(i) + 0.5) * hop; }
    // The first frame whose centre is at or after `t` (clamped to [0, frame_count()]).
    [[nodiscard]] std::size_t frame_at(double t) const;
};

} // namespace podium
