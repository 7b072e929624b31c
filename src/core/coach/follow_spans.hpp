// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/voice_frames.hpp"
#include "core/follow/follow_log.hpp"

#include <vector>

namespace podium {

// The sentence spans today's follower gives (FollowLog::cues(): one per spoken sentence, from
// the step the reading line reached it to its last voice). The coach reads nothing else of the
// follower, so a better alignment (issue 21) only has to produce SentenceSpans.
[[nodiscard]] inline std::vector<SentenceSpan> spans_from_cues(const std::vector<FollowCue>& cues)
{
    std::vector<SentenceSpan> spans;
    spans.reserve(cues.size());
    for (const FollowCue& cue : cues) {
        spans.push_back(SentenceSpan{cue.sentence, cue.start, cue.end});
    }
    return spans;
}

} // namespace podium
