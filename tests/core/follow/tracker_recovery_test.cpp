// SPDX-License-Identifier: GPL-3.0-or-later
// The content follower finds the reader again by itself: a skipped stretch longer than the
// tracker's window, a sentence read twice. Synthetic "vowel" readings whose sound says where
// they are (vowel_reading.hpp), read by another voice at another pace.
#include "core/follow/acoustic_follower.hpp"
#include "core/follow/mfcc_extractor.hpp"
#include "core/follow/reference_search.hpp"
#include "core/follow/script_reference.hpp"
#include "core/follow/speaker_normaliser.hpp"
#include "vowel_reading.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <cstddef>
#include <vector>

namespace podium {
namespace {

// The sentence being read at `t` seconds into `reading` (the last one begun).
std::size_t sentence_read_at(const test::Reading& reading, double t)
{
    std::size_t found = reading.sentences.front().sentence;
    for (const ReferenceSentence& sentence : reading.sentences) {
        if (sentence.start <= t) {
            found = sentence.sentence;
        }
    }
    return found;
}

// Where the reader was, per 10 ms hop: the sentence on the line and the sentence being read,
// for the voiced hops; and which reading of a sentence said twice it was (0 or 1).
struct FollowedHop {
    double t = 0.0;
    std::size_t line = 0;
    std::size_t truth = 0;
    std::size_t reading = 0;  // index into Reading::sentences
};

std::vector<FollowedHop> follow_reading(AcousticFollower& follower, const test::Reading& reader)
{
    const std::vector<FeatureFrame> frames = extract_features(reader.audio);
    const std::vector<bool> voiced = reference_voiced(frames);
    std::vector<FollowedHop> out;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        follower.update(frames[i], voiced[i]);
        if (!voiced[i]) {
            continue;
        }
        const double t = static_cast<double>(i) * 0.01;
        std::size_t reading = 0;
        for (std::size_t r = 0; r < reader.sentences.size(); ++r) {
            if (reader.sentences[r].start <= t) {
                reading = r;
            }
        }
        out.push_back({t, follower.sentence(), sentence_read_at(reader, t), reading});
    }
    return out;
}

} // namespace

TEST_CASE("the whole-script search puts a stretch of voice in the sentence it was read from", "[follow][acoustic][recovery]")
{
    const test::Reading script_voice = test::read(8, 120.0, 0.2, 0.5, 3);
    const auto reference = test::reference_of(script_voice, 8);
    const test::Reading reader = test::read(8, 100.0, 0.24, 0.6, 13, {5}); // sentence 5 alone, another voice
    const std::vector<FeatureFrame> frames = extract_features(reader.audio);
    const std::vector<bool> voiced = reference_voiced(frames);
    SpeakerNormaliser normaliser(reference->raw_stats());
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (voiced[i]) {
            normaliser.learn(frames[i].features);
        }
    }
    ReferenceSearch search(reference);
    std::size_t steps = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (voiced[i] && search.observe(normaliser.normalise(frames[i].features))) {
            ++steps;
        }
    }
    CHECK(steps == search.frames());
    REQUIRE(search.frames() >= ReferenceSearch::settle_frames());
    CHECK(reference->sentence(search.best_frame()) == 5);
    // Near the end of what was read: the last syllables of sentence 5.
    CHECK(reference->fraction(search.best_frame()) > 0.6);
}

TEST_CASE("a reader who skips more than the tracker's window is found again within 3 s of voice, without a key",
    "[follow][acoustic][recovery]")
{
    // Each sentence is 3.6 s of the reference's voice: sentences 1–5 are 18 s, past the
    // 15 s the tracker looks ahead.
    const test::Reading script_voice = test::read(8, 120.0, 0.3, 0.5, 3);
    const auto reference = test::reference_of(script_voice, 8);
    const test::Reading reader = test::read(8, 100.0, 0.24, 0.6, 11, {0, 6, 7});
    AcousticFollower follower(reference);
    const std::vector<FollowedHop> hops = follow_reading(follower, reader);

    std::size_t voice_after_skip = 0;
    std::optional<std::size_t> relocked; // hops of voice after the skip until the line was right
    std::size_t wrong_after = 0;
    std::size_t checked_after = 0;
    for (const FollowedHop& hop : hops) {
        if (hop.truth == 0) {
            CHECK(hop.line == 0); // before the skip, no jump anywhere
            continue;
        }
        ++voice_after_skip;
        if (!relocked && hop.line == hop.truth) {
            relocked = voice_after_skip;
        }
        if (relocked) {
            ++checked_after;
            wrong_after += hop.line != hop.truth && hop.t > reader.sentences[hop.reading].start + 0.3 ? 1 : 0;
        }
    }
    REQUIRE(relocked.has_value());
    // Measured 2.93 s here (the human readings: 2.4–2.7 s); the bound leaves room for another
    // compiler's rounding, not for a slower design.
    CHECK(*relocked <= 330);
    CHECK(checked_after > 200);
    CHECK(wrong_after * 20 <= checked_after); // and it stays with the reader
    CHECK(hops.back().line == 7);
}

TEST_CASE("a sentence read twice brings the line back to it, and the reading goes on from there", "[follow][acoustic][recovery]")
{
    const test::Reading script_voice = test::read(6, 120.0, 0.2, 0.5, 3);
    const auto reference = test::reference_of(script_voice, 6);
    const test::Reading reader = test::read(6, 100.0, 0.24, 0.7, 12, {0, 1, 2, 2, 3, 4, 5});
    AcousticFollower follower(reference);
    const std::vector<FollowedHop> hops = follow_reading(follower, reader);

    // The second reading of sentence 2 (reader.sentences[3]): the line is back on 2 after at
    // most 1.5 s of it, and stays there to its end.
    const double again = reader.sentences[3].start;
    std::size_t checked = 0;
    std::size_t elsewhere = 0;
    std::size_t most_ahead = 0;
    for (const FollowedHop& hop : hops) {
        if (hop.reading != 3) {
            continue;
        }
        most_ahead = std::max(most_ahead, hop.line > 2 ? hop.line - 2 : 0);
        if (hop.t > again + 1.5) {
            ++checked;
            elsewhere += hop.line != 2 ? 1 : 0;
        }
    }
    CHECK(checked > 50);
    CHECK(elsewhere == 0);
    CHECK(most_ahead <= 1);
    // And then on through 3, 4 and 5.
    std::size_t wrong_later = 0;
    std::size_t later = 0;
    for (const FollowedHop& hop : hops) {
        if (hop.reading >= 4 && hop.t > reader.sentences[hop.reading].start + 0.3) {
            ++later;
            wrong_later += hop.line != hop.truth ? 1 : 0;
        }
    }
    CHECK(later > 300);
    CHECK(wrong_later * 20 <= later);
}

} // namespace podium
