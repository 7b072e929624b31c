// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompter/prompter_model.hpp"
#include "core/prompter/verdict.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

namespace {

// Which unit the pace is shown in: Han characters per minute for a mostly Chinese speech,
// words per minute otherwise.
PaceUnit pace_unit_for(const Script& script, const Timing& timing)
{
    std::size_t han = 0;
    std::size_t words = 0;
    for (std::size_t i = 0; i < script.sections.size() && i < timing.sections.size(); ++i) {
        if (!script.sections[i].parent) {
            han += timing.sections[i].han_chars;
            words += timing.sections[i].words;
        }
    }
    return han >= words && han > 0 ? PaceUnit::HanPerMinute
        : words > 0                ? PaceUnit::WordsPerMinute
                                   : PaceUnit::HanPerMinute;
}

} // namespace

PrompterModel::PrompterModel(const Script& script, const Timing& timing, const Layout& layout, PrompterOptions options)
    : m_script(&script)
    , m_timing(&timing)
    , m_options(options)
    , m_track(script, timing, layout)
    , m_countdown(std::max(0.0, options.countdown_seconds))
    , m_section_actual(script.sections.size(), 0.0)
    , m_pace_unit(pace_unit_for(script, timing))
{
    m_options.pace_factor = std::clamp(m_options.pace_factor, m_options.min_pace_factor, m_options.max_pace_factor);
    m_options.reading_line = std::clamp(m_options.reading_line, 0.1, 0.9);
    m_options.font_size = std::clamp(m_options.font_size, m_options.min_font_size, m_options.max_font_size);
    m_section = section_of(0);
    m_manual_y = m_track.y_at(0.0);
    if (m_countdown <= 0.0) {
        start_running();
    }
}

std::size_t PrompterModel::section_of(std::size_t sentence) const
{
    if (sentence >= m_script->sentences.size()) {
        return 0;
    }
    return m_script->sentences[sentence].section;
}

std::size_t PrompterModel::sentence_at_time(double t) const
{
    const auto& sentences = m_timing->sentences;
    const auto after = std::upper_bound(sentences.begin(), sentences.end(), t,
        [](double value, const SentenceTiming& s) { return value < s.start; });
    return after == sentences.begin() ? 0 : static_cast<std::size_t>(after - sentences.begin()) - 1;
}

double PrompterModel::sentence_start(std::size_t sentence) const
{
    return sentence < m_timing->sentences.size() ? m_timing->sentences[sentence].start : 0.0;
}

double PrompterModel::base_manual_speed() const
{
    if (m_options.manual_speed > 0.0) {
        return m_options.manual_speed;
    }
    // The plan's average scroll speed, so switching modes keeps roughly the same pace.
    const double t = m_track.end_time();
    return t > 0.0 ? m_track.end_y() / t : 50.0;
}

double PrompterModel::track_y() const
{
    return m_options.mode == ScrollMode::Manual ? m_manual_y : m_track.y_at(m_position);
}

double PrompterModel::display_y() const
{
    const double target = track_y();
    if (m_glide_left <= 0.0 || m_options.jump_ease_seconds <= 0.0) {
        return target;
    }
    // Ease out (cubic): fast at first, settling gently on the target line.
    const double s = 1.0 - m_glide_left / m_options.jump_ease_seconds;
    const double eased = 1.0 - (1.0 - s) * (1.0 - s) * (1.0 - s);
    return m_glide_from_y + (target - m_glide_from_y) * eased;
}

void PrompterModel::emit(PrompterEventKind kind, double value, std::size_t from)
{
    if (!m_started) {
        return; // nothing before the run starts is part of a rehearsal
    }
    m_events.push_back(PrompterEvent{kind, m_elapsed, m_wall, m_position, m_sentence, m_section, from, value});
}

std::vector<PrompterEvent> PrompterModel::take_events()
{
    std::vector<PrompterEvent> events;
    events.swap(m_events);
    return events;
}

void PrompterModel::start_running()
{
    m_state = PrompterState::Running;
    m_countdown = 0.0;
    if (!m_started) {
        m_started = true;
        m_elapsed = 0.0;
        m_wall = 0.0;
        emit(PrompterEventKind::Started);
        emit(PrompterEventKind::SectionEntered);
        emit(PrompterEventKind::SentenceReached);
    }
    if (m_script->sentences.empty() || m_position >= m_timing->total_seconds) {
        m_state = PrompterState::Finished;
        emit(PrompterEventKind::Finished);
    }
}

void PrompterModel::restart()
{
    const double from_y = display_y();
    emit(PrompterEventKind::Restarted);
    m_started = false;
    m_state = PrompterState::Countdown;
    m_countdown = std::max(0.0, m_options.countdown_seconds);
    m_position = 0.0;
    m_manual_y = m_track.y_at(0.0);
    m_elapsed = 0.0;
    m_wall = 0.0;
    m_sentence = 0;
    m_section = section_of(0);
    m_speech_reported = false;
    std::fill(m_section_actual.begin(), m_section_actual.end(), 0.0);
    m_glide_from_y = from_y;
    m_glide_left = m_options.jump_ease_seconds;
    if (m_countdown <= 0.0) {
        start_running();
    }
}

