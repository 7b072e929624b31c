// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/pauses.hpp"

#include "core/coach/synthetic_frames.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using podium::test::FrameBuilder;
using podium::test::lively;

namespace {

// Two sentences: the first has one clause end half way through; the second ends a paragraph.
CoachPlan two_sentences()
{
    CoachPlan plan;
    plan.section_count = 1;
    plan.clause_pause = 0.2;
    SentencePlan first;
    first.syllables = 20;
    first.clause_ends = {0.5};
    first.planned_speaking = 4.0;
    first.planned_pause_after = 0.5;
    SentencePlan second = first;
    second.clause_ends = {};
    second.end = FollowBoundary::Paragraph;
    second.planned_pause_after = 0.9;
    plan.sentences = {first, second};
    return plan;
}

} // namespace

TEST_CASE("silences are the runs of frames under the speech level, a click does not end one")
{
    FrameBuilder builder(6.0);
    builder.speech(0.5, 2.0, lively(120, 6)).speech(2.6, 2.62, lively(120, 6)).speech(3.2, 5.5, lively(120, 6));
    const std::vector<Silence> silences = find_silences(builder.frames(), 0.2);
    REQUIRE(silences.size() == 3);
    CHECK(silences[0].start == Approx(0.0));
    CHECK(silences[0].end == Approx(0.5));
    CHECK(silences[1].start == Approx(2.0));
    CHECK(silences[1].end == Approx(3.2)); // the 20 ms click at 2.6 s is bridged
    CHECK(silences[2].start == Approx(5.5));
}

TEST_CASE("a pause at a clause end is planned; the same pause inside a clause is a hesitation")
{
    const CoachPlan plan = two_sentences();
    FrameBuilder builder(14.0);
    // Sentence 0: speech 1–3 s, pause at its middle (3–3.5 s), speech 3.5–5.5 s.
    // Sentence 1: speech 6.3–7.3 s, pause 7.3–8.1 s (a quarter in), speech 8.1–11.1 s.
    builder.speech(1.0, 3.0, lively(120, 6)).speech(3.5, 5.5, lively(120, 6));
    builder.speech(6.3, 7.3, lively(120, 6)).speech(8.1, 11.1, lively(120, 6));
    const std::vector<SentenceSpan> spans{{0, 1.0, 5.5}, {1, 6.3, 11.1}};
    const std::vector<Pause> pauses
        = classify_pauses(find_silences(builder.frames(), 0.2), spans, plan, builder.frames(), CoachThresholds{});
    REQUIRE(pauses.size() == 3); // the lead-in before 1 s and the tail after 11.1 s are not pauses
    CHECK(pauses[0].kind == PauseKind::Clause);
    CHECK(pauses[0].sentence == 0);
    CHECK(pauses[0].seconds == Approx(0.5));
    CHECK(pauses[0].planned == Approx(0.2));
    CHECK(pauses[1].kind == PauseKind::Sentence);
    CHECK(pauses[1].start == Approx(5.5));
    CHECK(pauses[1].planned == Approx(0.5));
    CHECK(pauses[2].kind == PauseKind::Hesitation);
    CHECK(pauses[2].sentence == 1);
    CHECK(pauses[2].planned == 0.0);
}

TEST_CASE("a short pause inside a clause is a phrase break, a long one a hesitation")
{
    const CoachPlan plan = two_sentences();
    FrameBuilder builder(12.0);
    builder.speech(1.0, 2.0, lively(120, 6)).speech(2.3, 5.0, lively(120, 6));
    builder.speech(6.0, 7.0, lively(120, 6)).speech(7.7, 10.0, lively(120, 6));
    const std::vector<Pause> pauses = classify_pauses(find_silences(builder.frames(), 0.2),
        {{0, 1.0, 5.0}, {1, 6.0, 10.0}}, plan, builder.frames(), CoachThresholds{});
    REQUIRE(pauses.size() == 3);
    CHECK(pauses[0].kind == PauseKind::Phrase);
    CHECK(pauses[1].kind == PauseKind::Sentence);
    CHECK(pauses[2].kind == PauseKind::Hesitation);
}

TEST_CASE("a pause the alignment put at the start of the next sentence's span ends the previous sentence")
{
    const CoachPlan plan = two_sentences();
    FrameBuilder builder(12.0);
    builder.speech(1.0, 5.0, lively(120, 6)).speech(6.0, 10.0, lively(120, 6));
    // The follower moved the line at 5.25 s, in the middle of the pause.
    const std::vector<SentenceSpan> spans{{0, 1.0, 5.25}, {1, 5.25, 10.0}};
    const std::vector<Pause> pauses
        = classify_pauses(find_silences(builder.frames(), 0.2), spans, plan, builder.frames(), CoachThresholds{});
    REQUIRE(pauses.size() == 1);
    CHECK(pauses[0].sentence == 0);
    CHECK(pauses[0].kind == PauseKind::Sentence);
}

TEST_CASE("the pause after the last sentence of a paragraph is a paragraph pause")
{
    CoachPlan plan = two_sentences();
    plan.sentences[0].end = FollowBoundary::Section;
    FrameBuilder builder(12.0);
    builder.speech(1.0, 5.0, lively(120, 6)).speech(7.0, 10.0, lively(120, 6));
    const std::vector<Pause> pauses = classify_pauses(find_silences(builder.frames(), 0.2),
        {{0, 1.0, 5.0}, {1, 7.0, 10.0}}, plan, builder.frames(), CoachThresholds{});
    REQUIRE(pauses.size() == 1);
    CHECK(pauses[0].kind == PauseKind::Section);
    CHECK(std::string(to_string(pauses[0].kind)) == "section");
    CHECK(pause_kind_from("hesitation") == PauseKind::Hesitation);
    CHECK_FALSE(pause_kind_from("gap"));
}

TEST_CASE("a pause in the first sentence after an um is still a pause: the speaker has begun")
{
    const CoachPlan plan = two_sentences();
    FrameBuilder builder(12.0);
    // A short word, an "um" the filler detector found (1.25–1.75 s), 3 s of silence, then the rest.
    builder.speech(1.0, 1.25, lively(120, 6)).speech(1.25, 1.75, lively(120, 6)).speech(4.75, 8.0, lively(120, 6));
    const std::vector<SentenceSpan> spans{{0, 1.0, 8.0}};
    const std::vector<Silence> um{{1.25, 1.75}};
    const std::vector<Pause> pauses
        = classify_pauses(find_silences(builder.frames(), 0.2), spans, plan, builder.frames(), CoachThresholds{}, um);
    REQUIRE(pauses.size() == 1);
    CHECK(pauses[0].start == Approx(1.75));
    CHECK(pauses[0].seconds == Approx(3.0));
}
