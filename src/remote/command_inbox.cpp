// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/command_inbox.hpp"

namespace podium {

std::optional<std::uint64_t> CommandInbox::push(const Command& command)
{
    const std::lock_guard lock(m_mutex);
    if (m_queue.size() >= m_capacity) {
        return std::nullopt;
    }
    m_queue.push_back(command);
    return ++m_pushed;
}

std::uint64_t CommandInbox::take(std::vector<Command>& out)
{
    const std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        return m_taken; // only the frame loop writes m_taken, so reading it unlocked is safe
    }
    m_taken += m_queue.size();
    out.insert(out.end(), m_queue.begin(), m_queue.end());
    m_queue.clear();
    return m_taken;
}

} // namespace podium
