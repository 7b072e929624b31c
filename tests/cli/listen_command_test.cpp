// SPDX-License-Identifier: GPL-3.0-or-later
// podium mics, podium report (measured pace, recordings) and podium play RUN --section N / --at
// SENTENCE, on a listened run written to a private data directory; audio through SDL's disk
// driver.
#include "audio/wav_recorder.hpp"
#include "app/rehearsal_access.hpp"
#include "app/loaded_script.hpp"
#include "cli_runner.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"
#include "support/scratch.hpp"

#include <catch2/catch.hpp>

#include <sndfile.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

using namespace podium;
using namespace podium::testing;
using podium::testing::scratch_path;

namespace {

PrompterEvent event(PrompterEventKind kind, double wall, std::size_t sentence)
{
    PrompterEvent e;
    e.kind = kind;
    e.wall = wall;
    e.elapsed = wall;
    e.sentence = sentence;
    return e;
}

// A listened run of the English sample: the second section starts one second in; its audio is
// one second of silence, then one second of a tone.
std::string record_listened_run(const LoadedScript& loaded)
{
    const RehearsalStore store = user_rehearsal_store();
    const std::size_t second = loaded.script.sections.at(1).first_sentence;
    RehearsalRecorder recorder(loaded.script, "20261201T100000Z-0badcafe", "2026-12-01T10:00:00Z");
    recorder.on_event(event(PrompterEventKind::Started, 0.0, 0));
    recorder.on_voice(0, VoiceTotals{0.0, 0.0, 0.0});
    recorder.on_voice(0, VoiceTotals{1.0, 0.0, 0.0});
    recorder.on_event(event(PrompterEventKind::SentenceReached, 1.0, second));
    recorder.on_voice(1, VoiceTotals{2.0, 0.9, 4.5});
    recorder.on_event(event(PrompterEventKind::Finished, 2.0, second));
    recorder.set_recording(RunRecording{"20261201T100000Z-0badcafe.wav", 0.0});
    RehearsalLog log = new_rehearsal_log(loaded.script, rehearsal_script_name(loaded));
    upsert_run(log, recorder.run());
    REQUIRE(store.save(log).empty());
    WavRecorder wav(store.directory() / "20261201T100000Z-0badcafe.wav", 16000);
    std::vector<float> audio(16000, 0.0f);
    for (int i = 0; i < 16000; ++i) {
        audio.push_back(0.5f * static_cast<float>(std::sin(2.0 * M_PI * 440.0 * i / 16000.0)));
    }
    REQUIRE(wav.write(audio).empty());
    return (store.directory() / "20261201T100000Z-0badcafe.wav").string();
}

std::size_t loud_samples(const std::filesystem::path& raw)
{
    std::ifstream in(raw, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t loud = 0;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const auto sample = static_cast<std::int16_t>(static_cast<unsigned char>(bytes[i]) | (static_cast<unsigned char>(bytes[i + 1]) << 8));
        loud += std::abs(static_cast<int>(sample)) > 1000 ? 1 : 0;
    }
    return loud;
}

// The 16-bit samples SDL's disk driver wrote, less the silence it writes before and after.
std::vector<std::int16_t> played_samples(const std::filesystem::path& raw)
{
    std::ifstream in(raw, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::int16_t> samples;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        samples.push_back(static_cast<std::int16_t>(
            static_cast<unsigned char>(bytes[i]) | (static_cast<unsigned char>(bytes[i + 1]) << 8)));
    }
    const auto sound = [](std::int16_t sample) { return sample != 0; };
    const auto first = std::find_if(samples.begin(), samples.end(), sound);
    const auto last = std::find_if(samples.rbegin(), samples.rend(), sound).base();
    return first < last ? std::vector<std::int16_t>(first, last) : std::vector<std::int16_t>{};
}

struct PrivateData {
    std::filesystem::path directory = scratch_path("data");
    PrivateData()
    {
        std::filesystem::remove_all(directory);
        std::filesystem::create_directories(directory);
        ::setenv("XDG_DATA_HOME", directory.c_str(), 1);
    }
    ~PrivateData() { std::filesystem::remove_all(directory); }
};

} // namespace

TEST_CASE("podium mics lists the capture devices")
{
    ::setenv("SDL_AUDIODRIVER", "disk", 1);
    const CliRun result = run({"mics"});
    CHECK(result.status == 0);
    CHECK(result.out.find("0  ") != std::string::npos);
    CHECK(result.out.find("--mic N") != std::string::npos);
}

TEST_CASE("podium report shows what the voice measured per section and lists the recordings")
{
    const PrivateData data;
    ScriptArguments arguments;
    arguments.sample = "en";
    const std::string wav = record_listened_run(load_script(arguments));

    const CliRun table = run({"report", "--sample", "en"});
    INFO(table.out << table.err);
    REQUIRE(table.status == 0);
    CHECK(table.out.find("Measured from your voice (12-01 10:00)") != std::string::npos);
    CHECK(table.out.find("Syllables/min") != std::string::npos);
    CHECK(table.out.find("300") != std::string::npos); // 4.5 syllables in 0.9 s
    CHECK(table.out.find("Recordings (podium play RUN [--section N]):") != std::string::npos);
    CHECK(table.out.find(wav) != std::string::npos);

    const CliRun json = run({"report", "--sample", "en", "--json"});
    REQUIRE(json.status == 0);
    const nlohmann::json document = nlohmann::json::parse(json.out);
    CHECK(document["runs"][0]["recording"] == wav);
    const nlohmann::json& voice = document["sections"][1]["runs"][0]["voice"];
    REQUIRE(voice.is_object());
    CHECK(voice["speaking_seconds"].get<double>() == Approx(0.9));
    CHECK(voice["pause_seconds"].get<double>() == Approx(0.1));
    CHECK(voice["syllables_per_minute"].get<double>() == Approx(300.0));
    CHECK(document["sections"][2]["runs"][0]["voice"].is_null()); // not heard there
}

