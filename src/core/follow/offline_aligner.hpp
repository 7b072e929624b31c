#pragma once
#include "core/follow/acoustic_tracker.hpp"
#include "core/follow/script_alignment.hpp"

#include <span>

namespace podium {

// Aligns a whole recording with the script's reference sound, after the fact: the Viterbi path
// of the live tracker's HMM (same states, steps and emissions, and the same re-entry, so a
// skip or a repeat becomes a jump in the path), scored inside the windows the forward pass
// visited, so it costs about what following live did. The reader's features are normalised
// over the whole recording's voice (the future is known here). `voiced` is parallel to `frames`.
[[nodiscard]] ScriptAlignment align_recording(std::shared_ptr<const ScriptReference> reference,
    std::span<const FeatureFrame> frames, const std::vector<bool>& voiced, AcousticSettings settings = {});

} // namespace podium
