// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/follow/script_reference.hpp"

#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace podium {

// Where in the WHOLE script the last second or two of the reader's voice matches best: the
// candidates TrackerRecovery tries when the reader skips or jumps. The acoustic tracker scores
// only a window around its position (3 s back, 15 s ahead); this looks everywhere, coarsely.
//
// An online subsequence DTW over the reference, on frames of 40 ms (four voiced 10 ms frames
// averaged, on both sides), with exponential forgetting: after each reader frame, every
// reference frame k holds the cost of the best monotone path of the reader's recent voice
// that ends at k, its older frames weighing less (a time constant of about 1.6 s of voice).
// The path moves 0, 1 or 2 reference frames per reader frame (a reader at up to twice the
// reference's pace), a pause in the path costing a little so that it cannot linger on a frame
// that is close to everything. Costs are (distance − hubness), as the tracker's emissions.
// The best end is the right sentence about 70% of the time on the human readings: a candidate,
// never a decision (TrackerRecovery confirms it with a probe).
//
// Its path cost is no sign of speech that is not in the script: against the filler (each frame
// matched anywhere, in no order) it was 1.25 per frame reading and 1.32 during reversed speech,
// with the spreads overlapping (docs/voice-follow.md).
class ReferenceSearch {
public:
    static constexpr std::size_t kDecimation = 4;   // voiced 10 ms frames per search frame

    explicit ReferenceSearch(std::shared_ptr<const ScriptReference> reference);

    // One normalised voiced frame of the reader; true when it completed a search frame (every
    // kDecimation frames) and the figures below changed.
    bool observe(std::span<const float> frame);
    // Search frames seen: the figures mean something after about settle_frames().
    [[nodiscard]] std::size_t frames() const { return m_frames; }
    [[nodiscard]] static std::size_t settle_frames();

    // The reference frame (10 ms, as the tracker counts) where the best path ends now.
    [[nodiscard]] std::size_t best_frame() const;

private:
    std::shared_ptr<const ScriptReference> m_reference;
    std::size_t m_size = 0;              // search frames of the reference
    std::size_t m_padded = 0;            // … rounded up to whole lanes
    std::vector<float> m_features;       // transposed: kFeatureSize rows of m_padded values
    std::vector<float> m_hubness;        // per search frame, measured among search frames
    std::vector<float> m_cost;           // per search frame: the best forgetting path cost ending there
    std::vector<float> m_local;          // the last reader frame's (distance − hubness) per search frame
    std::vector<float> m_pending;        // the reader's voiced frames summed towards the next search frame
    std::size_t m_pending_count = 0;
    std::size_t m_best = 0;              // search frame
    std::size_t m_frames = 0;
};

} // namespace podium
