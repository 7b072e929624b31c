// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/live_coach.hpp"

#include "core/i18n/translate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace podium {

namespace {

std::size_t index(CueKind kind) { return static_cast<std::size_t>(kind); }

// "0:40", "1:05": how a clock on the prompter reads.
std::string minutes_seconds(double seconds)
{
    const long total = std::lround(std::max(0.0, seconds));
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
    return text;
}

} // namespace

std::optional<CoachMode> parse_coach_mode(std::string_view text)
{
    if (text == "off") {
        return CoachMode::Off;
    }
    if (text == "quiet") {
        return CoachMode::Quiet;
    }
    if (text == "on") {
        return CoachMode::On;
    }
    return std::nullopt;
}

std::string cue_text(const Cue& cue)
{
    switch (cue.kind) {
    case CueKind::SectionOver: return fill_in(_("section over by {}"), minutes_seconds(cue.over_seconds));
    case CueKind::Louder: return _("louder");
    case CueKind::Slower: return _("slower");
    case CueKind::Breathe: return _("breathe");
    }
    return {};
}

const char* cue_name(CueKind kind)
{
    switch (kind) {
    case CueKind::SectionOver: return "section-over";
    case CueKind::Louder: return "louder";
    case CueKind::Slower: return "slower";
    case CueKind::Breathe: return "breathe";
    }
    return "";
}

LiveCoach::LiveCoach(CoachMode mode, LiveCoachSettings settings) : m_mode(mode), m_settings(settings) {}

void LiveCoach::restart_window()
{
    m_window.clear();
    for (auto& since : m_since) {
        since.reset();
    }
}

void LiveCoach::observe(const LiveSample& sample)
{
    if (m_mode == CoachMode::Off) {
        return;
    }
    if (!sample.running) {
        // A pause (or the countdown, or the end) breaks the evidence: after it the speaker starts
        // afresh, and nothing measured before it is held against them.
        m_was_running = false;
        restart_window();
        return;
    }
    if (!m_was_running) {
        m_was_running = true;
        m_last_pause = sample.elapsed;
    }
    const Point point{sample.elapsed, sample.position, sample.voice ? sample.voice->speech_seconds : 0.0,
        sample.voice ? sample.voice->speech_energy : 0.0, sample.voice ? sample.voice->syllables : 0.0};
    if (sample.voice && !m_first_voice) {
        m_first_voice = sample.voice;
    }
    // The speaker's own level and rate, once: over their first `baseline_speech` seconds of speech.
    if (sample.voice && m_first_voice && !m_baseline_rate
        && sample.voice->speech_seconds - m_first_voice->speech_seconds >= m_settings.baseline_speech) {
        const double speech = sample.voice->speech_seconds - m_first_voice->speech_seconds;
        m_baseline_rate = (sample.voice->syllables - m_first_voice->syllables) / speech;
        m_baseline_db = 10.0 * std::log10(std::max(1e-12, sample.voice->speech_energy - m_first_voice->speech_energy) / speech);
    }
    // The voice switched on or off, or its totals started again: everything measured starts
    // afresh. (The follower takes back a few tenths of "speech" when its hangover turns out to
    // have been the start of a pause: that is no restart.)
    if (!m_window.empty() && (point.speech < m_window.back().speech - 1.0 || !sample.listening)) {
        restart_window();
    }
    // A jump (a section key, the speaker's hand on the clicker, a skip or a correction of the
    // follower): the reading line's pace over the window would be the jump's, not the speaker's,
    // so it is measured from here on. Their voice's rate and level are not affected.
    if (m_window.empty() || sample.jumped || std::abs(point.position - m_window.back().position) > m_settings.jump) {
        m_pace_since = point.elapsed;
        m_pace_origin = point;
    }
    m_window.push_back(point);
    while (m_window.size() > 2 && point.elapsed - m_window[1].elapsed >= m_settings.window) {
        m_window.pop_front();
    }
    if (!sample.listening || !sample.speaking) {
        m_last_pause = sample.elapsed;
    }

    const bool delivery = m_mode == CoachMode::On && sample.listening && sample.voice.has_value();
    hold(CueKind::Louder, delivery && quiet(), sample.elapsed);
    hold(CueKind::Slower, delivery && fast(), sample.elapsed);
    const bool over = section_over(sample);

    const auto held = [&](CueKind kind) {
        const auto& since = m_since[index(kind)];
        return since && sample.elapsed - *since >= m_settings.sustain;
    };
    // Speaking on and on is its own evidence: it has been sustained for as long as it lasted.
    const bool breathless = delivery && sample.elapsed - m_last_pause >= m_settings.breathless;

    if (over && may_show(CueKind::SectionOver, sample.now)) {
        show(CueKind::SectionOver, sample);
        m_section_cued = sample.section;
    } else if (held(CueKind::Louder) && may_show(CueKind::Louder, sample.now)) {
        show(CueKind::Louder, sample);
    } else if (held(CueKind::Slower) && may_show(CueKind::Slower, sample.now)) {
        show(CueKind::Slower, sample);
    } else if (breathless && may_show(CueKind::Breathe, sample.now)) {
        show(CueKind::Breathe, sample);
    }
}

