#include "core/follow/acoustic_tracker.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace podium {

float hub_distance(const ScriptReference& reference, std::size_t j, std::span<const float> frame)
{
    const std::span<const float> r = reference.features(j);
    float sum = 0.0f;
    for (std::size_t k = 0; k < kFeatureSize; ++k) {
        const float d = r[k] - frame[k];
        sum += d * d;
    }
    return std::sqrt(sum) - reference.hubness(j);
}

std::array<double, 3> steps_for_rate(double rate)
{
    constexpr double kOne = 0.4;
    const double two = std::clamp((std::clamp(rate, 0.45, 1.6) - kOne) / 2.0, 0.02, 0.6);
    return {1.0 - kOne - two, kOne, two};
}

AcousticTracker::AcousticTracker(std::shared_ptr<const ScriptReference> reference, AcousticSettings settings)
    : m_reference(std::move(reference))
    , m_settings(settings)
{
    // A reader who stops at reference frame j has just read up to a boundary at or a little
    // after j (the match lags the voice by up to ~0.2 s), or a few frames before it.
    constexpr std::size_t kBefore = 20;
    constexpr std::size_t kAfter = 3;
    const std::size_t n = m_reference->size();
    m_boundary.assign(n, 0);
    for (std::size_t k = 0; k < n; ++k) {
        std::uint8_t kind = 0;
        if (k + 1 >= n || m_reference->sentence(k + 1) != m_reference->sentence(k)) {
            kind = 2;
        } else if (m_reference->pause_after(k) >= 0.1) {
            kind = 1;
        }
        if (kind == 0) {
            continue;
        }
        for (std::size_t j = k > kBefore ? k - kBefore : 0; j <= std::min(n - 1, k + kAfter); ++j) {
            m_boundary[j] = std::max(m_boundary[j], kind);
        }
    }
    anchor(0);
}

double AcousticTracker::pause_log_weight(std::size_t frame, double seconds) const
{
    // Likelihood of a pause of this length per kind of place (knots at 0.25, 0.5 and 1 s,
    // interpolated in log time) — the timing follower's table, softened inside phrases
    // because a reader breathes where the synthetic voice does not pause.
    static constexpr double kKnots[3] = {0.25, 0.5, 1.0};
    static constexpr double kWeight[3][3] = {{1.0, 0.5, 0.15}, {6.0, 8.0, 3.0}, {6.0, 12.0, 25.0}};
    const double* row = kWeight[m_boundary[frame]];
    double weight = row[2];
    if (seconds <= kKnots[0]) {
        weight = row[0];
    } else {
        for (std::size_t i = 1; i < 3; ++i) {
            if (seconds <= kKnots[i]) {
                const double t = std::log(seconds / kKnots[i - 1]) / std::log(kKnots[i] / kKnots[i - 1]);
                weight = std::exp((1.0 - t) * std::log(row[i - 1]) + t * std::log(row[i]));
                break;
            }
        }
    }
    return std::log(weight);
}

void AcousticTracker::pause(double seconds)
{
    if (seconds < 0.25 || m_alpha.empty()) {
        return; // stops and closures inside words say nothing
    }
    double total = 0.0;
    for (std::size_t i = 0; i < m_alpha.size(); ++i) {
        m_alpha[i] *= std::exp(pause_log_weight(m_first + i, seconds));
        total += m_alpha[i];
    }
    if (total > 0.0) {
        for (double& value : m_alpha) {
            value /= total;
        }
    }
}

void AcousticTracker::anchor(std::size_t reference_frame)
{
    const std::size_t n = m_reference->size();
    m_best = n == 0 ? 0 : std::min(reference_frame, n - 1);
    place_window(m_best);
    std::fill(m_alpha.begin(), m_alpha.end(), 0.0);
    if (!m_alpha.empty()) {
        m_alpha[m_best - m_first] = 1.0;
    }
}

void AcousticTracker::place_window(std::size_t centre)
{
    const std::size_t n = m_reference->size();
    m_first = centre > m_settings.behind ? centre - m_settings.behind : 0;
    const std::size_t last = std::min(n, centre + m_settings.ahead);
    m_alpha.assign(last > m_first ? last - m_first : 0, 0.0);
}

void AcousticTracker::observe(std::span<const float> frame)
{
    if (m_alpha.empty()) {
        return;
    }
    const std::size_t width = m_alpha.size();
    m_emission.resize(width);
    m_emission_first = m_first;
    float top = -1e30f;
    for (std::size_t i = 0; i < width; ++i) {
        m_emission[i] = static_cast<float>(-hub_distance(*m_reference, m_first + i, frame) / m_settings.temperature);
        top = std::max(top, m_emission[i]);
    }
    m_next.assign(width, 0.0);
    const auto& p = m_settings.steps;
    const double keep = 1.0 - m_settings.reentry;
    const double spread = m_settings.reentry / static_cast<double>(width);
    double total = 0.0;
    for (std::size_t i = 0; i < width; ++i) {
        double prior = p[0] * m_alpha[i];
        if (i >= 1) {
            prior += p[1] * m_alpha[i - 1];
        }
        if (i >= 2) {
            prior += p[2] * m_alpha[i - 2];
        }
        const double value = (keep * prior + spread) * std::exp(static_cast<double>(m_emission[i] - top));
        m_next[i] = value;
        total += value;
    }
    for (std::size_t i = 0; i < width; ++i) {
        m_next[i] /= total;
    }
    // The position is where most belief lies within ±kRegion frames, not the single likeliest
    // frame: a lone frame that happens to match well somewhere ahead does not move the line.
    const std::size_t region = m_settings.region;
    double mass = 0.0;
    for (std::size_t i = 0; i < std::min(width, region + 1); ++i) {
        mass += m_next[i];
    }
    std::size_t best = 0;
    double best_mass = -1.0;
    for (std::size_t i = 0; i < width; ++i) {
        // mass = sum of m_next over [i − region, i + region]
        if (mass > best_mass * (1.0 + 1e-12)) {
            best_mass = mass;
            best = i;
        }
        if (i + region + 1 < width) {
            mass += m_next[i + region + 1];
        }
        if (i >= region) {
            mass -= m_next[i - region];
        }
    }
    // Within the best region, its likeliest frame.
    {
        const std::size_t from = best > region ? best - region : 0;
        const std::size_t to = std::min(width, best + region + 1);
        std::size_t peak = from;
        for (std::size_t i = from; i < to; ++i) {
            if (m_next[i] > m_next[peak]) {
                peak = i;
            }
        }
        best = peak;
    }
    m_best = m_first + best;
    m_match[m_observed % m_match.size()] = -m_emission[best] * m_settings.temperature;
    m_match_sum += m_match[m_observed % m_match.size()];
    ++m_observed;
    // Move the window with the position, carrying the belief that stays inside it.
    const std::size_t old_first = m_first;
    place_window(m_best);
    for (std::size_t i = 0; i < m_alpha.size(); ++i) {
        const std::size_t j = m_first + i;
        if (j >= old_first && j - old_first < width) {
            m_alpha[i] = m_next[j - old_first];
        }
    }
    const double kept = std::accumulate(m_alpha.begin(), m_alpha.end(), 0.0);
    if (kept > 0.0) {
        for (double& value : m_alpha) {
            value /= kept;
        }
    } else {
        m_alpha[m_best - m_first] = 1.0;
    }
}

double AcousticTracker::recent_match() const
{
    const std::size_t count = std::min(m_observed, m_match.size());
    if (count == 0) {
        return 0.0;
    }
    double sum = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        sum += m_match[i];
    }
    return sum / static_cast<double>(count);
}

} // namespace podium