TEST_CASE("podium play starts a recording at a section's start")
{
    const PrivateData data;
    ScriptArguments arguments;
    arguments.sample = "en";
    record_listened_run(load_script(arguments));
    const auto out = scratch_path("played.raw");
    ::setenv("SDL_AUDIODRIVER", "disk", 1);
    ::setenv("SDL_DISKAUDIOFILE", out.c_str(), 1);

    // Section 2 starts one second in, where the tone begins.
    CliRun played = run({"play", "20261201T100000Z", "--section", "2", "--seconds", "0.4"});
    INFO(played.err);
    REQUIRE(played.status == 0);
    CHECK(played.err.find("section 2") != std::string::npos);
    CHECK(loud_samples(out) > 4000);
    // From the start: the first second is silent.
    played = run({"play", "latest", "--seconds", "0.4"});
    REQUIRE(played.status == 0);
    CHECK(loud_samples(out) == 0);
    // Bad choices are one line each.
    CHECK(run({"play", "nosuchrun"}).status == 1);
    CliRun beyond = run({"play", "latest", "--section", "99"});
    CHECK(beyond.status == 1);
    CHECK(beyond.err.find("--section 1 to") != std::string::npos);
    std::filesystem::remove(out);
}

TEST_CASE("podium play --at plays a sentence's span of the recording: from a second before it to half a second after")
{
    const PrivateData data;
    ScriptArguments arguments;
    arguments.sample = "en";
    const LoadedScript loaded = load_script(arguments);
    REQUIRE(loaded.script.sentences.size() >= 3);
    // The speaker reached sentence 1 at 1.5 s and sentence 2 at 2.25 s, into a recording that
    // started with the run.
    const RehearsalStore store = user_rehearsal_store();
    RehearsalRecorder recorder(loaded.script, "20261202T090000Z-0ddba11", "2026-12-02T09:00:00Z");
    recorder.on_event(event(PrompterEventKind::Started, 0.0, 0));
    recorder.on_event(event(PrompterEventKind::SentenceReached, 1.5, 1));
    recorder.on_event(event(PrompterEventKind::SentenceReached, 2.25, 2));
    recorder.on_event(event(PrompterEventKind::Finished, 3.0, 2));
    recorder.set_recording(RunRecording{"20261202T090000Z-0ddba11.wav", 0.0});
    const RehearsalRun recorded = recorder.run();
    const auto visit = std::find_if(recorded.visits.begin(), recorded.visits.end(),
        [](const SentenceVisit& v) { return v.sentence == 1; });
    REQUIRE(visit != recorded.visits.end());
    REQUIRE(visit->reached_at == Approx(1.5));
    REQUIRE(visit->seconds == Approx(0.75));
    RehearsalLog log = new_rehearsal_log(loaded.script, rehearsal_script_name(loaded));
    upsert_run(log, recorded);
    REQUIRE(store.save(log).empty());

    // Four seconds at 8 kHz whose every sample is its own index: what is played says which
    // stretch of the recording it was.
    constexpr int kRate = 8000;
    SF_INFO info{};
    info.samplerate = kRate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    const auto wav = store.directory() / "20261202T090000Z-0ddba11.wav";
    SNDFILE* file = sf_open(wav.c_str(), SFM_WRITE, &info);
    REQUIRE(file != nullptr);
    std::vector<short> ramp(4 * kRate);
    for (std::size_t i = 0; i < ramp.size(); ++i) {
        ramp[i] = static_cast<short>(i);
    }
    CHECK(sf_write_short(file, ramp.data(), static_cast<sf_count_t>(ramp.size())) == static_cast<sf_count_t>(ramp.size()));
    sf_close(file);

    const auto out = scratch_path("played-at.raw");
    ::setenv("SDL_AUDIODRIVER", "disk", 1);
    ::setenv("SDL_DISKAUDIOFILE", out.c_str(), 1);
    const CliRun played = run({"play", "20261202T090000Z", "--at", "1"});
    INFO(played.err);
    REQUIRE(played.status == 0);
    CHECK(played.err.find("sentence 1") != std::string::npos);
    // Sentence 1 is on the reading line from 1.5 s to 2.25 s: played from 0.5 s to 2.75 s,
    // every sample once and in order.
    const std::vector<std::int16_t> samples = played_samples(out);
    REQUIRE(samples.size() == static_cast<std::size_t>(2.25 * kRate));
    CHECK(samples.front() == static_cast<std::int16_t>(0.5 * kRate));
    CHECK(samples.back() == static_cast<std::int16_t>(2.75 * kRate - 1));
    CHECK(std::adjacent_find(samples.begin(), samples.end(),
              [](std::int16_t a, std::int16_t b) { return b != a + 1; }) == samples.end());
    // --seconds still caps it.
    REQUIRE(run({"play", "20261202T090000Z", "--at", "1", "--seconds", "0.25"}).status == 0);
    const std::vector<std::int16_t> capped = played_samples(out);
    REQUIRE(capped.size() == static_cast<std::size_t>(0.25 * kRate));
    CHECK(capped.front() == static_cast<std::int16_t>(0.5 * kRate));
    std::filesystem::remove(out);
}
