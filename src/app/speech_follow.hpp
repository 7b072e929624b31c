// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/position_source.hpp"
#include "core/script/script.hpp"
#include "speech/speech_plan.hpp"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace podium {

class SpeechEngine;
class SpeechPlayer;

// The prompter's speech-follow clock over the eSpeak engine and SDL audio: S starts the voice
// at the current sentence, and the words heard move the reading line.
//
// Nothing here waits on the frame thread. A worker of its own starts eSpeak NG and loads the
// voices (prepare(), when the window opens, so the first S does not wait 85–110 ms for them),
// builds each speech plan (every S and every re-anchor), checks the plan's voices are installed
// and opens the audio device. The frame thread only posts requests and try-locks to read what
// was heard. A failure at any point, also one of the engine after speech started (a voice that
// cannot be loaded), is failure(): the app shows it and hands the reading line back to the plan;
// the next S tries again from scratch.
class SpeechFollowClock final : public PositionSource {
public:
    SpeechFollowClock(const Script& script, SpeechVoices voices);
    ~SpeechFollowClock() override;
    SpeechFollowClock(const SpeechFollowClock&) = delete;
    SpeechFollowClock& operator=(const SpeechFollowClock&) = delete;

    void prepare() override;
    void set_active(bool on, std::size_t sentence) override;
    [[nodiscard]] std::optional<SpeakerPosition> position() override;
    // The speaker jumped: the voice reads on from there.
    void anchor(std::size_t sentence) override { set_active(true, sentence); }
    [[nodiscard]] std::optional<std::string> failure() const override;

    // Waits until the worker has handled every request so far (tests).
    void settle();

private:
    enum class Job { Prepare, Start, Stop };
    struct Request {
        Job job = Job::Prepare;
        std::size_t sentence = 0;
        std::uint64_t generation = 0;
    };
    void run();
    void handle(const Request& request);
    void start(const Request& request);
    void fail(std::uint64_t generation, const std::string& why);

    const Script& m_script;
    SpeechVoices m_voices;
    // The worker's own: created, used and destroyed on it (the player is read under m_mutex).
    std::unique_ptr<SpeechEngine> m_engine;

    mutable std::mutex m_mutex;              // everything below, between the frame thread and the worker
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Request> m_requests;
    bool m_busy = false;
    bool m_quit = false;
    std::uint64_t m_generation = 0;          // bumped by every set_active
    std::uint64_t m_playing = 0;             // the generation the player plays
    bool m_active = false;
    std::shared_ptr<SpeechPlayer> m_player;
    std::optional<std::string> m_failure;
    std::optional<SpeakerPosition> m_heard;  // the latest word heard
    std::thread m_worker;                    // last: starts once everything above exists
};

} // namespace podium
