// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/speech_player.hpp"

#include <algorithm>

namespace podium {

SpeechPlayer::SpeechPlayer(SpeechEngine& engine)
    : m_engine(engine), m_output([this](std::span<std::int16_t> out) { fill(out); })
{
}

SpeechPlayer::~SpeechPlayer()
{
    m_output.pause();
    m_engine.stop();
}

void SpeechPlayer::play(SpeechPlan plan)
{
    {
        std::lock_guard lock(m_mutex);
        // Under the player's lock so the audio thread cannot take a chunk of the new plan
        // before the clock is reset.
        m_engine.speak(std::move(plan));
        m_chunk.reset();
        m_offset = 0;
        m_played = 0;
        m_starts.clear();
        m_events.clear();
        m_state = PlaybackState::Playing;
    }
    m_output.play();
}

// The device is paused and resumed outside m_mutex: SDL holds the device lock while it runs
// fill(), which takes m_mutex, so the other order would deadlock.
void SpeechPlayer::pause()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_state != PlaybackState::Playing) {
            return;
        }
        m_state = PlaybackState::Paused;
    }
    m_output.pause();
}

void SpeechPlayer::resume()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_state != PlaybackState::Paused) {
            return;
        }
        m_state = PlaybackState::Playing;
    }
    m_output.play();
}

void SpeechPlayer::stop()
{
    std::lock_guard lock(m_mutex);
    m_engine.stop();
    m_chunk.reset();
    m_starts.clear();
    m_events.clear();
    m_state = PlaybackState::Idle;
}

void SpeechPlayer::set_monitor(Monitor monitor)
{
    std::lock_guard lock(m_mutex);
    m_monitor = std::move(monitor);
}

PlaybackPosition SpeechPlayer::position() const
{
    std::lock_guard lock(m_mutex);
    PlaybackPosition position;
    position.state = m_state;
    position.elapsed_seconds = static_cast<double>(m_played) / kSpeechSampleRate;
    const auto current = std::upper_bound(m_starts.begin(), m_starts.end(), m_played,
        [](std::size_t played, const SentenceStart& start) { return played < start.at; });
    if (current != m_starts.begin()) {
        const SentenceStart& start = *std::prev(current);
        position.sentence = start.sentence;
        position.seconds_into_sentence = static_cast<double>(m_played - start.at) / kSpeechSampleRate;
    }
    return position;
}

std::vector<SpeechEvent> SpeechPlayer::take_events()
{
    std::lock_guard lock(m_mutex);
    std::vector<SpeechEvent> events;
    while (!m_events.empty() && m_events.front().at <= m_played) {
        events.push_back(m_events.front().event);
        m_events.pop_front();
    }
    return events;
}

void SpeechPlayer::fill(std::span<std::int16_t> out)
{
    std::lock_guard lock(m_mutex);
    std::size_t written = 0;
    while (written < out.size() && m_state == PlaybackState::Playing) {
        if (!m_chunk) {
            m_chunk = m_engine.try_next();
            m_offset = 0;
            if (!m_chunk) {
                if (m_engine.finished()) {
                    m_state = PlaybackState::Finished;
                }
                break; // an underrun is silence, not counted by the clock
            }
            if (m_chunk->first_sample == 0) {
                m_starts.push_back({m_played, m_chunk->sentence});
            }
            const std::size_t sentence_start = m_starts.empty() ? m_played : m_starts.back().at;
            for (const SpeechEvent& event : m_chunk->events) {
                m_events.push_back({sentence_start + event.sample, event});
            }
        }
        const std::size_t count = std::min(out.size() - written, m_chunk->samples.size() - m_offset);
        std::copy_n(m_chunk->samples.begin() + static_cast<std::ptrdiff_t>(m_offset), count,
            out.begin() + static_cast<std::ptrdiff_t>(written));
        if (m_monitor) {
            m_monitor(out.subspan(written, count));
        }
        written += count;
        m_offset += count;
        m_played += count;
        if (m_offset >= m_chunk->samples.size()) {
            m_chunk.reset();
        }
    }
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(written), out.end(), std::int16_t{0});
}

} // namespace podium
