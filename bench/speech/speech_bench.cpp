// SPDX-License-Identifier: GPL-3.0-or-later
// Speech benchmark: prints
//   1. the time from "speak" to the first samples queued for playback (target < 50 ms), cold
//      (engine start + first voice load included) and warm, from the engine and through the
//      SDL player (SDL_AUDIODRIVER=dummy unless set);
//   2. the time to synthesise a ~3,000-character Chinese speech to a WAV file (target < 3 s):
//      ../shared/speeches/zh-party-seminar.txt (or the file given as argument) when present,
//      else the bundled sample repeated.
#include "core/io/atomic_file.hpp"
#include "core/script/script.hpp"
#include "core/text/load.hpp"
#include "core/text/utf8.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_player.hpp"
#include "speech/speech_render.hpp"
#include "speech/voice_preset.hpp"
#include "speech/wav_writer.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>
#include <vector>

using namespace podium;
using Clock = std::chrono::steady_clock;

namespace {

double milliseconds_since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

Script load(const std::filesystem::path& path, int repeat)
{
    const LoadResult loaded = load_text_file(path);
    if (!loaded.ok()) {
        std::fprintf(stderr, "cannot load %s: %s\n", path.c_str(), loaded.error.c_str());
        std::exit(1);
    }
    std::string text;
    for (int i = 0; i < repeat; ++i) {
        text += loaded.text + "\n";
    }
    return build_script(std::move(text), format_for_path(path));
}

} // namespace

int main(int argc, char** argv)
{
    setenv("SDL_AUDIODRIVER", "dummy", 0);
    const VoiceCatalog catalog = load_voice_catalog({std::filesystem::path(PODIUM_SOURCE_DIR) / "voices"});
    const SpeechVoices voices{*catalog.find("zh-mandarin"), *catalog.find("en-us"), SpokenLanguage::Chinese, {}};
    const Script sample = load(std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt", 1);
    const SentenceRange all{0, sample.sentences.size()};

    std::printf("== time from speak to the first samples queued (target < 50 ms)\n");
    {
        const auto start = Clock::now();
        SpeechEngine engine;
        const double started = milliseconds_since(start);
        engine.speak(plan_speech(sample, voices, all));
        static_cast<void>(engine.next(std::chrono::seconds(10)));
        std::printf("cold (engine start %.1f ms + first voice):  %.1f ms\n", started, milliseconds_since(start));
    }
    {
        SpeechEngine engine;
        engine.preload(voices);
        std::this_thread::sleep_for(std::chrono::milliseconds(500)); // the prompter's start-up
        const auto spoken = Clock::now();
        engine.speak(plan_speech(sample, voices, all));
        static_cast<void>(engine.next(std::chrono::seconds(10)));
        std::printf("first speak after preload():               %.2f ms\n", milliseconds_since(spoken));
        std::vector<double> warm;
        for (int i = 0; i < 20; ++i) {
            const auto from = Clock::now();
            engine.speak(plan_speech(sample, voices, {static_cast<std::size_t>(i) % all.end, all.end}));
            static_cast<void>(engine.next(std::chrono::seconds(10)));
            warm.push_back(milliseconds_since(from));
        }
        std::printf("warm, engine (median of 20 seeks):         %.2f ms (max %.2f ms)\n", median(warm),
            *std::max_element(warm.begin(), warm.end()));
        try {
            std::atomic<bool> heard{false};
            SpeechPlayer player(engine);
            player.set_monitor([&](std::span<const std::int16_t>) { heard = true; });
            std::vector<double> played;
            for (int i = 0; i < 10; ++i) {
                heard = false;
                const auto from = Clock::now();
                player.play(plan_speech(sample, voices, {static_cast<std::size_t>(i) % all.end, all.end}));
                while (!heard && milliseconds_since(from) < 5000) {
                    std::this_thread::sleep_for(std::chrono::microseconds(200));
                }
                played.push_back(milliseconds_since(from));
            }
            std::printf("warm, player to audio device (median of 10): %.2f ms (max %.2f ms; includes waiting for the device's next callback)\n",
                median(played), *std::max_element(played.begin(), played.end()));
        } catch (const std::exception& e) {
            std::printf("player: %s\n", e.what());
        }
    }

    std::printf("\n== whole speech to WAV (target < 3 s)\n");
    const std::filesystem::path shared
        = argc > 1 ? std::filesystem::path(argv[1]) : std::filesystem::path(PODIUM_SHARED_DIR) / "speeches/zh-party-seminar.txt";
    const bool have_shared = std::filesystem::exists(shared);
    const Script speech = have_shared ? load(shared, 1)
                                      : load(std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt", 6);
    std::printf("speech: %s, %zu characters, %zu sentences\n",
        have_shared ? shared.c_str() : "welcome-zh.txt x 6", utf8::count_code_points(speech.text), speech.sentences.size());
    const auto directory = std::filesystem::temp_directory_path() / "podium-speech-bench";
    std::filesystem::create_directories(directory);
    SpeechEngine engine;
    for (int round = 0; round < 2; ++round) {
        const auto start = Clock::now();
        WavWriter wav(directory / "speech.wav", kSpeechSampleRate);
        const SpeechRendering rendering = render_speech(engine, plan_speech(speech, voices, {0, speech.sentences.size()}),
            [&](std::span<const std::int16_t> samples) { wav.write(samples); });
        wav.commit();
        const double seconds = milliseconds_since(start) / 1000.0;
        std::printf("round %d: %.2f s to synthesise and write %.0f s of audio (%d:%02d), %.0fx real time\n", round + 1,
            seconds, rendering.seconds(), static_cast<int>(rendering.seconds()) / 60, static_cast<int>(rendering.seconds()) % 60,
            rendering.seconds() / seconds);
    }
    const auto start = Clock::now();
    const SpeechRendering rendering
        = render_speech(engine, plan_speech(speech, voices, {0, speech.sentences.size()}), [](std::span<const std::int16_t>) {});
    std::printf("synthesis alone (no file): %.2f s for %.0f s of audio\n", milliseconds_since(start) / 1000.0, rendering.seconds());
    std::filesystem::remove_all(directory);
    return 0;
}
