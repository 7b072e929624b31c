// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The remote's pairing token: compared in constant time, so how long a wrong guess takes to be
// refused says nothing about how much of it was right.
#include <string_view>

namespace podium {

[[nodiscard]] bool tokens_equal(std::string_view expected, std::string_view given);

// What a token may contain (--remote-token): URL-safe, so it goes into ?t= unescaped.
[[nodiscard]] bool token_is_url_safe(std::string_view token);

} // namespace podium
