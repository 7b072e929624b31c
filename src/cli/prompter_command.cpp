// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/live_voice.hpp"
#include "audio/sdl_capture.hpp"
#include "cli/commands.hpp"
#include "cli/estimate_command.hpp"
#include "cli/estimate_report.hpp"
#include "cli/projection_command.hpp"
#include "cli/prompter_rehearsal.hpp"
#include "cli/remote_setup.hpp"
#include "cli/script_source.hpp"
#include "cli/speech_follow.hpp"
#include "cli/speech_setup.hpp"
#include "core/error.hpp"
#include "core/io/xdg_paths.hpp"
#include "core/prompter/settings.hpp"
#include "core/timing/estimate.hpp"
#include "display/key_map.hpp"
#include "display/prompter_app.hpp"

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
};

} // namespace

void add_prompter_command(CLI::App& app, CommandRun& run)
{
    auto arguments = std::make_shared<PrompterArguments>();
    add_script_arguments(app, arguments->script);
    app.add_option("--quit-after", arguments->quit_after, "close the prompter after SECONDS (for tests and demos)")
        ->check(CLI::PositiveNumber);
    app.add_option("--font-size", arguments->font_size, "text size in pixels (default: remembered, else 64)")
        ->check(CLI::Range(16, 200));
    app.add_option("--keys", arguments->keys, "key preset: default, logitech, kensington or arrows (see podium keys)")
        ->check(CLI::IsMember({"default", "logitech", "kensington", "arrows"}));
    app.add_flag("--project", arguments->project, "projector window + operator window (docs/projection.md)");
    app.add_option("--display", arguments->display, "with --project: the projector's display (see podium displays)")
        ->check(CLI::NonNegativeNumber);
    app.add_flag("--fullscreen", arguments->fullscreen, "start fullscreen");
    app.add_flag("--no-settings", arguments->no_settings, "neither read nor remember settings");
    app.add_flag("--no-record", arguments->no_record, "do not record this run as a rehearsal (see podium report)");
    add_remote_options(app, arguments->remote);
    app.add_flag("--speak", arguments->speak, "read the speech aloud from the start; the prompter follows the voice (S toggles)");
    app.add_flag("--listen", arguments->listen,
        "rehearse with your voice: the prompter follows you through the microphone (L toggles); the run's audio is saved (docs/listen.md)");
    app.add_option("--mic", arguments->mic, "the microphone to listen to (a number from podium mics)")
        ->check(CLI::NonNegativeNumber);
    app.footer("With no command, podium opens the prompter on FILE (or the bundled sample).\n"
               "Prompter keys: Space/F5/Esc play-pause, PageDown/PageUp or Right/Left next/previous sentence,\n"
               "Ctrl+PageDown/Up or 1-9 sections, Home/End, Up/Down speed, +/- text size, M mirror,\n"
               "F/F11 fullscreen, B/. blank, R restart, S speech, L listen, P paced/manual, ?/F1 help, Ctrl+Q quit.");
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
            PrompterAppOptions options;
            options.title = "Podium — " + loaded.name;
            const KeySetup keys = resolve_key_setup(arguments->keys);
            options.keys = &keys.preset;
            options.quit_after = arguments->quit_after;
            options.fullscreen = arguments->fullscreen;
            options.speak_at_start = arguments->speak;
            if (arguments->font_size > 0) {
                options.font_size = arguments->font_size;
            }
            if (!arguments->no_settings) {
                options.settings_file = settings_path(podium_directories(process_environment()).config);
            }
            // L (or --listen) follows the speaker's own voice; the microphone opens on first use,
            // or now with --listen so a missing one is one line here, not a surprise later.
            const std::optional<int> mic = arguments->mic >= 0 ? std::optional<int>(arguments->mic) : std::nullopt;
            LiveVoice listener(loaded.script, [mic] { return std::make_unique<SdlCapture>(mic); });
            options.listener = &listener;
            if (arguments->listen) {
                try {
                    listener.open();
                    options.listen_at_start = true;
                } catch (const Error& error) {
                    context.err << "podium: listening is off: " << error.what()
                                << "; the prompter scrolls at the planned pace\n";
                }
            }
            // Every run is a rehearsal (podium report shows them), unless asked not to.
            std::optional<PrompterRehearsal> rehearsal;
            if (!arguments->no_record) {
                options.observer = &rehearsal.emplace(loaded, &listener);
            }
            // S speaks the speech and the prompter follows the voice; voices load on first use.
            std::optional<SpeechFollowClock> voice;
            try {
                const VoiceCatalog catalog = load_presets(context.err);
                options.playback = &voice.emplace(loaded.script, choose_voices(loaded.script, catalog, {}));
            } catch (const Error& error) {
                context.err << "podium: speech is off: " << error.what() << '\n';
            }
            std::unique_ptr<RemoteServer> remote; // stops (and joins its threads) before the script goes
            if (arguments->remote.enabled) {
                remote = start_remote(loaded.script, timing, arguments->remote, context.out);
                options.remote = remote.get();
            }
            if (arguments->project) {
                return run_projection_command(loaded, timing, options,
                    arguments->display >= 0 ? std::optional<int>(arguments->display) : std::nullopt, context);
            }
            const PrompterRun result = run_prompter(loaded.script, timing, options);
            if (result.outcome == PrompterOutcome::NoDisplay) {
                context.err << "podium: no display available (" << result.reason
                            << "); showing the timing table instead\n";
                // Without a display, the most useful thing is the plan the prompter would pace.
                print_estimate_table(context.out,
                    make_estimate_report(loaded.script, timing, loaded.name, "model", std::nullopt));
            }
            return 0;
        };
    });
}

} // namespace podium
