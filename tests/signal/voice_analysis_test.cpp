// SPDX-License-Identifier: GPL-3.0-or-later
#include "signal/voice_analysis.hpp"

#include "core/coach/voice_measures.hpp"
#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace podium;

namespace {

constexpr double kRate = 16000.0;
constexpr double kPi = 3.14159265358979;

// A voiced vowel-like tone: `hz` and its first harmonics, at peak amplitude `peak`.
std::vector<float> voice(double seconds, double hz, double peak)
{
    std::vector<float> out(static_cast<std::size_t>(seconds * kRate));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / kRate;
        const double s = std::sin(2 * kPi * hz * t) + 0.5 * std::sin(4 * kPi * hz * t) + 0.25 * std::sin(6 * kPi * hz * t);
        out[i] = static_cast<float>(peak * s / 1.75);
    }
    return out;
}

std::vector<float> join(std::vector<float> a, const std::vector<float>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

TEST_CASE("the pitch of a voiced tone is found in its frames and silence is unvoiced")
{
    const std::vector<float> samples = join(join(std::vector<float>(8000, 0.0F), voice(1.0, 150.0, 0.3)), std::vector<float>(8000, 0.0F));
    const VoiceFrames frames = analyse_voice(samples, kRate);
    REQUIRE(frames.frame_count() == 200);
    CHECK(frames.hop == Approx(0.01));
    std::size_t voiced = 0;
    for (std::size_t i = 0; i < frames.frame_count(); ++i) {
        const double t = frames.frame_time(i);
        if (t > 0.6 && t < 1.4) {
            CHECK(frames.f0[i] == Approx(150.0).epsilon(0.02));
        }
        if (t < 0.4 || t > 1.6) {
            CHECK(frames.f0[i] == 0.0F);
            CHECK(frames.level[i] <= -119.0F);
        }
        voiced += frames.f0[i] > 0.0F ? 1 : 0;
    }
    // Frames are centred where the tone is: about 100 voiced frames, not shifted by the window.
    CHECK(voiced >= 95);
    CHECK(voiced <= 106);
    CHECK(measure_pitch(frames, 0.5, 1.5, 0.25)->median_hz == Approx(150.0).epsilon(0.01));
}

TEST_CASE("a 1 kHz sine at amplitude 0.1 reads −23 LUFS, as BS.1770 defines it")
{
    std::vector<float> sine(static_cast<std::size_t>(3.0 * kRate));
    for (std::size_t i = 0; i < sine.size(); ++i) {
        sine[i] = static_cast<float>(0.1 * std::sin(2 * kPi * 1000.0 * static_cast<double>(i) / kRate));
    }
    const VoiceFrames frames = analyse_voice(sine, kRate);
    CHECK(frames.block_loudness.size() == 30);
    CHECK(*measure_loudness(frames, 0.0, 3.0) == Approx(-23.0).margin(0.1));
    CHECK(frames.level[100] == Approx(-23.0).margin(0.1)); // RMS of a 0.1 sine: −23 dBFS
}

TEST_CASE("the spectral envelope of a held tone stays put; a new tone moves it")
{
    const VoiceFrames frames = analyse_voice(join(voice(0.5, 120.0, 0.3), voice(0.5, 300.0, 0.3)), kRate);
    auto distance = [&](std::size_t a, std::size_t b) {
        double sum = 0.0;
        for (std::size_t c = 0; c < VoiceFrames::cepstrum_size; ++c) {
            sum += std::pow(frames.cepstrum[a][c] - frames.cepstrum[b][c], 2.0);
        }
        return std::sqrt(sum);
    };
    CHECK(distance(20, 25) < 0.5 * distance(40, 60));
}

TEST_CASE("an impossible sample rate is a clear error")
{
    const std::vector<float> samples(100, 0.0F);
    CHECK_THROWS_AS(analyse_voice(samples, 0.0), Error);
    CHECK(analyse_voice(std::vector<float>{}, kRate).frame_count() == 0);
}
