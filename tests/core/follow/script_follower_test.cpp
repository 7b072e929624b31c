// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/script_follower.hpp"
#include "core/follow/synthetic_voice.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

using namespace podium;
using podium::test::SyntheticVoice;

namespace {

// Three paragraphs of three sentences, clauses of 4–9 Han syllables.
const char* const kSpeech =
    "同志们，今天我们在这里召开会议。这次会议的主要任务是总结工作，部署下一步任务。大家都要认真听。\n"
    "过去一年，我们克服了很多困难。经济发展稳中有进，人民生活持续改善。这些成绩来之不易。\n"
    "新的一年，任务依然艰巨。我们要坚定信心，迎难而上。让我们携起手来，共同创造更加美好的明天。\n";

Script speech_script()
{
    return build_script(kSpeech, ScriptFormat::PlainText);
}

struct Sample {
    double time = 0.0;
    std::size_t truth = 0;
    bool truth_speaking = false;
    FollowPosition tracked;
};

// A synthetic reader: reads `order` sentence by sentence, clause by clause, one syllable per
// `period`, pausing 0.35 s at clause ends and `sentence_pause` after each sentence. Feeds the
// follower in 20 ms chunks and samples every 50 ms. `before_sentence` runs as a sentence starts
// (a key press); `after_sentence` may add sound to the pause (a cough).
struct Reader {
    double period = 0.2;
    double sentence_pause = 1.0;
    std::function<void(ScriptFollower&, std::size_t)> before_sentence;
    std::function<void(SyntheticVoice&, std::size_t)> after_sentence;

