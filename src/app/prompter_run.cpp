// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/prompter_run.hpp"

#include "app/listen_reference.hpp"
#include "app/projection_app.hpp"
#include "app/prompter_rehearsal.hpp"
#include "app/speech_follow.hpp"
#include "app/voice_setup.hpp"
#include "audio/live_voice.hpp"
#include "audio/sdl_capture.hpp"
#include "core/i18n/translate.hpp"
#include "core/error.hpp"

#include <memory>
#include <ostream>

namespace podium {

namespace {

// What one run owns. Members are destroyed in reverse order: the rehearsal recording (which
// finalises the run's WAV through the live voice) goes before the live voice, and both before
// the speech voice; all of them hold references to the script, which the caller owns.
struct PrompterRunParts {
    std::unique_ptr<LiveVoice> listener;
    std::optional<SpeechFollowClock> voice;
    std::optional<PrompterRehearsal> rehearsal;
};

} // namespace

PrompterRunResult run_prompter_request(const LoadedScript& loaded, const Timing& timing,
    const PrompterRunRequest& request, std::ostream& err)
{
    PrompterAppOptions options;
    options.title = "Podium — " + loaded.name;
    options.keys = request.keys;
    options.quit_after = request.quit_after;
    options.fullscreen = request.fullscreen;
    options.speak_at_start = request.speak;
    options.font_size = request.font_size;
    options.settings_file = request.settings_file;
    options.remote = request.remote;
    options.frame_probe = request.frame_probe;
    options.coach = request.coach;
    options.coach_settings = request.coach_settings;

    PrompterRunParts parts;
    // L (or --listen) follows the speaker's own voice; the microphone opens on first use, or now
    // with --listen so a missing one is one line here, not a surprise later.
    AudioInputOpener microphone = request.microphone;
    if (!microphone) {
        microphone = [mic = request.mic] { return std::make_unique<SdlCapture>(mic); };
    }
    parts.listener = std::make_unique<LiveVoice>(loaded.script, std::move(microphone));
    // The script's reference sound (content following) is made on the listener's own thread.
    parts.listener->set_reference_maker(listen_reference_maker(loaded.script, err));
    options.listener = parts.listener.get();
    if (request.listen) {
        try {
            parts.listener->open();
            options.listen_at_start = true;
        } catch (const Error& error) {
            err << "podium: " << fill_in(_("listening is off: {}; the prompter scrolls at the planned pace"), error.what())
                << '\n';
        }
    }
    // S speaks the speech and the prompter follows the voice.
    try {
        const VoiceCatalog catalog = load_presets(err);
        options.playback = &parts.voice.emplace(loaded.script, choose_voices(loaded.script, catalog, {}));
    } catch (const Error& error) {
        err << "podium: " << fill_in(_("speech is off: {}"), error.what()) << '\n';
        options.playback_unavailable = fill_in(_("Speech is off: {}"), error.what());
    }
    // Every run is a rehearsal (podium report shows them), unless asked not to.
    if (request.record) {
        options.observer = &parts.rehearsal.emplace(loaded, parts.listener.get(), SessionOptions{}, request.saves);
    }
    PrompterRun run;
    if (request.project) {
        ProjectionAppOptions projection;
        projection.prompter = options;
        projection.display = request.display;
        run = run_projection(loaded.script, timing, projection);
    } else {
        run = run_prompter(loaded.script, timing, options);
    }
    if (run.outcome == PrompterOutcome::NoDisplay) {
        return {RunEnd::NoDisplay, run.reason};
    }
    // The window is closed by now; the last run's delivery may still be being measured on the
    // run's disk thread (a long speech takes a few seconds). The process waits for it, so the
    // run lands in the log with its delivery, and says why it has not ended yet.
    if (parts.rehearsal && parts.rehearsal->measures_pending() > 0) {
        err << "podium: " << _("measuring how the run sounded, for podium report…") << std::flush;
        parts.rehearsal->flush();
        err << ' ' << _("done") << '\n';
    }
    return {};
}

} // namespace podium
