// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_recorder.hpp"

#include <algorithm>
#include <utility>

namespace podium {

RehearsalRecorder::RehearsalRecorder(const Script& script, std::string run_id, std::string started_at)
    : m_sentence_count(script.sentences.size())
    , m_dwell(script.sentences.size(), 0.0)
    , m_first_reached(script.sentences.size())
{
    m_run.id = std::move(run_id);
    m_run.started_at = std::move(started_at);
    for (const auto& section : script.sections) {
        m_sections.push_back({section.title, section.level, section.first_sentence, section.end_sentence});
    }
    m_voice.resize(m_sections.size());
}

void RehearsalRecorder::on_voice(std::size_t section, const VoiceTotals& totals)
{
    const std::optional<VoiceTotals> last = std::exchange(m_last_voice, totals);
    if (m_finished || !last || section >= m_voice.size() || m_paused_since) {
        return;
    }
    const double heard = totals.heard_seconds - last->heard_seconds;
    const double speech = totals.speech_seconds - last->speech_seconds;
    const double syllables = totals.syllables - last->syllables;
    if (heard < 0.0 || speech < 0.0 || syllables < 0.0) {
        return; // the voice started counting afresh (listening switched off and on)
    }
    SectionVoiceMeasure& measure = m_voice[section] ? *m_voice[section] : m_voice[section].emplace();
    const double speaking = std::min(speech, heard);
    measure.speaking_seconds += speaking;
    measure.pause_seconds += heard - speaking;
    measure.syllables += syllables;
}

// Time only counts while running: every event first credits the time since the previous one
// to the open visit (unless paused).
void RehearsalRecorder::advance_clock(double time)
{
    time = std::max(time, m_last_time); // a clock never runs backwards; ignore jitter
    if (!m_paused_since) {
        const double delta = time - m_last_time;
        m_spoken += delta;
        if (m_open) {
            auto& visit = m_run.visits[*m_open];
            visit.seconds += delta;
            m_dwell[visit.sentence] += delta;
        }
    }
    m_last_time = time;
}

void RehearsalRecorder::close_visit(VisitEnd end)
{
    if (m_open) {
        m_run.visits[*m_open].end = end;
        m_open.reset();
    }
}

void RehearsalRecorder::open_visit(std::size_t sentence, double time)
{
    SentenceVisit visit;
    visit.sentence = sentence;
    visit.reached_at = time;
    visit.paused = m_paused_since.has_value();
    visit.voiced = m_speech;
    m_run.visits.push_back(visit);
    m_open = m_run.visits.size() - 1;
    if (!m_first_reached[sentence]) {
        m_first_reached[sentence] = time;
    }
}

void RehearsalRecorder::reach(std::size_t sentence, double time)
{
    std::optional<std::size_t> current;
    if (m_open) {
        current = m_run.visits[*m_open].sentence;
    }
    if (current == sentence) {
        return; // the jump target reported again as reached
    }
    const VisitEnd end = !current         ? VisitEnd::Open
        : sentence == *current + 1        ? VisitEnd::Next
        : sentence < *current             ? VisitEnd::Backward
                                          : VisitEnd::Jump;
    close_visit(end);
    open_visit(sentence, time);
}

void RehearsalRecorder::end_run(double time)
{
    if (m_paused_since) {
        m_run.pauses.push_back({*m_paused_since, time - *m_paused_since});
        m_paused_since.reset();
    }
    close_visit(VisitEnd::Finish);
    m_finished = true;
    m_run.state = RunState::Finished;
}

void RehearsalRecorder::on_event(const PrompterEvent& event)
{
    if (m_finished) {
        return; // a finished run is final; a restart is a new recorder
    }
    ++m_events_seen;
    // The wall clock (pauses included): the recorder takes pauses out itself.
    advance_clock(event.wall);
    const double time = m_last_time;
    const bool valid_sentence = event.sentence < m_sentence_count;
    switch (event.kind) {
    case PrompterEventKind::Started:
    case PrompterEventKind::SentenceReached:
        if (valid_sentence) {
            reach(event.sentence, time);
        }
        break;
    case PrompterEventKind::Jumped: {
        if (!valid_sentence) {
            break;
        }
        JumpRecord jump;
        jump.at = time;
        jump.to_sentence = event.sentence;
        if (m_open) {
            jump.from_sentence = m_run.visits[*m_open].sentence;
            if (jump.from_sentence == event.sentence) {
                break; // a jump to where we are (Home on the first sentence) changes nothing
            }
        }
        m_run.jumps.push_back(jump);
        close_visit(VisitEnd::Jump);
        open_visit(event.sentence, time);
        break;
    }
    case PrompterEventKind::Paused:
        if (!m_paused_since) {
            m_paused_since = time;
            if (m_open) {
                m_run.visits[*m_open].paused = true;
            }
        }
        break;
    case PrompterEventKind::Resumed:
        if (m_paused_since) {
            m_run.pauses.push_back({*m_paused_since, time - *m_paused_since});
            m_paused_since.reset();
        }
        break;
    case PrompterEventKind::SpeedChanged:
        m_run.speed_changes.push_back({time, event.value});
        break;
    case PrompterEventKind::SpeechChanged:
        m_speech = event.value != 0.0;
        if (m_speech && m_open) {
            m_run.visits[*m_open].voiced = true;
        }
        break;
    case PrompterEventKind::SectionEntered:
    case PrompterEventKind::ModeChanged:
    case PrompterEventKind::ListenChanged: // the speaker's own voice: their times, not voiced
        break;
    case PrompterEventKind::Restarted: // the run is abandoned; the next Started is a new run
    case PrompterEventKind::Finished:
        end_run(time);
        break;
    }
}

RehearsalRun RehearsalRecorder::run(double now) const
{
    RehearsalRun snapshot = m_run;
    std::vector<double> dwell = m_dwell;
    double spoken = m_spoken;
    double wall = m_last_time;
    if (!m_finished && now > m_last_time) {
        wall = now;
        if (!m_paused_since) {
            spoken += now - m_last_time;
            if (m_open) {
                auto& visit = snapshot.visits[*m_open];
                visit.seconds += now - m_last_time;
                dwell[visit.sentence] += now - m_last_time;
            }
        }
    }
    snapshot.total_seconds = spoken;
    snapshot.wall_seconds = wall;
    std::optional<std::size_t> open_sentence;
    if (m_open && !m_finished) {
        open_sentence = m_run.visits[*m_open].sentence;
    }
    for (const auto& shape : m_sections) {
        SectionResult result;
        result.title = shape.title;
        result.level = shape.level;
        std::size_t reached = 0;
        for (std::size_t i = shape.first; i < shape.end && i < m_sentence_count; ++i) {
            result.seconds += dwell[i];
            if (m_first_reached[i]) {
                ++reached;
                if (!result.first_reached_at || *m_first_reached[i] < *result.first_reached_at) {
                    result.first_reached_at = m_first_reached[i];
                }
            }
        }
        const std::size_t size = shape.end > shape.first ? shape.end - shape.first : 0;
        const bool reading_it_now = open_sentence && *open_sentence >= shape.first && *open_sentence < shape.end;
        if (reached == 0) {
            result.status = SectionStatus::Skipped;
            result.seconds = 0.0;
        } else if (reached == size && !reading_it_now) {
            result.status = SectionStatus::Completed;
        } else {
            result.status = SectionStatus::Partial;
        }
        // The voice measured in this section's subtree: every deepest section inside its range.
        for (std::size_t d = 0; d < m_sections.size(); ++d) {
            const SectionShape& inner = m_sections[d];
            if (m_voice[d] && inner.first >= shape.first && inner.end <= shape.end) {
                SectionVoiceMeasure& sum = result.voice ? *result.voice : result.voice.emplace();
                sum.speaking_seconds += m_voice[d]->speaking_seconds;
                sum.pause_seconds += m_voice[d]->pause_seconds;
                sum.syllables += m_voice[d]->syllables;
            }
        }
        snapshot.sections.push_back(std::move(result));
    }
    return snapshot;
}

} // namespace podium
