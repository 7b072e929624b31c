// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/speech_follow.hpp"

#include "cli/speech_setup.hpp"
#include "core/error.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_player.hpp"

#include <algorithm>

namespace podium {

SpeechFollowClock::SpeechFollowClock(const Script& script, SpeechVoices voices)
    : m_script(script), m_voices(std::move(voices))
{
}

// The player holds a reference to the engine: destroy it first.
SpeechFollowClock::~SpeechFollowClock()
{
    m_player.reset();
    m_engine.reset();
}

void SpeechFollowClock::set_active(bool on, std::size_t sentence)
{
    m_heard.reset();
    if (!on) {
        if (m_player) {
            m_player->stop();
        }
        return;
    }
    try {
        SpeechPlan plan = plan_speech(m_script, m_voices, {sentence, m_script.sentences.size()});
        if (!m_engine) {
            m_engine = std::make_unique<SpeechEngine>();
            require_installed_voices(*m_engine, plan);
        }
        if (!m_player) {
            m_player = std::make_unique<SpeechPlayer>(*m_engine);
        }
        m_player->play(std::move(plan));
        m_failure.reset();
    } catch (const Error& error) {
        m_failure = std::string("speech unavailable: ") + error.what();
    }
}

std::optional<SpeakerPosition> SpeechFollowClock::position()
{
    if (!m_player) {
        return std::nullopt;
    }
    // Words heard since the last frame: the latest one says how far into its sentence the
    // voice is, by text position, which is what the prompter's reading line follows.
    for (const SpeechEvent& event : m_player->take_events()) {
        if (event.sentence >= m_script.sentences.size()) {
            continue;
        }
        const Span sentence = m_script.sentences[event.sentence].span;
        double fraction = 0.0;
        if (event.type == SpeechEventType::SentenceEnd) {
            fraction = 1.0;
        } else if (event.type == SpeechEventType::Word && !sentence.empty()) {
            const std::size_t into = event.source.begin > sentence.begin ? event.source.begin - sentence.begin : 0;
            fraction = std::clamp(static_cast<double>(into) / static_cast<double>(sentence.size()), 0.0, 1.0);
        }
        m_heard = SpeakerPosition{event.sentence, fraction, true, std::nullopt};
    }
    return m_heard;
}

} // namespace podium
