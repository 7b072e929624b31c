// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "core/prompter/position_source.hpp"
#include "speech/speech_plan.hpp"

#include <memory>
#include <optional>
#include <string>

namespace podium {

class SpeechEngine;
class SpeechPlayer;

// The prompter's speech-follow clock over the eSpeak engine and SDL audio: S starts the voice
// at the current sentence, and the words heard move the reading line. The engine and audio
// device open on first use, so a prompter that never speaks pays nothing for them; when they
// cannot open, failure() says why and the prompter carries on silently.
class SpeechFollowClock final : public PositionSource {
public:
    SpeechFollowClock(const Script& script, SpeechVoices voices);
    ~SpeechFollowClock() override;

    void set_active(bool on, std::size_t sentence) override;
    [[nodiscard]] std::optional<SpeakerPosition> position() override;
    // The speaker jumped: the voice reads on from there.
    void anchor(std::size_t sentence) override { set_active(true, sentence); }
    [[nodiscard]] std::optional<std::string> failure() const override { return m_failure; }

private:
    const Script& m_script;
    SpeechVoices m_voices;
    std::unique_ptr<SpeechEngine> m_engine;
    std::unique_ptr<SpeechPlayer> m_player;
    std::optional<std::string> m_failure;
    std::optional<SpeakerPosition> m_heard; // the latest word heard
};

} // namespace podium
