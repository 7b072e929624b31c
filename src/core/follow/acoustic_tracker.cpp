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

namespace {

// Steps 0, 1, 2 with mean `rate` and a little more spread than the least possible, so a pace
// also absorbs the reader's local stretching of vowels and pauses.
std::array<double, 3> pace_steps(double rate)
{
    constexpr double kExtraVariance = 0.1;
    const double least = rate <= 1.0 ? rate * (1.0 - rate) : (rate - 1.0) * (2.0 - rate);
    const double variance = least + kExtraVariance;
    const double two = std::clamp((variance + rate * rate - rate) / 2.0, 0.0, 1.0);
    const double one = std::clamp(rate - 2.0 * two, 0.0, 1.0);
    return {std::max(0.0, 1.0 - one - two), one, two};
}

} // namespace

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
    for (std::size_t k = 0; k < kRates.size(); ++k) {
        m_rate_steps[k] = pace_steps(kRates[k]);
        m_rate_belief[k] = 1.0 / static_cast<double>(kRates.size());
    }
    set_pace_prior(1.0);
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
    for (std::size_t i = 0; i < m_width; ++i) {
        const double weight = std::exp(pause_log_weight(m_first + i, seconds));
        for (std::size_t k = 0; k < kRates.size(); ++k) {
            m_alpha[k * m_width + i] *= weight;
            total += m_alpha[k * m_width + i];
        }
    }
    if (total > 0.0) {
        for (double& value : m_alpha) {
            value /= total;
        }
    }
}

void AcousticTracker::set_rate(double rate)
{
    set_pace_prior(rate);
    m_settings.steps = steps_for_rate(rate);
}

void AcousticTracker::set_pace_prior(double rate)
{
    // The measured pace is a broad prior (σ ≈ 35% either way): it sets where the pace drifts
    // when the sound says nothing (switches toward it are likelier than away from it), never
    // where the tracker is.
    constexpr double kSpread = 0.3;
    const double centre = std::log(std::clamp(rate, kRates.front(), kRates.back()));
    std::array<double, kRates.size()> prior{};
    for (std::size_t k = 0; k < kRates.size(); ++k) {
        const double z = (std::log(kRates[k]) - centre) / kSpread;
        prior[k] = std::exp(-0.5 * z * z);
    }
    for (std::size_t k = 0; k < kRates.size(); ++k) {
        m_switch_up[k] = k + 1 < kRates.size() ? 0.5 * m_settings.rate_switch * std::min(1.0, prior[k + 1] / prior[k]) : 0.0;
        m_switch_down[k] = k > 0 ? 0.5 * m_settings.rate_switch * std::min(1.0, prior[k - 1] / prior[k]) : 0.0;
    }
}

double AcousticTracker::rate() const
{
    double mean = 0.0;
    for (std::size_t k = 0; k < kRates.size(); ++k) {
        mean += m_rate_belief[k] * kRates[k];
    }
    return mean;
}

void AcousticTracker::anchor(std::size_t reference_frame)
{
    const std::size_t n = m_reference->size();
    m_best = n == 0 ? 0 : std::min(reference_frame, n - 1);
    place_window(m_best);
    std::fill(m_alpha.begin(), m_alpha.end(), 0.0);
    if (m_width > 0) {
        // A key moves the place, not the reader's pace.
        for (std::size_t k = 0; k < kRates.size(); ++k) {
            m_alpha[k * m_width + (m_best - m_first)] = m_rate_belief[k];
        }
    }
}

void AcousticTracker::place_window(std::size_t centre)
{
    const std::size_t n = m_reference->size();
    m_first = centre > m_settings.behind ? centre - m_settings.behind : 0;
    const std::size_t last = std::min(n, centre + m_settings.ahead);
    m_width = last > m_first ? last - m_first : 0;
    m_alpha.assign(m_width * kRates.size(), 0.0);
}

