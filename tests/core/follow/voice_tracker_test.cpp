// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/voice_tracker.hpp"
#include "core/follow/synthetic_voice.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <optional>

using namespace podium;
using podium::test::SyntheticVoice;

namespace {

VoiceActivity track(const std::vector<float>& samples, std::size_t chunk = 320, double rate = test::kRate)
{
    VoiceTracker tracker(rate);
    for (std::size_t at = 0; at < samples.size(); at += chunk) {
        tracker.feed(std::span<const float>(samples).subspan(at, std::min(chunk, samples.size() - at)));
    }
    return tracker.activity();
}

} // namespace

TEST_CASE("silence is neither speech nor syllables")
{
    const VoiceActivity activity = track(SyntheticVoice().silence(5.0).samples());
    CHECK(activity.time == Approx(5.0));
    CHECK(activity.syllables == 0.0);
    CHECK_FALSE(activity.speaking);
    CHECK(activity.speech_seconds == 0.0);
}

TEST_CASE("steady noise alone is neither speech nor syllables")
{
    const VoiceActivity activity = track(SyntheticVoice().silence(8.0).add_noise(0.05).samples());
    CHECK(activity.syllables <= 1.0);
    CHECK_FALSE(activity.speaking);
    CHECK(activity.speech_seconds < 0.2);
}

TEST_CASE("each syllable-shaped pulse is one nucleus")
{
    const VoiceActivity activity = track(SyntheticVoice().silence(0.5).syllables(10).silence(1.0).syllables(6).silence(1.0).samples());
    CHECK(activity.syllables == 16.0);
    CHECK_FALSE(activity.speaking);
    CHECK(activity.speech_seconds == Approx(3.2).margin(0.5));
}

TEST_CASE("syllables are counted in noise at 20 dB SNR")
{
    // Syllable RMS ≈ 0.3·0.5·0.6 ≈ 0.09; noise 0.009 is 20 dB below.
    const VoiceActivity activity = track(SyntheticVoice().silence(1.0).syllables(20).silence(1.0).syllables(20).silence(1.0).add_noise(0.009).samples());
    CHECK(activity.syllables >= 36.0);
    CHECK(activity.syllables <= 44.0);
}

TEST_CASE("a clipped, overdriven voice still gives its syllables")
{
    const VoiceActivity activity = track(SyntheticVoice().silence(0.5).syllables(12).silence(1.0).gain(20.0).samples());
    CHECK(activity.syllables >= 10.0);
    CHECK(activity.syllables <= 13.0);
}

TEST_CASE("speaking starts within 100 ms of the voice and stops within 300 ms of silence")
{
    VoiceTracker tracker;
    const std::vector<float> voice = SyntheticVoice().silence(1.0).syllables(10).silence(2.0).samples();
    std::optional<double> started;
    std::optional<double> stopped;
    for (std::size_t at = 0; at < voice.size(); at += 160) {
        tracker.feed(std::span<const float>(voice).subspan(at, std::min<std::size_t>(160, voice.size() - at)));
        const VoiceActivity activity = tracker.activity();
        if (activity.speaking && !started) {
            started = activity.time;
        }
        if (started && !activity.speaking && !stopped) {
            stopped = activity.time;
        }
    }
    REQUIRE(started);
    REQUIRE(stopped);
    CHECK(*started >= 1.0);
    CHECK(*started < 1.1);
    // The last syllable's voice ends at 2.96 s.
    CHECK(*stopped > 2.96);
    CHECK(*stopped < 2.96 + 0.3);
}

TEST_CASE("the answer does not depend on the chunk size")
{
    const std::vector<float> voice = SyntheticVoice().silence(0.3).syllables(7).silence(0.7).syllables(5).add_noise(0.005).samples();
    const VoiceActivity whole = track(voice, voice.size());
    for (const std::size_t chunk : {1U, 37U, 160U, 512U, 4096U}) {
        const VoiceActivity chunked = track(voice, chunk);
        CHECK(chunked.syllables == whole.syllables);
        CHECK(chunked.speaking == whole.speaking);
        CHECK(chunked.speech_seconds == whole.speech_seconds);
    }
}

TEST_CASE("the tracker works at any sample rate")
{
    for (const double rate : {8000.0, 22050.0, 48000.0}) {
        const VoiceActivity activity = track(SyntheticVoice(rate).silence(0.5).syllables(8).silence(1.0).samples(), 1024, rate);
        CHECK(activity.syllables == 8.0);
    }
}

TEST_CASE("non-finite samples count as silence")
{
    std::vector<float> broken(16000, std::numeric_limits<float>::quiet_NaN());
    broken.insert(broken.end(), 16000, std::numeric_limits<float>::infinity());
    const VoiceActivity activity = track(broken);
    CHECK(activity.syllables == 0.0);
    CHECK_FALSE(activity.speaking);
}
