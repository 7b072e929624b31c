#include "core/follow/offline_aligner.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace podium {

namespace {

constexpr float kImpossible = -std::numeric_limits<float>::infinity();
constexpr std::uint8_t kJump = 3;

// Backpointers, two bits a state: 0–2 reference frames advanced, or a jump from the previous
// frame's best state.
class Backpointers {
public:
    void start_frame(std::size_t first, std::size_t width)
    {
        m_first.push_back(first);
        m_offset.push_back(m_bits.size() * 4);
        m_bits.resize(m_bits.size() + (width + 3) / 4 + 1, 0);
    }
    void set(std::size_t state, std::uint8_t value)
    {
        const std::size_t bit = m_offset.back() + (state - m_first.back());
        m_bits[bit / 4] = static_cast<std::uint8_t>(m_bits[bit / 4] | (value << (2 * (bit % 4))));
    }
    [[nodiscard]] std::uint8_t get(std::size_t frame, std::size_t state) const
    {
        const std::size_t bit = m_offset[frame] + (state - m_first[frame]);
        return static_cast<std::uint8_t>((m_bits[bit / 4] >> (2 * (bit % 4))) & 3u);
    }

private:
    std::vector<std::uint8_t> m_bits;
    std::vector<std::size_t> m_first;
    std::vector<std::size_t> m_offset; // in 2-bit units
};

FeatureStats voiced_stats(std::span<const FeatureFrame> frames, const std::vector<bool>& voiced)
{
    FeatureStats stats;
    std::array<double, kFeatureSize> sum{};
    std::array<double, kFeatureSize> squares{};
    double count = 0.0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (!voiced[i]) {
            continue;
        }
        for (std::size_t k = 0; k < kFeatureSize; ++k) {
            sum[k] += frames[i].features[k];
            squares[k] += static_cast<double>(frames[i].features[k]) * frames[i].features[k];
        }
        count += 1.0;
    }
    for (std::size_t k = 0; k < kFeatureSize; ++k) {
        const double mean = count > 0.0 ? sum[k] / count : 0.0;
        const double variance = count > 0.0 ? squares[k] / count - mean * mean : 1.0;
        stats.mean[k] = static_cast<float>(mean);
        stats.deviation[k] = static_cast<float>(std::sqrt(std::max(variance, 1e-6)));
    }
    return stats;
}

} // namespace

ScriptAlignment align_recording(std::shared_ptr<const ScriptReference> reference, std::span<const FeatureFrame> frames,
    const std::vector<bool>& voiced, AcousticSettings settings)
{
    ScriptAlignment alignment;
    alignment.duration = static_cast<double>(frames.size()) * 0.01;
    if (!reference || reference->empty() || voiced.size() != frames.size()) {
        return alignment;
    }
    const FeatureStats stats = voiced_stats(frames, voiced);
    AcousticTracker tracker(reference, settings);
    const std::array<float, 3> step_log{static_cast<float>(std::log(settings.steps[0] * (1.0 - settings.reentry))),
        static_cast<float>(std::log(settings.steps[1] * (1.0 - settings.reentry))),
        static_cast<float>(std::log(settings.steps[2] * (1.0 - settings.reentry)))};

    Backpointers back;
    std::vector<std::size_t> frame_of;     // recording frame of each voiced step
    std::vector<std::size_t> best_of;      // the best state after each voiced step
    std::vector<float> previous;           // δ over the previous window
    std::size_t previous_first = 0;
    std::vector<float> current;
    // Before the first frame the reader is at the start of the script.
    previous.assign(1, 0.0f);
    float previous_best_score = 0.0f;
    std::size_t previous_best = 0;
    FeatureVector normalised;
    std::size_t silent = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (!voiced[i]) {
            ++silent;
            continue;
        }
        const double paused = static_cast<double>(silent) * 0.01;
        silent = 0;
        if (paused >= 0.25) {
            tracker.pause(paused);
            for (std::size_t w = 0; w < previous.size(); ++w) {
                if (previous[w] > kImpossible) {
                    previous[w] += static_cast<float>(tracker.pause_log_weight(previous_first + w, paused));
                }
            }
        }
        for (std::size_t k = 0; k < kFeatureSize; ++k) {
            normalised[k] = (frames[i].features[k] - stats.mean[k]) / stats.deviation[k];
        }
        tracker.observe(normalised);
        const std::span<const float> emission = tracker.last_emission();
        const std::size_t first = tracker.last_emission_first();
        const float jump = static_cast<float>(std::log(settings.reentry / static_cast<double>(emission.size())));
        back.start_frame(first, emission.size());
        current.assign(emission.size(), kImpossible);
        const auto before = [&](std::size_t state, std::size_t steps) {
            if (state < steps || state - steps < previous_first || state - steps >= previous_first + previous.size()) {
                return kImpossible;
            }
            return previous[state - steps - previous_first];
        };
        std::size_t best = first;
        float best_score = kImpossible;
        for (std::size_t w = 0; w < emission.size(); ++w) {
            const std::size_t state = first + w;
            float score = previous_best_score + jump;
            std::uint8_t from = kJump;
            for (std::uint8_t s = 0; s < 3; ++s) {
                const float candidate = before(state, s) + step_log[s];
                if (candidate > score) {
                    score = candidate;
                    from = s;
                }
            }
            score += emission[w];
            current[w] = score;
            back.set(state, from);
            if (score > best_score) {
                best_score = score;
                best = state;
            }
        }
        // Keep the scores bounded: only differences matter.
        for (float& value : current) {
            value -= best_score;
        }
        previous.swap(current);
        previous_first = first;
        previous_best_score = 0.0f;
        previous_best = best;
        frame_of.push_back(i);
        best_of.push_back(best);
    }
    if (frame_of.empty()) {
        return alignment;
    }
    // Trace the path back from the best final state.
    std::vector<std::size_t> path(frame_of.size());
    std::size_t state = previous_best;
    for (std::size_t t = frame_of.size(); t-- > 0;) {
        path[t] = state;
        if (t == 0) {
            break;
        }
        const std::uint8_t from = back.get(t, state);
        state = from == kJump ? best_of[t - 1] : state - from;
    }
    for (std::size_t t = 0; t < path.size(); ++t) {
        const std::size_t sentence = reference->sentence(path[t]);
        const double start = static_cast<double>(frame_of[t]) * 0.01;
        if (!alignment.spans.empty() && alignment.spans.back().sentence == sentence) {
            alignment.spans.back().end = start + 0.01;
        } else {
            alignment.spans.push_back({sentence, start, start + 0.01});
        }
    }
    return alignment;
}

} // namespace podium
