// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/auth_throttle.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

double AuthThrottle::wait_before_attempt(const std::string& peer, double now) const
{
    const auto found = m_peers.find(peer);
    if (found == m_peers.end() || now - found->second.last_failure >= m_policy.forget_after) {
        return 0.0;
    }
    return std::max(0.0, found->second.locked_until - now);
}

void AuthThrottle::failed(const std::string& peer, double now)
{
    if (m_peers.size() >= m_policy.max_peers && m_peers.find(peer) == m_peers.end()) {
        forget_stale(now);
    }
    Record& record = m_peers[peer];
    if (now - record.last_failure >= m_policy.forget_after) {
        record = Record{};
    }
    record.failures += 1;
    record.last_failure = now;
    const int over = record.failures - m_policy.free_failures;
    if (over > 0) {
        const double lockout = m_policy.first_lockout * std::pow(2.0, std::min(over - 1, 30));
        record.locked_until = now + std::min(lockout, m_policy.longest_lockout);
    }
}

void AuthThrottle::succeeded(const std::string& peer)
{
    m_peers.erase(peer);
}

int AuthThrottle::failures(const std::string& peer) const
{
    const auto found = m_peers.find(peer);
    return found == m_peers.end() ? 0 : found->second.failures;
}

void AuthThrottle::forget_stale(double now)
{
    std::erase_if(m_peers, [&](const auto& entry) { return now - entry.second.last_failure >= m_policy.forget_after; });
    if (m_peers.size() < m_policy.max_peers) {
        return;
    }
    // Still full: forget the peer whose last failure is oldest, so memory stays bounded whatever
    // an attacker with many addresses does (its cost: that peer starts afresh).
    const auto oldest = std::min_element(m_peers.begin(), m_peers.end(),
        [](const auto& a, const auto& b) { return a.second.last_failure < b.second.last_failure; });
    m_peers.erase(oldest);
}

} // namespace podium
