// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <iosfwd>

namespace podium {

// Parses the command line, runs the chosen command and returns the exit status. User-facing
// errors (podium::Error) are printed once, as "podium: message", with status 1.
[[nodiscard]] int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace podium
