// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/follow/acoustic_tracker.hpp"
#include "core/follow/reference_search.hpp"

#include <cstddef>
#include <deque>
#include <memory>
#include <optional>
#include <span>

namespace podium {

// How the acoustic tracker finds the reader again by itself when they leave the path it
// follows, without a key:
//  - **A skip or a jump** (a paragraph left out, a return to an earlier section): the
//    ReferenceSearch looks through the whole script; when it keeps putting the reader in one
//    place far from the tracker, a *probe* — a copy of the tracker started there, at the moment
//    the reader's recent voice began — catches up on that voice and then runs beside the
//    tracker. The probe replaces the tracker only if it explains the voice e^15 times better
//    (log-likelihood, ReferenceSearch and AcousticTracker::log_likelihood()); it gives up
//    after 3 s or when it falls e^15 behind.
//  - **A sentence read again**: after a pause at a sentence end, a probe starts at that
//    sentence's start. It wins at e^7, and gives up as soon as it falls behind, runs on faster
//    than anyone re-reads, or has not taken the lead after 0.3 s.
// Measured on the human readings (figures in docs/voice-follow.md): no probe replaced a tracker
// that was right.
class TrackerRecovery {
public:
    explicit TrackerRecovery(std::shared_ptr<const ScriptReference> reference);

    // Before the tracker is told of a pause and fed the next voiced frame: notes whether the
    // reader paused after finishing a sentence (which they may now read again).
    void before_voice(const AcousticTracker& tracker, double paused);
    // After the tracker observed `frame` (normalised), with the pause before it. True when a
    // probe won: `tracker` is now the probe.
    bool after_voice(AcousticTracker& tracker, std::span<const float> frame, double paused, std::size_t line_sentence);
    // A key moved the reader: what was heard before says nothing about where they are now.
    void reset();

private:
    enum class ProbeKind { Search, Restart };

    void search_step(const AcousticTracker& tracker, std::size_t line_sentence);
    void start_restart_probe(const AcousticTracker& tracker, std::size_t sentence, std::span<const float> frame);
    [[nodiscard]] bool probe_step(const AcousticTracker& tracker);
    [[nodiscard]] double probe_gain(const AcousticTracker& tracker) const;

    std::shared_ptr<const ScriptReference> m_reference;
    ReferenceSearch m_search;
    // The last 1.5 s of voice, so that a probe starts where the reader left the path rather
    // than where the search noticed it: each voiced frame, the pause before it, and the
    // tracker's log-likelihood before both.
    struct Heard {
        FeatureVector frame{};
        double pause = 0.0;
        double log_likelihood = 0.0;
    };
    std::deque<Heard> m_heard;
    double m_log_likelihood_before = 0.0;  // the tracker's, before this frame and its pause
    std::optional<std::size_t> m_just_read;  // the sentence finished before this pause
    std::size_t m_candidate = 0;           // where the search last put the reader, far from the tracker
    std::size_t m_candidate_votes = 0;     // search frames in a row it did so, in one place
    std::unique_ptr<AcousticTracker> m_probe;
    ProbeKind m_probe_kind = ProbeKind::Search;
    std::size_t m_restart_sentence = 0;
    double m_probe_base = 0.0;             // gain = probe's log-likelihood − tracker's − this
    std::size_t m_probe_frames = 0;        // voiced frames since the probe started
};

} // namespace podium
