// SPDX-License-Identifier: GPL-3.0-or-later
// The rehearsal's WAV is written as it is heard: readable at any moment (a crash leaves a
// playable file up to the last second), clipped not wrapped, finalised on close.
#include "audio/wav_recorder.hpp"
#include "core/error.hpp"
#include "support/scratch.hpp"

#include <catch2/catch.hpp>

#include <sndfile.h>

#include <cmath>
#include <unistd.h>

using namespace podium;
using podium::testing::scratch_path;

namespace {

struct Reading {
    sf_count_t frames = -1;
    int rate = 0;
    std::vector<short> samples;
};

Reading read_wav(const std::filesystem::path& path)
{
    SF_INFO info{};
    SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
    Reading reading;
    if (file == nullptr) {
        return reading;
    }
    reading.frames = info.frames;
    reading.rate = info.samplerate;
    reading.samples.resize(static_cast<std::size_t>(info.frames));
    sf_readf_short(file, reading.samples.data(), info.frames);
    sf_close(file);
    return reading;
}

std::vector<float> tone(std::size_t count, float amplitude)
{
    std::vector<float> samples(count);
    for (std::size_t i = 0; i < count; ++i) {
        samples[i] = amplitude * static_cast<float>(std::sin(2.0 * M_PI * 220.0 * static_cast<double>(i) / 16000.0));
    }
    return samples;
}

} // namespace

TEST_CASE("while recording, the file on disk is a valid WAV up to the last second written")
{
    const auto path = scratch_path("live.wav");
    {
        WavRecorder recorder(path, 16000);
        CHECK(read_wav(path).frames == 0); // valid from the first moment
        const std::vector<float> chunk = tone(1600, 0.5f); // 100 ms
        for (int i = 0; i < 25; ++i) {
            CHECK(recorder.write(chunk).empty());
        }
        // 2.5 s written, the recorder still open (as if Podium died now): another reader sees
        // at least the first two seconds.
        const Reading midway = read_wav(path);
        CHECK(midway.rate == 16000);
        CHECK(midway.frames >= 2 * 16000);
        CHECK(midway.frames <= 25 * 1600);
    }
    const Reading closed = read_wav(path);
    CHECK(closed.frames == 25 * 1600); // finalised: every sample
    std::filesystem::remove(path);
}

TEST_CASE("a clipping microphone is clipped at full scale, not wrapped round")
{
    const auto path = scratch_path("clip.wav");
    {
        WavRecorder recorder(path, 16000);
        CHECK(recorder.write(tone(16000, 3.0f)).empty());
    }
    const Reading reading = read_wav(path);
    REQUIRE(reading.frames == 16000);
    // A sine at 3× full scale: its first quarter rises and stays at the top, never negative.
    for (std::size_t i = 1; i < 16000 / 220 / 4; ++i) {
        CHECK(reading.samples[i] >= 0);
    }
    CHECK(*std::max_element(reading.samples.begin(), reading.samples.end()) >= 32000);
    std::filesystem::remove(path);
}

TEST_CASE("a recording that cannot be created says where")
{
    CHECK_THROWS_AS(WavRecorder("/proc/podium-cannot-write-here/run.wav", 16000), Error);
}
