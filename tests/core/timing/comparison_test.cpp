// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timing/comparison.hpp"
#include "core/timing/pauses.hpp"
#include "han_sentence.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace podium;
using podium::testing::han;

namespace {

// Two sentences in one section and paragraph; the second is a heading.
Script heading_script(bool first_is_heading)
{
    Script script;
    script.text = han(3) + han(4);
    script.sentences.push_back({{0, 12}, 0, 0, first_is_heading});
    script.sentences.push_back({{12, script.text.size()}, 0, 0, false});
    script.sections.push_back({"Speech", 1, SectionKind::Heading, std::nullopt, 0, 2});
    return script;
}

} // namespace

TEST_CASE("a section is checked when it has 100 Han syllables or 60 English words")
{
    const ComparisonRule rule;
    CHECK(compare_section(10.0, 10.0, 100, 0, rule).checked);
    CHECK(compare_section(10.0, 10.0, 0, 60, rule).checked);
    CHECK_FALSE(compare_section(10.0, 10.0, 99, 59, rule).checked);
}

TEST_CASE("the error is the model's distance from the measurement, as a share of the measurement")
{
    const SectionComparison over = compare_section(105.0, 100.0, 200, 0, ComparisonRule{});
    CHECK(over.error == Approx(0.05));
    CHECK(over.within);
    const SectionComparison under = compare_section(94.0, 100.0, 200, 0, ComparisonRule{});
    CHECK(under.error == Approx(-0.06));
    CHECK_FALSE(under.within);
    // A short section is reported, never failed.
    const SectionComparison short_one = compare_section(50.0, 100.0, 10, 0, ComparisonRule{});
    CHECK_FALSE(short_one.checked);
    CHECK(short_one.within);
}

TEST_CASE("comparing timings counts the checked sections and the failures")
{
    Script script = build_script(han(120) + "\n" + han(20) + "\n", ScriptFormat::PlainText);
    const Timing measured = estimate_timing(script, PaceProfile{});
    const double seconds[] = {measured.sections[0].duration * 1.10};
    const TimingComparison comparison = compare_timings(seconds, measured.total_seconds, measured);
    REQUIRE(comparison.sections.size() == 1);
    CHECK(comparison.checked == 1);
    CHECK(comparison.failed == 1);
    CHECK_FALSE(comparison.passed());
    CHECK(comparison.total.error == Approx(0.0));
    CHECK(compare_timings(measured, measured).passed());
}

TEST_CASE("a rate fit recovers the rate a timing was made with, pauses and the other language left out")
{
    PaceProfile profile;
    profile.han_per_minute = 180.0;
    profile.words_per_minute = 150.0;
    profile.placeholder_pause = 0.4;
    const Script script = build_script(han(60) + "我们用AI做事。\n" + han(90) + "这里还缺**个数字。\n", ScriptFormat::PlainText);
    Timing model = estimate_timing(script, profile);
    // Add a constant silence to every sentence's speaking, as a voice does at its end.
    for (SentenceTiming& sentence : model.sentences) {
        sentence.speaking += 0.2;
    }
    const auto rate = fit_rate(model, {SpokenLanguage::Chinese, 0.2, 100});
    REQUIRE(rate.has_value());
    CHECK(*rate == Approx(180.0));
}

TEST_CASE("a rate fit leaves out the excluded sentences and needs enough units")
{
    PaceProfile fast;
    fast.han_per_minute = 300.0;
    const Script script = build_script(han(150) + "\n" + han(150) + "\n", ScriptFormat::PlainText);
    const Timing slow_first = estimate_timing(script, PaceProfile{});
    Timing mixed = estimate_timing(script, fast);
    mixed.sentences[0].speaking = slow_first.sentences[0].speaking; // 200 per minute
    mixed.profile = PaceProfile{};
    CHECK(*fit_rate(mixed, {SpokenLanguage::Chinese, 0.0, 100}, 0, 1) == Approx(300.0));
    CHECK(*fit_rate(mixed, {SpokenLanguage::Chinese, 0.0, 100}, 1, 2) == Approx(200.0));
    CHECK_FALSE(fit_rate(mixed, {SpokenLanguage::Chinese, 0.0, 200}, 1, 2).has_value());
    CHECK_FALSE(fit_rate(mixed, {SpokenLanguage::English, 0.0, 60}).has_value());
}

TEST_CASE("a heading is followed by a paragraph pause even when its paragraph goes on")
{
    CHECK(break_after(heading_script(true), 0) == SentenceBreak::Paragraph);
    CHECK(break_after(heading_script(false), 0) == SentenceBreak::Sentence);
    CHECK(break_after(heading_script(false), 1) == SentenceBreak::None);
}

TEST_CASE("the model pauses after a heading as the speech plan does")
{
    const Timing timing = estimate_timing(heading_script(true), PaceProfile{});
    CHECK(timing.sentences[0].pause_after == Approx(PaceProfile{}.paragraph_pause));
}
