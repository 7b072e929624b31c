// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_recorder.hpp"

#include "event_helpers.hpp"
#include "test_scripts.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::testing;
using Kind = PrompterEventKind;

// chinese_talk(): sections [0,4) [4,9) [9,14) [14,19).

TEST_CASE("a section's actual time runs from entering it to leaving it, pauses excluded")
{
    const Script script = chinese_talk();
    RehearsalRecorder recorder(script, "r", "2026-11-25T10:00:00Z");
    recorder.on_event(event(Kind::Started, 0.0, 0));
    recorder.on_event(event(Kind::SentenceReached, 2.0, 1));
    recorder.on_event(event(Kind::SentenceReached, 5.0, 2));
    recorder.on_event(event(Kind::Paused, 6.0, 2));
    recorder.on_event(event(Kind::Resumed, 36.0, 2));
    recorder.on_event(event(Kind::SentenceReached, 40.0, 3));
    double t = read_through(recorder, 4, 19, 45.0, 3.0); // 15 sentences, 3 s each
    recorder.on_event(event(Kind::Finished, t));
    const RehearsalRun run = recorder.run();

    REQUIRE(run.sections.size() == 4);
    CHECK(run.sections[0].status == SectionStatus::Completed);
    CHECK(run.sections[0].seconds == Approx(45.0 - 30.0));
    CHECK(run.sections[1].seconds == Approx(15.0));
    CHECK(run.sections[3].seconds == Approx(15.0));
    CHECK(run.sections[2].first_reached_at == Approx(45.0 + 15.0));
    CHECK(run.pauses == std::vector<PauseRecord>{{6.0, 30.0}});
    CHECK(run.wall_seconds == Approx(t));
    CHECK(run.total_seconds == Approx(t - 30.0));
    CHECK(run.state == RunState::Finished);
    // The paused sentence's reading is kept out of calibration; the others are clean.
    CHECK(run.visits[2].paused);
    CHECK(run.visits[2].seconds == Approx(5.0));
    CHECK_FALSE(run.visits[1].paused);
    CHECK(run.visits[1].end == VisitEnd::Next);
    CHECK(run.visits.back().end == VisitEnd::Finish);
}

TEST_CASE("a section jumped over is marked skipped, not counted as zero-length reading")
{
    const Script script = chinese_talk();
    RehearsalRecorder recorder(script, "r", "2026-11-25T10:00:00Z");
    recorder.on_event(event(Kind::Started, 0.0, 0));
    double t = read_through(recorder, 1, 9, 2.0, 2.0);
    PrompterEvent jump = event(Kind::Jumped, t, 14);
    jump.from_sentence = 8;
    recorder.on_event(jump);
    recorder.on_event(event(Kind::SentenceReached, t, 14)); // the model may report the target too
    t = read_through(recorder, 15, 19, t + 2.0, 2.0);
    recorder.on_event(event(Kind::Finished, t));
    const RehearsalRun run = recorder.run();

    CHECK(run.sections[2].status == SectionStatus::Skipped);
    CHECK_FALSE(run.sections[2].first_reached_at.has_value());
    CHECK(run.sections[1].status == SectionStatus::Completed);
    CHECK(run.sections[3].status == SectionStatus::Completed);
    CHECK(run.sections[3].seconds == Approx(10.0));
    REQUIRE(run.jumps.size() == 1);
    CHECK(run.jumps[0].from_sentence == std::optional<std::size_t>(8));
    CHECK(run.jumps[0].to_sentence == 14);
    // The reading cut short by the jump is not a clean reading.
    CHECK(run.visits[8].end == VisitEnd::Jump);
    // The target reported twice is one visit.
    CHECK(run.visits[9].sentence == 14);
    CHECK(run.visits[10].sentence == 15);
}

