// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "speech/audio_output.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_events.hpp"
#include "speech/speech_plan.hpp"

#include <cstddef>
#include <deque>
#include <functional>
#include <span>
#include <mutex>
#include <optional>
#include <vector>

namespace podium {

enum class PlaybackState { Idle, Playing, Paused, Finished };

// Where playback is, from the playback clock (samples handed to the audio device).
struct PlaybackPosition {
    PlaybackState state = PlaybackState::Idle;
    std::optional<std::size_t> sentence;   // index into Script::sentences being spoken (or its pause)
    double seconds_into_sentence = 0.0;
    double elapsed_seconds = 0.0;          // audio played since play()
    friend bool operator==(const PlaybackPosition&, const PlaybackPosition&) = default;
};

// Plays a speech plan through SDL audio, fed from the engine's buffer on SDL's audio thread.
// The prompter asks position() each frame to follow the voice, and seeks by playing a plan
// that starts elsewhere. The clock counts samples handed to the device, so it runs at most
// one device buffer (≈ 23 ms) ahead of what is heard.
class SpeechPlayer {
public:
    // Opens the audio device; throws podium::Error when there is none (the caller can carry on
    // without sound).
    explicit SpeechPlayer(SpeechEngine& engine);
    ~SpeechPlayer();
    SpeechPlayer(const SpeechPlayer&) = delete;
    SpeechPlayer& operator=(const SpeechPlayer&) = delete;

    // Starts `plan` at once, dropping whatever was playing (this is also how to seek).
    void play(SpeechPlan plan);
    void pause();
    void resume();
    void stop();

    [[nodiscard]] PlaybackPosition position() const;
    // Word and sentence events that have been played since the last call, in order; their
    // `sample` is relative to their sentence.
    [[nodiscard]] std::vector<SpeechEvent> take_events();

    // Called on the audio thread with every block of speech handed to the device (not the
    // silence of an underrun): for recording what was heard. Set it before play().
    using Monitor = std::function<void(std::span<const std::int16_t>)>;
    void set_monitor(Monitor monitor);

private:
    struct SentenceStart {
        std::size_t at = 0;        // samples played when it starts
        std::size_t sentence = 0;
    };
    struct PendingEvent {
        std::size_t at = 0;
        SpeechEvent event;
    };
    void fill(std::span<std::int16_t> out);

    SpeechEngine& m_engine;
    mutable std::mutex m_mutex;            // between the audio thread and the caller
    PlaybackState m_state = PlaybackState::Idle;
    std::optional<AudioChunk> m_chunk;     // being played
    std::size_t m_offset = 0;              // into m_chunk
    std::size_t m_played = 0;              // samples handed to the device since play()
    std::vector<SentenceStart> m_starts;
    std::deque<PendingEvent> m_events;
    Monitor m_monitor;
    AudioOutput m_output;                  // last: closed first, so fill() never sees a dead player
};

} // namespace podium
