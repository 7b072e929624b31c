#pragma once
#include "core/follow/acoustic_tracker.hpp"
#include "core/follow/tracker_recovery.hpp"
#include "core/follow/speaker_normaliser.hpp"

#include <cstddef>
#include <memory>
#include <span>

namespace podium {

// The reading line from the acoustic tracker: the reader's voiced frames are normalised and
// tracked through the reference; silences hold the line. The line moves forward as soon as
// the tracker has been in a later sentence for a few frames, and back only on strong evidence
// (the tracker stays in an earlier sentence for 1.5 s of voice), so it never jitters on a
// boundary. When the reader skips, jumps or reads a sentence again, TrackerRecovery finds them
// and the line goes there.
class AcousticFollower {
public:
    explicit AcousticFollower(std::shared_ptr<const ScriptReference> reference, AcousticSettings settings = {});

    // Warms the speaker normalisation with voiced frames heard before the reference was ready.
    void warm_up(std::span<const FeatureVector> voiced_frames);
    // One 10 ms hop of the reader: its features, whether it was voiced, whether a syllable
    // nucleus was confirmed in it (the nuclei measure the reader's pace against the reference's).
    void update(const FeatureFrame& frame, bool voiced, bool nucleus = false);
    void anchor(std::size_t sentence);

    [[nodiscard]] std::size_t sentence() const { return m_sentence; }
    [[nodiscard]] double fraction() const;
    [[nodiscard]] const AcousticTracker& tracker() const { return m_tracker; }

private:
    std::shared_ptr<const ScriptReference> m_reference;
    SpeakerNormaliser m_normaliser;
    AcousticTracker m_tracker;
    std::size_t m_sentence = 0;
    std::size_t m_ahead_frames = 0;   // voiced frames in a row the tracker was past m_sentence
    std::size_t m_behind_frames = 0;  // … before it
    double m_voiced_frames = 0.0;     // the reader's voiced frames and nuclei, forgetting slowly
    double m_nuclei = 0.0;
    std::size_t m_since_rate = 0;
    std::size_t m_silent_frames = 0;  // the reader's current pause
    TrackerRecovery m_recovery;
};

// Reference frames per reader frame, from syllable nuclei per voiced frame of each: how much
// faster the reader speaks than the reference (1 when either is unknown).
[[nodiscard]] double reading_rate(double reader_nuclei, double reader_voiced_frames, const ScriptReference& reference);

} // namespace podium
