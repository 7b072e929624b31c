// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <mutex>
#include <span>
#include <vector>

namespace podium {

// A bounded FIFO of mono samples between SDL's audio thread (push) and the live voice's worker
// (take). The lock is held only to copy, so neither side waits for the other's work; when the
// reader falls behind by more than the capacity, the oldest samples are dropped and counted
// (a stalled reader must not grow memory without bound).
class SampleRing {
public:
    explicit SampleRing(std::size_t capacity);

    void push(std::span<const float> samples);
    // Moves everything queued onto the end of `out`.
    void take(std::vector<float>& out);

    [[nodiscard]] std::size_t dropped() const;
    [[nodiscard]] std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::vector<float> m_buffer;
    std::size_t m_head = 0;  // index of the oldest sample
    std::size_t m_size = 0;
    std::size_t m_dropped = 0;
};

} // namespace podium