void PrompterModel::advance(double seconds)
{
    if (!(seconds > 0.0)) {
        return; // also rejects NaN
    }
    m_glide_left = std::max(0.0, m_glide_left - seconds);
    switch (m_state) {
    case PrompterState::Countdown: {
        m_countdown -= seconds;
        if (m_countdown <= 0.0) {
            const double left_over = -m_countdown;
            start_running();
            if (m_state == PrompterState::Running) {
                step_running(left_over);
            }
        }
        break;
    }
    case PrompterState::Running:
        step_running(seconds);
        break;
    case PrompterState::Paused:
        m_wall += seconds;
        break;
    case PrompterState::Finished:
        break;
    }
}

void PrompterModel::step_running(double seconds)
{
    if (seconds <= 0.0) {
        return;
    }
    double target = m_position;
    if (m_options.mode == ScrollMode::Manual) {
        m_manual_y = std::min(m_manual_y + base_manual_speed() * m_options.pace_factor * seconds, m_track.end_y());
        target = std::max(m_position, m_track.time_at(m_manual_y));
    } else {
        target = m_position + seconds * m_options.pace_factor;
        if (m_lead != Lead::Plan) {
            // The voice leads: never run past the end of the sentence it is speaking.
            const std::size_t spoken = m_speech_reported ? m_speech_sentence : m_sentence;
            if (spoken < m_timing->sentences.size()) {
                const SentenceTiming& timed = m_timing->sentences[spoken];
                target = std::max(m_position, std::min(target, timed.start + timed.speaking));
            }
        }
        if (m_lead == Lead::Speaker) {
            // A live voice: hold still while the speaker is silent (or has not begun), and glide
            // at most a fraction of a second past the latest report between reports.
            constexpr double glide_ahead = 0.3;
            target = m_speaker_speaking && m_speech_reported
                ? std::max(m_position, std::min(target, m_reported_position + glide_ahead))
                : m_position;
        }
    }
    move_to(target, seconds);
}

void PrompterModel::add_section_time(double seconds)
{
    if (seconds <= 0.0 || m_section >= m_section_actual.size()) {
        return;
    }
    // A section's time is its subtree's, as in Timing: add to every enclosing section too.
    std::optional<std::size_t> section = m_section;
    while (section && *section < m_section_actual.size()) {
        m_section_actual[*section] += seconds;
        section = m_script->sections[*section].parent;
    }
}

void PrompterModel::set_current(std::size_t sentence)
{
    m_sentence = sentence;
    const std::size_t section = section_of(sentence);
    emit(PrompterEventKind::SentenceReached);
    if (section != m_section) {
        m_section = section;
        emit(PrompterEventKind::SectionEntered);
    }
}

void PrompterModel::move_to(double new_position, double seconds)
{
    const double total = m_timing->total_seconds;
    new_position = std::min(new_position, total);
    const double from = m_position;
    const double distance = new_position - from;
    const double elapsed0 = m_elapsed;
    const double wall0 = m_wall;
    // Walk every sentence start crossed in this step, so each sentence is stamped with the moment
    // it reached the reading line and each section gets exactly its share of the step.
    while (m_sentence + 1 < m_timing->sentences.size() && sentence_start(m_sentence + 1) <= new_position) {
        const double boundary = std::max(from, sentence_start(m_sentence + 1));
        const double fraction = distance > 0.0 ? (boundary - from) / distance : 1.0;
        const double at = seconds * std::clamp(fraction, 0.0, 1.0);
        add_section_time(elapsed0 + at - m_elapsed);
        m_elapsed = elapsed0 + at;
        m_wall = wall0 + at;
        m_position = boundary;
        set_current(m_sentence + 1);
    }
    add_section_time(elapsed0 + seconds - m_elapsed);
    m_elapsed = elapsed0 + seconds;
    m_wall = wall0 + seconds;
    m_position = std::max(m_position, new_position);
    if (m_state == PrompterState::Running && m_position >= total) {
        m_state = PrompterState::Finished;
        emit(PrompterEventKind::Finished);
    }
}

void PrompterModel::jump_to_sentence(std::size_t sentence, double fraction)
{
    if (m_script->sentences.empty()) {
        return;
    }
    sentence = std::min(sentence, m_script->sentences.size() - 1);
    const std::size_t from = m_sentence;
    m_glide_from_y = display_y();
    m_glide_left = m_options.jump_ease_seconds;
    const SentenceTiming& timed = m_timing->sentences[sentence];
    m_position = timed.start + timed.speaking * std::clamp(fraction, 0.0, 1.0);
    m_manual_y = m_track.y_at(m_position);
    m_sentence = sentence;
    m_speech_reported = false;
    emit(PrompterEventKind::Jumped, 0.0, from);
    set_current(sentence);
    if (m_state == PrompterState::Finished) {
        m_state = PrompterState::Paused; // going back from the end: resume with play
        emit(PrompterEventKind::Paused);
    }
}