TEST_CASE("leaving a section half way makes it partial")
{
    const Script script = chinese_talk();
    RehearsalRecorder recorder(script, "r", "2026-11-25T10:00:00Z");
    recorder.on_event(event(Kind::Started, 0.0, 0));
    double t = read_through(recorder, 1, 6, 1.0, 1.0); // into section 1, up to sentence 5
    PrompterEvent jump = event(Kind::Jumped, t, 9);
    recorder.on_event(jump);
    t = read_through(recorder, 10, 19, t + 1.0, 1.0);
    recorder.on_event(event(Kind::Finished, t));
    const RehearsalRun run = recorder.run();
    CHECK(run.sections[1].status == SectionStatus::Partial);
    CHECK(run.sections[1].seconds == Approx(2.0));
    CHECK(run.sections[2].status == SectionStatus::Completed);
}

TEST_CASE("a snapshot of a run in progress counts the open sentence up to now")
{
    const Script script = chinese_talk();
    RehearsalRecorder recorder(script, "r", "2026-11-25T10:00:00Z");
    recorder.on_event(event(Kind::Started, 0.0, 0));
    read_through(recorder, 1, 6, 1.0, 1.0); // sentence 5 reached at t = 5
    const RehearsalRun snapshot = recorder.run(7.5);
    CHECK(snapshot.state == RunState::InProgress);
    CHECK(snapshot.sections[0].status == SectionStatus::Completed);
    CHECK(snapshot.sections[1].status == SectionStatus::Partial);
    CHECK(snapshot.sections[1].seconds == Approx(7.5 - 4.0));
    CHECK(snapshot.sections[3].status == SectionStatus::Skipped);
    CHECK(snapshot.total_seconds == Approx(7.5));
    CHECK(snapshot.visits.back().end == VisitEnd::Open);
}

TEST_CASE("reading a passage again adds its time and is marked a backward move")
{
    const Script script = chinese_talk();
    RehearsalRecorder recorder(script, "r", "2026-11-25T10:00:00Z");
    recorder.on_event(event(Kind::Started, 0.0, 0));
    double t = read_through(recorder, 1, 4, 1.0, 1.0);
    recorder.on_event(event(Kind::SentenceReached, t, 2)); // PageUp twice
    t = read_through(recorder, 3, 19, t + 1.0, 1.0);
    recorder.on_event(event(Kind::Finished, t));
    const RehearsalRun run = recorder.run();
    CHECK(run.visits[3].end == VisitEnd::Backward);
    CHECK(run.sections[0].seconds == Approx(6.0));
}

TEST_CASE("sentences read while speech-follow drives the scroll are marked voiced")
{
    const Script script = chinese_talk();
    RehearsalRecorder recorder(script, "r", "2026-11-25T10:00:00Z");
    recorder.on_event(event(Kind::Started, 0.0, 0));
    recorder.on_event(event(Kind::SentenceReached, 1.0, 1));
    recorder.on_event(event(Kind::SpeechChanged, 1.5, 1, 1.0));
    recorder.on_event(event(Kind::SentenceReached, 2.0, 2));
    recorder.on_event(event(Kind::SpeechChanged, 2.5, 2, 0.0));
    recorder.on_event(event(Kind::SentenceReached, 3.0, 3));
    recorder.on_event(event(Kind::SpeedChanged, 3.2, 3, 1.05));
    recorder.on_event(event(Kind::Finished, 4.0));
    const RehearsalRun run = recorder.run();
    CHECK_FALSE(run.visits[0].voiced);
    CHECK(run.visits[1].voiced);
    CHECK(run.visits[2].voiced);
    CHECK_FALSE(run.visits[3].voiced);
    CHECK(run.speed_changes == std::vector<SpeedChange>{{3.2, 1.05}});
}

TEST_CASE("a restart ends the run and later events are ignored")
{
    const Script script = chinese_talk();
    RehearsalRecorder recorder(script, "r", "2026-11-25T10:00:00Z");
    recorder.on_event(event(Kind::Started, 0.0, 0));
    recorder.on_event(event(Kind::SentenceReached, 3.0, 1));
    recorder.on_event(event(Kind::Restarted, 4.0, 0));
    recorder.on_event(event(Kind::SentenceReached, 9.0, 2));
    const RehearsalRun run = recorder.run();
    CHECK(recorder.finished());
    CHECK(run.visits.size() == 2);
    CHECK(run.total_seconds == Approx(4.0));
    CHECK(run.sections[0].status == SectionStatus::Partial);
}
