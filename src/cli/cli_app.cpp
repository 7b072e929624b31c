// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_app.hpp"

#include "cli/commands.hpp"
#include "cli/shell_completion.hpp"
#include "core/error.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <unistd.h>

namespace podium {

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err)
{
    CLI::App app{"Podium: a teleprompter and speech-rehearsal tool.\n"
                 "Splits a speech into sections and sentences, estimates how long each section takes,\n"
                 "and shows it on a scrolling prompter.",
        "podium"};
    app.set_version_flag("--version", std::string("podium ") + PODIUM_VERSION);
    app.require_subcommand(0, 1);
    app.set_help_all_flag("--help-all", "print the help of every command (the man page is made from it)");

    CommandRun run;
    add_split_commands(app, run);
    add_speak_commands(app, run);
    add_voices_commands(app, run);
    add_report_commands(app, run);
    add_estimate_commands(app, run);
    add_outline_command(app, run);
    add_render_commands(app, run);
    add_displays_command(app, run);
    add_keys_command(app, run);
    add_listen_commands(app, run);
    add_prompter_command(app, run);
    add_follow_command(app, run);
    // Hidden (empty group): the build writes the installed bash completion with it.
    bool bash_completion_wanted = false;
    app.add_flag("--bash-completion", bash_completion_wanted, "print a bash completion script")->group("");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        out << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp& e) {
        out << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::CallForVersion& e) {
        out << e.what() << '\n';
        return 0;
    } catch (const CLI::ParseError& e) {
        err << "podium: " << e.what() << "\n(see podium --help)\n";
        return 2;
    }

    if (bash_completion_wanted) {
        out << bash_completion(app);
        return 0;
    }
    CommandContext context{out, err, &out == &std::cout && isatty(STDOUT_FILENO) != 0};
    if (!run) {
        out << app.help();
        return 0;
    }
    try {
        return run(context);
    } catch (const Error& e) {
        err << "podium: " << e.what() << '\n';
        return 1;
    }
}

} // namespace podium
