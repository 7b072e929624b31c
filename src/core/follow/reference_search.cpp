// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/reference_search.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace podium {

namespace {

constexpr std::size_t kSearchLanes = 16;          // search frames per inner block (vectorised)
constexpr double kForget = 1.0 - 1.0 / 40.0; // 40 search frames: 1.6 s of voice
constexpr float kStayCost = 0.5f;           // a reader frame that does not move the path
constexpr float kSkipCost = 0.25f;          // one that moves it two frames
constexpr std::size_t kSearchHubSample = 256;     // search frames each one's hubness is measured against

// (distance − hubness) from `x` to every search frame of a transposed reference. Built for AVX2
// too where the compiler can, as ScriptReference's hubness sum is (and not under
// ThreadSanitizer, whose runtime is not up when the loader picks the clone).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__SANITIZE_THREAD__)
__attribute__((target_clones("avx2", "default")))
#endif
void local_costs(const float* x, const float* features, const float* hubness, std::size_t padded, float* out)
{
    for (std::size_t block = 0; block < padded; block += kSearchLanes) {
        std::array<float, kSearchLanes> squares{};
        for (std::size_t d = 0; d < kFeatureSize; ++d) {
            const float value = x[d];
            const float* row = features + d * padded + block;
            for (std::size_t lane = 0; lane < kSearchLanes; ++lane) {
                const float difference = value - row[lane];
                squares[lane] += difference * difference;
            }
        }
        for (std::size_t lane = 0; lane < kSearchLanes; ++lane) {
            out[block + lane] = std::sqrt(squares[lane]) - hubness[block + lane];
        }
    }
}

} // namespace

std::size_t ReferenceSearch::settle_frames()
{
    return 40;
}

ReferenceSearch::ReferenceSearch(std::shared_ptr<const ScriptReference> reference)
    : m_reference(std::move(reference))
{
    const std::size_t n = m_reference->size();
    m_size = (n + kDecimation - 1) / kDecimation;
    m_padded = (m_size + kSearchLanes - 1) / kSearchLanes * kSearchLanes;
    m_features.assign(kFeatureSize * m_padded, 0.0f);
    for (std::size_t k = 0; k < m_size; ++k) {
        const std::size_t first = k * kDecimation;
        const std::size_t last = std::min(n, first + kDecimation);
        for (std::size_t j = first; j < last; ++j) {
            const std::span<const float> frame = m_reference->features(j);
            for (std::size_t d = 0; d < kFeatureSize; ++d) {
                m_features[d * m_padded + k] += frame[d] / static_cast<float>(last - first);
            }
        }
    }
    // Hubness among the search frames themselves (averaging four frames draws them together,
    // so the 10 ms frames' own hubness would be too large here).
    m_hubness.assign(m_padded, 0.0f);
    m_local.assign(m_padded, 0.0f);
    if (m_size > 1) {
        const std::size_t step = std::max<std::size_t>(1, m_size / kSearchHubSample);
        std::vector<std::size_t> sample;
        for (std::size_t k = step / 2; k < m_size; k += step) {
            sample.push_back(k);
        }
        std::vector<float> x(kFeatureSize);
        std::vector<double> sums(m_padded, 0.0);
        const std::vector<float> zero(m_padded, 0.0f);
        for (const std::size_t s : sample) {
            for (std::size_t d = 0; d < kFeatureSize; ++d) {
                x[d] = m_features[d * m_padded + s];
            }
            local_costs(x.data(), m_features.data(), zero.data(), m_padded, m_local.data());
            for (std::size_t k = 0; k < m_size; ++k) {
                sums[k] += m_local[k];
            }
        }
        for (std::size_t k = 0; k < m_size; ++k) {
            m_hubness[k] = static_cast<float>(sums[k] / static_cast<double>(sample.size()));
        }
    }
    // The padding is no frame: it never wins.
    for (std::size_t k = m_size; k < m_padded; ++k) {
        m_hubness[k] = -std::numeric_limits<float>::max() / 4.0f;
    }
    m_cost.assign(m_size, 0.0f);
    m_pending.assign(kFeatureSize, 0.0f);
}

bool ReferenceSearch::observe(std::span<const float> frame)
{
    if (m_size == 0) {
        return false;
    }
    for (std::size_t d = 0; d < kFeatureSize; ++d) {
        m_pending[d] += frame[d];
    }
    if (++m_pending_count < kDecimation) {
        return false;
    }
    for (float& value : m_pending) {
        value /= static_cast<float>(kDecimation);
    }
    local_costs(m_pending.data(), m_features.data(), m_hubness.data(), m_padded, m_local.data());
    std::fill(m_pending.begin(), m_pending.end(), 0.0f);
    m_pending_count = 0;

    // In place, from the end: m_cost[k − 1] and m_cost[k − 2] still hold the last frame's costs.
    const auto forget = static_cast<float>(kForget);
    float least = std::numeric_limits<float>::max();
    std::size_t best = 0;
    for (std::size_t k = m_size; k-- > 0;) {
        float from = m_cost[k] + kStayCost;
        if (k >= 1) {
            from = std::min(from, m_cost[k - 1]);
        }
        if (k >= 2) {
            from = std::min(from, m_cost[k - 2] + kSkipCost);
        }
        const float cost = m_local[k] + forget * from;
        m_cost[k] = cost;
        if (cost <= least) {
            least = cost;
            best = k;
        }
    }
    m_best = best;
    ++m_frames;
    return true;
}

std::size_t ReferenceSearch::best_frame() const
{
    return std::min(m_reference->size() == 0 ? 0 : m_reference->size() - 1, m_best * kDecimation + kDecimation - 1);
}

} // namespace podium
