// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/sample_ring.hpp"

#include <algorithm>

namespace podium {

SampleRing::SampleRing(std::size_t capacity) : m_buffer(std::max<std::size_t>(capacity, 1)) {}

void SampleRing::push(std::span<const float> samples)
{
    const std::size_t capacity = m_buffer.size();
    const std::size_t written = m_written.load(std::memory_order_relaxed);
    const std::size_t read = m_read.load(std::memory_order_acquire);
    const std::size_t room = capacity - (written - read);
    const std::size_t count = std::min(room, samples.size());
    if (count < samples.size()) {
        m_dropped.fetch_add(samples.size() - count, std::memory_order_relaxed);
    }
    for (std::size_t i = 0; i < count; ++i) {
        m_buffer[(written + i) % capacity] = samples[i];
    }
    m_written.store(written + count, std::memory_order_release);
}

void SampleRing::take(std::vector<float>& out)
{
    const std::size_t capacity = m_buffer.size();
    const std::size_t read = m_read.load(std::memory_order_relaxed);
    const std::size_t written = m_written.load(std::memory_order_acquire);
    for (std::size_t at = read; at != written; ++at) {
        out.push_back(m_buffer[at % capacity]);
    }
    m_read.store(written, std::memory_order_release);
}

std::size_t SampleRing::size() const
{
    return m_written.load(std::memory_order_acquire) - m_read.load(std::memory_order_acquire);
}

} // namespace podium