void AcousticTracker::observe(std::span<const float> frame)
{
    if (m_width == 0) {
        return;
    }
    const std::size_t width = m_width;
    constexpr std::size_t kPaces = kRates.size();
    m_emission.resize(width);
    m_emission_first = m_first;
    float top = -1e30f;
    for (std::size_t i = 0; i < width; ++i) {
        m_emission[i] = static_cast<float>(-hub_distance(*m_reference, m_first + i, frame) / m_settings.temperature);
        top = std::max(top, m_emission[i]);
    }
    // exp() once per frame of the window, shared by every pace.
    m_marginal.resize(width);
    for (std::size_t i = 0; i < width; ++i) {
        m_marginal[i] = std::exp(static_cast<double>(m_emission[i] - top));
    }
    m_next.assign(width * kPaces, 0.0);
    const double keep = 1.0 - m_settings.reentry;
    const double spread = m_settings.reentry / static_cast<double>(width * kPaces);
    double total = 0.0;
    for (std::size_t k = 0; k < kPaces; ++k) {
        const auto& p = m_rate_steps[k];
        const double* here = m_alpha.data() + k * width;
        const double* slower = k > 0 ? m_alpha.data() + (k - 1) * width : nullptr;
        const double* faster = k + 1 < kPaces ? m_alpha.data() + (k + 1) * width : nullptr;
        const double stay = 1.0 - m_switch_up[k] - m_switch_down[k];
        const double from_slower = k > 0 ? m_switch_up[k - 1] : 0.0;
        const double from_faster = k + 1 < kPaces ? m_switch_down[k + 1] : 0.0;
        // The belief at pace k after a possible change of pace, at frame i.
        const auto at = [&](std::size_t i) {
            double value = stay * here[i];
            if (slower != nullptr) {
                value += from_slower * slower[i];
            }
            if (faster != nullptr) {
                value += from_faster * faster[i];
            }
            return value;
        };
        double* out = m_next.data() + k * width;
        double before1 = 0.0;  // at(i − 1)
        double before2 = 0.0;  // at(i − 2)
        for (std::size_t i = 0; i < width; ++i) {
            const double now = at(i);
            const double prior = p[0] * now + p[1] * before1 + p[2] * before2;
            const double value = (keep * prior + spread) * m_marginal[i];
            out[i] = value;
            total += value;
            before2 = before1;
            before1 = now;
        }
    }
    for (double& value : m_next) {
        value /= total;
    }
    std::fill(m_marginal.begin(), m_marginal.end(), 0.0);
    for (std::size_t k = 0; k < kPaces; ++k) {
        double pace = 0.0;
        for (std::size_t i = 0; i < width; ++i) {
            m_marginal[i] += m_next[k * width + i];
            pace += m_next[k * width + i];
        }
        m_rate_belief[k] = pace;
    }
    // The position is where most belief lies within ±kRegion frames, not the single likeliest
    // frame: a lone frame that happens to match well somewhere ahead does not move the line.
    const std::vector<double>& post = m_marginal;
    const std::size_t region = m_settings.region;
    double mass = 0.0;
    for (std::size_t i = 0; i < std::min(width, region + 1); ++i) {
        mass += post[i];
    }
    std::size_t best = 0;
    double best_mass = -1.0;
    for (std::size_t i = 0; i < width; ++i) {
        // mass = sum of post over [i − region, i + region]
        if (mass > best_mass * (1.0 + 1e-12)) {
            best_mass = mass;
            best = i;
        }
        if (i + region + 1 < width) {
            mass += post[i + region + 1];
        }
        if (i >= region) {
            mass -= post[i - region];
        }
    }
    // Within the best region, its likeliest frame.
    {
        const std::size_t from = best > region ? best - region : 0;
        const std::size_t to = std::min(width, best + region + 1);
        std::size_t peak = from;
        for (std::size_t i = from; i < to; ++i) {
            if (post[i] > post[peak]) {
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
    double kept = 0.0;
    for (std::size_t i = 0; i < m_width; ++i) {
        const std::size_t j = m_first + i;
        if (j >= old_first && j - old_first < width) {
            for (std::size_t k = 0; k < kPaces; ++k) {
                m_alpha[k * m_width + i] = m_next[k * width + (j - old_first)];
                kept += m_alpha[k * m_width + i];
            }
        }
    }
    if (kept > 0.0) {
        for (double& value : m_alpha) {
            value /= kept;
        }
    } else {
        for (std::size_t k = 0; k < kPaces; ++k) {
            m_alpha[k * m_width + (m_best - m_first)] = m_rate_belief[k];
        }
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
