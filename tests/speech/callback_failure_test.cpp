// SPDX-License-Identifier: GPL-3.0-or-later
// Exceptions inside C callbacks (eSpeak NG's synthesis callback, SDL's audio callback) are caught
// on our side of the C frames, reported, and the program goes on (issue 22).
#include "speech/audio_output.hpp"
#include "speech/espeak_session.hpp"
#include "speech/speech_engine.hpp"
#include "speech_test_support.hpp"

#include "support/wait.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <stdexcept>
#include <thread>

using namespace podium;
using podium::test::wait_until;

namespace {


} // namespace

TEST_CASE("an exception thrown in eSpeak NG's synthesis callback comes out of synthesise, and eSpeak goes on")
{
    // No engine exists while this runs: this thread is the only one calling eSpeak.
    EspeakSession session;
    session.select(test::bundled_voices().settings(SpokenLanguage::English));
    int calls = 0;
    const EspeakSession::Sink throwing = [&](std::span<const std::int16_t>, std::span<const espeak_EVENT>) -> bool {
        ++calls;
        throw std::runtime_error("sink exploded");
    };
    CHECK_THROWS_WITH(session.synthesise("Hello there, this is a test.", throwing), "sink exploded");
    CHECK(calls == 1); // aborted at the first callback
    std::size_t samples = 0;
    const EspeakSession::Sink counting = [&](std::span<const std::int16_t> s, std::span<const espeak_EVENT>) {
        samples += s.size();
        return true;
    };
    CHECK(session.synthesise("And this one is spoken.", counting) == SynthesisResult::Done);
    CHECK(samples > 0);
}

TEST_CASE("an exception thrown in the SDL audio callback plays silence and is reported, never terminates")
{
    std::atomic<int> calls{0};
    AudioOutput output([&](std::span<std::int16_t> out) {
        ++calls;
        std::fill(out.begin(), out.end(), std::int16_t{1000});
        throw std::runtime_error("fill exploded");
    });
    CHECK_FALSE(output.failure().has_value());
    output.play();
    REQUIRE(wait_until([&] { return output.failure().has_value(); }));
    CHECK(output.failure()->find("fill exploded") != std::string::npos);
    const int after = calls.load();
    output.pause();
    CHECK(after >= 1);
    CHECK(calls.load() == after); // once failed, the callback is not run again
}

TEST_CASE("installed() answers while a plan waits for its consumer with a full buffer")
{
    SpeechEngine engine({0.5}); // a small buffer, filled at once
    const Script script = test::sample_script("welcome-en.md");
    engine.speak(plan_speech(script, test::bundled_voices(SpokenLanguage::English), test::all_sentences(script)));
    REQUIRE(engine.next(std::chrono::seconds(10))); // synthesis is running; nobody takes more
    auto answer = std::async(std::launch::async, [&] { return engine.installed({"en-us", "no-such-voice"}); });
    REQUIRE(answer.wait_for(std::chrono::seconds(30)) == std::future_status::ready);
    CHECK(answer.get() == std::vector<bool>{true, false});
    engine.stop();
}
