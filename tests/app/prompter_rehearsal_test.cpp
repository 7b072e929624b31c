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

} // namespace

TEST_CASE("a prompter run is saved as a rehearsal when it finishes, and a restart starts a new run")
{
    const auto home = private_data_home();
    ScriptArguments arguments;
    arguments.sample = "zh";
    const LoadedScript loaded = load_script(arguments);
    const Script& script = loaded.script;
    PrompterRehearsal rehearsal(loaded);

    // Nothing is recorded before the countdown ends.
    CHECK(rehearsal.on_frame(0.5).empty());
    CHECK(load_rehearsal_logs(user_rehearsal_store(), std::cerr).empty());

    // Read the whole speech at two seconds a sentence, then restart and read one sentence.
    for (int pass = 0; pass < 2; ++pass) {
        rehearsal.on_event(event(PrompterEventKind::Started, 0.0, 0, 0));
        const std::size_t sentences = pass == 0 ? script.sentences.size() : 1;
        for (std::size_t i = 0; i < sentences; ++i) {
            const double t = 2.0 * static_cast<double>(i);
            const std::size_t section = script.sentences[i].section;
            if (i > 0 && section != script.sentences[i - 1].section) {
                rehearsal.on_event(event(PrompterEventKind::SectionEntered, t, i, section));
            }
            rehearsal.on_event(event(PrompterEventKind::SentenceReached, t, i, section));
            CHECK(rehearsal.on_frame(t + 0.1).empty());
        }
        const double end = 2.0 * static_cast<double>(sentences);
        rehearsal.on_event(event(pass == 0 ? PrompterEventKind::Finished : PrompterEventKind::Restarted, end,
            sentences - 1, script.sentences[sentences - 1].section));
    }
    rehearsal.on_end(100.0); // the window closes after the restart: no run is open, nothing more is saved
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
    rehearsal.on_event(event(PrompterEventKind::Started, 0.0, 0, 0));
    voice.set_active(true, 0); // what the app does when L is pressed: it fails…
    PrompterEvent on = event(PrompterEventKind::ListenChanged, 0.1, 0, 0);
    on.value = 1.0;
    rehearsal.on_event(on);
    rehearsal.on_event(event(PrompterEventKind::ListenChanged, 0.1, 0, 0)); // … and the lead goes back
    rehearsal.on_event(event(PrompterEventKind::Finished, 2.0, 0, 0));
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
    rehearsal.on_event(event(PrompterEventKind::Started, 0.0, 0, 0));
    // The first save is handed to the disk thread; its failure comes back as one notice on a
    // later frame (the frame before the flush may or may not see it: the disk thread is quick).
    const std::string before_flush = rehearsal.on_frame(0.1);
    rehearsal.flush();
    const std::string after_flush = rehearsal.on_frame(0.2);
    CHECK((before_flush.empty() != after_flush.empty())); // exactly one notice
    CHECK(rehearsal.on_frame(0.3).empty());               // shown once
    rehearsal.on_event(event(PrompterEventKind::Finished, 2.0, 0, 0));
    rehearsal.flush();
    CHECK(rehearsal.on_frame(2.1).rfind("rehearsal not saved: ", 0) == 0);
    CHECK(rehearsal.runs_saved() == 0);
    std::filesystem::remove_all(home);
}
