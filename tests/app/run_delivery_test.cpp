// SPDX-License-Identifier: GPL-3.0-or-later
// A recorded prompter run when it ends: re-timed by the offline alignment of its audio and its
// delivery measured along it when the script's reference sound is there, else along the live visits.
#include "app/delivery_measure.hpp"
#include "app/loaded_script.hpp"
#include "app/voice_setup.hpp"
#include "audio/wav_recorder.hpp"
#include "core/error.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"
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
    std::size_t total_samples = 0;
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
    return Recorded{rendering.sentences, rendering.total_samples};
}

} // namespace

TEST_CASE("a recorded run is re-timed by the offline alignment and its delivery measured along it when the reference sound is there, else along the visits",
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

    // The live run: the audio began 1 s into the run, and the live line reached every sentence
    // 1.5 s after its voice began.
    constexpr double kOffset = 1.0;
    constexpr double kLag = 1.5;
    RehearsalRecorder recorder(loaded.script, "run-1", "2026-12-08T00:00:00Z");
    for (const RenderedSentence& sentence : recorded.sentences) {
        PrompterEvent event;
        event.kind = sentence.sentence == 0 ? PrompterEventKind::Started : PrompterEventKind::SentenceReached;
        event.wall = event.elapsed = sentence.sentence == 0 ? 0.0 : kOffset + sentence.start_seconds() + kLag;
        event.sentence = sentence.sentence;
        recorder.on_event(event);
    }
    PrompterEvent finished;
    finished.kind = PrompterEventKind::Finished;
    finished.wall = finished.elapsed = kOffset + static_cast<double>(recorded.total_samples) / kSpeechSampleRate + 0.5;
    finished.sentence = recorded.sentences.back().sentence;
    recorder.on_event(finished);
    recorder.set_recording(RunRecording{wav.filename().string(), kOffset});
    const RehearsalRun live = recorder.run();

    SECTION("with the reference: the run is re-timed by the offline alignment and measured along it")
    {
        const ReferenceSet references = script_references(loaded.script, voices, cache);
        RehearsalRun run = live;
        measure_recorded_run(run, loaded.script, wav, references.renderings);
        REQUIRE(run.delivery.has_value());
        const DeliveryReport& delivery = *run.delivery;
        REQUIRE(delivery.sentences.size() >= recorded.sentences.size() - 1);
        for (const SentenceDelivery& measured : delivery.sentences) {
            const RenderedSentence& truth = recorded.sentences.at(measured.sentence);
            INFO("sentence " << measured.sentence << " measured " << measured.start << "–" << measured.end << ", spoken "
                             << truth.start_seconds() << "–" << truth.end_of_speech_seconds());
            CHECK(std::abs(measured.start - truth.start_seconds()) < 0.6);
            CHECK(std::abs(measured.end - truth.end_of_speech_seconds()) < 0.6);
        }
        CHECK(delivery.loudness.has_value());
        // The stored sentence and section times are the alignment's, not the lagging live line's.
        REQUIRE(run.visits.size() == live.visits.size());
        for (std::size_t i = 1; i < run.visits.size(); ++i) {
            const RenderedSentence& truth = recorded.sentences.at(run.visits[i].sentence);
            INFO("sentence " << run.visits[i].sentence << " reached at " << run.visits[i].reached_at << " (live "
                             << live.visits[i].reached_at << "), spoken from " << kOffset + truth.start_seconds());
            CHECK(std::abs(run.visits[i].reached_at - (kOffset + truth.start_seconds())) < 0.6);
        }
        CHECK(run.sections.front().seconds == Approx(live.sections.front().seconds)); // one section: the whole run
        CHECK(run.recording == live.recording);
    }
    SECTION("without it: the visits the prompter recorded")
    {
        const std::vector<SentenceSpan> spans = spans_from_visits(live);
        REQUIRE(spans.size() == recorded.sentences.size() - 1); // the first was reached before the audio began
        CHECK(spans.front().start == Approx(recorded.sentences.at(1).start_seconds() + kLag));
        RehearsalRun run = live;
        measure_recorded_run(run, loaded.script, wav, {});
        REQUIRE(run.delivery.has_value());
        CHECK(run.delivery->sentences.size() == spans.size());
        CHECK(run.visits == live.visits); // nothing to re-time them by
    }
    SECTION("a recording that is not there is one clear error, and the run is left as it was")
    {
        RehearsalRun run = live;
        CHECK_THROWS_AS(measure_recorded_run(run, loaded.script, scratch_path("missing.wav"), {}), Error);
        CHECK(run == live);
    }
    std::filesystem::remove(text);
    std::filesystem::remove(wav);
    std::filesystem::remove_all(cache);
}
