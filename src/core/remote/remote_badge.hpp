// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The prompter's "phone" badge: shown while a phone is connected, flashing for a moment each time
// a remote command is applied, so the speaker knows why the text moved. Pure: the frame loop
// passes the remote's activity and its own clock.
#include "core/remote/remote_port.hpp"

#include <cstdint>

namespace podium {

enum class RemoteBadge { Hidden, Connected, Flash };

class RemoteBadgeClock {
public:
    static constexpr double flash_seconds = 0.4;

    [[nodiscard]] RemoteBadge update(const RemoteActivity& activity, double now)
    {
        if (activity.commands != m_commands) {
            m_commands = activity.commands;
            m_flash_until = now + flash_seconds;
        }
        if (now < m_flash_until) {
            return RemoteBadge::Flash;
        }
        return activity.phone_connected ? RemoteBadge::Connected : RemoteBadge::Hidden;
    }

private:
    std::uint64_t m_commands = 0;
    double m_flash_until = -1.0;
};

} // namespace podium
