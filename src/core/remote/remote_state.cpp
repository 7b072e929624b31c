// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/remote_state.hpp"
#include "core/prompter/verdict.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace podium {

namespace {

// Tenths of a second are what the page shows; rounding keeps the JSON short and stable.
double tenths(double seconds)
{
    return std::round(seconds * 10.0) / 10.0;
}

} // namespace

TimeStatus section_verdict(double elapsed, double planned)
{
    return verdict_for(elapsed, planned);
}

RemoteState remote_state_of(const Script& script, const Timing& timing, const PrompterView& view,
    const std::vector<double>& section_actual, bool blank)
{
    RemoteState s;
    s.state = view.state;
    s.mode = view.mode;
    s.countdown = view.countdown_remaining;
    s.section = view.current_section;
    s.sentence = view.current_sentence;
    s.sentence_count = script.sentences.size();
    if (view.current_sentence < script.sentences.size()) {
        // A heading reads as its section's title ("Welcome", not "# Welcome").
        const Sentence& sentence = script.sentences[view.current_sentence];
        const bool heading = sentence.is_heading && sentence.section < script.sections.size()
            && script.sections[sentence.section].first_sentence == view.current_sentence;
        s.sentence_text = heading ? script.sections[sentence.section].title
                                  : script.shown_sentence_text(view.current_sentence);
    }
    s.elapsed = view.elapsed;
    s.planned_now = view.planned_now;
    s.position = view.position;
    s.total_planned = view.total_planned;
    s.remaining = view.remaining;
    s.section_elapsed = view.section_actual;
    s.section_planned = view.section_planned;
    s.section_planned_so_far = view.section_planned_so_far;
    s.section_status = view.section_status;
    s.pace_factor = view.pace_factor;
    s.blank = blank;
    s.mirror = view.mirror;
    s.speech = view.speech;
    s.quit_pending = view.quit == QuitState::Pending;
    s.sections.reserve(script.sections.size());
    for (std::size_t i = 0; i < script.sections.size(); ++i) {
        const Section& section = script.sections[i];
        RemoteSection r;
        r.title = section.title;
        r.level = section.level;
        r.first_sentence = section.first_sentence;
        r.end_sentence = section.end_sentence;
        r.planned = i < timing.sections.size() ? timing.sections[i].duration : 0.0;
        r.elapsed = i < section_actual.size() ? section_actual[i] : 0.0;
        r.status = section_verdict(r.elapsed, r.planned);
        s.sections.push_back(std::move(r));
    }
    return s;
}

bool remote_state_changed(const RemoteState& published, const RemoteState& next)
{
    // Everything but the clocks, and the clocks' whole seconds (what the page's mm:ss shows).
    auto same_second = [](double a, double b) { return std::floor(a) == std::floor(b); };
    if (published.state != next.state || published.mode != next.mode || published.section != next.section
        || published.sentence != next.sentence || published.section_status != next.section_status
        || published.pace_factor != next.pace_factor || published.blank != next.blank
        || published.mirror != next.mirror || published.speech != next.speech
        || published.quit_pending != next.quit_pending || published.cue != next.cue || published.cue_text != next.cue_text
        || published.sections.size() != next.sections.size()) {
        return true;
    }
    if (!same_second(published.elapsed, next.elapsed) || !same_second(published.countdown, next.countdown)
        || !same_second(published.remaining, next.remaining)) {
        return true;
    }
    for (std::size_t i = 0; i < next.sections.size(); ++i) {
        if (published.sections[i].status != next.sections[i].status) {
            return true;
        }
    }
    return false;
}

std::string remote_state_json(const RemoteState& s)
{
    nlohmann::ordered_json sections = nlohmann::ordered_json::array();
    for (const RemoteSection& r : s.sections) {
        sections.push_back({
            {"title", r.title},
            {"level", r.level},
            {"first_sentence", r.first_sentence},
            {"end_sentence", r.end_sentence},
            {"planned", tenths(r.planned)},
            {"elapsed", tenths(r.elapsed)},
            {"status", to_string(r.status)},
        });
    }
    const nlohmann::ordered_json json{
        {"version", s.version},
        {"state", to_string(s.state)},
        {"mode", to_string(s.mode)},
        {"countdown", tenths(s.countdown)},
        {"section", s.section},
        {"sentence", s.sentence},
        {"sentence_count", s.sentence_count},
        {"sentence_text", s.sentence_text},
        {"elapsed", tenths(s.elapsed)},
        {"planned_now", tenths(s.planned_now)},
        {"position", tenths(s.position)},
        {"total_planned", tenths(s.total_planned)},
        {"remaining", tenths(s.remaining)},
        {"section_elapsed", tenths(s.section_elapsed)},
        {"section_planned", tenths(s.section_planned)},
        {"section_planned_so_far", tenths(s.section_planned_so_far)},
        {"section_status", to_string(s.section_status)},
        {"pace_factor", s.pace_factor},
        {"blank", s.blank},
        {"mirror", s.mirror},
        {"speech", s.speech},
        {"quit_pending", s.quit_pending},
        {"cue", s.cue.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json{{"kind", s.cue}, {"text", s.cue_text}}},
        {"sections", std::move(sections)},
    };
    return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace podium
