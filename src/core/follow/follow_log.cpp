// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/follow_log.hpp"

#include <algorithm>

namespace podium {

void FollowLog::add(double t, const FollowPosition& position)
{
    m_samples.push_back(FollowSample{t, position.sentence, position.fraction, position.speaking});
}

std::vector<FollowCue> FollowLog::cues() const
{
    std::vector<FollowCue> out;
    double previous_t = 0.0;
    for (const FollowSample& sample : m_samples) {
        if (sample.speaking) {
            if (out.empty() || out.back().sentence != sample.sentence) {
                // The line reached this sentence somewhere in the last step; the cue starts
                // with that step so its first words are not cut.
                const double start = out.empty() ? previous_t : std::max(previous_t, out.back().end);
                out.push_back(FollowCue{sample.sentence, start, sample.t});
            } else {
                out.back().end = sample.t;
            }
        }
        previous_t = sample.t;
    }
    return out;
}

std::vector<PrompterEvent> FollowLog::rehearsal_events(const Script& script) const
{
    std::vector<PrompterEvent> events;
    auto event = [&](PrompterEventKind kind, double t, std::size_t sentence) {
        PrompterEvent e;
        e.kind = kind;
        e.elapsed = t;
        e.wall = t;
        e.sentence = sentence;
        e.section = sentence < script.sentences.size() ? script.sentences[sentence].section : 0;
        events.push_back(e);
    };
    if (script.sentences.empty()) {
        return events;
    }
    event(PrompterEventKind::Started, 0.0, 0);
    std::size_t sentence = 0;
    for (const FollowSample& sample : m_samples) {
        if (sample.sentence == sentence || sample.sentence >= script.sentences.size()) {
            continue;
        }
        // Sentences the line passed within one step were read too: each is reached in turn
        // (a short heading between two samples must not leave its section "skipped").
        const std::size_t target = sample.sentence;
        const std::size_t first = target > sentence ? sentence + 1 : target;
        for (std::size_t next = first; next <= target; ++next) {
            const std::size_t previous_section = script.sentences[sentence].section;
            sentence = next;
            event(PrompterEventKind::SentenceReached, sample.t, sentence);
            if (script.sentences[sentence].section != previous_section) {
                event(PrompterEventKind::SectionEntered, sample.t, sentence);
            }
        }
    }
    event(PrompterEventKind::Finished, end_time(), sentence);
    return events;
}

std::vector<double> FollowLog::speaking_seconds(std::size_t sentence_count) const
{
    std::vector<double> out(sentence_count, 0.0);
    double previous_t = 0.0;
    for (const FollowSample& sample : m_samples) {
        if (sample.speaking && sample.sentence < sentence_count) {
            out[sample.sentence] += sample.t - previous_t;
        }
        previous_t = sample.t;
    }
    return out;
}

} // namespace podium
