// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/delivery.hpp"

#include "core/coach/delivery_json.hpp"
#include "core/coach/synthetic_frames.hpp"
#include "core/coach/voice_measures.hpp"
#include "core/rehearsal/rehearsal_log.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace podium;
using podium::test::FrameBuilder;
using podium::test::lively;
using podium::test::steady;

namespace {

// Two sections of two sentences; each sentence is spoken for 3 s with 0.8 s between them.
struct Rehearsal {
    Script script = build_script("# Lively\n\nWe begin with a story, and it is a good one.\n\nThen we go on to the point of it all.\n\n"
                                 "# Flat\n\nHere the voice stays on a single note.\n\nAnd it trails away at the very end.\n",
        ScriptFormat::Markdown);
    CoachPlan plan = plan_delivery(script, estimate_timing(script, PaceProfile{}));
    std::vector<SentenceSpan> spans;
    FrameBuilder builder{20.0};

    Rehearsal()
    {
        // Headings are sentences of their own (never spoken here): the body is 1, 2, 4 and 5.
        REQUIRE(script.sentences.size() == 6);
        double t = 1.0;
        for (const std::size_t i : {1, 2, 4, 5}) {
            spans.push_back({i, t, t + 3.0});
            t += 3.8;
        }
        builder.speech(spans[0].start, spans[0].end, lively(120, 8)).speech(spans[1].start, spans[1].end, lively(125, 8));
        builder.speech(spans[2].start, spans[2].end, lively(110, 1)).speech(spans[3].start, spans[3].end, lively(110, 1));
        // The last sentence's last second is 12 LU quieter.
        builder.loudness(spans[3].end - 1.0, spans[3].end, -35.0);
    }
};

} // namespace

TEST_CASE("the plan knows each sentence's syllables, clause ends and what ends it")
{
    const Rehearsal r;
    REQUIRE(r.plan.sentences[1].clause_ends.size() == 1);
    CHECK(r.plan.sentences[1].clause_ends[0] > 0.3);
    CHECK(r.plan.sentences[1].clause_ends[0] < 0.6);
    CHECK(r.plan.sentences[2].end == FollowBoundary::Section);
    CHECK(r.plan.sentences[5].syllables >= 8);
    CHECK(r.plan.sentences[1].planned_speaking > 0.0);
    CHECK_FALSE(r.plan.sentences[1].mandarin);
    CHECK(r.plan.sentences[4].section == 1);
}

TEST_CASE("a delivery report flags the flat section and the sentence that trailed off, and nothing else")
{
    const Rehearsal r;
    const DeliveryReport report = analyse_delivery(r.plan, r.builder.frames(), r.spans);
    REQUIRE(report.sentences.size() == 4);
    REQUIRE(report.sections.size() == 2);
    CHECK_FALSE(report.sections[0].monotone);
    CHECK(report.sections[1].monotone);
    CHECK(*report.sections[1].pitch_range < 1.5);
    CHECK(*report.sections[0].pitch_range > 5.0);
    CHECK_FALSE(report.sentences[2].trailing_off);
    CHECK(report.sentences[3].trailing_off);
    CHECK(report.sections[1].trailing_off == 1);
    CHECK(report.sentences[0].articulation_rate == Approx(static_cast<double>(r.plan.sentences[1].syllables) / 3.0).epsilon(0.02));
    CHECK(report.sentences[0].loudness == Approx(-23.0).margin(0.01));
    CHECK(report.filled_pauses.empty());
    CHECK(report.hesitations_per_minute == 0.0);
    CHECK_FALSE(report.too_quiet);
    REQUIRE(report.pauses.size() == 3);
    CHECK(report.pauses[1].kind == PauseKind::Section);
}

TEST_CASE("a run heard only faintly is too quiet for the room")
{
    Rehearsal r;
    for (const SentenceSpan& span : r.spans) {
        r.builder.loudness(span.start, span.end, -48.0);
    }
    CHECK(analyse_delivery(r.plan, r.builder.frames(), r.spans).too_quiet);
}

TEST_CASE("filled pauses and hesitations are counted per sentence and per minute")
{
    Rehearsal r;
    // A held "um" at 2.0–2.5 s inside sentence 0, with silence either side.
    FrameBuilder& b = r.builder;
    b.silence(1.92, 2.1).speech(2.1, 2.6, steady(105.0), true).silence(2.6, 2.75);
    const DeliveryReport report = analyse_delivery(r.plan, b.frames(), r.spans);
    CHECK(report.sentences[0].filled_pauses == 1);
    CHECK(report.sections[0].filled_pauses == 1);
    CHECK(report.filled_per_minute == Approx(60.0 / report.seconds));
}