    std::vector<Sample> read(const Script& script, ScriptFollower& follower, const std::vector<std::size_t>& order) const
    {
        const ScriptSyllables grid(script);
        std::vector<Sample> samples;
        double clock = 0.0;
        std::size_t truth = 0;
        auto play = [&](const SyntheticVoice& voice, bool speaking) {
            const std::vector<float>& pcm = voice.samples();
            for (std::size_t at = 0; at < pcm.size(); at += 320) {
                follower.feed(std::span<const float>(pcm).subspan(at, std::min<std::size_t>(320, pcm.size() - at)));
                clock += static_cast<double>(std::min<std::size_t>(320, pcm.size() - at)) / test::kRate;
                if (std::fmod(clock + 1e-9, 0.05) < 0.02) {
                    samples.push_back(Sample{clock, truth, speaking, follower.position()});
                }
            }
        };
        play(SyntheticVoice().silence(0.5), false);
        for (const std::size_t sentence : order) {
            if (before_sentence) {
                before_sentence(follower, sentence);
            }
            truth = sentence;
            for (const FollowClause& clause : grid.clauses()) {
                if (clause.sentence != sentence) {
                    continue;
                }
                play(SyntheticVoice().syllables(clause.syllables, 0.3, period), true);
                if (clause.end == FollowBoundary::Clause) {
                    play(SyntheticVoice().silence(0.35), false);
                }
            }
            SyntheticVoice pause;
            if (after_sentence) {
                after_sentence(pause, sentence);
            }
            pause.silence(sentence_pause);
            play(pause, false);
        }
        return samples;
    }
};

Reader reader_at(double period, double sentence_pause = 1.0)
{
    Reader reader;
    reader.period = period;
    reader.sentence_pause = sentence_pause;
    return reader;
}

std::vector<std::size_t> all_sentences(const Script& script)
{
    std::vector<std::size_t> order(script.sentences.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    return order;
}

std::size_t error_of(const Sample& sample)
{
    return sample.tracked.sentence > sample.truth ? sample.tracked.sentence - sample.truth : sample.truth - sample.tracked.sentence;
}

bool not_before(const FollowPosition& later, const FollowPosition& earlier)
{
    return later.sentence > earlier.sentence || (later.sentence == earlier.sentence && later.fraction >= earlier.fraction);
}

} // namespace

TEST_CASE("the script's syllable grid has a clause end at every comma and a sentence end at every full stop")
{
    const Script script = speech_script();
    const ScriptSyllables grid(script);
    REQUIRE(script.sentences.size() == 9);
    CHECK(grid.sentence_start(0) == 0);
    CHECK(grid.sentence_end(0) == 14); // 同志们 + 今天我们在这里召开会议
    CHECK(grid.boundary_at(3) == FollowBoundary::Clause);
    CHECK(grid.boundary_at(14) == FollowBoundary::Sentence);
    CHECK(grid.boundary_at(grid.sentence_end(2)) == FollowBoundary::Paragraph);
    CHECK(grid.sentence_at(14.0) == 0);
    CHECK(grid.sentence_at(14.5) == 1);
    CHECK(grid.fraction_at(7.0) == Approx(0.5));
}

TEST_CASE("English clauses count syllables, numbers as read, and 1,000 is not a clause end")
{
    const Script script = build_script("Good morning, everyone. We sold 1,000 cars in 2024.\n", ScriptFormat::PlainText);
    const ScriptSyllables grid(script);
    REQUIRE(script.sentences.size() == 2);
    CHECK(grid.boundary_at(3) == FollowBoundary::Clause); // good mor-ning
    CHECK(grid.sentence_end(0) == 6);                     // ev-ery-one
    CHECK(grid.clauses().size() == 3);                    // the second sentence is one clause
    // we sold one thou-sand cars in twen-ty twen-ty-four: 2 + 3 + 2 + 5
    CHECK(grid.sentence_end(1) - grid.sentence_start(1) == 12);
}

TEST_CASE("silence leaves the reading line on the first sentence")
{
    ScriptFollower follower(speech_script());
    const std::vector<float> quiet = SyntheticVoice().silence(10.0).add_noise(0.01).samples();
    follower.feed(quiet);
    CHECK(follower.position() == FollowPosition{0, 0.0, false});
}

TEST_CASE("a speaker reading the script is followed sentence by sentence")
{
    const Script script = speech_script();
    for (const double period : {0.2, 0.14, 0.28}) {
        CAPTURE(period);
        ScriptFollower follower(script);
        const std::vector<Sample> samples = reader_at(period).read(script, follower, all_sentences(script));
        std::size_t exact = 0;
        for (const Sample& sample : samples) {
            CAPTURE(sample.time, sample.truth, sample.tracked);
            CHECK(error_of(sample) <= 1);
            exact += error_of(sample) == 0 ? 1 : 0;
        }
        CHECK(static_cast<double>(exact) >= 0.85 * static_cast<double>(samples.size()));
        CHECK(samples.back().tracked.sentence == script.sentences.size() - 1);
    }
}

TEST_CASE("the reading line never moves backwards by itself")
{
    const Script script = speech_script();
    ScriptFollower follower(script);
    const std::vector<Sample> samples = reader_at(0.17, 0.6).read(script, follower, all_sentences(script));
    for (std::size_t i = 1; i < samples.size(); ++i) {
        CAPTURE(samples[i].time);
        CHECK(not_before(samples[i].tracked, samples[i - 1].tracked));
    }
}

TEST_CASE("the reading line holds still while the speaker pauses")
{
    const Script script = speech_script();
    ScriptFollower follower(script);
    const std::vector<Sample> samples = reader_at(0.2, 2.0).read(script, follower, all_sentences(script));
    // In every sentence pause, from 0.4 s after the voice stopped to its end, nothing moves.
    std::size_t checked = 0;
    for (std::size_t i = 1; i < samples.size(); ++i) {
        if (samples[i].truth_speaking || !samples[i - 1].truth_speaking) {
            continue;
        }
        const double silence_start = samples[i - 1].time;
        std::optional<FollowPosition> held;
        for (std::size_t j = i; j < samples.size() && !samples[j].truth_speaking; ++j) {
            if (samples[j].time >= silence_start + 0.4) {
                CHECK_FALSE(samples[j].tracked.speaking);
                if (held) {
                    CHECK(samples[j].tracked == *held);
                    ++checked;
                }
                held = samples[j].tracked;
            }
        }
    }
    CHECK(checked > 100);
}

TEST_CASE("anchoring puts the reading line on the chosen sentence and following goes on from there")
{
    const Script script = speech_script();
    ScriptFollower follower(script);
    follower.anchor(4);
    CHECK(follower.position().sentence == 4);
    CHECK(follower.position().fraction == Approx(0.0).margin(0.01));
    const std::vector<Sample> samples = Reader().read(script, follower, {4, 5, 6});
    CHECK(samples.back().tracked.sentence == 6);
    follower.anchor(1); // back, on the speaker's word
    CHECK(follower.position().sentence == 1);
    follower.anchor(100); // past the end: the last sentence
    CHECK(follower.position().sentence == 8);
}

TEST_CASE("a skipped paragraph is recovered by one key press")
{
    const Script script = speech_script();
    ScriptFollower follower(script);
    Reader reader;
    // The speaker skips the second paragraph (sentences 3–5) and presses "next" to sentence 6
    // as they start it; from then on the line follows again.
    reader.before_sentence = [](ScriptFollower& f, std::size_t sentence) {
        if (sentence == 6) {
            f.anchor(6);
        }
    };
    const std::vector<Sample> samples = reader.read(script, follower, {0, 1, 2, 6, 7, 8});
    for (const Sample& sample : samples) {
        if (sample.truth >= 6) {
            CAPTURE(sample.time, sample.truth, sample.tracked);
            CHECK(error_of(sample) <= 1);
        }
    }
    CHECK(samples.back().tracked.sentence == 8);
}

TEST_CASE("a cough in a pause is not read as syllables")
{
    const Script script = speech_script();
    ScriptFollower follower(script);
    Reader reader;
    reader.after_sentence = [](SyntheticVoice& pause, std::size_t) {
        pause.silence(0.4).burst(0.15, 0.2).silence(0.4);
    };
    const std::vector<Sample> samples = reader.read(script, follower, all_sentences(script));
    for (const Sample& sample : samples) {
        CAPTURE(sample.time, sample.truth, sample.tracked);
        CHECK(error_of(sample) <= 1);
        if (!sample.truth_speaking) {
            CHECK(sample.tracked.sentence == sample.truth);
        }
    }
}
