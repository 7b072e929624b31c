// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/filled_pauses.hpp"

#include "core/coach/synthetic_frames.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using podium::test::FrameBuilder;
using podium::test::lively;
using podium::test::steady;

namespace {

std::vector<FilledPause> filled_in(const VoiceFrames& frames, const std::vector<Pause>& pauses = {})
{
    return find_filled_pauses(frames, find_silences(frames, 0.08), pauses, CoachThresholds{});
}

} // namespace

TEST_CASE("a held vowel at one pitch between words is a filled pause")
{
    FrameBuilder builder(5.0);
    builder.speech(0.5, 1.8, lively(120, 6)).speech(2.0, 2.5, steady(110.0), true).speech(2.7, 4.5, lively(120, 6));
    const std::vector<FilledPause> found = filled_in(builder.frames());
    REQUIRE(found.size() == 1);
    CHECK(found[0].start == Approx(2.0).margin(0.02));
    CHECK(found[0].seconds == Approx(0.5).margin(0.03));
    CHECK(found[0].f0 == Approx(110.0));
}

TEST_CASE("ordinary speech, a steady vowel shorter than 200 ms and a gliding vowel are not filled pauses")
{
    FrameBuilder builder(6.0);
    builder.speech(0.5, 1.8, lively(120, 6))
        .speech(2.0, 2.15, steady(110.0), true)
        .speech(2.5, 3.0, [](double t) { return 110.0 * std::pow(2.0, (t - 2.5) * 0.5); }, true)
        .speech(3.3, 5.0, lively(120, 6));
    CHECK(filled_in(builder.frames()).empty());
}

TEST_CASE("a steady pitch over a changing spectrum is speech on one note, not a filled pause")
{
    FrameBuilder builder(4.0);
    builder.speech(1.0, 2.0, steady(110.0), false);
    CHECK(filled_in(builder.frames()).empty());
}

TEST_CASE("a final syllable held straight into a planned pause belongs to the script")
{
    FrameBuilder builder(6.0);
    builder.speech(0.5, 1.8, lively(120, 6)).speech(1.8, 2.2, steady(100.0), true).speech(3.0, 4.5, lively(120, 6));
    const Pause sentence_end{2.2, 0.8, 0, PauseKind::Sentence, 0.5};
    CHECK(filled_in(builder.frames(), {sentence_end}).empty());
    // The same stretch before a hesitation, or after a silence, is a filler.
    const Pause hesitation{2.2, 0.8, 0, PauseKind::Hesitation, 0.0};
    CHECK(filled_in(builder.frames(), {hesitation}).size() == 1);
}

TEST_CASE("an um at the very start of a recording is a filler even before a planned pause")
{
    // The recording begins with the held vowel (nothing before it, so no silence either), then
    // a pause the alignment calls the end of a one-word heading.
    FrameBuilder builder(4.0);
    builder.speech(0.0, 0.5, steady(105.0), true).speech(0.7, 3.0, lively(120, 6));
    const Pause heading_end{0.5, 0.2, 0, PauseKind::Paragraph, 0.9};
    const std::vector<FilledPause> found = filled_in(builder.frames(), {heading_end});
    REQUIRE(found.size() == 1);
    CHECK(found[0].start == Approx(0.0).margin(0.06));
}
