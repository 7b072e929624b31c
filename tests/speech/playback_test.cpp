// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_player.hpp"
#include "speech/speech_render.hpp"
#include "speech_test_support.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <thread>

using namespace podium;

namespace {

std::vector<std::int16_t> read_raw(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::int16_t> samples(bytes.size() / 2);
    std::memcpy(samples.data(), bytes.data(), samples.size() * 2);
    return samples;
}

std::vector<std::int16_t> without_silence(const std::vector<std::int16_t>& samples)
{
    std::vector<std::int16_t> signal;
    std::copy_if(samples.begin(), samples.end(), std::back_inserter(signal), [](std::int16_t s) { return s != 0; });
    return signal;
}

} // namespace

TEST_CASE("playback through the SDL disk driver writes the synthesised samples and the clock follows them")
{
    test::TempDirectory directory;
    const auto output = directory.path() / "played.raw";
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", output.c_str(), 1);
    const Script script = test::script_of({"大家好。", "谢谢大家。"});
    REQUIRE(script.sentences.size() == 2);
    const SpeechVoices voices = test::bundled_voices();
    SpeechEngine engine;
    std::vector<std::int16_t> expected;
    const SpeechRendering rendering = render_speech(engine, plan_speech(script, voices, test::all_sentences(script)),
        [&](std::span<const std::int16_t> samples) { expected.insert(expected.end(), samples.begin(), samples.end()); });

    std::vector<std::size_t> sentences_heard;
    std::vector<SpeechEvent> events;
    std::vector<std::int16_t> heard; // what the player handed to the device
    PlaybackPosition last;
    {
        SpeechPlayer player(engine);
        player.set_monitor([&](std::span<const std::int16_t> samples) { heard.insert(heard.end(), samples.begin(), samples.end()); });
        player.play(plan_speech(script, voices, test::all_sentences(script)));
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (std::chrono::steady_clock::now() < deadline) {
            last = player.position();
            if (last.sentence && (sentences_heard.empty() || sentences_heard.back() != *last.sentence)) {
                sentences_heard.push_back(*last.sentence);
            }
            for (auto& event : player.take_events()) {
                events.push_back(event);
            }
            if (last.state == PlaybackState::Finished) {
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    CHECK(last.state == PlaybackState::Finished);
    CHECK(sentences_heard == std::vector<std::size_t>{0, 1});
    CHECK(last.elapsed_seconds == Approx(static_cast<double>(heard.size()) / kSpeechSampleRate).margin(0.0001));
    // eSpeak NG carries state from one call to the next, so a second synthesis of the same
    // text differs by a few milliseconds: compare lengths with the offline rendering loosely.
    CHECK(last.elapsed_seconds == Approx(rendering.seconds()).epsilon(0.05));
    REQUIRE_FALSE(events.empty());
    CHECK(events.front().type == SpeechEventType::SentenceStart);
    CHECK(events.back().type == SpeechEventType::SentenceEnd);
    CHECK(events.back().sentence == 1);

    const std::vector<std::int16_t> played = read_raw(output);
    // The device writes silence before the speech starts (and while it waits): compare the signal.
    REQUIRE(played.size() >= heard.size());
    const auto signal = without_silence(heard);
    CHECK(signal.size() > heard.size() / 2);
    CHECK(without_silence(played) == signal);
}

TEST_CASE("no audio device is a clear error, and synthesis still works")
{
    setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    SpeechEngine engine;
    CHECK_THROWS_WITH(SpeechPlayer(engine), Catch::Contains("no audio") && Catch::Contains("--out"));
    const Script script = test::script_from("大家好。");
    const SpeechRendering rendering
        = render_speech(engine, plan_speech(script, test::bundled_voices(), test::all_sentences(script)), [](auto) {});
    CHECK(rendering.total_samples > 0);
}
