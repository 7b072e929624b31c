// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/run_tracker.hpp"

#include "core/i18n/translate.hpp"

#include <utility>

namespace podium {

RunTracker::RunTracker(const Script& script, const Timing& timing, PositionSource* voice, RunObserver* observer,
    SpeakAtStart speak_at_start)
    : m_script(&script), m_timing(&timing), m_voice(voice), m_observer(observer), m_speak_at_start(speak_at_start)
{
    // The window is open: the voice starts its engine in the background now, so S does not wait.
    if (m_voice != nullptr) {
        m_voice->prepare();
    }
}

void RunTracker::set_listener(PositionSource* speaker, ListenAtStart listen_at_start)
{
    m_speaker = speaker;
    m_listen_at_start = listen_at_start;
}

void RunTracker::set_coach(CoachMode mode, const LiveCoachSettings& settings)
{
    m_coach = LiveCoach(mode, settings);
}

PositionSource* RunTracker::source_for(Lead lead) const
{
    switch (lead) {
    case Lead::Plan: return nullptr;
    case Lead::Voice: return m_voice;
    case Lead::Speaker: return m_speaker;
    }
    return nullptr;
}

// The model's lead changed (S, L, --speak, --listen): stop the old source, start the new one;
// a source that cannot start hands the lead back to the plan, so scrolling never waits for a
// silent voice.
void RunTracker::switch_lead(PrompterModel& model)
{
    const Lead wanted = model.lead();
    if (PositionSource* old = source_for(m_lead)) {
        old->set_active(false, model.current_sentence());
    }
    m_lead = wanted;
    m_shown_failure.reset();
    m_source_reported = false;
    m_seen_jumps = model.manual_jumps();
    if (wanted == Lead::Plan) {
        return;
    }
    PositionSource* source = source_for(wanted);
    if (source == nullptr) {
        m_notices.push_back(wanted == Lead::Speaker ? _("Listening is not available: start podium with --listen")
                                                    : _("Speech is not available in this build"));
    } else {
        source->set_active(true, model.current_sentence());
        if (auto why = source->failure()) {
            source->set_active(false, model.current_sentence());
            m_notices.push_back(*why);
            source = nullptr;
        }
    }
    if (source == nullptr) {
        model.set_lead(Lead::Plan);
        m_lead = Lead::Plan;
    }
}

void RunTracker::before_advance(PrompterModel& model, double /*now*/)
{
    if (model.lead() != m_lead) {
        switch_lead(model);
    }
    m_heard.reset();
    PositionSource* source = source_for(m_lead);
    if (source == nullptr) {
        return;
    }
    // The speaker moved the reading line by hand: that is where they are.
    if (model.manual_jumps() != m_seen_jumps) {
        m_seen_jumps = model.manual_jumps();
        source->anchor(model.current_sentence());
    }
    // A source that fails while following (the microphone was unplugged) says so once; the
    // reading line then holds still (its reports say "not speaking") until the speaker acts.
    if (auto why = source->failure(); why && why != m_shown_failure) {
        m_shown_failure = why;
        m_notices.push_back(*why);
        // The voice stopped short, or the microphone never opened (both start in the
        // background, so this is where their failures show): the plan leads again, so the line
        // never freezes. A microphone that goes away mid-speech leaves the line where it was.
        if (m_lead == Lead::Voice || !m_source_reported) {
            source->set_active(false, model.current_sentence());
            model.set_lead(Lead::Plan);
            m_lead = Lead::Plan;
            return;
        }
    }
    if (auto heard = source->position()) {
        m_source_reported = true;
        model.follow(*heard);
        report_voice(model, *heard);
        if (m_lead == Lead::Speaker) {
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

// A live voice's measurements go to the observer with the section the reading line is in,
// while the run is on (the countdown and the end screen measure nothing).
void RunTracker::report_voice(PrompterModel& model, const SpeakerPosition& heard)
{
    if (!heard.measured || m_observer == nullptr || !m_started_at) {
        return;
    }
    const PrompterState state = model.state();
    if (state == PrompterState::Running || state == PrompterState::Paused) {
        m_observer->on_voice(model.view().current_section, *heard.measured);
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
    if (started && !m_spoke_at_start) {
        if (m_speak_at_start == SpeakAtStart::Yes && m_voice != nullptr) {
            m_spoke_at_start = true;
            model.set_lead(Lead::Voice);
        } else if (m_listen_at_start == ListenAtStart::Yes && m_speaker != nullptr) {
            m_spoke_at_start = true;
            model.set_lead(Lead::Speaker);
        }
    }
    coach(model, now);
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
    if (PositionSource* source = source_for(m_lead)) {
        source->set_active(false, model.current_sentence());
        m_lead = Lead::Plan;
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
