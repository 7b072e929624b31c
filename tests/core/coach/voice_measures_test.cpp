// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/voice_measures.hpp"

#include "core/coach/synthetic_frames.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace podium;
using podium::test::FrameBuilder;

TEST_CASE("a sentence's pitch is its median F0 and the 10th-90th percentile spread in semitones")
{
    FrameBuilder builder(4.0);
    // A glide from 100 Hz up an octave, linear in semitones: the middle 80% spans 9.6 semitones.
    builder.speech(1.0, 3.0, [](double t) { return 100.0 * std::pow(2.0, (t - 1.0) / 2.0); });
    const std::optional<PitchMeasure> pitch = measure_pitch(builder.frames(), 1.0, 3.0, 0.25);
    REQUIRE(pitch);
    CHECK(pitch->median_hz == Approx(100.0 * std::sqrt(2.0)).epsilon(0.01));
    CHECK(pitch->range_semitones == Approx(9.6).margin(0.15));
    CHECK(pitch->voiced_seconds == Approx(2.0).margin(0.02));
}

TEST_CASE("a flat voice has no pitch range, and too little voice has no pitch at all")
{
    FrameBuilder builder(4.0);
    builder.speech(1.0, 3.0, test::steady(140.0)).speech(3.5, 3.7, test::steady(140.0));
    CHECK(measure_pitch(builder.frames(), 1.0, 3.0, 0.25)->range_semitones == Approx(0.0));
    CHECK_FALSE(measure_pitch(builder.frames(), 3.4, 3.8, 0.25));
    CHECK_FALSE(measure_pitch(builder.frames(), 0.0, 0.9, 0.25));
}

TEST_CASE("a stretch's loudness gates out the quiet blocks as a BS.1770 meter does")
{
    FrameBuilder builder(6.0);
    builder.loudness(1.0, 3.0, -20.0).loudness(3.0, 5.0, -26.0);
    // Equal time at −20 and −26 LUFS: the power mean, not the mean of the figures.
    const double expected = 10.0 * std::log10(0.5 * (std::pow(10.0, -2.0) + std::pow(10.0, -2.6)));
    CHECK(*measure_loudness(builder.frames(), 1.0, 5.0) == Approx(expected).margin(0.2));
    // −90 LUFS blocks (silence) fall under the absolute gate.
    CHECK(*measure_loudness(builder.frames(), 0.0, 3.0) == Approx(-20.0).margin(0.01));
    CHECK_FALSE(measure_loudness(builder.frames(), 5.2, 6.0));
    CHECK_FALSE(measure_loudness(builder.frames(), 1.0, 1.3)); // shorter than one block
}

TEST_CASE("trailing off is the last third's loudness under the first two thirds'")
{
    FrameBuilder builder(6.0);
    builder.loudness(0.0, 2.0, -22.0).loudness(2.0, 3.0, -31.0);
    CHECK(*trailing_drop(builder.frames(), 0.0, 3.0) == Approx(9.0).margin(0.01));
    builder.loudness(3.0, 6.0, -22.0);
    CHECK(*trailing_drop(builder.frames(), 3.0, 6.0) == Approx(0.0).margin(0.01));
    CHECK_FALSE(trailing_drop(builder.frames(), 3.0, 3.9)); // its last third is shorter than a block
}
