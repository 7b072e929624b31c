// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery of a recorded prompter run, as measured when the run ends: along the offline
// alignment when the script's reference sound is there, else along the live follower's visits.
#include "app/delivery_measure.hpp"
#include "app/loaded_script.hpp"
#include "app/voice_setup.hpp"
#include "audio/wav_recorder.hpp"
#include "core/error.hpp"
#include "speech/script_reference_render.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_render.hpp"
#include "support/scratch.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace podium;
using podium::testing::scratch_path;

namespace {

const char* const kSpeech = "Good morning, everyone.\n\nToday we look at the plan for the year ahead.\n\n"
                            "First, the budget. Second, the people who will carry it out.\n\nThank you all for coming.\n";

struct Recorded {
    std::vector<RenderedSentence> sentences;
};

// eSpeak reads the speech into a 22050 Hz WAV, as a microphone would have heard it.
Recorded record_speech(const LoadedScript& loaded, const SpeechVoices& voices, const std::filesystem::path& wav)
{
    SpeechEngine engine;
    std::vector<float> samples;
    const SpeechRendering rendering = render_speech(engine, plan_speech(loaded.script, voices, {0, loaded.script.sentences.size()}),
        [&samples](std::span<const std::int16_t> chunk) {
            for (const std::int16_t s : chunk) {
                samples.push_back(static_cast<float>(s) / 32768.0f);
            }
        });
    WavRecorder recorder(wav, kSpeechSampleRate);
    REQUIRE(recorder.write(samples).empty());
    return Recorded{rendering.sentences};
}

} // namespace

TEST_CASE("a recorded run's delivery follows the offline alignment when the reference sound is there, else the visits",
    "[coach]")
{
    const auto text = scratch_path("speech.txt");
    const auto wav = scratch_path("run.wav");
    const auto cache = scratch_path("cache");
    std::ofstream(text) << kSpeech;
    ScriptArguments arguments;
    arguments.file = text.string();
    const LoadedScript loaded = load_script(arguments);
    std::ostringstream warnings;
    const SpeechVoices voices = choose_voices(loaded.script, load_presets(warnings), {});
    const Recorded recorded = record_speech(loaded, voices, wav);
    REQUIRE(recorded.sentences.size() == loaded.script.sentences.size());

    SECTION("with the reference: every sentence spoken is measured where it was spoken")
    {
        const ReferenceSet references = script_references(loaded.script, voices, cache);
        const DeliveryReport delivery = measure_run_delivery(loaded.script, wav, references.renderings, {});
        REQUIRE(delivery.sentences.size() >= recorded.sentences.size() - 1);
        for (const SentenceDelivery& measured : delivery.sentences) {
            const RenderedSentence& truth = recorded.sentences.at(measured.sentence);
            INFO("sentence " << measured.sentence << " measured " << measured.start << "–" << measured.end << ", spoken "
                             << truth.start_seconds() << "–" << truth.end_of_speech_seconds());
            CHECK(std::abs(measured.start - truth.start_seconds()) < 0.6);
            CHECK(std::abs(measured.end - truth.end_of_speech_seconds()) < 0.6);
        }
        CHECK(delivery.loudness.has_value());
    }
    SECTION("without it: the visits the prompter recorded")
    {
        RehearsalRun run;
        run.recording = RunRecording{"run.wav", 1.0}; // the audio began one second into the run
        for (const RenderedSentence& sentence : recorded.sentences) {
            run.visits.push_back(SentenceVisit{sentence.sentence, 1.0 + sentence.start_seconds(),
                sentence.end_of_speech_seconds() - sentence.start_seconds()});
        }
        const std::vector<SentenceSpan> spans = spans_from_visits(run);
        REQUIRE(spans.size() == recorded.sentences.size());
        CHECK(spans.front().start == Approx(recorded.sentences.front().start_seconds()));
        const DeliveryReport delivery = measure_run_delivery(loaded.script, wav, {}, spans);
        CHECK(delivery.sentences.size() == recorded.sentences.size());
    }
    SECTION("a recording that is not there is one clear error")
    {
        CHECK_THROWS_AS(measure_run_delivery(loaded.script, scratch_path("missing.wav"), {}, {}), Error);
    }
    std::filesystem::remove(text);
    std::filesystem::remove(wav);
    std::filesystem::remove_all(cache);
}
