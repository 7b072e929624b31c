#include "core/follow/speaker_normaliser.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

namespace {

constexpr double kPriorFrames = 50.0;    // the prior weighs as half a second of voice
constexpr double kMemoryFrames = 3000.0; // then 30 s of voice, forgotten exponentially

} // namespace

SpeakerNormaliser::SpeakerNormaliser(const FeatureStats& prior)
{
    for (std::size_t k = 0; k < kFeatureSize; ++k) {
        m_mean[k] = prior.mean[k];
        const double deviation = std::max(static_cast<double>(prior.deviation[k]), 1e-3);
        m_square[k] = deviation * deviation + m_mean[k] * m_mean[k];
    }
    m_count = kPriorFrames;
}

void SpeakerNormaliser::learn(const FeatureVector& frame)
{
    m_count = std::min(m_count + 1.0, kMemoryFrames);
    const double weight = 1.0 / m_count;
    for (std::size_t k = 0; k < kFeatureSize; ++k) {
        const double v = frame[k];
        m_mean[k] += weight * (v - m_mean[k]);
        m_square[k] += weight * (v * v - m_square[k]);
    }
}

FeatureVector SpeakerNormaliser::normalise(const FeatureVector& frame) const
{
    FeatureVector out;
    for (std::size_t k = 0; k < kFeatureSize; ++k) {
        const double variance = std::max(m_square[k] - m_mean[k] * m_mean[k], 1e-6);
        out[k] = static_cast<float>((frame[k] - m_mean[k]) / std::sqrt(variance));
    }
    return out;
}

} // namespace podium
