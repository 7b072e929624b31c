// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/state_board.hpp"

namespace podium {

bool StateBoard::try_publish(PublishedState published)
{
    {
        const std::unique_lock lock(m_mutex, std::try_to_lock);
        if (!lock.owns_lock()) {
            return false;
        }
        m_latest = std::move(published);
    }
    m_changed.notify_all();
    return true;
}

PublishedState StateBoard::latest() const
{
    const std::lock_guard lock(m_mutex);
    return m_latest;
}

PublishedState StateBoard::wait_newer(std::uint64_t version, Clock::time_point deadline) const
{
    std::unique_lock lock(m_mutex);
    const bool newer = m_changed.wait_until(lock, deadline,
        [&] { return m_closed || (m_latest.state && m_latest.state->version > version); });
    if (!newer || m_closed) {
        return {};
    }
    return m_latest;
}

PublishedState StateBoard::wait_applied(std::uint64_t ticket, Clock::time_point deadline) const
{
    std::unique_lock lock(m_mutex);
    const bool applied = m_changed.wait_until(lock, deadline, [&] { return m_closed || m_latest.applied >= ticket; });
    if (!applied || m_closed) {
        return {};
    }
    return m_latest;
}

void StateBoard::close()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
}

bool StateBoard::closed() const
{
    const std::lock_guard lock(m_mutex);
    return m_closed;
}

} // namespace podium
