// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/run_tracker.hpp"

#include "app/rehearsal_access.hpp"

#include <utility>

namespace podium {

RunTracker::RunTracker(const Script& script, const Timing& timing, RunSources sources, RunObserver* observer)
    : m_script(&script)
    , m_timing(&timing)
    , m_leads(sources.voice, sources.speaker, std::move(sources.voice_unavailable))
    , m_at_start(sources.at_start)
    , m_observer(observer)
{
}

void RunTracker::set_coach(CoachMode mode, const LiveCoachSettings& settings)
{
    m_coach = LiveCoach(mode, settings);
}

bool RunTracker::lead_command(const Command& command, PrompterModel& model)
{
    switch (command.kind) {
    case CommandKind::ToggleSpeech: m_leads.toggle(Lead::Voice, model); return true;
    case CommandKind::ToggleListen: m_leads.toggle(Lead::Speaker, model); return true;
    default: return false;
    }
}

void RunTracker::before_advance(PrompterModel& model, double /*now*/)
{
    m_heard.reset();
    if (std::optional<SpeakerPosition> heard = m_leads.follow(model)) {
        record_voice(model, *heard);
        if (m_leads.lead() == Lead::Speaker) {
            m_heard = heard;
        }
    }
}

// The live coach sees the frame as drawn: the model's clocks and the speaker's measurements.
// A few comparisons and a deque push: no measurable frame time (bench/frame prints it).
void RunTracker::coach(const PrompterModel& model, double now)
{
    if (m_coach.mode() == CoachMode::Off) {
        return;
    }
    const PrompterView view = model.view();
    LiveSample sample;
    sample.now = now;
    sample.running = view.state == PrompterState::Running;
    sample.elapsed = view.elapsed;
    sample.position = view.position;
    sample.section = view.current_section;
    sample.section_actual = view.section_actual;
    sample.section_planned = view.section_planned;
    sample.listening = view.listening && m_heard.has_value();
    sample.speaking = m_heard && m_heard->speaking;
    sample.voice = m_heard ? m_heard->measured : std::nullopt;
    sample.jumped = model.manual_jumps() != m_coached_jumps;
    m_coached_jumps = model.manual_jumps();
    m_coach.observe(sample);
}

// A live voice's measurements go into the run with the section the reading line is in, while
// the run is on (the countdown and the end screen measure nothing).
void RunTracker::record_voice(const PrompterModel& model, const SpeakerPosition& heard)
{
    if (!heard.measured || !m_recorder) {
        return;
    }
    const PrompterState state = model.state();
    if (state == PrompterState::Running || state == PrompterState::Paused) {
        m_recorder->on_voice(model.view().current_section, *heard.measured);
    }
}

void RunTracker::after_frame(PrompterModel& model, double now)
{
    bool started = false;
    for (const PrompterEvent& event : model.take_events()) {
        on_event(event, now);
        started = started || event.kind == PrompterEventKind::Started;
    }
    // --speak / --listen: the voice (or the microphone) leads from the first run, once the
    // countdown is over (speaking over the countdown would leave the speaker behind from the
    // first word).
    if (started && !m_led_at_start && m_at_start != Lead::Plan && m_leads.has(m_at_start)) {
        m_led_at_start = true;
        m_leads.request(m_at_start, model);
    }
    coach(model, now);
    if (m_observer != nullptr && m_started_at) {
        const double run_time = now - *m_started_at;
        if (std::string problem = m_observer->on_frame(run_time, m_recorder ? &*m_recorder : nullptr);
            !problem.empty()) {
            m_notices.push_back(std::move(problem));
        }
    }
}

void RunTracker::on_event(const PrompterEvent& event, double now)
{
    if (event.kind == PrompterEventKind::Started) {
        m_started_at = now - event.wall;
        const std::string started = utc_timestamp_now();
        m_recorder.emplace(*m_script, new_run_id(started), started);
        m_summary.reset();
    }
    if (!m_recorder) {
        return; // between runs (after the end, before a restart): nothing is recorded
    }
    m_recorder->on_event(event);
    if (m_observer != nullptr) {
        m_observer->on_event(event, *m_recorder);
    }
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
    if (m_started_at) {
        const double run_time = now - *m_started_at;
        if (m_recorder && !m_recorder->finished()) {
            // The window closed mid-run: the run ends here, as Podium's log tells it.
            PrompterEvent finished;
            finished.kind = PrompterEventKind::Finished;
            finished.wall = run_time;
            m_recorder->on_event(finished);
        }
        if (m_observer != nullptr) {
            m_observer->on_end(run_time, m_recorder ? &*m_recorder : nullptr);
        }
    }
    m_recorder.reset();
    m_leads.stop(model);
}

std::optional<std::string> RunTracker::take_notice()
{
    for (std::string& notice : m_leads.take_notices()) {
        m_notices.push_back(std::move(notice));
    }
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