TEST_CASE("an um between two sentences that the alignment gave to the first does not make its sentence-end pause a hesitation")
{
    Rehearsal r;
    // Sentence 0 (1–4 s) ends, 0.7 s of silence, an "um" 4.7–5.2 s, silence, sentence 1 at 5.4 s;
    // the alignment stretched sentence 0's span over the "um".
    FrameBuilder& b = r.builder;
    b.silence(4.0, 5.4).speech(4.7, 5.2, steady(105.0), true);
    std::vector<SentenceSpan> spans = r.spans;
    spans[0].end = 5.3;
    spans[1].start = 5.3;
    spans[1].end = 8.4;
    b.speech(5.4, 8.4, lively(125, 8)).silence(8.4, 8.6);
    const DeliveryReport report = analyse_delivery(r.plan, b.frames(), spans);
    REQUIRE(report.filled_pauses.size() == 1);
    CHECK(report.filled_pauses[0].start == Approx(4.7).margin(0.03));
    CHECK(report.sentences[0].filled_pauses == 0); // it leads into the next sentence
    CHECK(report.sentences[1].filled_pauses == 1);
    CHECK(report.filled_pauses[0].sentence == report.sentences[1].sentence);
    // The log keeps the sentence; a log from before it was kept reads without one.
    nlohmann::json stored = delivery_to_json(report);
    CHECK(delivery_from_json(stored)->filled_pauses[0].sentence == report.sentences[1].sentence);
    stored["filled_pauses"][0].erase("sentence");
    CHECK_FALSE(delivery_from_json(stored)->filled_pauses[0].sentence.has_value());
    CHECK(report.hesitations_per_minute == 0.0);
    REQUIRE_FALSE(report.pauses.empty());
    CHECK(report.pauses[0].start == Approx(4.0).margin(0.02));
    CHECK(report.pauses[0].kind == PauseKind::Paragraph); // each sentence of the script is a paragraph
    CHECK(report.pauses[0].sentence == 1);                 // the script's sentence 1 is the body's first
}

TEST_CASE("a span that ran on past the words into silence is not a sentence trailing off")
{
    Rehearsal r;
    r.builder.loudness(4.0, 4.8, -62.0); // the room's noise in the pause, over the loudness gate
    // The alignment gave the unread heading (sentence 0) the last two seconds of sentence 1's speech
    // and the silence after it: its "last third" is silent, tens of LU under the rest.
    std::vector<SentenceSpan> spans{{0, 2.0, 4.6}};
    const DeliveryReport report = analyse_delivery(r.plan, r.builder.frames(), spans);
    REQUIRE(report.sentences.size() == 1);
    const std::optional<double> over_the_span = trailing_drop(r.builder.frames(), 2.0, 4.6);
    REQUIRE(over_the_span.has_value());
    CHECK(*over_the_span > 20.0); // what the span's own thirds would say
    REQUIRE(report.sentences[0].trailing_drop.has_value());
    CHECK(*report.sentences[0].trailing_drop < 1.0); // its voice's thirds: level to the end
    CHECK_FALSE(report.sentences[0].trailing_off);
    CHECK(report.sentences[0].end == Approx(4.6)); // the report keeps the alignment's span
}

TEST_CASE("no spans or no frames give an empty report, not a crash")
{
    const Rehearsal r;
    CHECK(analyse_delivery(r.plan, r.builder.frames(), {}).sentences.empty());
    CHECK(analyse_delivery(r.plan, VoiceFrames{}, r.spans).sentences.empty());
    CHECK(analyse_delivery(r.plan, r.builder.frames(), {{99, 1.0, 2.0}}).sentences.empty());
    CHECK(analyse_delivery(r.plan, r.builder.frames(), {{1, 2.0, 1.0}}).sentences.empty());
}

TEST_CASE("a delivery report survives its stored form; a newer version is left unread")
{
    const Rehearsal r;
    const DeliveryReport report = analyse_delivery(r.plan, r.builder.frames(), r.spans);
    nlohmann::json stored = delivery_to_json(report);
    const std::optional<DeliveryReport> back = delivery_from_json(nlohmann::json::parse(stored.dump()));
    REQUIRE(back);
    CHECK(back->sentences.size() == report.sentences.size());
    CHECK(back->sections == delivery_from_json(stored)->sections);
    CHECK(back->sections[1].monotone);
    CHECK(back->pauses.size() == report.pauses.size());
    CHECK(back->sentences[3].trailing_drop.has_value());
    stored["version"] = delivery_version + 1;
    CHECK_FALSE(delivery_from_json(stored));
}

TEST_CASE("a rehearsal log keeps a run's delivery; one from a newer Podium loads without it")
{
    const Rehearsal r;
    RehearsalLog log = new_rehearsal_log(r.script, "talk.md");
    RehearsalRun run;
    run.id = "run-1";
    run.started_at = "2026-12-07T09:00:00Z";
    run.delivery = analyse_delivery(r.plan, r.builder.frames(), r.spans);
    upsert_run(log, run);
    const std::string text = to_json_text(log);
    const LogParseResult parsed = parse_rehearsal_log(text);
    REQUIRE(parsed.log);
    REQUIRE(parsed.log->runs.at(0).delivery);
    CHECK(parsed.log->runs[0].delivery->sections == delivery_from_json(delivery_to_json(*run.delivery))->sections);

    nlohmann::json newer = nlohmann::json::parse(text);
    newer["runs"][0]["delivery"]["version"] = delivery_version + 1;
    const LogParseResult later = parse_rehearsal_log(newer.dump());
    REQUIRE(later.log);
    CHECK_FALSE(later.log->runs.at(0).delivery);

    nlohmann::json older = nlohmann::json::parse(text);
    older["runs"][0].erase("delivery");
    const LogParseResult before = parse_rehearsal_log(older.dump());
    REQUIRE(before.log);
    CHECK_FALSE(before.log->runs.at(0).delivery);
}
