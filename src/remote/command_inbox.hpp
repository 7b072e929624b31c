// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Commands from the server threads to the frame loop. Bounded, so a flood of requests cannot
// grow it; the frame loop only ever try-locks, so it never waits for a server thread. A command
// that waited longer than `max_age` (the frame loop was stalled: a slow disk, a debugger) is
// dropped when taken: a burst of stale taps applied at once would jump the speaker around.
#include "core/prompter/command.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace podium {

class CommandInbox {
public:
    using Clock = std::chrono::steady_clock;

    explicit CommandInbox(std::size_t capacity, Clock::duration max_age = std::chrono::seconds(1))
        : m_capacity(capacity)
        , m_max_age(max_age)
    {
    }

    // Server threads. The command's ticket (1, 2, 3…: the order it will be applied in), or
    // nothing when the inbox is full (the caller answers 429).
    [[nodiscard]] std::optional<std::uint64_t> push(const Command& command, Clock::time_point now = Clock::now());

    // Frame loop: moves every queued command no older than max_age into `out` and returns the
    // ticket of the last one handed out or dropped so far. When a server thread holds the lock
    // at that instant, takes nothing this time (the commands come next frame) rather than wait.
    std::uint64_t take(std::vector<Command>& out, Clock::time_point now = Clock::now());
    // Commands dropped for age so far (frame loop).
    [[nodiscard]] std::uint64_t dropped() const { return m_dropped; }

private:
    struct Queued {
        Command command;
        Clock::time_point at;
    };
    std::mutex m_mutex;
    std::deque<Queued> m_queue;
    std::size_t m_capacity;
    Clock::duration m_max_age;
    std::uint64_t m_pushed = 0;
    std::uint64_t m_taken = 0;   // written and read by the frame loop only, under the lock
    std::uint64_t m_dropped = 0; // frame loop only
};

} // namespace podium
