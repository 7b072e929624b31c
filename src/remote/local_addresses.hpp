// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <vector>

namespace podium {

// This machine's IPv4 addresses on interfaces that are up, the local network's first and the
// loopback last: a phone on the same Wi-Fi reaches the first one.
[[nodiscard]] std::vector<std::string> local_ipv4_addresses();

// The host to put into the pairing URL for a server bound to `bind`: the bind address itself,
// unless it is "0.0.0.0" (every interface): then this machine's first network address.
[[nodiscard]] std::string url_host_for(const std::string& bind);

} // namespace podium
