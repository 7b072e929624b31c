// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/progress.hpp"

#include <iostream>
#include <ostream>
#include <string>
#include <unistd.h>

namespace podium {

bool stderr_is_terminal(const CommandContext& context)
{
    return &context.err == &std::cerr && isatty(STDERR_FILENO) != 0;
}

void draw_progress(std::ostream& err, std::size_t done, std::size_t total, const char* unit)
{
    constexpr std::size_t width = 30;
    const std::size_t filled = total == 0 ? width : done * width / total;
    const std::size_t percent = total == 0 ? 100 : done * 100 / total;
    err << "\r[" << std::string(filled, '#') << std::string(width - filled, '.') << "] " << percent << "%  " << done
        << '/' << total << ' ' << unit << std::flush;
    if (done == total) {
        err << '\n';
    }
}

} // namespace podium
