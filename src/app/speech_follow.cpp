// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/speech_follow.hpp"

#include "app/voice_setup.hpp"
#include "core/i18n/translate.hpp"
#include "core/error.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_player.hpp"

#include <SDL_thread.h>

#include <algorithm>
#include <exception>

namespace podium {

SpeechFollowClock::SpeechFollowClock(const Script& script, SpeechVoices voices)
    : m_script(script), m_voices(std::move(voices)), m_worker([this] {
        run();
        // SDL keeps each thread's error text in thread-local storage that it frees only for
        // threads it started; this worker opens the audio device, so it frees its own.
        SDL_TLSCleanup();
    })
{
}

SpeechFollowClock::~SpeechFollowClock()
{
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_worker.join();
}

void SpeechFollowClock::prepare()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requests.push_back({Job::Prepare, 0, m_generation});
    }
    m_wake.notify_all();
}

void SpeechFollowClock::set_active(bool on, std::size_t sentence)
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_generation;
        m_active = on;
        m_heard.reset();
        // Only the latest start or stop matters: an older one still queued is dropped.
        std::erase_if(m_requests, [](const Request& r) { return r.job != Job::Prepare; });
        m_requests.push_back({on ? Job::Start : Job::Stop, sentence, m_generation});
        if (on) {
            m_failure.reset(); // tried again: a failure shows again if it is still there
        }
    }
    m_wake.notify_all();
}

std::optional<SpeakerPosition> SpeechFollowClock::position()
{
    // The frame thread never waits for the worker: while it holds the lock, last frame's answer.
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        return std::nullopt;
    }
    if (!m_active || !m_player || m_playing != m_generation) {
        return m_active ? m_heard : std::nullopt;
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
    // The engine failed after speech started (a voice that cannot be loaded): say so, so the
    // app hands the line back to the plan instead of leaving it at the last word heard.
    if (!m_failure) {
        if (auto why = m_player->failure()) {
            m_failure = fill_in(_("speech unavailable: {}"), *why);
        }
    }
    return m_heard;
}

std::optional<std::string> SpeechFollowClock::failure() const
{
    const std::lock_guard lock(m_mutex);
    return m_failure;
}

void SpeechFollowClock::settle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_requests.empty() && !m_busy; });
}

void SpeechFollowClock::fail(std::uint64_t generation, const std::string& why)
{
    const std::lock_guard lock(m_mutex);
    if (generation == m_generation) {
        m_failure = fill_in(_("speech unavailable: {}"), why);
    }
}

void SpeechFollowClock::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_quit || !m_requests.empty(); });
        if (m_quit) {
            break;
        }
        const Request request = m_requests.front();
        m_requests.pop_front();
        m_busy = true;
        lock.unlock();
        // Whatever goes wrong here is a message for the screen, never an exception leaving the
        // thread (std::terminate in the middle of a speech).
        try {
            handle(request);
        } catch (const std::exception& error) {
            fail(request.generation, error.what());
        } catch (...) {
            fail(request.generation, _("unknown error"));
        }
        lock.lock();
        m_busy = false;
        m_idle.notify_all();
    }
    // The player holds a reference to the engine: it goes first, both on this thread.
    std::shared_ptr<SpeechPlayer> player = std::move(m_player);
    lock.unlock();
    player.reset();
    m_engine.reset();
}

void SpeechFollowClock::handle(const Request& request)
{
    switch (request.job) {
    case Job::Prepare:
        if (!m_engine) {
            m_engine = std::make_unique<SpeechEngine>();
            m_engine->preload(m_voices);
        }
        return;
    case Job::Stop: {
        std::shared_ptr<SpeechPlayer> player;
        {
            const std::lock_guard lock(m_mutex);
            player = m_player;
        }
        if (player) {
            player->stop();
        }
        return;
    }
    case Job::Start: start(request); return;
    }
}

void SpeechFollowClock::start(const Request& request)
{
    SpeechPlan plan = plan_speech(m_script, m_voices, {request.sentence, m_script.sentences.size()});
    if (!m_engine) {
        m_engine = std::make_unique<SpeechEngine>();
    }
    // Every start checks the voices (a missing one is the same message the second time).
    require_installed_voices(*m_engine, plan);
    std::shared_ptr<SpeechPlayer> player;
    {
        const std::lock_guard lock(m_mutex);
        player = m_player;
    }
    if (!player) {
        player = std::make_shared<SpeechPlayer>(*m_engine); // opens the audio device
    }
    player->play(std::move(plan));
    const std::lock_guard lock(m_mutex);
    m_player = player;
    if (request.generation == m_generation) {
        m_playing = request.generation;
    }
}

} // namespace podium
