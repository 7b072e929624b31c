// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/script_source.hpp"
#include "cli/speech_follow.hpp"
#include "cli/speech_setup.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace podium;

TEST_CASE("the speech-follow clock reports the sentence being heard and how far into it")
{
    // The disk driver plays in real time into a file: no sound card needed.
    const auto audio = std::filesystem::temp_directory_path() / ("podium-follow-" + std::to_string(::getpid()) + ".raw");
    ::setenv("SDL_AUDIODRIVER", "disk", 1);
    ::setenv("SDL_DISKAUDIOFILE", audio.c_str(), 1);
    ScriptArguments arguments;
    arguments.sample = "en";
    const LoadedScript loaded = load_script(arguments);
    std::ostringstream warnings;
    SpeechFollowClock clock(loaded.script, choose_voices(loaded.script, load_presets(warnings), {}));

    CHECK_FALSE(clock.position().has_value()); // silent until asked to speak
    const std::size_t first = 2;
    clock.set_active(true, first);
    REQUIRE_FALSE(clock.failure().has_value());

    std::vector<SpeakerPosition> heard;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120); // generous: only a hang ends it
    while (std::chrono::steady_clock::now() < deadline) {
        if (auto position = clock.position()) {
            if (heard.empty() || !(heard.back() == *position)) {
                heard.push_back(*position);
            }
            if (position->sentence > first) {
                break;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    REQUIRE(heard.size() >= 3);
    CHECK(heard.front().sentence == first);
    CHECK(heard.back().sentence == first + 1); // the voice moved on to the next sentence
    for (std::size_t i = 1; i < heard.size(); ++i) {
        // Never backwards: the same sentence further on, or a later sentence.
        const bool forward = heard[i].sentence > heard[i - 1].sentence
            || (heard[i].sentence == heard[i - 1].sentence && heard[i].fraction >= heard[i - 1].fraction);
        CHECK(forward);
        CHECK(heard[i].fraction >= 0.0);
        CHECK(heard[i].fraction <= 1.0);
    }
    clock.set_active(false, first);
    CHECK_FALSE(clock.position().has_value());
    std::filesystem::remove(audio);
}
