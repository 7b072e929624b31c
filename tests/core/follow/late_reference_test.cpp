// SPDX-License-Identifier: GPL-3.0-or-later
// The script's reference sound comes in renderings one after the other (the registers are made
// in turn, so the content follower can lead as soon as the first is there): a rendering that
// comes later must leave the follower exactly where it would have been, had it come at once.
#include "core/follow/script_follower.hpp"
#include "core/script/script.hpp"
#include "vowel_reading.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <span>
#include <string>

namespace podium {
namespace {

constexpr std::size_t kSentences = 6;
constexpr std::size_t kChunk = 800; // 50 ms

Script six_sentences()
{
    std::string text;
    for (std::size_t s = 0; s < kSentences; ++s) {
        text += "Sentence number " + std::to_string(s + 1) + " is here. ";
    }
    return build_script(text, ScriptFormat::PlainText);
}

void feed(ScriptFollower& follower, const std::vector<float>& audio, std::size_t& at, std::size_t until)
{
    for (; at < std::min(until, audio.size()); at += kChunk) {
        follower.feed(std::span<const float>(audio).subspan(at, std::min(kChunk, audio.size() - at)));
    }
}

} // namespace

TEST_CASE("a rendering that comes later ends where it would have been, had it come with the first", "[follow][acoustic]")
{
    const Script script = six_sentences();
    REQUIRE(script.sentences.size() == kSentences);
    const auto low = test::reference_of(test::read(kSentences, 110.0, 0.12, 0.4, 1), kSentences);
    const auto high = test::reference_of(test::read(kSentences, 230.0, 0.12, 0.4, 1), kSentences);
    const test::Reading reader = test::read(kSentences, 220.0, 0.17, 0.6, 7);
    const auto seconds = [](double s) { return static_cast<std::size_t>(s * test::kReadingRate) / kChunk * kChunk; };

    // Late by 3 s (before the choice is due) and by 17.5 s (after 10 s of voice: the choice waits).
    for (const double late : {3.0, 17.5}) {
        CAPTURE(late);
        ScriptFollower together(script);
        together.set_references({low, high});
        ScriptFollower in_turn(script);
        in_turn.set_references({low}, {}, 2);
        CHECK_FALSE(ScriptFollower(script).add_reference(high)); // nothing more was expected there

        std::size_t at_together = 0;
        std::size_t at_in_turn = 0;
        // A key press before the second rendering comes is part of what it catches up on.
        feed(together, reader.audio, at_together, seconds(1.0));
        feed(in_turn, reader.audio, at_in_turn, seconds(1.0));
        together.anchor(1);
        in_turn.anchor(1);
        feed(together, reader.audio, at_together, seconds(late));
        feed(in_turn, reader.audio, at_in_turn, seconds(late));
        CHECK(in_turn.reference_choice() == 0);
        CHECK((together.acoustic()->tracker().observed() >= 1000) == (late > 10.0));
        REQUIRE(in_turn.add_reference(high));
        CHECK_FALSE(in_turn.add_reference(high)); // both have come: no third

        for (; at_together < reader.audio.size();) {
            feed(together, reader.audio, at_together, at_together + kChunk);
            feed(in_turn, reader.audio, at_in_turn, at_in_turn + kChunk);
            REQUIRE(in_turn.position() == together.position());
            REQUIRE(in_turn.reference_choice() == together.reference_choice());
        }
        REQUIRE(together.acoustic() != nullptr);
        CHECK(together.acoustic()->tracker().observed() > 1000); // the choice was made
    }
}

TEST_CASE("after 10 s of voice the follower keeps the rendering in the reader's register, whichever comes first", "[follow][acoustic]")
{
    const Script script = six_sentences();
    const auto low = test::reference_of(test::read(kSentences, 110.0, 0.12, 0.4, 1), kSentences);
    const auto high = test::reference_of(test::read(kSentences, 230.0, 0.12, 0.4, 1), kSentences);
    for (const double pitch : {120.0, 220.0}) {
        const test::Reading reader = test::read(kSentences, pitch, 0.17, 0.6, 7);
        const std::size_t expected = pitch > 160.0 ? 1 : 0;
        for (const bool low_first : {true, false}) {
            CAPTURE(pitch, low_first);
            ScriptFollower follower(script);
            follower.set_references(low_first ? std::vector{low, high} : std::vector{high, low});
            std::size_t at = 0;
            feed(follower, reader.audio, at, reader.audio.size());
            REQUIRE(follower.acoustic() != nullptr);
            REQUIRE(follower.acoustic()->tracker().observed() > 1000); // the choice was made
            CHECK(follower.reference_choice() == (low_first ? expected : 1 - expected));
            CHECK(follower.position().sentence == kSentences - 1);
        }
    }
}

TEST_CASE("when the first rendering is unusable, a later one leads", "[follow][acoustic]")
{
    const Script script = six_sentences();
    const auto high = test::reference_of(test::read(kSentences, 230.0, 0.12, 0.4, 1), kSentences);
    const test::Reading reader = test::read(kSentences, 220.0, 0.17, 0.6, 7);
    ScriptFollower follower(script);
    follower.set_references({std::make_shared<const ScriptReference>()}, {}, 2); // empty: rendering failed
    CHECK(follower.acoustic() == nullptr);
    std::size_t at = 0;
    feed(follower, reader.audio, at, reader.audio.size() / 3);
    REQUIRE(follower.add_reference(high));
    REQUIRE(follower.acoustic() != nullptr);
    CHECK(follower.reference_choice() == 1);
    feed(follower, reader.audio, at, reader.audio.size());
    CHECK(follower.position().sentence == kSentences - 1);
}

} // namespace podium
