// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/sample_ring.hpp"

#include <algorithm>

namespace podium {

SampleRing::SampleRing(std::size_t capacity) : m_buffer(std::max<std::size_t>(capacity, 1)) {}

void SampleRing::push(std::span<const float> samples)
{
    const std::lock_guard lock(m_mutex);
    const std::size_t capacity = m_buffer.size();
    if (samples.size() >= capacity) {
        m_dropped += m_size + samples.size() - capacity;
        samples = samples.subspan(samples.size() - capacity);
        m_head = 0;
        m_size = 0;
    }
    const std::size_t overflow = m_size + samples.size() > capacity ? m_size + samples.size() - capacity : 0;
    m_head = (m_head + overflow) % capacity;
    m_size -= overflow;
    m_dropped += overflow;
    std::size_t tail = (m_head + m_size) % capacity;
    for (const float sample : samples) {
        m_buffer[tail] = sample;
        tail = tail + 1 == capacity ? 0 : tail + 1;
    }
    m_size += samples.size();
}

void SampleRing::take(std::vector<float>& out)
{
    const std::lock_guard lock(m_mutex);
    const std::size_t capacity = m_buffer.size();
    const std::size_t first = std::min(m_size, capacity - m_head);
    out.insert(out.end(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_head),
        m_buffer.begin() + static_cast<std::ptrdiff_t>(m_head + first));
    out.insert(out.end(), m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_size - first));
    m_head = 0;
    m_size = 0;
}

std::size_t SampleRing::dropped() const
{
    const std::lock_guard lock(m_mutex);
    return m_dropped;
}

std::size_t SampleRing::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_size;
}

} // namespace podium
