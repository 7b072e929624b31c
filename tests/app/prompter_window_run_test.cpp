// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the real prompter app loop in a window (offscreen video driver), the real eSpeak
// voice played through SDL's disk audio driver, and the real rehearsal recorder saving to a
// private data directory.
#include "app/prompter_rehearsal.hpp"
#include "app/rehearsal_access.hpp"
#include "app/loaded_script.hpp"
#include "app/speech_follow.hpp"
#include "app/voice_setup.hpp"
#include "core/text/content_hash.hpp"
#include "core/timing/estimate.hpp"
#include "app/prompter_app.hpp"
#include "support/scratch.hpp"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unistd.h>

using namespace podium;
using podium::testing::scratch_path;

namespace {

// Passes everything on to the rehearsal recorder and keeps a copy of the events.
class RecordingObserver final : public RunObserver {
public:
    explicit RecordingObserver(RunObserver& next) : m_next(next) {}
    void on_event(const PrompterEvent& event, RehearsalRecorder& run) override
    {
        events.push_back(event);
        m_next.on_event(event, run);
        speaking = speaking || (event.kind == PrompterEventKind::SpeechChanged && event.value == 1.0);
        reached += speaking && event.kind == PrompterEventKind::SentenceReached ? 1 : 0;
        // Two sentences read by the voice: enough seen, close the window as its close button
        // would (a condition, not a time: a loaded machine only makes the run longer).
        if (reached == 2) {
            SDL_Event quit{};
            quit.type = SDL_QUIT;
            SDL_PushEvent(&quit);
        }
    }
    [[nodiscard]] std::string on_frame(double now, RehearsalRecorder* run) override { return m_next.on_frame(now, run); }
    void on_end(double now, RehearsalRecorder* run) override { m_next.on_end(now, run); }

    std::vector<PrompterEvent> events;
    bool speaking = false;
    std::size_t reached = 0;

private:
    RunObserver& m_next;
};

} // namespace

TEST_CASE("with the voice on, the prompter window follows the voice and the run is saved as a rehearsal")
{
    const auto audio = scratch_path("audio.raw");
    const auto data = scratch_path("data");
    std::filesystem::create_directories(data);
    ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
    ::setenv("SDL_RENDER_DRIVER", "software", 1);
    ::setenv("SDL_AUDIODRIVER", "disk", 1); // plays in real time into a file
    ::setenv("SDL_DISKAUDIOFILE", audio.c_str(), 1);
    ::setenv("XDG_DATA_HOME", data.c_str(), 1);

    ScriptArguments arguments;
    arguments.sample = "en";
    const LoadedScript loaded = load_script(arguments);
    // Plan a pace far slower than the voice's, so following the voice shows: the paced
    // timeline alone would put the reading line at about the wall-clock time.
    PaceProfile slow;
    slow.words_per_minute = 40.0;
    const Timing timing = estimate_timing(loaded.script, slow);

    std::ostringstream warnings;
    SpeechFollowClock voice(loaded.script, choose_voices(loaded.script, load_presets(warnings), {}));
    PrompterRehearsal rehearsal(loaded);
    RecordingObserver observer(rehearsal);
    PrompterAppOptions options;
    options.playback = &voice;
    options.observer = &observer;
    options.speak_at_start = true;
    // The observer closes the window once the voice has read two sentences (about 4.5 s
    // after the countdown); quit_after is only a safety net against a hang.
    options.quit_after = 300.0;

    const PrompterRun result = run_prompter(loaded.script, timing, options);
    REQUIRE(result.outcome == PrompterOutcome::Closed);
    REQUIRE_FALSE(voice.failure().has_value());

    const auto& events = observer.events;
    REQUIRE_FALSE(events.empty());
    CHECK(events.front().kind == PrompterEventKind::Started);
    const auto speech_on = std::find_if(events.begin(), events.end(),
        [](const PrompterEvent& e) { return e.kind == PrompterEventKind::SpeechChanged && e.value == 1.0; });
    REQUIRE(speech_on != events.end());
    CHECK(speech_on->wall < 0.5); // the voice starts with the run, after the countdown
    std::vector<PrompterEvent> reached;
    std::copy_if(speech_on, events.end(), std::back_inserter(reached),
        [](const PrompterEvent& e) { return e.kind == PrompterEventKind::SentenceReached; });
    REQUIRE(reached.size() >= 2); // the voice read past at least two sentences
    for (std::size_t i = 1; i < reached.size(); ++i) {
        CHECK(reached[i].sentence > reached[i - 1].sentence); // forward, in order
    }
    // The reading line is where the voice is: far ahead of the slow plan's clock.
    const PrompterEvent& last = reached.back();
    INFO("sentence " << last.sentence << " at timeline " << last.position << " s after " << last.wall << " s");
    CHECK(last.position > 2.0 * last.wall);

    // The voice was really played: the disk driver's file holds sound, not only silence.
    std::ifstream played(audio, std::ios::binary);
    const std::string samples((std::istreambuf_iterator<char>(played)), std::istreambuf_iterator<char>());
    CHECK(std::count(samples.begin(), samples.end(), '\0') < static_cast<std::ptrdiff_t>(samples.size()) * 9 / 10);

    // The run went through the real recorder into the store.
    rehearsal.flush(); // the disk thread writes the last save
    CHECK(rehearsal.runs_saved() == 1);
    const StoreLoadResult stored = user_rehearsal_store().load(content_hash_hex(loaded.script.text));
    REQUIRE(stored.log.has_value());
    REQUIRE(stored.log->runs.size() == 1);
    const RehearsalRun& run = stored.log->runs.front();
    std::size_t voiced = 0;
    for (const SentenceVisit& visit : run.visits) {
        voiced += visit.voiced ? 1 : 0;
    }
    CHECK(voiced >= 2); // the recorder knows the voice set these times, not the speaker
    std::filesystem::remove(audio);
    std::filesystem::remove_all(data);
}
