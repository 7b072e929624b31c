// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/speech_engine.hpp"

#include "core/error.hpp"
#include "speech/espeak_session.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

namespace {

// eSpeak NG is one global engine per process, so only one SpeechEngine may drive it.
std::atomic<bool>& engine_exists()
{
    static std::atomic<bool> exists{false};
    return exists;
}

std::size_t seconds_to_samples(double seconds)
{
    return static_cast<std::size_t>(std::llround(std::max(seconds, 0.0) * kSpeechSampleRate));
}

} // namespace

SpeechEngine::SpeechEngine(SpeechEngineOptions options) : m_options(options)
{
    if (engine_exists().exchange(true)) {
        throw Error("the speech engine is already in use in this process");
    }
    std::promise<void> started;
    auto ready = started.get_future();
    m_worker = std::thread([this, &started] { run_worker(started); });
    try {
        ready.get();
    } catch (...) {
        m_worker.join();
        engine_exists() = false;
        throw;
    }
}

SpeechEngine::~SpeechEngine()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        ++m_generation;
        m_live_generation = m_generation;
    }
    m_worker_wake.notify_all();
    m_worker.join();
    engine_exists() = false;
}

void SpeechEngine::speak(SpeechPlan plan)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_generation;
        m_live_generation = m_generation;
        m_queue.clear();
        m_queued_samples = 0;
        m_failure.reset();
        m_plan = std::move(plan);
    }
    m_worker_wake.notify_all();
    m_chunk_ready.notify_all();
}

void SpeechEngine::stop()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_generation;
        m_live_generation = m_generation;
        m_done_generation = m_generation;
        m_queue.clear();
        m_queued_samples = 0;
        m_plan.reset();
    }
    m_worker_wake.notify_all();
    m_chunk_ready.notify_all();
}

std::optional<AudioChunk> SpeechEngine::next(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_chunk_ready.wait_for(lock, timeout, [&] {
        return !m_queue.empty() || m_failure || (m_done_generation == m_generation && !m_plan);
    });
    if (m_queue.empty() && m_failure) {
        throw Error(*m_failure);
    }
    if (m_queue.empty()) {
        return std::nullopt;
    }
    return pop_chunk(lock);
}

// Takes the front chunk (the queue is not empty and `lock` holds m_mutex) and wakes the worker,
// which may now synthesise ahead again.
AudioChunk SpeechEngine::pop_chunk(std::unique_lock<std::mutex>& lock)
{
    AudioChunk chunk = std::move(m_queue.front());
    m_queue.pop_front();
    m_queued_samples -= chunk.samples.size();
    lock.unlock();
    m_worker_wake.notify_all();
    return chunk;
}

std::optional<AudioChunk> SpeechEngine::try_next()
{
    std::unique_lock lock(m_mutex);
    if (m_queue.empty()) {
        return std::nullopt;
    }
    return pop_chunk(lock);
}

bool SpeechEngine::finished() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.empty() && !m_plan && (m_done_generation == m_generation || m_failure.has_value());
}

std::optional<std::string> SpeechEngine::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

std::vector<bool> SpeechEngine::installed(const std::vector<std::string>& voices)
{
    std::promise<std::vector<bool>> result;
    auto answer = result.get_future();
    {
        std::lock_guard lock(m_mutex);
        m_tasks.emplace_back([&voices, &result](EspeakSession& session) {
            std::vector<bool> found;
            for (const auto& voice : voices) {
                found.push_back(session.has_voice(voice));
            }
            result.set_value(std::move(found));
        });
    }
    m_worker_wake.notify_all();
    return answer.get();
}

void SpeechEngine::preload(const SpeechVoices& voices)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.emplace_back([voices](EspeakSession& session) {
            try {
                session.select(voices.settings(SpokenLanguage::English));
                session.select(voices.settings(SpokenLanguage::Chinese));
            } catch (const Error&) {
                // A missing voice is reported when the speech needs it.
            }
        });
    }
    m_worker_wake.notify_all();
}

void SpeechEngine::run_tasks(EspeakSession& session, std::unique_lock<std::mutex>& lock)
{
    while (!m_tasks.empty()) {
        Task task = std::move(m_tasks.front());
        m_tasks.pop_front();
        lock.unlock();
        task(session);
        lock.lock();
    }
}

