// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Issue 7's front end: `podium FILE --project [--display N]`, `podium displays`, `podium keys`,
// and the key setup (--keys and the "keys" object of config.json) the prompter commands share.
#include "cli/commands.hpp"
#include "cli/script_source.hpp"
#include "core/timing/estimate.hpp"
#include "display/key_presets.hpp"
#include "display/prompter_app.hpp"

#include <optional>
#include <string>

namespace podium {

// --keys NAME (empty: the config's preset, else default) with the config's remapped keys on top.
// Throws podium::Error for an unknown preset, key or command name.
[[nodiscard]] KeySetup resolve_key_setup(const std::string& keys_option);

// Runs the two-window projection. No display: one line on stderr and exit status 1.
int run_projection_command(const LoadedScript& loaded, const Timing& timing, const PrompterAppOptions& options,
    std::optional<int> display, CommandContext& context);

void add_displays_command(CLI::App& app, CommandRun& run);
void add_keys_command(CLI::App& app, CommandRun& run);

} // namespace podium
