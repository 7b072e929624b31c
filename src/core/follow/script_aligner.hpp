// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/follow/script_syllables.hpp"
#include "core/follow/voice_tracker.hpp"

#include <cstddef>
#include <vector>

namespace podium {

// The speaker's rate as the aligner has learnt it.
struct FollowRates {
    double nuclei_per_syllable = 1.0;   // detected nuclei per script syllable
    double syllables_per_second = 4.5;  // script syllables per second of speaking
};

// Aligns the tracker's speech bursts and pauses with the script (an online HMM over syllable
// positions). Between two pauses the speaker reads S syllables; the burst's nucleus count and
// duration are the emission (n ≈ κ·S, d ≈ S/ρ, with κ and ρ learnt as the speech goes on);
// a pause multiplies each position by how likely a pause of that length is there — likely at
// clause ends, more so at sentence and paragraph ends the longer it lasts, unlikely mid-clause.
// So a 5 % rate error does not add up: every pause at a sentence end re-aligns.
// The reading position shown to the speaker moves only while they speak (and once at the start
// of a pause, to settle on the clause end), never backwards by itself; anchor() is the
// speaker's own correction and moves it anywhere.
class ScriptAligner {
public:
    explicit ScriptAligner(ScriptSyllables syllables, FollowRates initial = {});

    void update(const VoiceFrame& frame);
    void anchor(std::size_t sentence);

    // Reading position on the syllable grid (see ScriptSyllables).
    [[nodiscard]] double position() const { return m_display; }
    [[nodiscard]] bool speaking() const { return m_in_burst; }
    [[nodiscard]] const ScriptSyllables& syllables() const { return m_syllables; }
    [[nodiscard]] FollowRates rates() const { return m_rates; }
    // Where the speaker is, from the last pause, erring early (may lag behind position()).
    [[nodiscard]] std::size_t settled_position() const { return m_base; }

private:
    void start_burst();
    void end_burst();
    void apply_pause(double seconds);
    void learn();
    [[nodiscard]] double live_position() const;
    [[nodiscard]] std::size_t cautious_position() const;

    ScriptSyllables m_syllables;
    FollowRates m_rates;
    double m_hop_seconds = 0.01;

    std::vector<double> m_alpha;       // posterior over positions after the last pause
    std::vector<double> m_before_pause; // after the last burst, before pause evidence
    std::size_t m_base = 0;            // cautious_position() of m_alpha: where the current burst started
    std::size_t m_burst_start = 0;     // m_base when the last burst started (for learning)
    double m_display = 0.0;

    bool m_in_burst = false;
    bool m_after_burst = false;        // a burst ended and its pause is running
    double m_burst_nuclei = 0.0;
    double m_burst_seconds = 0.0;
    double m_pause_seconds = 0.0;
    double m_last_time = 0.0;

    // Rate learning, exponentially forgetting: nuclei, syllables, seconds.
    double m_learnt_nuclei = 0.0;
    double m_learnt_syllables = 0.0;
    double m_learnt_seconds = 0.0;
    double m_learnt_total = 0.0;        // syllables learnt from, never forgotten
    std::size_t m_segment_start = 0;    // last confident sentence end: what learn() measures from
    double m_segment_nuclei = 0.0;
    double m_segment_seconds = 0.0;
    std::vector<double> m_crossing;     // running sum of log crossing factors per position
};

} // namespace podium
