// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "cli/commands.hpp"

#include <cstddef>
#include <iosfwd>

namespace podium {

// Whether the command's stderr is the process's and a terminal (where a progress bar belongs).
[[nodiscard]] bool stderr_is_terminal(const CommandContext& context);

// "[#####.....]  45%  20/45 sentences", redrawn in place on a terminal.
void draw_progress(std::ostream& err, std::size_t done, std::size_t total, const char* unit);

} // namespace podium
