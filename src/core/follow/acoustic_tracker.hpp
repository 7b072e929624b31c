#pragma once
#include "core/follow/script_reference.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace podium {

struct AcousticSettings {
    // Emission: exp(−(distance − hubness) / temperature).
    // 5 (in units of distance over the 25 normalised features): one frame of a human voice
    // matches eSpeak only weakly, so no single frame may decide.
    double temperature = 5.0;
    // Reference frames advanced per voiced reader frame: 0, 1 or 2 (a reader at 0.5–2 times the
    // reference's pace), broad enough for any speaker; centred on the speaking rate measured
    // from the syllable nuclei (see steps_for_rate()). The offline alignment's transitions.
    std::array<double, 3> steps{0.30, 0.40, 0.30};
    // The live tracker's pace is part of its state: each reference frame is tracked at each of
    // these paces (reference frames per voiced reader frame, 0.45–1.8: a reader at half to
    // nearly twice eSpeak's pace), and the pace the sound supports wins. A pace prior alone
    // (from syllable nuclei) was 15% off on slow speech, and the line ran ahead with it.
    // Per voiced frame a reader may move to a neighbouring pace with this probability.
    double rate_switch = 0.002;
    // The measured pace (syllable nuclei) may also weigh every state each frame: its prior to
    // this power (exp(−pace_prior·z²/2) for a pace z spreads off). At 0.003 a hump of belief
    // trailing the reader at half their pace fades (it loses 55% per second of voice against
    // one at the measured pace), which fixed the fluent human reading's late start of
    // "And it is worth…" (1.4 s → 0.1 s); but TrackerRecovery's probes race at paces far from
    // the measured one to catch a re-read sentence, and with any weight (0.001 too) the line
    // went 1 sentence ahead for 3.5 s on a repeat and re-locked 1.7 s later after an ad-lib.
    // Off until the two are reconciled (see docs/voice-follow.md).
    double pace_prior = 0.0;
    // A silence shorter than this says nothing (stops and closures inside words). A fluent
    // reader's pause between sentences can be as short as 0.2–0.25 s.
    double min_pause = 0.2;
    // At a pause of at least `lookahead_min_pause`, this share of the belief at each frame is
    // offered to the next phrase end within `lookahead_frames` (see AcousticTracker::pause()),
    // `pause_lookahead_long` of it at a pause of 1 s or more: a reader hardly ever stops that
    // long inside a phrase, so a belief that puts them there has likely fallen behind (a noisy
    // room: the line reached the next sentence a second late).
    double pause_lookahead = 0.005;
    double pause_lookahead_long = 0.02;
    double lookahead_min_pause = 0.25;
    // The position moves to another region of the window only when that region holds this
    // many times the belief of the one it is in.
    double stay_factor = 2.0;
    std::size_t lookahead_frames = 300;
    // The frames scored around the current position: 3 s back, 15 s ahead of the reference.
    std::size_t behind = 300;
    std::size_t ahead = 1500;
    // The position is the likeliest frame of the likeliest ±region frames.
    std::size_t region = 20;
    // Belief spread evenly over the window each frame, so a position the forward pass had all
    // but ruled out can win again when the sound keeps matching there (a repeat, a re-read).
    // Tiny: a phrase that recurs later in the script ("may be considered as the art of …")
    // must not pull the line ahead; a real jump is found by the search, not by this.
    double reentry = 1e-40;
    friend bool operator==(const AcousticSettings&, const AcousticSettings&) = default;
};

// Step probabilities whose mean is `rate` reference frames per reader frame (clamped to
// 0.45–1.6), always leaving room to go faster or slower for a while.
[[nodiscard]] std::array<double, 3> steps_for_rate(double rate);

// Follows a reader through the script's reference sound, frame by frame: the forward algorithm
// of an HMM whose states are the reference's voiced frames (filtered posterior; the position is
// its argmax). Feed it only the reader's voiced frames, normalised: silences hold the position.
// Only a window of the reference is scored, so the cost does not grow with the speech.
class AcousticTracker {
public:
    AcousticTracker(std::shared_ptr<const ScriptReference> reference, AcousticSettings settings = {});

