// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timing/speech_units.hpp"
#include "core/timing/estimate.hpp"
#include "han_sentence.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace podium;
using podium::testing::han;

namespace {

// A hand-made Script: each entry is one sentence with its paragraph and section.
struct SentenceSpec {
    std::string text;
    std::size_t paragraph;
    std::size_t section;
};

Script make_script(const std::vector<SentenceSpec>& specs, std::vector<Section> sections)
{
    Script script;
    for (const auto& spec : specs) {
        const std::size_t begin = script.text.size();
        script.text += spec.text;
        script.sentences.push_back({{begin, script.text.size()}, spec.paragraph, spec.section, false});
        script.text += '\n';
    }
    script.sections = std::move(sections);
    return script;
}

PaceProfile round_profile()
{
    PaceProfile profile;
    // One 字 (an open toned syllable, lighter than the average the rate prices: speech_units.hpp)
    // a second keeps the arithmetic readable.
    profile.han_per_minute = 60.0 * han_units(1, 0, 0);
    profile.words_per_minute = 120.0;
    profile.sentence_pause = 0.5;
    profile.paragraph_pause = 1.0;
    profile.section_pause = 2.0;
    profile.placeholder_pause = 0.25;
    return profile;
}

} // namespace

TEST_CASE("200 Han characters at 200 per minute take a minute with no pause after the last sentence")
{
    // 200 open syllables (字 zì) are lighter than 200 of average weight.
    const Script script = build_script(han(200), ScriptFormat::PlainText);
    const Timing timing = estimate_timing(script, PaceProfile{});
    CHECK(timing.total_seconds == Approx(60.0 * han_units(200, 0, 0) / 200.0));
    CHECK(han_units(200, 0, 0) < 200.0);
    CHECK(han_units(1000, 36, 376) == Approx(1000.0)); // an average text: a minute for 200
    REQUIRE(timing.sections.size() == 1);
    CHECK(timing.sections[0].han_chars == 200);
    CHECK(timing.sentences.back().pause_after == 0.0);
}

TEST_CASE("the pause after a sentence depends on what comes next")
{
    const Script script = make_script({{han(2), 0, 0}, {han(2), 0, 0}, {han(2), 1, 0}, {han(2), 2, 1}},
        {{"一", 1, SectionKind::Heading, std::nullopt, 0, 3}, {"二", 1, SectionKind::Heading, std::nullopt, 3, 4}});
    const Timing timing = estimate_timing(script, round_profile());
    REQUIRE(timing.sentences.size() == 4);
    CHECK(timing.sentences[0].pause_after == 0.5); // same paragraph
    CHECK(timing.sentences[1].pause_after == 1.0); // next paragraph
    CHECK(timing.sentences[2].pause_after == 2.0); // next section
    CHECK(timing.sentences[3].pause_after == 0.0); // end of the speech
    CHECK(timing.sentences[3].start == Approx(2 + 0.5 + 2 + 1.0 + 2 + 2.0));
    CHECK(timing.total_seconds == Approx(11.5));
}

TEST_CASE("sections start at their first sentence and sub-sections roll up into their parent")
{
    const Script script = make_script({{han(4), 0, 0}, {han(3), 1, 1}, {han(5), 2, 2}, {han(6), 3, 3}},
        {{"", 1, SectionKind::Preamble, std::nullopt, 0, 1}, {"一", 1, SectionKind::Heading, std::nullopt, 1, 3},
            {"（一）", 2, SectionKind::Heading, 1, 2, 3}, {"二", 1, SectionKind::Heading, std::nullopt, 3, 4}});
    const Timing timing = estimate_timing(script, round_profile());
    REQUIRE(timing.sections.size() == 4);
    CHECK(timing.sections[0].start == 0.0);
    CHECK(timing.sections[0].duration == Approx(4 + 2.0));
    CHECK(timing.sections[1].start == Approx(6.0));
    CHECK(timing.sections[1].duration == Approx(3 + 2.0 + 5 + 2.0));
    CHECK(timing.sections[1].sentences == 2);
    CHECK(timing.sections[1].han_chars == 8);
    CHECK(timing.sections[2].start == Approx(11.0));
    CHECK(timing.sections[2].duration == Approx(7.0));
    CHECK(timing.sections[3].start == Approx(18.0));
    CHECK(timing.sections[3].duration == Approx(6.0));
    // Top-level sections add up to the total.
    CHECK(timing.sections[0].duration + timing.sections[1].duration + timing.sections[3].duration
        == Approx(timing.total_seconds));
}

TEST_CASE("spoken numbers, English words and placeholders are priced by the profile")
{
    Script script = make_script({{"2023年AI很重要**。", 0, 0}}, {{"", 1, SectionKind::Preamble, std::nullopt, 0, 1}});
    const std::size_t star = script.text.find("**");
    script.placeholders.push_back({{star, star + 2}, 1, 11, "**"});
    const Timing timing = estimate_timing(script, round_profile());
    REQUIRE(timing.sentences.size() == 1);
    CHECK(timing.sentences[0].han_chars == 5 + 3); // 二〇二三年 + 很重要
    CHECK(timing.sentences[0].words == 1);          // AI
    CHECK(timing.sentences[0].english_syllables == 2); // A-I, spelled
    CHECK(timing.sentences[0].english_letters == 2);
    CHECK(timing.sentences[0].placeholders == 1);
    CHECK(timing.sentences[0].nasal_syllables == 4); // sān nián hěn zhòng; 〇 is an ordinary syllable
    CHECK(timing.sentences[0].neutral_tone_syllables == 0);
    CHECK(timing.sentences[0].function_words == 0);
    // Han syllables by weight, English by syllables and words: 60 and 120 a minute (speech_units).
    CHECK(timing.total_seconds
        == Approx(han_units(8, 0, 4) / han_units(1, 0, 0) + english_units(1, 2, 2, 0) * 60.0 / 120.0 + 0.25));
    CHECK(timing.placeholders == 1);
    CHECK(timing.sections[0].placeholders == 1);
}

TEST_CASE("measured sentence durations roll up like the model")
{
    const Script script = make_script({{han(4), 0, 0}, {han(3), 1, 1}},
        {{"一", 1, SectionKind::Heading, std::nullopt, 0, 1}, {"二", 1, SectionKind::Heading, std::nullopt, 1, 2}});
    const std::vector<MeasuredSentence> measured{{3.0, 1.5}, {2.5, 0.0}};
    const Timing timing = timing_from_measurements(script, measured, round_profile());
    CHECK(timing.total_seconds == Approx(7.0));
    CHECK(timing.sections[1].start == Approx(4.5));
    CHECK(timing.sections[1].duration == Approx(2.5));
    CHECK(timing.sections[1].han_chars == 3);
}

TEST_CASE("voiced seconds leave out every pause")
{
    const Script script = make_script({{han(4), 0, 0}, {han(3), 1, 0}}, {{"", 1, SectionKind::Preamble, std::nullopt, 0, 2}});
    const Timing timing = estimate_timing(script, round_profile());
    CHECK(voiced_seconds(timing) == Approx(7.0));
    CHECK(timing.total_seconds == Approx(8.0));
}

TEST_CASE("an empty script takes no time")
{
    const Script script = build_script("", ScriptFormat::PlainText);
    const Timing timing = estimate_timing(script, PaceProfile{});
    CHECK(timing.total_seconds == 0.0);
    CHECK(timing.sentences.empty());
}
