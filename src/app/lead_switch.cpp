// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/lead_switch.hpp"

#include "core/i18n/translate.hpp"

#include <utility>

namespace podium {

LeadSwitch::LeadSwitch(PositionSource* voice, PositionSource* speaker, std::string voice_unavailable)
    : m_voice(voice), m_speaker(speaker), m_voice_unavailable(std::move(voice_unavailable))
{
    // The window is open: the voice starts its engine in the background now, so S does not wait.
    if (m_voice != nullptr) {
        m_voice->prepare();
    }
}

PositionSource* LeadSwitch::source_for(Lead lead) const
{
    switch (lead) {
    case Lead::Plan: return nullptr; // the plan clock is always there: see m_plan
    case Lead::Voice: return m_voice;
    case Lead::Speaker: return m_speaker;
    }
    return nullptr;
}

void LeadSwitch::plug(Lead lead, PositionSource& source, PrompterModel& model)
{
    m_lead = lead;
    m_leading = &source;
    m_shown_failure.reset();
    m_reported = false;
    m_seen_jumps = model.manual_jumps();
    model.set_lead(lead);
}

void LeadSwitch::request(Lead wanted, PrompterModel& model)
{
    if (wanted == m_lead) {
        return;
    }
    m_leading->set_active(false, model.current_sentence());
    plug(Lead::Plan, m_plan, model);
    if (wanted == Lead::Plan) {
        return;
    }
    PositionSource* source = source_for(wanted);
    if (source == nullptr) {
        m_notices.push_back(wanted == Lead::Speaker ? _("Listening is not available: start podium with --listen")
                                                    : translated(m_voice_unavailable));
        return;
    }
    source->set_active(true, model.current_sentence());
    if (auto why = source->failure()) {
        source->set_active(false, model.current_sentence());
        m_notices.push_back(*why);
        return;
    }
    plug(wanted, *source, model);
}

std::optional<SpeakerPosition> LeadSwitch::follow(PrompterModel& model)
{
    if (m_lead == Lead::Plan) {
        return std::nullopt; // the plan clock: the model's own advance() moves the line
    }
    // The speaker moved the reading line by hand: that is where they are.
    if (model.manual_jumps() != m_seen_jumps) {
        m_seen_jumps = model.manual_jumps();
        m_leading->anchor(model.current_sentence());
    }
    // A source that fails while following (the microphone was unplugged) says so once.
    if (auto why = m_leading->failure(); why && why != m_shown_failure) {
        m_shown_failure = why;
        m_notices.push_back(*why);
        // The voice stopped short, or the microphone never opened (both start in the
        // background, so this is where their failures show): the plan leads again, so the line
        // never freezes. A microphone that goes away mid-speech leaves the line where it was
        // (its reports say "not speaking") until the speaker acts.
        if (m_lead == Lead::Voice || !m_reported) {
            m_leading->set_active(false, model.current_sentence());
            plug(Lead::Plan, m_plan, model);
            return std::nullopt;
        }
    }
    std::optional<SpeakerPosition> heard = m_leading->position();
    if (heard) {
        m_reported = true;
        model.follow(*heard);
    }
    return heard;
}

void LeadSwitch::stop(PrompterModel& model)
{
    m_leading->set_active(false, model.current_sentence());
    plug(Lead::Plan, m_plan, model);
}

std::vector<std::string> LeadSwitch::take_notices()
{
    return std::exchange(m_notices, {});
}

} // namespace podium
