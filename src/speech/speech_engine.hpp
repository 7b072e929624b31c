// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "speech/speech_events.hpp"
#include "speech/speech_plan.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <atomic>
#include <deque>
#include <future>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace podium {

class EspeakSession;

struct SpeechEngineOptions {
    double buffer_seconds = 20.0;      // how much audio the worker may synthesise ahead
};

// The speech engine: one worker thread owns every eSpeak NG call (the library's state is
// global and not thread-safe). It synthesises the plan sentence by sentence, ahead of the
// consumer, into a bounded buffer of AudioChunks. `speak` replaces the plan at once (seek);
// the running synthesis is aborted from eSpeak's callback, so a seek or stop takes effect in
// milliseconds. Only one engine may exist at a time in a process.
class SpeechEngine {
public:
    // Starts the worker and initialises eSpeak NG on it. Throws podium::Error when eSpeak NG's
    // data is missing or another engine exists.
    explicit SpeechEngine(SpeechEngineOptions options = {});
    ~SpeechEngine();
    SpeechEngine(const SpeechEngine&) = delete;
    SpeechEngine& operator=(const SpeechEngine&) = delete;

    // Drops everything queued and starts synthesising `plan`.
    void speak(SpeechPlan plan);
    // Drops everything queued and stops synthesising.
    void stop();

    // The next chunk, waiting up to `timeout`. Empty on timeout or when the plan is finished
    // (see finished()). Throws podium::Error when synthesis failed (e.g. a missing voice).
    [[nodiscard]] std::optional<AudioChunk> next(std::chrono::milliseconds timeout);
    // The next chunk if one is ready; never blocks long, never throws (for audio callbacks).
    [[nodiscard]] std::optional<AudioChunk> try_next();
    // The whole plan has been synthesised and taken (or stopped).
    [[nodiscard]] bool finished() const;
    // The message of a failed synthesis, if any.
    [[nodiscard]] std::optional<std::string> failure() const;

    // Loads both voices on the worker in the background (the first load of the Chinese voice
    // reads its dictionary, ~50–80 ms), so the first speak() starts at once. Call it early,
    // e.g. when the prompter opens.
    void preload(const SpeechVoices& voices);

    // Which of `voices` eSpeak NG has installed (runs on the worker, between sentences).
    [[nodiscard]] std::vector<bool> installed(const std::vector<std::string>& voices);

private:
    using Task = std::function<void(EspeakSession&)>;
    void run_worker(std::promise<void>& started);
    void synthesise_plan(EspeakSession& session, const SpeechPlan& plan, std::uint64_t generation);
    bool push(AudioChunk chunk, std::uint64_t generation);
    void run_tasks(EspeakSession& session, std::unique_lock<std::mutex>& lock);
    AudioChunk pop_chunk(std::unique_lock<std::mutex>& lock);

    SpeechEngineOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_worker_wake;
    std::condition_variable m_chunk_ready;
    std::deque<AudioChunk> m_queue;
    std::size_t m_queued_samples = 0;
    std::optional<SpeechPlan> m_plan;          // waiting to be picked up by the worker
    std::uint64_t m_generation = 0;            // bumped by speak/stop; stale output is dropped
    std::atomic<std::uint64_t> m_live_generation{0};
    std::uint64_t m_done_generation = 0;       // the generation whose synthesis completed
    std::optional<std::string> m_failure;
    std::deque<Task> m_tasks;
    bool m_quit = false;
    std::thread m_worker;
};

} // namespace podium