    void observe(std::span<const float> frame);
    // The reference frame the reader is most likely at.
    [[nodiscard]] std::size_t frame() const { return m_best; }
    // How well the last second of voice matched where the tracker put it: the mean of
    // (distance − hubness) at the chosen frames; negative is a match, near 0 is no better than chance.
    [[nodiscard]] double recent_match() const;
    // The mean of the same over every frame observed: how well this reference suits this voice.
    [[nodiscard]] double mean_match() const { return m_observed == 0 ? 0.0 : m_match_sum / static_cast<double>(m_observed); }
    [[nodiscard]] std::size_t observed() const { return m_observed; }
    [[nodiscard]] const ScriptReference& reference() const { return *m_reference; }
    [[nodiscard]] const AcousticSettings& settings() const { return m_settings; }
    // The window scored for the next frame: [first, last).
    [[nodiscard]] std::size_t window_first() const { return m_first; }
    [[nodiscard]] std::size_t window_last() const { return m_first + m_width; }
    // The per-frame emission log-likelihoods of the last observe() over the window it scored.
    [[nodiscard]] std::span<const float> last_emission() const { return m_emission; }
    [[nodiscard]] std::size_t last_emission_first() const { return m_emission_first; }

    // The reader was silent for `seconds` before the next voiced frame: timing evidence. A
    // pause is likely where the reference pauses too (a clause end, likelier a sentence end
    // the longer it lasts), unlikely inside a phrase. This is what stops a drift: a position
    // that ran ahead into the middle of a sentence loses to one at the sentence end.
    void pause(double seconds);
    // The log of that weight for a reader at reference frame `frame`.
    [[nodiscard]] double pause_log_weight(std::size_t frame, double seconds) const;
    // The share of the belief offered ahead at a pause of `seconds` (0 below lookahead_min_pause).
    [[nodiscard]] double pause_lookahead(double seconds) const;

    // The reader's pace against the reference's, in reference frames per voiced reader frame,
    // as measured without alignment (syllable nuclei): a weak prior over the tracked paces.
    void set_rate(double rate);
    // The pace the tracker believes (posterior mean over its paces), reference frames per voiced reader frame.
    [[nodiscard]] double rate() const;

    // The reader is at `reference_frame` now (a key, a re-lock).
    void anchor(std::size_t reference_frame);
    // The reader is somewhere in [first, last) of the reference now, equally likely anywhere
    // (a place the search found, known only to a second or so).
    void anchor_region(std::size_t first, std::size_t last);
    // The log-likelihood of everything observed so far (voiced frames and pauses) under this
    // tracker's model: of two trackers fed the same frames since some moment, the one whose
    // figure grew more since then explains the reader better.
    [[nodiscard]] double log_likelihood() const { return m_log_likelihood; }
    // Whether the position is at the end of a sentence (within its last 0.2 s).
    [[nodiscard]] bool at_sentence_end() const { return m_best < m_boundary.size() && m_boundary[m_best] == 2; }

    // The paces tracked (see AcousticSettings::rate_switch).
    static constexpr std::array<double, 8> kRates{0.45, 0.54, 0.65, 0.78, 0.93, 1.12, 1.34, 1.61};

private:
    void place_window(std::size_t centre);
    void set_pace_prior(double rate);

    std::shared_ptr<const ScriptReference> m_reference;
    AcousticSettings m_settings;
    std::vector<std::uint8_t> m_phrase_end; // per reference frame: 1 on the last voiced frame before a pause
    std::vector<float> m_dwell;             // per reference frame: extra probability of staying (see the constructor)
    std::vector<std::uint8_t> m_boundary;  // per reference frame: 0 inside a phrase, 1 near a clause end, 2 near a sentence end
    std::size_t m_first = 0;           // window start (reference frame of m_alpha[0])
    std::size_t m_width = 0;           // frames in the window
    std::vector<double> m_alpha;       // posterior over pace × window (pace-major), sums to 1
    std::vector<double> m_next;
    std::vector<double> m_marginal;    // over the window, summed over paces
    std::array<double, kRates.size()> m_rate_belief{}; // the pace marginal after the last frame
    std::array<std::array<double, 3>, kRates.size()> m_rate_steps{};
    std::array<double, kRates.size()> m_switch_up{};   // per pace: probability of moving to the next faster one
    std::array<double, kRates.size()> m_switch_down{};
    std::array<double, kRates.size()> m_pace_weight{}; // per pace: the measured pace's prior^pace_prior, per frame
    std::vector<float> m_emission;
    std::size_t m_emission_first = 0;
    std::size_t m_best = 0;
    std::array<double, 100> m_match{}; // (distance − hubness) at the chosen frame, last 100 frames
    std::size_t m_observed = 0;
    double m_match_sum = 0.0;
    double m_log_likelihood = 0.0;
};

// One reader frame against reference frame `j`: (distance − hubness).
[[nodiscard]] float hub_distance(const ScriptReference& reference, std::size_t j, std::span<const float> frame);

} // namespace podium
