// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/follow/acoustic_follower.hpp"
#include "core/follow/mfcc_extractor.hpp"
#include "core/follow/script_aligner.hpp"
#include "core/follow/voice_tracker.hpp"
#include "core/script/script.hpp"

#include <cstddef>
#include <deque>
#include <memory>
#include <optional>
#include <iosfwd>
#include <span>

namespace podium {

// Where the speaker is in the script: the sentence on the reading line (an index into
// Script::sentences, as `podium split --json` numbers them) and how far through it.
struct FollowPosition {
    std::size_t sentence = 0;
    double fraction = 0.0;  // 0–1 through the sentence, by spoken syllables
    bool speaking = false;
    friend bool operator==(const FollowPosition&, const FollowPosition&) = default;
};

std::ostream& operator<<(std::ostream& out, const FollowPosition& position);

// Follows a speaker reading `script` from their voice alone: feed it the microphone (mono,
// any chunk size, at `sample_rate`) and ask where they are. Two followers run side by side:
//  - timing: the voice tracker finds speech and syllables; the ScriptAligner maps bursts and
//    pauses onto the script's clauses and sentences. It needs nothing but the script, so it
//    leads from the first second.
//  - content: once the script's reference sound is ready (set_reference(), made on a worker by
//    the speech layer), the AcousticFollower matches the speaker's sound against it, and leads
//    from then on (at 16 kHz only; other rates keep the timing follower).
// The position holds while the speaker pauses; anchor() (the speaker pressed next/previous
// sentence, or jumped) re-anchors both.
class ScriptFollower {
public:
    ScriptFollower(const Script& script, double sample_rate = 16000.0);

    void feed(std::span<const float> mono);
    [[nodiscard]] FollowPosition position() const;
    // The speaker is now at the start of `sentence` (clamped to the script).
    void anchor(std::size_t sentence);
    [[nodiscard]] VoiceActivity activity() const { return m_tracker.activity(); }

    // The script's reference sound (for the same script): the content follower takes over
    // from the timing one at its current sentence.
    void set_reference(std::shared_ptr<const ScriptReference> reference, AcousticSettings settings = {});
    // Several renderings of the script (e.g. a low and a high voice): all are followed until
    // 10 s of voice have been heard, then the one that matches the speaker best is kept (the
    // first leads until then). A reference in the speaker's register matters more than anything
    // else the aligner does.
    // `expected`: how many renderings there will be in all, when the rest come later through
    // add_reference() (0: these are all).
    void set_references(std::vector<std::shared_ptr<const ScriptReference>> references, AcousticSettings settings = {},
        std::size_t expected = 0);
    // A rendering made after the first ones (the speech layer renders the registers one after the
    // other, so the content follower can lead as soon as the first is made): it catches up on
    // every hop heard since set_references() and ends in the state it would have had, had it come
    // with them; the choice of reference waits for it. False (and ignored) when it came too late:
    // after the choice, or after more than two minutes of listening without one.
    bool add_reference(std::shared_ptr<const ScriptReference> reference);
    [[nodiscard]] bool has_reference() const { return !m_candidates.empty(); }
    // The content follower leading now, if any; which reference it follows (index into set_references()).
    [[nodiscard]] const AcousticFollower* acoustic() const { return m_candidates.empty() ? nullptr : &m_candidates.front(); }
    [[nodiscard]] std::size_t reference_choice() const { return m_choice; }

    // Keep every hop's features and voiced decision (for an offline alignment of a recording
    // once it has been followed: see align_recording()).
    void keep_features(bool keep) { m_keep = keep; }
    [[nodiscard]] const std::vector<FeatureFrame>& kept_features() const { return m_kept_features; }
    [[nodiscard]] const std::vector<bool>& kept_voiced() const { return m_kept_voiced; }
    [[nodiscard]] std::size_t kept_nuclei() const { return m_kept_nuclei; }

    [[nodiscard]] const ScriptAligner& aligner() const { return m_aligner; }
    [[nodiscard]] std::size_t sentence_count() const { return m_sentence_count; }

private:
    void choose_reference();
    [[nodiscard]] bool usable(const ScriptReference* reference) const;

    // What a rendering that comes later needs to catch up: the state the first ones started
    // from, and every hop (and key anchor) since.
    struct ReplayStep {
        FeatureFrame frame;
        bool voiced = false;
        bool nucleus = false;
        std::optional<std::size_t> anchor; // a key press: no frame
    };
    struct Replay {
        std::vector<FeatureVector> warm;
        std::size_t sentence = 0;
        AcousticSettings settings;
        std::size_t expected = 0;         // renderings in all
        std::size_t given = 0;            // renderings given so far (usable or not)
        std::vector<ReplayStep> steps;
    };
    std::optional<Replay> m_replay;          // open while renderings are still to come

    VoiceTracker m_tracker;
    ScriptAligner m_aligner;
    std::size_t m_sentence_count = 0;
    std::unique_ptr<MfccExtractor> m_mfcc;   // at 16 kHz only
    std::vector<FeatureFrame> m_features;    // frames of the last feed()
    std::deque<VoiceFrame> m_voiced;         // the tracker's hops not yet paired with features
    std::vector<FeatureVector> m_warm;       // voiced features heard before the reference (last 30 s)
    std::vector<AcousticFollower> m_candidates;  // the leader first; one once chosen
    std::vector<std::size_t> m_candidate_index;  // their indices in set_references()
    std::size_t m_choice = 0;
    bool m_keep = false;
    std::vector<FeatureFrame> m_kept_features;
    std::vector<bool> m_kept_voiced;
    std::size_t m_kept_nuclei = 0;
};

} // namespace podium
