#include "display/run_tracker.hpp"

#include <utility>

namespace podium {

RunTracker::RunTracker(const Script& script, const Timing& timing, PlaybackClock* playback, RunObserver* observer,
    SpeakAtStart speak_at_start)
    : m_script(&script), m_timing(&timing), m_playback(playback), m_observer(observer), m_speak_at_start(speak_at_start)
{
}

void RunTracker::before_advance(PrompterModel& model, double /*now*/)
{
    if (m_playback == nullptr) {
        return;
    }
    PrompterView view = model.view();
    if (view.speech != m_speaking) {
        m_speaking = view.speech;
        m_playback->set_speaking(m_speaking, view.current_sentence);
        if (auto why = m_playback->failure(); why && m_speaking) {
            model.apply(CommandKind::ToggleSpeech); // scrolling must not wait for a silent voice
            m_speaking = false;
            m_notices.push_back(*why);
        }
    }
    if (m_speaking) {
        if (auto heard = m_playback->position()) {
            model.follow_speech(heard->sentence, heard->fraction);
        }
    }
}

void RunTracker::after_frame(PrompterModel& model, double now)
{
    bool started = false;
    for (const PrompterEvent& event : model.take_events()) {
        on_event(event, now);
        started = started || event.kind == PrompterEventKind::Started;
    }
    // --speak: the voice starts with the first run, once the countdown is over (speaking over
    // the countdown would leave the speaker behind from the first word).
    if (started && m_speak_at_start == SpeakAtStart::Yes && !m_spoke_at_start && m_playback != nullptr) {
        m_spoke_at_start = true;
        if (!model.view().speech) {
            model.apply(CommandKind::ToggleSpeech);
        }
    }
    if (m_observer != nullptr && m_started_at) {
        if (std::string problem = m_observer->on_frame(now - *m_started_at); !problem.empty()) {
            m_notices.push_back(std::move(problem));
        }
    }
}

void RunTracker::on_event(const PrompterEvent& event, double now)
{
    if (event.kind == PrompterEventKind::Started) {
        m_started_at = now - event.wall;
        m_recorder.emplace(*m_script, "this run", "");
        m_summary.reset();
    }
    if (m_observer != nullptr) {
        m_observer->on_event(event);
    }
    if (!m_recorder) {
        return;
    }
    m_recorder->on_event(event);
    if (event.kind == PrompterEventKind::Finished) {
        m_summary = summarize_run(*m_script, *m_timing, m_recorder->run(event.wall));
        m_recorder.reset();
    } else if (event.kind == PrompterEventKind::Restarted) {
        m_recorder.reset();
        m_summary.reset();
    }
}

void RunTracker::end(PrompterModel& model, double now)
{
    for (const PrompterEvent& event : model.take_events()) {
        on_event(event, now);
    }
    if (m_observer != nullptr && m_started_at) {
        m_observer->on_end(now - *m_started_at);
    }
    if (m_playback != nullptr && m_speaking) {
        m_playback->set_speaking(false, model.current_sentence());
        m_speaking = false;
    }
}

std::optional<std::string> RunTracker::take_notice()
{
    if (m_notices.empty()) {
        return std::nullopt;
    }
    std::string notice = std::move(m_notices.front());
    m_notices.erase(m_notices.begin());
    return notice;
}

const RehearsalReport* RunTracker::summary(const PrompterView& view) const
{
    return m_summary && view.state == PrompterState::Finished ? &*m_summary : nullptr;
}

} // namespace podium
