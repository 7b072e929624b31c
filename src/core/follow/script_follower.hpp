// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/follow/script_aligner.hpp"
#include "core/follow/voice_tracker.hpp"
#include "core/script/script.hpp"

#include <cstddef>
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
// any chunk size, at `sample_rate`) and ask where they are. The voice tracker finds speech and
// syllables; the aligner maps bursts and pauses onto the script's clauses and sentences.
// The position holds while the speaker pauses, moves while they speak, never goes back by
// itself; anchor() (the speaker pressed next/previous sentence, or jumped) re-anchors it.
class ScriptFollower {
public:
    ScriptFollower(const Script& script, double sample_rate = 16000.0);

    void feed(std::span<const float> mono);
    [[nodiscard]] FollowPosition position() const;
    // The speaker is now at the start of `sentence` (clamped to the script).
    void anchor(std::size_t sentence);
    [[nodiscard]] VoiceActivity activity() const { return m_tracker.activity(); }

    [[nodiscard]] const ScriptAligner& aligner() const { return m_aligner; }
    [[nodiscard]] std::size_t sentence_count() const { return m_sentence_count; }

private:
    VoiceTracker m_tracker;
    ScriptAligner m_aligner;
    std::size_t m_sentence_count = 0;
};

} // namespace podium
