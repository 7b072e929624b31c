// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <CLI/CLI.hpp>

#include <string>

namespace podium {

// A bash completion script for `app`, generated from its own subcommands and options so it
// cannot drift from the parser: subcommand names, each command's options, the choices of an
// option checked by CLI::IsMember, and file names for FILE arguments and text-valued options.
// The build runs `podium --bash-completion` and installs the result.
[[nodiscard]] std::string bash_completion(const CLI::App& app);

} // namespace podium
