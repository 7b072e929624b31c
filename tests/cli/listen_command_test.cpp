// SPDX-License-Identifier: GPL-3.0-or-later
// podium mics, podium report (measured pace, recordings) and podium play RUN --section N, on a
// listened run written to a private data directory; audio through SDL's disk driver.
#include "audio/wav_recorder.hpp"
#include "cli/rehearsal_access.hpp"
#include "cli/script_source.hpp"
#include "cli_runner.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

using namespace podium;
using namespace podium::testing;

namespace {

std::filesystem::path scratch(const std::string& name)
{
    return std::filesystem::temp_directory_path() / ("podium-listen-command-" + std::to_string(::getpid()) + "-" + name);
}

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

struct PrivateData {
    std::filesystem::path directory = scratch("data");
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
    const auto out = scratch("played.raw");
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