void LiveCoach::hold(CueKind kind, bool condition, double elapsed)
{
    auto& since = m_since[index(kind)];
    if (!condition) {
        since.reset();
    } else if (!since) {
        since = elapsed;
    }
}

// The reading line has covered more than `fast_ratio` plan seconds per running second over the
// whole window, or more than `sustained_ratio` over the run since its start (or last jump), or
// the speaker's syllables come markedly faster than when they began.
bool LiveCoach::fast()
{
    if (m_window.size() < 2) {
        return false;
    }
    const Point& first = m_window.front();
    const Point& last = m_window.back();
    const double speech = last.speech - first.speech;
    if (last.elapsed - first.elapsed < 0.9 * m_settings.window || speech < m_settings.min_speech) {
        return false;
    }
    const bool accelerated = m_baseline_rate && *m_baseline_rate > 0.0
        && (last.syllables - first.syllables) / speech > m_settings.accelerate_ratio * *m_baseline_rate;
    // The reading line's pace, over the window since the last jump only.
    const auto since = std::find_if(m_window.begin(), m_window.end(), [this](const Point& p) { return p.elapsed >= m_pace_since; });
    const double span = last.elapsed - since->elapsed;
    const bool ahead = span >= 0.9 * m_settings.window && (last.position - since->position) / span > m_settings.fast_ratio;
    // Against the plan over the run so far: fast from the first word.
    const double run = m_pace_origin ? last.elapsed - m_pace_origin->elapsed : 0.0;
    const bool sustained = run >= m_settings.sustained_window
        && (last.position - m_pace_origin->position) / run > m_settings.sustained_ratio;
    return accelerated || ahead || sustained;
}

// The speech over the window is quieter than a room hears well, or far quieter than the speaker
// began. The first `baseline_speech` seconds of speech set their own level.
bool LiveCoach::quiet()
{
    if (m_window.size() < 2) {
        return false;
    }
    const Point& first = m_window.front();
    const Point& last = m_window.back();
    const double speech = last.speech - first.speech;
    if (speech < m_settings.min_speech) {
        return false;
    }
    const double energy = std::max(1e-12, last.energy - first.energy);
    const double level = 10.0 * std::log10(energy / speech);
    return level < m_settings.quiet_db || (m_baseline_db && level < *m_baseline_db - m_settings.drop_db);
}

bool LiveCoach::section_over(const LiveSample& sample) const
{
    if (m_section_cued == sample.section || sample.section_planned <= 0.0) {
        return false;
    }
    const double over = sample.section_actual - sample.section_planned;
    return over >= std::max(m_settings.over_min, m_settings.over_fraction * sample.section_planned);
}

bool LiveCoach::may_show(CueKind kind, double now) const
{
    if (m_mode == CoachMode::Quiet && kind != CueKind::SectionOver) {
        return false;
    }
    if (m_cue && now < m_cue->until + m_settings.min_gap) {
        return false; // one at a time, and a quiet stretch after each
    }
    const auto& last = m_last_shown[index(kind)];
    return kind == CueKind::SectionOver || !last || now - *last >= m_settings.cooldown;
}

void LiveCoach::show(CueKind kind, const LiveSample& sample)
{
    Cue cue{kind, sample.now, sample.now + m_settings.shown, 0.0};
    if (kind == CueKind::SectionOver) {
        const double over = sample.section_actual - sample.section_planned;
        cue.over_seconds = std::max(5.0, std::round(over / 5.0) * 5.0);
    }
    m_cue = cue;
    m_last_shown[index(kind)] = sample.now;
    m_since[index(kind)].reset();
    ++m_given;
}

std::optional<Cue> LiveCoach::cue(double now) const
{
    if (m_cue && now >= m_cue->shown_at && now < m_cue->until) {
        return m_cue;
    }
    return std::nullopt;
}

} // namespace podium
