// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/script_follower.hpp"

#include <algorithm>
#include <ostream>

namespace podium {

std::ostream& operator<<(std::ostream& out, const FollowPosition& position)
{
    return out << "{sentence " << position.sentence << ", fraction " << position.fraction
               << (position.speaking ? ", speaking}" : ", paused}");
}

ScriptFollower::ScriptFollower(const Script& script, double sample_rate)
    : m_tracker(sample_rate)
    , m_aligner(ScriptSyllables(script))
    , m_sentence_count(script.sentences.size())
{
}

void ScriptFollower::feed(std::span<const float> mono)
{
    m_tracker.feed(mono);
    for (const VoiceFrame& frame : m_tracker.recent_frames()) {
        m_aligner.update(frame);
    }
}

FollowPosition ScriptFollower::position() const
{
    FollowPosition out;
    const double at = m_aligner.position();
    out.sentence = m_sentence_count == 0 ? 0 : std::min(m_aligner.syllables().sentence_at(at), m_sentence_count - 1);
    out.fraction = m_aligner.syllables().fraction_at(at);
    out.speaking = m_tracker.activity().speaking;
    return out;
}

void ScriptFollower::anchor(std::size_t sentence)
{
    if (m_sentence_count > 0) {
        m_aligner.anchor(std::min(sentence, m_sentence_count - 1));
    }
}

} // namespace podium
