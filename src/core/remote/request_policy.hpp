// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the remote's server checks about a request before any handler runs, as pure functions of
// the request's head: which Host and Origin are this prompter's, whether a POST is the JSON the
// API speaks, whether the body's framing is unambiguous, and what a fixed token must be.
// docs/remote.md explains each rule and the attack it stops.
#include "core/remote/api_error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace podium {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// Shortest --remote-token accepted: 16 characters of the URL-safe set are ≥ 96 bits, out of reach
// of guessing at the throttled rate (docs/remote.md).
inline constexpr std::size_t min_fixed_token_length = 16;

// Why `token` cannot be a fixed --remote-token (one line), or nothing when it can.
[[nodiscard]] std::optional<std::string> fixed_token_problem(std::string_view token);

// The host as a URL writes it: IPv6 addresses in brackets ("[::1]"), others unchanged.
[[nodiscard]] std::string url_host(std::string_view host);

// Whether a Host header names this server: one of `names` (compared without case; IPv6 as
// "[::1]") and, when it has a port, `port`; without a port only when `port` is the scheme's
// default (`default_port`). Stops DNS rebinding: a page from evil.example resolved to this
// machine still sends "Host: evil.example".
[[nodiscard]] bool host_allowed(std::string_view host_header, const std::vector<std::string>& names, int port,
    int default_port);

// Whether an Origin header (absent: nullopt) is this server's own origin, i.e. scheme://HOST as the
// request's Host header says. "null" (sandboxed frames, file: pages) is not.
[[nodiscard]] bool origin_allowed(const std::optional<std::string>& origin, std::string_view host_header,
    std::string_view scheme);

// "application/json", with or without parameters ("; charset=utf-8"), any case.
[[nodiscard]] bool is_json_content_type(std::string_view content_type);

// The token of "Bearer TOKEN" (scheme without case), or nothing.
[[nodiscard]] std::optional<std::string_view> bearer_token(std::string_view authorization);

struct FramingProblem {
    int status = 400;
    ApiError message = ApiError::ControlCharacter;
};
// A request head whose body could be read two ways (two Content-Lengths, Content-Length with
// Transfer-Encoding, a transfer coding other than chunked), a compressed body (the server never
// inflates), or a header value with a control character. Nothing when the head is unambiguous.
[[nodiscard]] std::optional<FramingProblem> framing_problem(const HeaderList& headers);

} // namespace podium
