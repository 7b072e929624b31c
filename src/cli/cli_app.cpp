// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_app.hpp"

#include "cli/commands.hpp"
#include "cli/language_option.hpp"
#include "cli/parse_error_text.hpp"
#include "cli/shell_completion.hpp"
#include "core/error.hpp"
#include "core/i18n/catalogue.hpp"
#include "core/i18n/translate.hpp"
#include "core/io/xdg_paths.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <unistd.h>

namespace podium {

namespace {

// CLI11's own words in the help ("Usage:", "Options:", "REQUIRED"…), in the chosen language.
void translate_help_labels(CLI::App& app)
{
    const auto formatter = app.get_formatter();
    for (const char* label : {N_("Usage"), N_("OPTIONS"), N_("SUBCOMMAND"), N_("SUBCOMMANDS"), N_("Positionals"),
             N_("REQUIRED"), N_("Needs"), N_("Excludes"), N_("Env")}) { // not TEXT, INT…: they name types
        formatter->label(label, _(label));
    }
    app.option_defaults()->group(_("Options"));
}

// The arguments an ExtrasError is about, in command-line order: CLI11 checks the top level first,
// then the command that was given.
[[nodiscard]] std::vector<std::string> unexpected_arguments(const CLI::App& app)
{
    std::vector<std::string> extras = app.remaining(false);
    return extras.empty() ? app.remaining(true) : extras;
}

} // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err)
{
    // The language first: every help text below is made in it.
    const LanguageArguments language_arguments = take_language_option(argc, argv);
    const LanguageChoice language = choose_language(language_arguments.lang,
        config_language(podium_directories(process_environment()).config / "config.json"),
        LocaleEnvironment::of_process());
    use_language(language.language);
    if (language_arguments.missing_value || language.unknown_option) {
        err << "podium: "
            << (language.unknown_option ? fill_in(_("--lang {}: Podium speaks zh_CN and en"), *language.unknown_option)
                                        : std::string(_("--lang needs a value: zh_CN or en")))
            << '\n' << _("(see podium --help)") << '\n';
        return 2;
    }
    if (language.unknown_config) {
        err << "podium: "
            << fill_in(_("\"lang\": \"{}\" in config.json is not a language Podium speaks (zh_CN or en); using the locale's"),
                   *language.unknown_config)
            << '\n';
    }
    argc = static_cast<int>(language_arguments.rest.size());
    argv = language_arguments.rest.data();

    CLI::App app{_("Podium: a teleprompter and speech-rehearsal tool.\n"
                   "Splits a speech into sections and sentences, estimates how long each section takes,\n"
                   "and shows it on a scrolling prompter."),
        "podium"};
    translate_help_labels(app);
    app.set_version_flag("--version", std::string("podium ") + PODIUM_VERSION,
        _("Display program version information and exit"));
    app.require_subcommand(0, 1);
    app.set_help_flag("-h,--help", _("Print this help message and exit"));
    app.set_help_all_flag("--help-all", _("print the help of every command (the man page is made from it)"));
    // Taken out of the command line above (so it works after a command's name too); here for --help.
    std::string lang_for_help;
    app.add_option("--lang", lang_for_help,
        _("the language Podium speaks: zh_CN or en (default: \"lang\" in config.json, else the locale: "
          "LANGUAGE, LC_ALL, LC_MESSAGES, LANG)"));

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
    for (CLI::App* command : app.get_subcommands({})) {
        if (command->get_group() == "Subcommands") { // hidden ones ("") stay hidden
            command->group(_("Subcommands"));
        }
    }

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
        err << "podium: " << parse_error_text(e, unexpected_arguments(app)) << '\n' << _("(see podium --help)") << '\n';
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
