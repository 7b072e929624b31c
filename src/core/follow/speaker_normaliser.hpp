#pragma once
#include "core/follow/mfcc_extractor.hpp"
#include "core/follow/script_reference.hpp"

#include <array>

namespace podium {

// Normalises a live voice's features per speaker, online: a running mean and variance over the
// voiced frames heard so far, starting from a weak prior (the reference's own statistics) and
// forgetting slowly once 30 s of voice are in, so a new microphone position or a tired voice
// is followed. Without it a female reader against a male reference, or a phone microphone,
// would be far from everything.
class SpeakerNormaliser {
public:
    explicit SpeakerNormaliser(const FeatureStats& prior);

    // Learns from a voiced frame (call before normalise() on it).
    void learn(const FeatureVector& frame);
    [[nodiscard]] FeatureVector normalise(const FeatureVector& frame) const;
    [[nodiscard]] double frames_learnt() const { return m_count; }

private:
    std::array<double, kFeatureSize> m_mean{};
    std::array<double, kFeatureSize> m_square{};  // running mean of squares
    double m_count = 0.0;
};

} // namespace podium
