// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The remote API's request bodies → the same Commands the keys send. Pure: the HTTP adapter
// (src/remote) passes the body text and answers 400 with `error` when there is no command.
#include "core/prompter/command.hpp"
#include "core/remote/api_error.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace podium {

struct RemoteRequest {
    std::optional<Command> command;
    ApiMessage error;                  // why there is no command
};

// A command by the name `podium keys` shows and config.json binds: "next-section",
// "toggle-play", "jump-to-section-3" (the third top-level heading, as number key 3: see
// section_for_number) … nullopt for an unknown name or a number with no such section.
[[nodiscard]] std::optional<Command> remote_command_named(std::string_view name, const Script& script);
// "toggle-play, speed-up, …": for error messages and the docs.
[[nodiscard]] std::string remote_command_list();

// POST /api/command: {"command":"next-section"}.
[[nodiscard]] RemoteRequest parse_command_request(std::string_view body, const Script& script);
// POST /api/jump: {"section":N} or {"sentence":N}, indices as in `podium split --json`, checked
// against the script's counts.
[[nodiscard]] RemoteRequest parse_jump_request(std::string_view body, std::size_t section_count,
    std::size_t sentence_count);

} // namespace podium
