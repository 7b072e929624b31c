// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/follow/script_follower.hpp"
#include "core/prompter/prompter_event.hpp"
#include "core/script/script.hpp"

#include <cstddef>
#include <vector>

namespace podium {

// One look at the follower: where the speaker was at time `t`.
struct FollowSample {
    double t = 0.0;
    std::size_t sentence = 0;
    double fraction = 0.0;
    bool speaking = false;
    friend bool operator==(const FollowSample&, const FollowSample&) = default;
};

// When a sentence was heard, for a subtitle: from the moment the reading line reached it to the
// last moment of voice on it.
struct FollowCue {
    std::size_t sentence = 0;
    double start = 0.0;
    double end = 0.0;
    friend bool operator==(const FollowCue&, const FollowCue&) = default;
};

// The follower's answers over a recording, sampled at a fixed step: what `podium follow`
// prints, turns into subtitles and into a rehearsal run.
class FollowLog {
public:
    void add(double t, const FollowPosition& position);

    [[nodiscard]] const std::vector<FollowSample>& samples() const { return m_samples; }
    [[nodiscard]] double end_time() const { return m_samples.empty() ? 0.0 : m_samples.back().t; }

    // One cue per sentence that was spoken, in order, never overlapping.
    [[nodiscard]] std::vector<FollowCue> cues() const;

    // The run as the prompter would have reported it had it followed this voice: Started, then
    // SentenceReached / SectionEntered as the line moved, Finished at the end. Speech pauses
    // are part of the speech (no Paused events), so section times are what a listener heard.
    [[nodiscard]] std::vector<PrompterEvent> rehearsal_events(const Script& script) const;

    // Seconds of voice heard on each sentence (parallel to Script::sentences): measured pace.
    [[nodiscard]] std::vector<double> speaking_seconds(std::size_t sentence_count) const;

private:
    std::vector<FollowSample> m_samples;
};

} // namespace podium
