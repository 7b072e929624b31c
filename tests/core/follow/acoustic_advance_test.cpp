// SPDX-License-Identifier: GPL-3.0-or-later
// How soon the content follower's tracker reaches a sentence the reader has begun: the pause
// before it is the evidence, even when it is short (a fluent reader) and the tracker was a
// little behind at the end of the sentence before (a clipped last syllable).
#include "core/follow/acoustic_tracker.hpp"
#include "core/follow/mfcc_extractor.hpp"
#include "core/follow/script_reference.hpp"
#include "vowel_reading.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace podium {
namespace {

using test::Reading;
using test::read;
using test::reference_of;

// The reading's features normalised over its own voiced frames (what the live normaliser
// converges to), and which frames are voiced.
struct Normalised {
    std::vector<FeatureVector> frames;
    std::vector<bool> voiced;
};

Normalised normalise_reading(const Reading& reading)
{
    const std::vector<FeatureFrame> frames = extract_features(reading.audio);
    Normalised out{std::vector<FeatureVector>(frames.size()), reference_voiced(frames)};
    FeatureVector mean{};
    FeatureVector squares{};
    double n = 0.0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (out.voiced[i]) {
            for (std::size_t k = 0; k < kFeatureSize; ++k) {
                mean[k] += frames[i].features[k];
                squares[k] += frames[i].features[k] * frames[i].features[k];
            }
            n += 1.0;
        }
    }
    for (std::size_t k = 0; k < kFeatureSize; ++k) {
        mean[k] = static_cast<float>(mean[k] / n);
        squares[k] = static_cast<float>(std::sqrt(std::max(1e-6, squares[k] / n - static_cast<double>(mean[k]) * mean[k])));
    }
    for (std::size_t i = 0; i < frames.size(); ++i) {
        for (std::size_t k = 0; k < kFeatureSize; ++k) {
            out.frames[i][k] = (frames[i].features[k] - mean[k]) / squares[k];
        }
    }
    return out;
}

struct Advance {
    std::vector<std::size_t> lag;  // per sentence after the first: voiced frames from its start until the tracker is in it
    std::size_t most_ahead = 0;    // sentences the tracker was ahead of the reader, at most
};

Advance follow_timing(AcousticTracker& tracker, const Reading& reader)
{
    const Normalised normalised = normalise_reading(reader);
    Advance out;
    out.lag.assign(reader.sentences.size(), 0);
    std::vector<bool> reached(reader.sentences.size(), false);
    std::size_t silent = 0;
    for (std::size_t i = 0; i < normalised.frames.size(); ++i) {
        if (!normalised.voiced[i]) {
            ++silent;
            continue;
        }
        if (silent > 0) {
            tracker.pause(static_cast<double>(silent) * 0.01);
            silent = 0;
        }
        tracker.observe(normalised.frames[i]);
        // The frame's 25 ms window, from hop i: it belongs to a sentence whose sound it reaches.
        const double t = static_cast<double>(i) * 0.01 + 0.025;
        std::size_t truth = 0;
        while (truth + 1 < reader.sentences.size() && reader.sentences[truth + 1].start <= t) {
            ++truth;
        }
        const std::size_t heard = tracker.reference().sentence(tracker.frame());
        out.most_ahead = std::max(out.most_ahead, heard > truth ? heard - truth : 0);
        if (heard >= truth) {
            reached[truth] = true;
        } else if (!reached[truth]) {
            ++out.lag[truth];
        }
    }
    out.lag.erase(out.lag.begin());
    return out;
}

std::size_t slowest(const Advance& advance)
{
    return *std::max_element(advance.lag.begin(), advance.lag.end());
}

} // namespace

TEST_CASE("a fluent reader's short pause after a clipped sentence end brings the tracker to the next sentence at once", "[follow][acoustic]")
{
    // The reference holds each syllable 0.25 s; the reader reads at 0.15 s a syllable, clips
    // each sentence's last syllable to a fifth and pauses only 0.24 s between sentences (and
    // 0.19 s for a breath inside them). When the pause comes, the tracker is still inside the
    // reference's long last syllable, 10–20 frames before its end.
    const Reading script_voice = read(6, 120.0, 0.25, 0.5, 21);
    const auto reference = reference_of(script_voice, 6);
    const Reading reader = read(6, 100.0, 0.15, 0.24, 22, {}, 0.2);

    AcousticTracker tracker(reference);
    const Advance now = follow_timing(tracker, reader);
    INFO("voiced frames into each sentence before the tracker reached it: " << Catch::Detail::stringify(now.lag));
    CHECK(slowest(now) <= 3);
    CHECK(now.most_ahead == 0);

    // Before: a pause under 0.25 s said nothing, so the tracker had to hear its way through the
    // last syllable (where the belief waits for a lengthened ending) into the next sentence.
    AcousticSettings before;
    before.min_pause = 0.25;
    AcousticTracker old(reference, before);
    const Advance then = follow_timing(old, reader);
    INFO("with the 0.25 s pause threshold: " << Catch::Detail::stringify(then.lag));
    CHECK(slowest(then) >= 8);
}

TEST_CASE("a pause moves belief up to 20 frames short of a phrase end to the next phrase", "[follow][acoustic]")
{
    const Reading script_voice = read(4, 120.0, 0.12, 0.5, 23);
    const auto reference = reference_of(script_voice, 4);
    const std::size_t next = reference->first_frame(2);
    for (const std::size_t short_of : {1u, 10u, 15u, 20u}) {
        AcousticTracker tracker(reference);
        tracker.anchor(next - 1 - short_of); // the reader stopped this many frames before sentence 1's end
        tracker.pause(0.3);
        // The first voiced frame of the next sentence: the tracker is there, not walking on
        // through the end of the last one.
        const Normalised normalised = normalise_reading(script_voice);
        std::size_t first_voiced = 0;
        const auto hop = static_cast<std::size_t>(std::lround(script_voice.sentences[2].start * 100.0));
        for (std::size_t i = hop; i < normalised.frames.size(); ++i) {
            if (normalised.voiced[i]) {
                first_voiced = i;
                break;
            }
        }
        tracker.observe(normalised.frames[first_voiced]);
        INFO(short_of << " frames short: at frame " << tracker.frame() << ", sentence 2 starts at " << next);
        CHECK(reference->sentence(tracker.frame()) == 2u);
    }
}

} // namespace podium
