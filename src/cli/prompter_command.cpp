// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/prompter_run.hpp"
#include "cli/commands.hpp"
#include "cli/coach_option.hpp"
#include "cli/estimate_command.hpp"
#include "cli/estimate_report.hpp"
#include "cli/projection_command.hpp"
#include "cli/remote_setup.hpp"
#include "app/loaded_script.hpp"
#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "core/io/xdg_paths.hpp"
#include "core/prompter/settings.hpp"
#include "core/timing/estimate.hpp"
#include "display/key_map.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace podium {

namespace {

struct PrompterArguments {
    ScriptArguments script;
    double quit_after = 0.0;
    int font_size = 0;
    std::string keys;            // empty: the config's preset, else default
    bool fullscreen = false;
    bool project = false;        // issue 7: projector + operator windows
    int display = -1;            // --display N; -1: the first display that is not the primary
    bool no_settings = false;
    bool no_record = false;      // do not record the run as a rehearsal
    bool speak = false;          // the voice reads from the start
    RemoteArguments remote;      // issue 13: --remote, the phone remote and control API
    bool listen = false;         // the speaker's voice leads from the start (issue 11)
    int mic = -1;                // --mic N; -1: the system's default microphone
    std::string coach;           // --coach off|quiet|on; empty: config.json's, else on with --listen
};

} // namespace

void add_prompter_command(CLI::App& app, CommandRun& run)
{
    auto arguments = std::make_shared<PrompterArguments>();
    add_script_arguments(app, arguments->script);
    app.add_option("--quit-after", arguments->quit_after, _("close the prompter after SECONDS (for tests and demos)"))
        ->check(CLI::PositiveNumber);
    app.add_option("--font-size", arguments->font_size, _("text size in pixels (default: remembered, else 64)"))
        ->check(CLI::Range(16, 200));
    app.add_option("--keys", arguments->keys, _("key preset: default, logitech, kensington or arrows (see podium keys)"))
        ->check(CLI::IsMember({"default", "logitech", "kensington", "arrows"}));
    app.add_flag("--project", arguments->project, _("projector window + operator window (docs/projection.md)"));
    app.add_option("--display", arguments->display, _("with --project: the projector's display (see podium displays)"))
        ->check(CLI::NonNegativeNumber);
    app.add_flag("--fullscreen", arguments->fullscreen, _("start fullscreen"));
    app.add_flag("--no-settings", arguments->no_settings, _("neither read nor remember settings"));
    app.add_flag("--no-record", arguments->no_record, _("do not record this run as a rehearsal (see podium report)"));
    add_remote_options(app, arguments->remote);
    app.add_flag("--speak", arguments->speak, _("read the speech aloud from the start; the prompter follows the voice (S toggles)"));
    app.add_flag("--listen", arguments->listen,
        _("rehearse with your voice: the prompter follows you through the microphone (L toggles); the run's audio is saved (docs/listen.md)"));
    app.add_option("--coach", arguments->coach,
        _("live cues while you rehearse: off, quiet (only \"section over by …\") or on (also slower, louder, breathe); "
          "default: on with --listen, else off (docs/coach.md)"));
    app.add_option("--mic", arguments->mic, _("the microphone to listen to (a number from podium mics)"))
        ->check(CLI::NonNegativeNumber);
    app.footer(_("With no command, podium opens the prompter on FILE (or the bundled sample).\n"
               "Prompter keys: Space/F5/Esc play-pause, PageDown/PageUp or Right/Left next/previous sentence,\n"
               "Ctrl+PageDown/Up or 1-9 sections, Home/End, Up/Down speed, +/- text size, M mirror,\n"
               "F/F11 fullscreen, B/. blank, R restart, S speech, L listen, P paced/manual, ?/F1 help, Ctrl+Q quit."));
    // The main app's callback runs after any subcommand's: it only fills in `run` when no
    // subcommand did.
    app.callback([&run, arguments] {
        if (run) {
            return;
        }
        run = [arguments](CommandContext& context) {
            // The same pace as `podium estimate`: defaults, then config.json's "pace".
            EstimateOptions pace_options;
            pace_options.script = arguments->script;
            const PaceProfile profile = resolve_pace_profile(pace_options, process_environment());
            const LoadedScript loaded = load_script(arguments->script);
            const Timing timing = estimate_timing(loaded.script, profile);
            const KeySetup keys = resolve_key_setup(arguments->keys);
            PrompterRunRequest request;
            request.keys = &keys.preset;
            request.quit_after = arguments->quit_after;
            request.fullscreen = arguments->fullscreen;
            request.project = arguments->project;
            if (arguments->display >= 0) {
                request.display = arguments->display;
            }
            if (arguments->font_size > 0) {
                request.font_size = arguments->font_size;
            }
            if (!arguments->no_settings) {
                request.settings_file = settings_path(podium_directories(process_environment()).config);
            }
            request.record = !arguments->no_record;
            request.speak = arguments->speak;
            request.listen = arguments->listen;
            request.coach = resolve_coach_mode(arguments->coach,
                podium_directories(process_environment()).config / "config.json", arguments->listen);
            if (arguments->mic >= 0) {
                request.mic = arguments->mic;
            }
            std::unique_ptr<RemoteServer> remote; // stops (and joins its threads) before the script goes
            if (arguments->remote.enabled) {
                remote = start_remote(loaded.script, timing, arguments->remote, context.out);
                request.remote = remote.get();
            }
            const PrompterRunResult result = run_prompter_request(loaded, timing, request, context.err);
            if (result.end == RunEnd::NoDisplay && arguments->project) {
                context.err << "podium: " << fill_in(_("no display available ({}): cannot project"), result.reason) << '\n';
                return 1;
            }
            if (result.end == RunEnd::NoDisplay) {
                context.err << "podium: " << fill_in(_("no display available ({}); showing the timing table instead"), result.reason)
                            << '\n';
                // Without a display, the most useful thing is the plan the prompter would pace.
                print_estimate_table(context.out,
                    make_estimate_report(loaded.script, timing, loaded.name, "model", std::nullopt));
            }
            return 0;
        };
    });
}

} // namespace podium
