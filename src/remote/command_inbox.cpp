// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/command_inbox.hpp"

namespace podium {

std::optional<std::uint64_t> CommandInbox::push(const Command& command, Clock::time_point now)
{
    const std::lock_guard lock(m_mutex);
    if (m_queue.size() >= m_capacity) {
        return std::nullopt;
    }
    m_queue.push_back({command, now});
    return ++m_pushed;
}

std::uint64_t CommandInbox::take(std::vector<Command>& out, Clock::time_point now)
{
    const std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        return m_taken; // only the frame loop writes m_taken, so reading it unlocked is safe
    }
    m_taken += m_queue.size();
    for (const Queued& queued : m_queue) {
        if (now - queued.at > m_max_age) {
            ++m_dropped;
        } else {
            out.push_back(queued.command);
        }
    }
    m_queue.clear();
    return m_taken;
}

} // namespace podium
