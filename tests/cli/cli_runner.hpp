// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the command line in-process, capturing what it prints, for the CLI tests.
#include "cli/cli_app.hpp"

#include <sstream>
#include <utility>
#include <string>
#include <vector>

namespace podium::testing {

struct CliRun {
    int status = 0;
    std::string out;
    std::string err;
};

// `arguments` without the program name.
inline CliRun run(std::vector<const char*> arguments)
{
    arguments.insert(arguments.begin(), "podium");
    std::ostringstream out;
    std::ostringstream err;
    const int status = podium::run_cli(static_cast<int>(arguments.size()), arguments.data(), out, err);
    return {status, out.str(), err.str()};
}

// The same, for arguments built as strings (file paths).
inline CliRun run_strings(const std::vector<std::string>& arguments)
{
    std::vector<const char*> argv;
    for (const std::string& argument : arguments) {
        argv.push_back(argument.c_str());
    }
    return run(std::move(argv));
}

// The lines of a command's output, without their line ends.
inline std::vector<std::string> lines_of(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

} // namespace podium::testing
