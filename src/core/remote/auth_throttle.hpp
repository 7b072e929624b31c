// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Failed token attempts per peer, and when the peer may try again. Pure: the caller passes the
// time (seconds on a monotonic clock) and the peer's key (its address, an IPv6 /64). A person who
// mistypes gets a few free tries; a guessing program is held to one guess per lock-out, and the
// lock-out doubles with every failure up to a cap (docs/remote.md: the numbers).
#include <cstddef>
#include <string>
#include <unordered_map>

namespace podium {

struct AuthThrottlePolicy {
    int free_failures = 5;              // failures before the first lock-out
    double first_lockout = 0.5;         // seconds after failure free_failures + 1; doubles after
    double longest_lockout = 30.0;      // the cap
    double forget_after = 600.0;        // a peer with no failure for this long starts afresh
    std::size_t max_peers = 4096;       // peers remembered at once (the oldest is forgotten first)
};

class AuthThrottle {
public:
    explicit AuthThrottle(AuthThrottlePolicy policy = {}) : m_policy(policy) {}

    // Seconds the peer must still wait before a token it sends is even looked at; 0: go ahead.
    [[nodiscard]] double wait_before_attempt(const std::string& peer, double now) const;
    // A wrong token from the peer.
    void failed(const std::string& peer, double now);
    // The right token from a peer that was allowed to try: its failures are forgotten.
    void succeeded(const std::string& peer);
    [[nodiscard]] int failures(const std::string& peer) const;
    [[nodiscard]] std::size_t peers() const { return m_peers.size(); }

private:
    struct Record {
        int failures = 0;
        double last_failure = 0.0;
        double locked_until = 0.0;
    };
    void forget_stale(double now);

    AuthThrottlePolicy m_policy;
    std::unordered_map<std::string, Record> m_peers;
};

} // namespace podium
