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

// A reader who stops at reference frame j has just read up to a boundary at or a little after
// j (the match lags the voice by up to ~0.2 s), or a few frames before it: a pause weighs those
// frames as the boundary's, and belief on the frames before it counts as having finished the
// phrase (see AcousticTracker::pause()).
constexpr std::size_t kBoundaryBefore = 20;
constexpr std::size_t kBoundaryAfter = 3;

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
    const std::size_t n = m_reference->size();
    m_boundary.assign(n, 0);
    m_phrase_end.assign(n, 0);
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
        m_phrase_end[k] = 1;
        for (std::size_t j = k > kBoundaryBefore ? k - kBoundaryBefore : 0; j <= std::min(n - 1, k + kBoundaryAfter); ++j) {
            m_boundary[j] = std::max(m_boundary[j], kind);
        }
    }
    // Readers lengthen the last syllable before a pause (phrase-final lengthening) far more
    // than eSpeak does: the last frames of a phrase may hold for a while, or the belief runs on
    // into the next phrase while the reader is still finishing this one, loses, and the line
    // falls back to an earlier place that happens to sound alike.
    constexpr double kDwellLast = 0.9;  // on the phrase's last frame
    constexpr double kDwellNear = 0.3;  // on the kNear frames before it
    constexpr std::size_t kNear = 10;
    m_dwell.assign(n, 0.0f);
    for (std::size_t k = 0; k < n; ++k) {
        if (m_phrase_end[k] == 0) {
            continue;
        }
        m_dwell[k] = static_cast<float>(kDwellLast);
        for (std::size_t j = k > kNear ? k - kNear : 0; j < k; ++j) {
            m_dwell[j] = std::max(m_dwell[j], static_cast<float>(kDwellNear));
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

double AcousticTracker::pause_lookahead(double seconds) const
{
    if (seconds < m_settings.lookahead_min_pause) {
        return 0.0; // a short pause confirms a boundary where the belief is; it does not jump ahead
    }
    // From 1 s, where a pause inside a phrase has become unlikely (see pause_log_weight()).
    constexpr double kLong = 1.0;
    return seconds >= kLong ? m_settings.pause_lookahead_long : m_settings.pause_lookahead;
}

void AcousticTracker::pause(double seconds)
{
    if (seconds < m_settings.min_pause || m_alpha.empty()) {
        return; // stops and closures inside words say nothing
    }
    // A reader who pauses may be further on than the belief: a pause is likeliest where the
    // reference pauses, so a little of each frame's belief is offered to the next phrase end
    // ahead (within a few seconds of reference); the pause weights below and the sound that
    // follows decide whether the reader really was there. Without this a tracker that fell
    // behind (a noisy room, a lengthened ending) stays behind through the very pause that
    // says where the reader is.
    const double lookahead = pause_lookahead(seconds);
    if (lookahead > 0.0) {
        for (std::size_t k = 0; k < kRates.size(); ++k) {
            double* row = m_alpha.data() + k * m_width;
            std::size_t end = m_width;  // the next phrase end at or after i
            double carried = 0.0;
            for (std::size_t i = m_width; i-- > 0;) {
                if (m_phrase_end[m_first + i] != 0) {
                    if (end < m_width) {
                        row[end] += carried;
                    }
                    end = i;
                    carried = 0.0;
                }
                if (end < m_width && end - i <= m_settings.lookahead_frames) {
                    const double offered = lookahead * row[i];
                    row[i] -= offered;
                    carried += offered;
                }
            }
            if (end < m_width) {
                row[end] += carried;
            }
        }
    }
    // A reader who paused after the last syllable of a phrase has finished it: belief that
    // was lingering on a phrase's last frames (see m_dwell) moves on to the next phrase's start.
    // As many frames as the pause weights below count as the boundary's (kBoundaryBefore):
    // belief a little behind the phrase end (a noisy room, a lengthened ending) otherwise stays
    // there through the pause and then has to walk through the phrase end's dwell once the
    // reader goes on (the line reached the next sentence 0.3–0.9 s late).
    for (std::size_t i = 0; i + 1 < m_width; ++i) {
        if (m_phrase_end[m_first + i] == 0) {
            continue;
        }
        const std::size_t from = i > kBoundaryBefore ? i - kBoundaryBefore : 0;
        for (std::size_t k = 0; k < kRates.size(); ++k) {
            double* row = m_alpha.data() + k * m_width;
            double moved = 0.0;
            for (std::size_t j = from; j <= i; ++j) {
                moved += row[j];
                row[j] = 0.0;
            }
            row[i + 1] += moved;
        }
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
        m_log_likelihood += std::log(total);
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
    // when the sound says nothing (switches toward it are likelier than away from it), and
    // may weigh each pace a little every frame (AcousticSettings::pace_prior, off by default),
    // so a hump of belief at a pace far from the reader's fades over seconds; the sound still
    // decides where the tracker is.
    constexpr double kSpread = 0.3;
    const double centre = std::log(std::clamp(rate, kRates.front(), kRates.back()));
    std::array<double, kRates.size()> prior{};
    for (std::size_t k = 0; k < kRates.size(); ++k) {
        const double z = (std::log(kRates[k]) - centre) / kSpread;
        prior[k] = std::exp(-0.5 * z * z);
    }
    for (std::size_t k = 0; k < kRates.size(); ++k) {
        m_pace_weight[k] = std::pow(prior[k], m_settings.pace_prior);
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

void AcousticTracker::anchor_region(std::size_t first, std::size_t last)
{
    const std::size_t n = m_reference->size();
    if (n == 0) {
        return;
    }
    last = std::clamp(last, std::size_t{1}, n);
    first = std::min(first, last - 1);
    // The window behind the region's end reaches 3 s back: a region longer than that is cut.
    m_best = last - 1;
    place_window(m_best);
    std::fill(m_alpha.begin(), m_alpha.end(), 0.0);
    first = std::max(first, m_first);
    const double share = 1.0 / static_cast<double>(last - first);
    for (std::size_t k = 0; k < kRates.size(); ++k) {
        for (std::size_t j = first; j < last; ++j) {
            m_alpha[k * m_width + (j - m_first)] = m_rate_belief[k] * share;
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
        const double pace_weight = m_pace_weight[k];
        // Carried from the frames before: at(j) × the probability that j steps here.
        double one_from_1 = 0.0;  // one step from i − 1
        double two_from_2 = 0.0;  // two steps from i − 2
        double two_from_1 = 0.0;  // two steps from i − 1 (lands on i + 1)
        const float* dwell = m_dwell.data() + m_first;
        for (std::size_t i = 0; i < width; ++i) {
            const double now = at(i);
            const double d = dwell[i];
            const double prior = (d + (1.0 - d) * p[0]) * now + one_from_1 + two_from_2;
            const double value = (keep * prior + spread) * m_marginal[i] * pace_weight;
            out[i] = value;
            total += value;
            two_from_2 = two_from_1;
            two_from_1 = (1.0 - d) * p[2] * now;
            one_from_1 = (1.0 - d) * p[1] * now;
        }
    }
    m_log_likelihood += std::log(total) + static_cast<double>(top);
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
    // Hysteresis: the position leaves the region it was in only for one with clearly more
    // belief (a phrase that recurs within the window makes the posterior two-humped; without
    // this the line jumps between the humps).
    if (m_observed > 0 && m_best >= m_first && m_best < m_first + width && m_settings.stay_factor > 1.0) {
        const std::size_t previous = m_best - m_first;
        const std::size_t from = previous > region ? previous - region : 0;
        const std::size_t to = std::min(width, previous + region + 3);
        double here = 0.0;
        for (std::size_t i = from; i < to; ++i) {
            here += post[i];
        }
        if (best_mass < m_settings.stay_factor * here) {
            best = std::min(previous + 1, width - 1);
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
