// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Commands from the server threads to the frame loop. Bounded, so a flood of requests cannot
// grow it; the frame loop only ever try-locks, so it never waits for a server thread.
#include "core/prompter/command.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace podium {

class CommandInbox {
public:
    explicit CommandInbox(std::size_t capacity) : m_capacity(capacity) {}

    // Server threads. The command's ticket (1, 2, 3…: the order it will be applied in), or
    // nothing when the inbox is full (the caller answers 429).
    [[nodiscard]] std::optional<std::uint64_t> push(const Command& command);

    // Frame loop: moves every queued command into `out` and returns the ticket of the last one
    // handed out so far. When a server thread holds the lock at that instant, takes nothing this
    // time (the commands come next frame) rather than wait.
    std::uint64_t take(std::vector<Command>& out);

private:
    std::mutex m_mutex;
    std::deque<Command> m_queue;
    std::size_t m_capacity;
    std::uint64_t m_pushed = 0;
    std::uint64_t m_taken = 0; // written and read by the frame loop only, under the lock
};

} // namespace podium