void PrompterModel::start_at_sentence(std::size_t sentence)
{
    if (m_script->sentences.empty()) {
        return;
    }
    sentence = std::min(sentence, m_script->sentences.size() - 1);
    m_position = sentence_start(sentence);
    m_manual_y = m_track.y_at(m_position);
    m_sentence = sentence;
    m_section = section_of(sentence);
    m_glide_left = 0.0;
}

void PrompterModel::seek(double timeline_seconds)
{
    m_position = std::clamp(timeline_seconds, 0.0, m_timing->total_seconds);
    m_manual_y = m_track.y_at(m_position);
    m_sentence = sentence_at_time(m_position);
    m_section = section_of(m_sentence);
    m_glide_left = 0.0;
}

void PrompterModel::relayout(const Layout& layout)
{
    // The position is in timeline seconds, which a layout does not change: rebuilding the track
    // keeps the same point of the same sentence on the reading line.
    m_track = ScrollTrack(*m_script, *m_timing, layout);
    m_manual_y = m_track.y_at(m_position);
    m_glide_left = 0.0;
}

void PrompterModel::set_lead(Lead lead)
{
    if (lead == m_lead) {
        return;
    }
    const Lead before = m_lead;
    m_lead = lead;
    m_speech_reported = false;
    m_speaker_speaking = false;
    // Voice and Speaker exclude each other: switching from one to the other reports both.
    if (before == Lead::Voice || lead == Lead::Voice) {
        emit(PrompterEventKind::SpeechChanged, lead == Lead::Voice ? 1.0 : 0.0);
    }
    if (before == Lead::Speaker || lead == Lead::Speaker) {
        emit(PrompterEventKind::ListenChanged, lead == Lead::Speaker ? 1.0 : 0.0);
    }
}

void PrompterModel::follow(const SpeakerPosition& heard)
{
    const std::size_t sentence = heard.sentence;
    if (sentence >= m_timing->sentences.size()) {
        return;
    }
    const double fraction = heard.fraction;
    const SentenceTiming& timed = m_timing->sentences[sentence];
    const double target = timed.start + timed.speaking * std::clamp(fraction, 0.0, 1.0);
    if (m_lead == Lead::Speaker) {
        m_speaker_speaking = heard.speaking;
        m_reported_position = std::max(target, m_position);
        if (sentence < m_sentence) {
            return; // a live voice never moves the text backwards by itself
        }
    }
    if (sentence < m_sentence) {
        jump_to_sentence(sentence, fraction); // the voice went back (restarted from earlier)
    } else if (target > m_position) {
        if (m_state == PrompterState::Running) {
            move_to(target, 0.0); // the running time was already counted by advance()
        } else {
            seek(target);
        }
        m_manual_y = m_track.y_at(m_position);
    }
    // A report behind the extrapolated position in the same sentence holds still rather than
    // moving the text backwards.
    m_speech_reported = true;
    m_speech_sentence = sentence;
}

PrompterView PrompterModel::view() const
{
    PrompterView v;
    v.state = m_state;
    v.mode = m_options.mode;
    v.countdown_remaining = m_state == PrompterState::Countdown ? m_countdown : 0.0;
    v.position = m_position;
    v.scroll_y = display_y();
    v.reading_line = m_options.reading_line;
    v.current_sentence = m_sentence;
    v.current_section = m_section;
    if (m_sentence < m_timing->sentences.size()) {
        const SentenceTiming& timed = m_timing->sentences[m_sentence];
        v.sentence_progress = timed.speaking > 0.0
            ? std::clamp((m_position - timed.start) / timed.speaking, 0.0, 1.0)
            : 1.0;
    }
    v.elapsed = m_elapsed;
    v.total_planned = m_timing->total_seconds;
    v.planned_now = std::min(m_elapsed, v.total_planned);
    v.pace_factor = m_options.pace_factor;
    v.remaining = std::max(0.0, v.total_planned - m_position) / m_options.pace_factor;
    if (m_section < m_timing->sections.size() && m_section < m_section_actual.size()) {
        const SectionTiming& planned = m_timing->sections[m_section];
        v.section_actual = m_section_actual[m_section];
        v.section_planned = planned.duration;
        v.section_planned_so_far = std::clamp(m_position - planned.start, 0.0, planned.duration);
        if (planned.duration > 0.0) {
            const double over = (v.section_actual - v.section_planned_so_far) / planned.duration;
            v.section_status = verdict_for_over(over);
        }
    }
    v.pace_unit = m_pace_unit;
    v.pace = m_options.pace_factor
        * (m_pace_unit == PaceUnit::HanPerMinute ? m_timing->profile.han_per_minute : m_timing->profile.words_per_minute);
    v.manual_speed = base_manual_speed() * m_options.pace_factor;
    v.font_size = m_options.font_size;
    v.quit = m_quit;
    v.speech = m_lead == Lead::Voice;
    v.listening = m_lead == Lead::Speaker;
    return v;
}

} // namespace podium