void SpeechEngine::run_worker(std::promise<void>& started)
{
    std::optional<EspeakSession> session;
    try {
        session.emplace();
    } catch (...) {
        started.set_exception(std::current_exception());
        return;
    }
    started.set_value();
    std::unique_lock lock(m_mutex);
    while (true) {
        m_worker_wake.wait(lock, [&] { return m_quit || m_plan.has_value() || !m_tasks.empty(); });
        run_tasks(*session, lock);
        if (m_quit) {
            return;
        }
        if (!m_plan) {
            continue;
        }
        const SpeechPlan plan = std::move(*m_plan);
        m_plan.reset();
        const std::uint64_t generation = m_generation;
        lock.unlock();
        try {
            synthesise_plan(*session, plan, generation);
            lock.lock();
            if (m_generation == generation) {
                m_done_generation = generation;
            }
        } catch (const std::exception& e) {
            lock.lock();
            if (m_generation == generation) {
                m_failure = e.what();
            }
        }
        m_chunk_ready.notify_all();
    }
}

bool SpeechEngine::push(AudioChunk chunk, std::uint64_t generation)
{
    std::unique_lock lock(m_mutex);
    const std::size_t capacity = std::max<std::size_t>(seconds_to_samples(m_options.buffer_seconds), 1);
    m_worker_wake.wait(lock, [&] {
        return m_generation != generation || m_quit || m_queued_samples < capacity;
    });
    if (m_generation != generation || m_quit) {
        return false;
    }
    m_queued_samples += chunk.samples.size();
    m_queue.push_back(std::move(chunk));
    lock.unlock();
    m_chunk_ready.notify_all();
    return true;
}

void SpeechEngine::synthesise_plan(EspeakSession& session, const SpeechPlan& plan, std::uint64_t generation)
{
    const auto live = [&] { return m_live_generation.load() == generation; };
    for (const PlannedSentence& sentence : plan.sentences) {
        std::size_t written = 0; // samples of this sentence so far
        std::vector<SpeechEvent> pending{{SpeechEventType::SentenceStart, sentence.sentence, 0, sentence.span}};
        for (const PlannedRun& run : sentence.runs) {
            if (!live()) {
                return;
            }
            if (run.kind == RunKind::Silence) {
                AudioChunk chunk{sentence.sentence, written, std::vector<std::int16_t>(seconds_to_samples(run.silence_seconds)),
                    std::move(pending), false, 0, 0};
                pending.clear();
                written += chunk.samples.size();
                if (!push(std::move(chunk), generation)) {
                    return;
                }
                continue;
            }
            session.select(plan.voices.settings(run.language));
            const std::size_t run_start = written;
            const auto sink = [&](std::span<const std::int16_t> samples, std::span<const espeak_EVENT> events) {
                for (const espeak_EVENT& event : events) {
                    if (event.type == espeakEVENT_WORD) {
                        const auto at = run_start
                            + static_cast<std::size_t>(std::max(event.audio_position, 0)) * kSpeechSampleRate / 1000;
                        pending.push_back({SpeechEventType::Word, sentence.sentence, at,
                            map_to_source(run, event.text_position, event.length)});
                    }
                }
                if (samples.empty() && pending.empty()) {
                    return live();
                }
                AudioChunk chunk{sentence.sentence, written, {samples.begin(), samples.end()}, std::move(pending), false, 0, 0};
                pending.clear();
                written += chunk.samples.size();
                return push(std::move(chunk), generation);
            };
            if (session.synthesise(run.text, sink) == SynthesisResult::Aborted) {
                return;
            }
        }
        const std::size_t speech_samples = written;
        pending.push_back({SpeechEventType::SentenceEnd, sentence.sentence, speech_samples, sentence.span});
        AudioChunk last{sentence.sentence, written, std::vector<std::int16_t>(seconds_to_samples(sentence.pause_after)),
            std::move(pending), true, speech_samples, 0};
        last.total_samples = written + last.samples.size();
        if (!push(std::move(last), generation)) {
            return;
        }
    }
}

} // namespace podium
