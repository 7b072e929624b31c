// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/script_aligner.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace podium {

namespace {

constexpr double kPrune = 1e-7;           // positions below this share of the maximum drop out
constexpr double kLearnMemory = 150.0;    // syllables: the rate follows the last ~150 syllables
constexpr double kPriorSyllables = 12.0;  // weight of the initial rates
constexpr double kCautiousShare = 0.35;   // see cautious_position()
constexpr double kCrossMargin = 4.0;      // syllables past a sentence end, at least, before crossing it mid-burst
// The line starts moving once a burst has been voiced this long: a cough, a click or a
// "hm" never moves it, and speech still moves it within 0.3 s of its start.
constexpr double kMoveAfterSeconds = 0.18;

// Pause likelihood per grid position, by boundary and pause length (knots at 0.2, 0.5, 1 s;
// interpolated in log time). A position inside a clause is one of many, a clause end is one.
struct PauseRow {
    std::array<double, 3> weight;
};
constexpr std::array<double, 3> kPauseKnots{0.2, 0.5, 1.0};
constexpr PauseRow kInside{{1.0, 0.3, 0.05}};
constexpr PauseRow kClause{{6.0, 8.0, 3.0}};
constexpr PauseRow kSentence{{6.0, 12.0, 25.0}};
constexpr PauseRow kParagraph{{6.0, 14.0, 30.0}};

const PauseRow& row_for(FollowBoundary boundary)
{
    switch (boundary) {
    case FollowBoundary::None: return kInside;
    case FollowBoundary::Clause: return kClause;
    case FollowBoundary::Sentence: return kSentence;
    case FollowBoundary::Paragraph:
    case FollowBoundary::Section: return kParagraph;
    }
    return kInside;
}

double pause_weight(FollowBoundary boundary, double seconds)
{
    const PauseRow& row = row_for(boundary);
    if (seconds <= kPauseKnots[0]) {
        return row.weight[0];
    }
    for (std::size_t i = 1; i < kPauseKnots.size(); ++i) {
        if (seconds <= kPauseKnots[i]) {
            const double t = std::log(seconds / kPauseKnots[i - 1]) / std::log(kPauseKnots[i] / kPauseKnots[i - 1]);
            return std::exp((1.0 - t) * std::log(row.weight[i - 1]) + t * std::log(row.weight[i]));
        }
    }
    return row.weight.back();
}

// Reading on through a clause or sentence end without pausing there is possible (a fluent
// speaker runs clauses together) but less likely than stopping at it.
double crossing_factor(FollowBoundary boundary)
{
    switch (boundary) {
    case FollowBoundary::None: return 1.0;
    case FollowBoundary::Clause: return 0.85; // a fast reader's comma pause is shorter than the hangover
    case FollowBoundary::Sentence: return 0.4;
    case FollowBoundary::Paragraph:
    case FollowBoundary::Section: return 0.25;
    }
    return 1.0;
}

// How likely a burst of `nuclei` nuclei lasting `seconds` covers `syllables` script syllables.
// `spread` is the relative error of the rates (larger while they are still being learnt).
double burst_likelihood(double syllables, double nuclei, double seconds, const FollowRates& rates, double spread)
{
    const double expected_nuclei = rates.nuclei_per_syllable * syllables;
    const double nuclei_variance = 1.0 + spread * spread * expected_nuclei * expected_nuclei;
    const double from_duration = rates.syllables_per_second * seconds;
    const double duration_variance = 1.5 + spread * spread * syllables * syllables;
    const double log_likelihood = -0.5
        * ((nuclei - expected_nuclei) * (nuclei - expected_nuclei) / nuclei_variance
            + (from_duration - syllables) * (from_duration - syllables) / duration_variance);
    double likelihood = std::exp(log_likelihood);
    if (syllables == 0.0) {
        // A cough, a click, a chair: short bursts are often not speech at all.
        // A second of sound or more is speech, however badly it matches.
        const double noise = seconds < 0.25 ? 0.5 : seconds < 0.6 ? 0.1 : seconds < 1.0 ? 0.01 : 0.0;
        likelihood = std::max(likelihood, noise);
    }
    return likelihood;
}

} // namespace

ScriptAligner::ScriptAligner(ScriptSyllables syllables, FollowRates initial)
    : m_syllables(std::move(syllables))
    , m_rates(initial)
    , m_alpha(m_syllables.total() + 1, 0.0)
    , m_learnt_nuclei(kPriorSyllables * initial.nuclei_per_syllable)
    , m_learnt_syllables(kPriorSyllables)
    , m_learnt_seconds(kPriorSyllables / initial.syllables_per_second)
{
    m_alpha[0] = 1.0;
    m_before_pause = m_alpha;
    m_crossing.assign(m_alpha.size(), 0.0);
    double sum = 0.0;
    for (std::size_t p = 0; p < m_crossing.size(); ++p) {
        sum += std::log(crossing_factor(m_syllables.boundary_at(p)));
        m_crossing[p] = sum;
    }
}

