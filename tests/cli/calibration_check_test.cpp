// SPDX-License-Identifier: GPL-3.0-or-later
// Measured pace that calibrates (issue 21): a real reader's first half of a text, followed and
// recorded as a rehearsal (`podium follow --record`), makes `podium estimate --calibrated`
// predict how long the same reader took over the second half. On ../shared/human-speech (a
// female reader of LJSpeech, one clip a line); skipped when it is absent.
#include "cli/cli_runner.hpp"
#include "cli/config_home.hpp"
#include "cli/data_home.hpp"
#include "support/skip.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sndfile.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using podium::testing::DataHome;
using podium::testing::run;

namespace {

std::string read_text(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The first `seconds` of a WAV, written as another WAV; the whole file's length.
double cut_wav(const std::filesystem::path& from, const std::filesystem::path& to, double seconds)
{
    SF_INFO info{};
    SNDFILE* in = sf_open(from.c_str(), SFM_READ, &info);
    REQUIRE(in != nullptr);
    const double whole = static_cast<double>(info.frames) / info.samplerate;
    std::vector<short> samples(static_cast<std::size_t>(seconds * info.samplerate) * static_cast<std::size_t>(info.channels));
    const sf_count_t frames = sf_readf_short(in, samples.data(), static_cast<sf_count_t>(seconds * info.samplerate));
    sf_close(in);
    SF_INFO out_info = info;
    SNDFILE* out = sf_open(to.c_str(), SFM_WRITE, &out_info);
    REQUIRE(out != nullptr);
    CHECK(sf_writef_short(out, samples.data(), frames) == frames);
    sf_close(out);
    return whole;
}

} // namespace

TEST_CASE("reading the first half of a text aloud calibrates the estimate of the second half within 5%")
{
    const std::filesystem::path reading = std::filesystem::path(PODIUM_SHARED_DIR) / "human-speech" / "en-ljspeech-lines";
    if (!std::filesystem::exists(reading / "truth.json")) {
        PODIUM_SKIP(reading << " is absent");
    }
    const podium::testing::ConfigHome home;
    const auto truth = nlohmann::json::parse(read_text(reading / "truth.json"));
    const auto& utterances = truth.at("utterances");
    REQUIRE(utterances.size() == 32);
    const std::size_t half = utterances.size() / 2;

    // One utterance a line: the script's first 16 lines, and the audio up to where line 17 begins.
    std::istringstream lines(read_text(reading / "script.txt"));
    std::string first;
    std::string second;
    std::size_t index = 0;
    for (std::string line; std::getline(lines, line); ++index) {
        (index < half ? first : second) += line + "\n";
    }
    const std::string first_script = home.write_speech("first-half.txt", first);
    const std::string second_script = home.write_speech("second-half.txt", second);
    const std::string first_audio = home.write_speech("first-half.wav", "");
    const double second_starts = utterances.at(half).at("start").get<double>();
    const double recording_ends = cut_wav(reading / "speech.wav", first_audio, second_starts);
    // What the reader took over the second half, measured as the rehearsal measures a run: from
    // its first word to the end of the reading (the last line and the pause after it).
    const double actual = recording_ends - second_starts;

    const DataHome data(std::filesystem::path(first_script).parent_path() / "data");
    const auto followed = run({"follow", first_script.c_str(), "--audio", first_audio.c_str(), "--record"});
    REQUIRE(followed.status == 0);
    const auto estimated = run({"estimate", second_script.c_str(), "--calibrated", "--json"});
    REQUIRE(estimated.status == 0);
    INFO(estimated.err);
    CHECK(estimated.err.find("from 1 run") != std::string::npos);
    const double predicted = nlohmann::json::parse(estimated.out).at("total_seconds").get<double>();
    const auto uncalibrated = run({"estimate", second_script.c_str(), "--json"});
    const double plain = nlohmann::json::parse(uncalibrated.out).at("total_seconds").get<double>();
    WARN("second half of " << reading.filename().string() << ": read in " << actual << " s, predicted " << predicted
                           << " s calibrated (" << 100.0 * (predicted - actual) / actual << "%), " << plain
                           << " s uncalibrated (" << 100.0 * (plain - actual) / actual << "%)");
    CHECK(std::abs(predicted - actual) <= 0.05 * actual);
}
