// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <atomic>
#include <cstddef>
#include <span>
#include <vector>

namespace podium {

// A bounded single-producer/single-consumer FIFO of mono samples between SDL's audio thread
// (push) and the live voice's worker (take). Lock-free: the audio thread never waits for the
// worker, whatever the worker is doing (allocating, writing the WAV). When the reader falls
// behind by more than the capacity, the samples that do not fit are dropped and counted (a
// stalled reader must not grow memory without bound, and only the reader may move the read
// index); the worker reports the count.
class SampleRing {
public:
    explicit SampleRing(std::size_t capacity);

    // Producer only. Never blocks, never allocates.
    void push(std::span<const float> samples);
    // Consumer only: moves everything queued onto the end of `out`.
    void take(std::vector<float>& out);

    [[nodiscard]] std::size_t dropped() const { return m_dropped.load(std::memory_order_relaxed); }
    [[nodiscard]] std::size_t size() const;

private:
    std::vector<float> m_buffer;
    // Ever-increasing counts: the difference is what is queued; index = count % capacity.
    std::atomic<std::size_t> m_written{0}; // advanced by the producer
    std::atomic<std::size_t> m_read{0};    // advanced by the consumer
    std::atomic<std::size_t> m_dropped{0};
};

} // namespace podium
