// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>

namespace podium {

// What a command needs from the outside world, passed in so commands are testable.
struct CommandContext {
    std::ostream& out;
    std::ostream& err;
    bool out_is_terminal = false;
};

// Each command adds its subcommand to the app and sets `run` in its callback. `run` is called
// after parsing, outside CLI11, so podium::Error reaches main's single handler.
using CommandRun = std::function<int(CommandContext&)>;

void add_split_commands(CLI::App& app, CommandRun& run);
void add_speak_commands(CLI::App& app, CommandRun& run);
void add_voices_commands(CLI::App& app, CommandRun& run);
void add_report_commands(CLI::App& app, CommandRun& run);
void add_estimate_commands(CLI::App& app, CommandRun& run);
void add_outline_command(CLI::App& app, CommandRun& run);
void add_render_commands(CLI::App& app, CommandRun& run);
void add_displays_command(CLI::App& app, CommandRun& run); // cli/projection_command.cpp
void add_keys_command(CLI::App& app, CommandRun& run);     // cli/projection_command.cpp
void add_listen_commands(CLI::App& app, CommandRun& run);  // cli/listen_command.cpp: mics, play
// The top-level FILE and prompter options: `podium [FILE]` with no subcommand opens the prompter.
void add_prompter_command(CLI::App& app, CommandRun& run);
void add_follow_command(CLI::App& app, CommandRun& run);   // cli/follow_command.cpp

} // namespace podium
