// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.hpp"
#include "speech/resampler.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>
#include <vector>

namespace podium {
namespace {

std::vector<float> sine(double frequency, double rate, std::size_t count)
{
    std::vector<float> out(count);
    for (std::size_t i = 0; i < count; ++i) {
        out[i] = static_cast<float>(0.5 * std::sin(2.0 * std::numbers::pi * frequency * static_cast<double>(i) / rate));
    }
    return out;
}

// The sine's amplitude and frequency over the middle of `samples` (least squares against sin
// and cos at `frequency`: a wrong frequency gives a small amplitude).
double amplitude_at(const std::vector<float>& samples, double frequency, double rate)
{
    double s = 0.0;
    double c = 0.0;
    const std::size_t from = samples.size() / 4;
    const std::size_t to = samples.size() * 3 / 4;
    for (std::size_t i = from; i < to; ++i) {
        const double phase = 2.0 * std::numbers::pi * frequency * static_cast<double>(i) / rate;
        s += samples[i] * std::sin(phase);
        c += samples[i] * std::cos(phase);
    }
    return 2.0 * std::hypot(s, c) / static_cast<double>(to - from);
}

} // namespace

TEST_CASE("eSpeak's 22.05 kHz becomes 16 kHz with the voice band's tones intact", "[speech][resampler]")
{
    const std::vector<float> input = sine(1000.0, 22050.0, 22050); // one second
    Resampler resampler(22050.0, 16000.0);
    std::vector<float> output;
    resampler.process(input, output, true);
    CHECK(output.size() == Approx(16000).margin(2));
    CHECK(amplitude_at(output, 1000.0, 16000.0) == Approx(0.5).epsilon(0.01));
}

TEST_CASE("resampling in chunks gives what resampling at once gives", "[speech][resampler]")
{
    const std::vector<float> input = sine(440.0, 44100.0, 44100);
    Resampler whole(44100.0, 16000.0);
    std::vector<float> at_once;
    whole.process(input, at_once, true);

    Resampler pieces(44100.0, 16000.0);
    std::vector<float> chunked;
    std::size_t at = 0;
    for (std::size_t size = 1; at < input.size(); size = size * 5 % 1999 + 1) {
        const std::size_t take = std::min(size, input.size() - at);
        pieces.process(std::span<const float>(input).subspan(at, take), chunked);
        at += take;
    }
    pieces.process({}, chunked, true);
    REQUIRE(chunked.size() == at_once.size());
    for (std::size_t i = 0; i < chunked.size(); ++i) {
        REQUIRE(chunked[i] == Approx(at_once[i]).margin(1e-4));
    }
}

TEST_CASE("equal rates pass the audio through untouched", "[speech][resampler]")
{
    const std::vector<float> input = sine(300.0, 16000.0, 1000);
    Resampler resampler(16000.0, 16000.0);
    std::vector<float> output;
    resampler.process(input, output, true);
    CHECK(output == input);
}

TEST_CASE("a rate that is no rate is a clear error", "[speech][resampler]")
{
    CHECK_THROWS_AS(Resampler(0.0, 16000.0), Error);
    CHECK_THROWS_AS(Resampler(16000.0, -1.0), Error);
    CHECK_THROWS_AS(Resampler(std::nan(""), 16000.0), Error);
}

} // namespace podium
