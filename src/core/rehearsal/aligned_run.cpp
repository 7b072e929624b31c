// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/aligned_run.hpp"

#include "core/rehearsal/rehearsal_recorder.hpp"

#include <algorithm>
#include <vector>

namespace podium {

namespace {

PrompterEvent at(PrompterEventKind kind, double wall, std::size_t sentence = 0)
{
    PrompterEvent event;
    event.kind = kind;
    event.wall = wall;
    event.elapsed = wall;
    event.sentence = sentence;
    return event;
}

} // namespace

RehearsalRun retime_by_alignment(const RehearsalRun& run, const Script& script, const ScriptAlignment& alignment)
{
    if (!run.recording || alignment.spans.empty() || run.visits.empty()) {
        return run;
    }
    const double offset = run.recording->offset;
    const double aligned_from = offset + alignment.spans.front().start;
    const double aligned_to = offset + alignment.spans.back().end;
    const std::size_t sentence_count = script.sentences.size();

    // The run as events, replayed through a recorder: the same rules make the same kind of run.
    std::vector<PrompterEvent> events;
    events.push_back(at(PrompterEventKind::Started, 0.0, run.visits.front().sentence));
    for (std::size_t i = 1; i < run.visits.size(); ++i) {
        const SentenceVisit& visit = run.visits[i];
        if (visit.reached_at < aligned_from || visit.reached_at > aligned_to) {
            events.push_back(at(PrompterEventKind::SentenceReached, visit.reached_at, visit.sentence));
        }
    }
    for (const SentenceSpan& span : alignment.spans) {
        if (span.sentence < sentence_count) {
            events.push_back(at(PrompterEventKind::SentenceReached, offset + span.start, span.sentence));
        }
    }
    for (const PauseRecord& pause : run.pauses) {
        events.push_back(at(PrompterEventKind::Paused, pause.at));
        events.push_back(at(PrompterEventKind::Resumed, pause.at + pause.seconds));
    }
    // In time order; Started first whatever else happened at 0.
    std::stable_sort(events.begin() + 1, events.end(), [](const PrompterEvent& a, const PrompterEvent& b) { return a.wall < b.wall; });

    RehearsalRecorder recorder(script, run.id, run.started_at);
    for (const PrompterEvent& event : events) {
        recorder.on_event(event);
    }
    if (run.state == RunState::Finished) {
        recorder.on_event(at(PrompterEventKind::Finished, run.wall_seconds));
    }
    RehearsalRun out = recorder.run(run.wall_seconds);
    out.jumps = run.jumps;
    out.speed_changes = run.speed_changes;
    out.recording = run.recording;
    out.delivery = run.delivery;
    for (std::size_t i = 0; i < out.sections.size() && i < run.sections.size(); ++i) {
        out.sections[i].voice = run.sections[i].voice;
    }
    return out;
}

} // namespace podium
