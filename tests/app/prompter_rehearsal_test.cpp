// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/prompter_rehearsal.hpp"

#include "audio/live_voice.hpp"
#include "app/rehearsal_access.hpp"
#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace podium;

namespace {

std::filesystem::path private_data_home()
{
    const auto directory = std::filesystem::temp_directory_path()
        / ("podium-cli-prompter-rehearsal-" + std::to_string(::getpid()));
    std::filesystem::remove_all(directory);
    std::filesystem::create_directories(directory);
    ::setenv("XDG_DATA_HOME", directory.c_str(), 1);
    return directory;
}

PrompterEvent event(PrompterEventKind kind, double wall, std::size_t sentence, std::size_t section)
{
    PrompterEvent e;
    e.kind = kind;
    e.wall = wall;
    e.elapsed = wall;
    e.position = wall;
    e.sentence = sentence;
    e.section = section;
    return e;
}

// What RunTracker does for the observer: one recorder per run, fed every event first.
class Runs {
public:
    explicit Runs(const Script& script, PrompterRehearsal& rehearsal) : m_script(script), m_rehearsal(rehearsal) {}
    void on(const PrompterEvent& e)
    {
        if (e.kind == PrompterEventKind::Started) {
            const std::string started = utc_timestamp_now();
            m_recorder.emplace(m_script, new_run_id(started), started);
        }
        m_recorder->on_event(e);
        m_rehearsal.on_event(e, *m_recorder);
    }
    [[nodiscard]] std::string frame(double now) { return m_rehearsal.on_frame(now, m_recorder ? &*m_recorder : nullptr); }
    void end(double now) { m_rehearsal.on_end(now, nullptr); }

private:
    const Script& m_script;
    PrompterRehearsal& m_rehearsal;
    std::optional<RehearsalRecorder> m_recorder;
};

} // namespace

TEST_CASE("a prompter run is saved as a rehearsal when it finishes, and a restart starts a new run")
{
    const auto home = private_data_home();
    ScriptArguments arguments;
    arguments.sample = "zh";
    const LoadedScript loaded = load_script(arguments);
    const Script& script = loaded.script;
    PrompterRehearsal rehearsal(loaded);
    Runs runs(loaded.script, rehearsal);

    // Nothing is recorded before the countdown ends.
    CHECK(runs.frame(0.5).empty());
    CHECK(load_rehearsal_logs(user_rehearsal_store(), std::cerr).empty());

    // Read the whole speech at two seconds a sentence, then restart and read one sentence.
    for (int pass = 0; pass < 2; ++pass) {
        runs.on(event(PrompterEventKind::Started, 0.0, 0, 0));
        const std::size_t sentences = pass == 0 ? script.sentences.size() : 1;
        for (std::size_t i = 0; i < sentences; ++i) {
            const double t = 2.0 * static_cast<double>(i);
            const std::size_t section = script.sentences[i].section;
            if (i > 0 && section != script.sentences[i - 1].section) {
                runs.on(event(PrompterEventKind::SectionEntered, t, i, section));
            }
            runs.on(event(PrompterEventKind::SentenceReached, t, i, section));
            CHECK(runs.frame(t + 0.1).empty());
        }
        const double end = 2.0 * static_cast<double>(sentences);
        runs.on(event(pass == 0 ? PrompterEventKind::Finished : PrompterEventKind::Restarted, end,
            sentences - 1, script.sentences[sentences - 1].section));
    }
    runs.end(100.0); // the window closes after the restart: no run is open, nothing more is saved
    rehearsal.flush(); // the disk thread writes the last save
    CHECK(rehearsal.runs_saved() == 2);

    std::ostringstream warnings;
    const auto logs = load_rehearsal_logs(user_rehearsal_store(), warnings);
    CHECK(warnings.str().empty());
    REQUIRE(logs.size() == 1);
    REQUIRE(logs[0].runs.size() == 2);
    CHECK(logs[0].script_name == "sample:zh");
    std::filesystem::remove_all(home);
}

TEST_CASE("listening without a microphone records no audio file, and the run is still saved")
{
    const auto home = private_data_home();
    ScriptArguments arguments;
    arguments.sample = "en";
    const LoadedScript loaded = load_script(arguments);
    LiveVoice voice(loaded.script, []() -> std::unique_ptr<AudioInput> { throw Error("no microphone (none here)"); });
    PrompterRehearsal rehearsal(loaded, &voice);
    Runs runs(loaded.script, rehearsal);
    runs.on(event(PrompterEventKind::Started, 0.0, 0, 0));
    voice.set_active(true, 0); // what the app does when L is pressed: it fails…
    PrompterEvent on = event(PrompterEventKind::ListenChanged, 0.1, 0, 0);
    on.value = 1.0;
    runs.on(on);
    runs.on(event(PrompterEventKind::ListenChanged, 0.1, 0, 0)); // … and the lead goes back
    runs.on(event(PrompterEventKind::Finished, 2.0, 0, 0));
    rehearsal.flush(); // the disk thread writes the last save
    CHECK(rehearsal.runs_saved() == 1);
    const auto logs = load_rehearsal_logs(user_rehearsal_store(), std::cerr);
    REQUIRE(logs.size() == 1);
    CHECK_FALSE(logs.front().runs.front().recording.has_value());
    for (const auto& entry : std::filesystem::directory_iterator(user_rehearsal_store().directory())) {
        CHECK(entry.path().extension() != ".wav");
    }
}

TEST_CASE("a rehearsal save that fails on the disk thread reaches the screen as a notice, and the run goes on")
{
    const auto home = private_data_home();
    // The rehearsals folder cannot be made: a file stands where it would go.
    std::filesystem::create_directories(home / "podium");
    { std::ofstream blocker(home / "podium" / "rehearsals"); blocker << "not a folder"; }
    ScriptArguments arguments;
    arguments.sample = "en";
    const LoadedScript loaded = load_script(arguments);
    PrompterRehearsal rehearsal(loaded);
    Runs runs(loaded.script, rehearsal);
    runs.on(event(PrompterEventKind::Started, 0.0, 0, 0));
    // The first save is handed to the disk thread; its failure comes back as one notice on a
    // later frame (the frame before the flush may or may not see it: the disk thread is quick).
    const std::string before_flush = runs.frame(0.1);
    rehearsal.flush();
    const std::string after_flush = runs.frame(0.2);
    CHECK((before_flush.empty() != after_flush.empty())); // exactly one notice
    CHECK(runs.frame(0.3).empty());               // shown once
    runs.on(event(PrompterEventKind::Finished, 2.0, 0, 0));
    rehearsal.flush();
    CHECK(runs.frame(2.1).rfind("rehearsal not saved: ", 0) == 0);
    CHECK(rehearsal.runs_saved() == 0);
    std::filesystem::remove_all(home);
}
