// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_app.hpp"
#include "core/i18n/translate.hpp"

#include <exception>
#include <iostream>

int main(int argc, char** argv)
{
    try {
        return podium::run_cli(argc, argv, std::cout, std::cerr);
    } catch (const std::exception& e) {
        // Anything else is a bug in Podium, not the user's fault: say so rather than crash.
        std::cerr << "podium: " << podium::fill_in(podium::_("internal error: {}"), e.what()) << '\n';
        return 70;
    }
}
