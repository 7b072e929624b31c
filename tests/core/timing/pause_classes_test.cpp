// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/script/script.hpp"
#include "core/text/spoken_text.hpp"
#include "core/timing/speech_units.hpp"
#include "core/timing/estimate.hpp"
#include "core/timing/pauses.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace podium;

namespace {

ClauseMarks marks_of(std::string_view text)
{
    return clause_marks(normalise_for_speech(text, {0, text.size()}), text);
}

// A profile that prices nothing but the pause under test.
PaceProfile only_pauses()
{
    PaceProfile profile;
    profile.han_per_minute = 600.0;
    profile.words_per_minute = 400.0;
    profile.comma_pause = 0.0;
    profile.colon_pause = 0.0;
    profile.sentence_pause = 0.0;
    profile.paragraph_pause = 0.0;
    profile.section_pause = 0.0;
    return profile;
}

double total(const std::string& text, ScriptFormat format, const PaceProfile& profile)
{
    return estimate_timing(build_script(text, format), profile).total_seconds;
}

} // namespace

TEST_CASE("Pause marks inside a sentence are counted by class, the final mark is not")
{
    CHECK(marks_of("我们，你们、他们；大家：好。") == ClauseMarks{2, 2});
    CHECK(marks_of("Well, yes; no: maybe.") == ClauseMarks{1, 2});
    CHECK(marks_of("我们要坚持——坚持到底。") == ClauseMarks{1, 0});
    CHECK(marks_of("好，") == ClauseMarks{0, 0});           // the sentence ends at the comma
    CHECK(marks_of("It starts at 9:30, sharp.") == ClauseMarks{1, 0}); // 9:30 is read, not paused
    CHECK(marks_of("一，，二。") == ClauseMarks{1, 0});        // a run of marks is one pause
    CHECK(marks_of("没有停顿。") == ClauseMarks{0, 0});
}

TEST_CASE("Each comma, 顿号 and dash inside a sentence costs comma_pause")
{
    PaceProfile profile = only_pauses();
    const std::string text = "我们，你们、他们——大家好。";
    const double without = total(text, ScriptFormat::PlainText, profile);
    profile.comma_pause = 0.25;
    CHECK(total(text, ScriptFormat::PlainText, profile) == Approx(without + 3 * 0.25));
}

TEST_CASE("Each semicolon and colon inside a sentence costs colon_pause")
{
    PaceProfile profile = only_pauses();
    const std::string text = "First: plan; then act; then rest.";
    const double without = total(text, ScriptFormat::PlainText, profile);
    profile.colon_pause = 0.4;
    profile.comma_pause = 5.0; // no commas here: must not count
    CHECK(total(text, ScriptFormat::PlainText, profile) == Approx(without + 3 * 0.4));
}

TEST_CASE("Sentence, paragraph and section ends each cost their own pause")
{
    const std::string text = "# One\n\nFirst sentence. Second sentence.\nNew paragraph.\n\n# Two\n\nLast one.\n";
    PaceProfile profile = only_pauses();
    const double base = total(text, ScriptFormat::Markdown, profile);
    profile.sentence_pause = 1.0;
    const double with_sentence = total(text, ScriptFormat::Markdown, profile);
    CHECK(with_sentence - base == Approx(1.0)); // only "First sentence." ends a sentence inside a paragraph
    profile = only_pauses();
    profile.paragraph_pause = 1.0;
    // after the heading "One", after "Second sentence.", after the heading "Two"
    CHECK(total(text, ScriptFormat::Markdown, profile) - base == Approx(3.0));
    profile = only_pauses();
    profile.section_pause = 1.0;
    CHECK(total(text, ScriptFormat::Markdown, profile) - base == Approx(1.0)); // "New paragraph." ends section One
}

TEST_CASE("English is timed by syllables: long words take longer at the same word count")
{
    PaceProfile profile = only_pauses();
    profile.words_per_minute = 120.0;
    const double short_words = total("The cat sat on the mat.", ScriptFormat::PlainText, profile);
    const double long_words = total("Administrative documentation necessitates extraordinary deliberation today.",
        ScriptFormat::PlainText, profile);
    CHECK(long_words > 2.5 * short_words);
    // six one-syllable words of 17 letters, three of them function words (the, on, the), at
    // 120 average words a minute
    CHECK(short_words == Approx(english_units(6, 6, 17, 3) * 60.0 / 120.0));
    CHECK(english_units(6, 6, 17, 3) < 6.0); // shorter than average words
    // An average text counts its words: 1.45 syllables and 4.49 letters a word, 39 function
    // words in 100.
    CHECK(english_units(100, 145, 449, 39) == Approx(100.0));
    CHECK(profile.english_syllables_per_minute() == Approx(120.0 * PaceProfile::english_syllables_per_word));
}

TEST_CASE("Markdown markup the prompter hides is neither read nor timed: a link's target")
{
    PaceProfile profile = only_pauses();
    profile.words_per_minute = 120.0;
    const Script linked = build_script("Read [our guide](https://example.com/guide-2026) before the meeting.\n",
        ScriptFormat::Markdown);
    const Script plain = build_script("Read our guide before the meeting.\n", ScriptFormat::Markdown);
    const Timing with_link = estimate_timing(linked, profile);
    const Timing without = estimate_timing(plain, profile);
    REQUIRE(with_link.sentences.size() == 1);
    CHECK(with_link.sentences[0].words == 6);
    CHECK(with_link.sentences[0].english_letters == without.sentences[0].english_letters);
    CHECK(with_link.total_seconds == Approx(without.total_seconds));
    CHECK(linked.shown_sentence_text(0) == "Read our guide before the meeting.");
    // Raw HTML is markup too; a bare address stays text and is read (the speaker says it).
    const Script html = build_script("Welcome <span class=\"x\">everyone</span> today.\n", ScriptFormat::Markdown);
    CHECK(estimate_timing(html, profile).sentences[0].words == 3);
}
