// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The state from the frame loop to the server threads: an immutable snapshot behind a
// shared_ptr, swapped in under a mutex the frame loop only try-locks. Readers copy the pointer
// and let go of the lock at once, so no lock is ever held while a socket is written.
#include "core/remote/remote_state.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>

namespace podium {

struct PublishedState {
    std::shared_ptr<const RemoteState> state;
    std::uint64_t applied = 0;   // tickets of the commands applied before this state was taken
};

class StateBoard {
public:
    using Clock = std::chrono::steady_clock;

    // Frame loop. False (and nothing published) when a reader held the lock at that instant: the
    // caller tries again next frame.
    bool try_publish(PublishedState published);

    // Server threads.
    [[nodiscard]] PublishedState latest() const;
    // The first state newer than `version`, or nothing at `deadline` or when closed.
    [[nodiscard]] PublishedState wait_newer(std::uint64_t version, Clock::time_point deadline) const;
    // The first state published after the command with `ticket` was applied, or nothing.
    [[nodiscard]] PublishedState wait_applied(std::uint64_t ticket, Clock::time_point deadline) const;
    // Wakes every waiter for good (the server stops).
    void close();
    [[nodiscard]] bool closed() const;

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    PublishedState m_latest;
    bool m_closed = false;
};

} // namespace podium