void ScriptAligner::update(const VoiceFrame& frame)
{
    m_hop_seconds = std::max(1e-4, frame.time - m_last_time);
    m_last_time = frame.time;
    if (frame.speaking) {
        if (!m_in_burst) {
            start_burst();
        }
        m_burst_seconds += frame.voiced ? m_hop_seconds : 0.0;
        m_burst_nuclei += frame.nucleus ? 1.0 : 0.0;
        m_display = std::max(m_display, live_position());
        return;
    }
    if (m_in_burst) {
        // The hop that ends speech may confirm the burst's last nucleus.
        m_burst_nuclei += frame.nucleus ? 1.0 : 0.0;
        end_burst();
    }
    m_pause_seconds += m_hop_seconds;
}

void ScriptAligner::start_burst()
{
    if (m_after_burst) {
        // The pause is over and its length known: settle the previous burst for good.
        apply_pause(m_pause_seconds);
        learn();
        m_after_burst = false;
    }
    m_in_burst = true;
    m_burst_start = m_base;
    m_burst_nuclei = 0.0;
    m_burst_seconds = 0.0;
}

void ScriptAligner::end_burst()
{
    m_in_burst = false;
    const std::size_t total = m_syllables.total();
    std::size_t low = total;
    std::size_t high = 0;
    const double peak = *std::max_element(m_alpha.begin(), m_alpha.end());
    for (std::size_t p = 0; p <= total; ++p) {
        if (m_alpha[p] > kPrune * peak) {
            low = std::min(low, p);
            high = p;
        }
    }
    const double expected = std::max(m_rates.syllables_per_second * m_burst_seconds,
        m_burst_nuclei / m_rates.nuclei_per_syllable);
    const auto reach = static_cast<std::size_t>(std::ceil(2.5 * expected + 12.0));
    const double spread = 0.2 + 0.3 * 20.0 / (20.0 + m_learnt_total);
    std::vector<double> likelihood(reach + 1);
    for (std::size_t s = 0; s <= reach; ++s) {
        likelihood[s] = burst_likelihood(static_cast<double>(s), m_burst_nuclei, m_burst_seconds, m_rates, spread);
    }
    std::fill(m_before_pause.begin(), m_before_pause.end(), 0.0);
    for (std::size_t from = low; from <= high; ++from) {
        const double weight = m_alpha[from];
        if (weight <= kPrune * peak) {
            continue;
        }
        // Reading past the end of the script is not possible: that mass is dropped.
        for (std::size_t s = 0; s <= reach && from + s <= total; ++s) {
            const std::size_t to = from + s;
            // Boundaries strictly between `from` and `to` were read through without a pause.
            const double crossed = to > from + 1 ? m_crossing[to - 1] - m_crossing[from] : 0.0;
            m_before_pause[to] += weight * likelihood[s] * std::exp(crossed);
        }
    }
    m_after_burst = true;
    m_pause_seconds = 0.0;
    // The pause has just begun: settle on the likeliest clause end for a short pause now, so the
    // line stops there; apply_pause() refines with the pause's real length when speech resumes.
    apply_pause(0.2);
    m_display = std::max(m_display, static_cast<double>(m_base));
}

void ScriptAligner::apply_pause(double seconds)
{
    const std::array<double, 5> weight{pause_weight(FollowBoundary::None, seconds),
        pause_weight(FollowBoundary::Clause, seconds), pause_weight(FollowBoundary::Sentence, seconds),
        pause_weight(FollowBoundary::Paragraph, seconds), pause_weight(FollowBoundary::Section, seconds)};
    double sum = 0.0;
    for (std::size_t p = 0; p < m_alpha.size(); ++p) {
        m_alpha[p] = m_before_pause[p] * weight[static_cast<std::size_t>(m_syllables.boundary_at(p))];
        sum += m_alpha[p];
    }
    if (sum <= 0.0 || !std::isfinite(sum)) {
        // Nothing in the script explains this burst (it ran past the end): stay where we were.
        std::fill(m_alpha.begin(), m_alpha.end(), 0.0);
        m_alpha[m_base] = 1.0;
        return;
    }
    for (double& value : m_alpha) {
        value /= sum;
    }
    m_base = cautious_position();
}

void ScriptAligner::learn()
{
    // Learn only from whole sentences that ended in a clear pause with a confident alignment:
    // the rates then come from stretches whose length the script knows, not from the aligner's
    // own guesses inside a sentence (which would feed back into themselves).
    m_segment_nuclei += m_burst_nuclei;
    m_segment_seconds += m_burst_seconds;
    const FollowBoundary boundary = m_syllables.boundary_at(m_base);
    const bool sentence_end = boundary == FollowBoundary::Sentence || boundary == FollowBoundary::Paragraph
        || boundary == FollowBoundary::Section;
    if (!sentence_end || m_pause_seconds < 0.3 || m_alpha[m_base] < 0.5) {
        return;
    }
    const std::size_t from = m_segment_start;
    const double nuclei = m_segment_nuclei;
    const double seconds = m_segment_seconds;
    m_segment_start = m_base;
    m_segment_nuclei = 0.0;
    m_segment_seconds = 0.0;
    if (m_base <= from + 2 || seconds < 0.5) {
        return;
    }
    const double syllables = static_cast<double>(m_base - from);
    // A stretch far off the rates learnt so far is more likely a misalignment than a change of
    // pace: skip it (while the rates are still the initial guess, allow more).
    const double tolerance = m_learnt_total < 40.0 ? 2.0 : 1.5;
    const double nuclei_ratio = (nuclei / syllables) / m_rates.nuclei_per_syllable;
    const double rate_ratio = (syllables / seconds) / m_rates.syllables_per_second;
    if (nuclei_ratio > tolerance || nuclei_ratio < 1.0 / tolerance || rate_ratio > tolerance || rate_ratio < 1.0 / tolerance) {
        return;
    }
    const double keep = std::exp(-syllables / kLearnMemory);
    m_learnt_nuclei = keep * m_learnt_nuclei + nuclei;
    m_learnt_syllables = keep * m_learnt_syllables + syllables;
    m_learnt_seconds = keep * m_learnt_seconds + seconds;
    m_learnt_total += syllables;
    m_rates.nuclei_per_syllable = std::clamp(m_learnt_nuclei / m_learnt_syllables, 0.5, 1.8);
    m_rates.syllables_per_second = std::clamp(m_learnt_syllables / m_learnt_seconds, 2.0, 9.0);
}

double ScriptAligner::live_position() const
{
    if (m_burst_seconds < kMoveAfterSeconds) {
        return static_cast<double>(m_base);
    }
    // The more cautious of the two estimates: running ahead is worse than lagging, because the
    // line never goes back by itself while the next pause moves it forward to where it belongs.
    // Half a syllable at least, so the line visibly moves as soon as speech is certain.
    const double from_nuclei = m_burst_nuclei / m_rates.nuclei_per_syllable;
    const double from_duration = m_burst_seconds * m_rates.syllables_per_second;
    const double base = static_cast<double>(m_base);
    double live = base + std::max(0.5, std::min(from_nuclei, from_duration));
    // Speakers pause at sentence ends: hold at the end of each sentence until the evidence is
    // well past it (a third of the sentence), rather than running ahead into the next one.
    std::size_t sentence = m_syllables.sentence_at(base + 0.5);
    while (sentence < m_syllables.sentence_count()) {
        const auto start = static_cast<double>(m_syllables.sentence_start(sentence));
        const auto end = static_cast<double>(m_syllables.sentence_end(sentence));
        if (live <= end) {
            break;
        }
        if (live < end + std::max(kCrossMargin, 0.3 * (end - start))) {
            live = end;
            break;
        }
        ++sentence;
    }
    return std::min(live, static_cast<double>(m_syllables.total()));
}

std::size_t ScriptAligner::cautious_position() const
{
    // Not the likeliest position but the one with kCautiousShare of the belief before it: when
    // the evidence is torn between this clause end and the next sentence's, the line waits at
    // the nearer one rather than running ahead (it never comes back by itself).
    double sum = 0.0;
    for (std::size_t p = 0; p < m_alpha.size(); ++p) {
        sum += m_alpha[p];
        if (sum >= kCautiousShare) {
            return p;
        }
    }
    return m_alpha.size() - 1;
}

void ScriptAligner::anchor(std::size_t sentence)
{
    const std::size_t start = m_syllables.sentence_start(std::min(sentence, m_syllables.sentence_count()));
    std::fill(m_alpha.begin(), m_alpha.end(), 0.0);
    m_alpha[start] = 1.0;
    m_before_pause = m_alpha;
    m_base = start;
    m_burst_start = start;
    m_segment_start = start;
    m_segment_nuclei = 0.0;
    m_segment_seconds = 0.0;
    m_after_burst = false;
    m_burst_nuclei = 0.0;
    m_burst_seconds = 0.0;
    // Just inside the sentence, so the reading line shows it rather than the one it follows.
    m_display = std::min(static_cast<double>(start) + 0.01, static_cast<double>(m_syllables.total()));
}

} // namespace podium
