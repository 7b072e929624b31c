// SPDX-License-Identifier: GPL-3.0-or-later
// Measured pace: what the microphone heard, per section, travels with the run through the
// recorder, the log's JSON and the report; logs written before it existed still load.
#include "core/rehearsal/rehearsal_log.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"
#include "core/rehearsal/rehearsal_report.hpp"
#include "core/timing/estimate.hpp"

#include "event_helpers.hpp"
#include "test_scripts.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace podium;
using namespace podium::testing;
using Kind = PrompterEventKind;

// chinese_talk(): sections [0,4) [4,9) [9,14) [14,19).

namespace {

VoiceTotals totals(double heard, double speech, double syllables)
{
    return VoiceTotals{heard, speech, syllables};
}

RehearsalRun listened_run(const Script& script)
{
    RehearsalRecorder recorder(script, "listened", "2026-12-01T10:00:00Z");
    recorder.on_event(event(Kind::Started, 0.0, 0));
    recorder.on_voice(0, totals(0.0, 0.0, 0.0));
    recorder.on_voice(0, totals(10.0, 8.0, 40.0));   // section 0: 8 s speaking, 2 s pause, 40 syllables
    recorder.on_event(event(Kind::SentenceReached, 10.0, 4));
    recorder.on_voice(1, totals(16.0, 12.0, 60.0));  // section 1: 4 s speaking, 2 s pause
    recorder.on_event(event(Kind::Paused, 16.0, 4));
    recorder.on_voice(1, totals(30.0, 13.0, 65.0));  // paused: not the speaker's pace
    recorder.on_event(event(Kind::Resumed, 30.0, 4));
    recorder.on_voice(1, totals(31.0, 14.0, 70.0));  // 1 s more speaking, 5 syllables
    recorder.on_event(event(Kind::Finished, 31.0, 4));
    recorder.set_recording(RunRecording{"listened.wav", 0.25});
    return recorder.run();
}

} // namespace

TEST_CASE("the voice's measurements are credited to the section the reading line is in, pauses of the run excluded")
{
    const Script script = chinese_talk();
    const RehearsalRun run = listened_run(script);
    REQUIRE(run.sections.size() == 4);
    REQUIRE(run.sections[0].voice.has_value());
    CHECK(run.sections[0].voice->speaking_seconds == Approx(8.0));
    CHECK(run.sections[0].voice->pause_seconds == Approx(2.0));
    CHECK(run.sections[0].voice->syllables == Approx(40.0));
    CHECK(run.sections[0].voice->syllables_per_minute() == Approx(300.0));
    REQUIRE(run.sections[1].voice.has_value());
    CHECK(run.sections[1].voice->speaking_seconds == Approx(5.0));
    CHECK(run.sections[1].voice->pause_seconds == Approx(2.0));
    CHECK(run.sections[1].voice->syllables == Approx(25.0));
    CHECK_FALSE(run.sections[2].voice.has_value()); // never heard: no figure, not zero
    REQUIRE(run.recording.has_value());
    CHECK(run.recording->file == "listened.wav");
}

TEST_CASE("a voice that starts counting afresh is a new baseline, not a negative measurement")
{
    const Script script = chinese_talk();
    RehearsalRecorder recorder(script, "r", "2026-12-01T10:00:00Z");
    recorder.on_event(event(Kind::Started, 0.0, 0));
    recorder.on_voice(0, totals(5.0, 4.0, 20.0));
    recorder.on_voice(0, totals(7.0, 5.0, 25.0));
    recorder.on_voice(0, totals(1.0, 1.0, 3.0)); // listening switched off and on
    recorder.on_voice(0, totals(2.0, 1.5, 6.0));
    const RehearsalRun run = recorder.run();
    REQUIRE(run.sections[0].voice.has_value());
    CHECK(run.sections[0].voice->speaking_seconds == Approx(1.5));
    CHECK(run.sections[0].voice->pause_seconds == Approx(1.5));
    CHECK(run.sections[0].voice->syllables == Approx(8.0));
}

TEST_CASE("voice measures and the recording survive a trip through the log's JSON")
{
    const Script script = chinese_talk();
    RehearsalLog log = new_rehearsal_log(script, "talk.txt");
    upsert_run(log, listened_run(script));
    const LogParseResult parsed = parse_rehearsal_log(to_json_text(log));
    INFO(parsed.message);
    REQUIRE(parsed.log.has_value());
    CHECK(*parsed.log == log);
}

TEST_CASE("a log written before voice measures existed still loads, without them")
{
    const Script script = chinese_talk();
    RehearsalLog log = new_rehearsal_log(script, "talk.txt");
    upsert_run(log, listened_run(script));
    nlohmann::json document = nlohmann::json::parse(to_json_text(log));
    for (auto& run : document["runs"]) {
        run.erase("recording");
        for (auto& section : run["sections"]) {
            section.erase("voice");
        }
    }
    const LogParseResult parsed = parse_rehearsal_log(document.dump());
    INFO(parsed.message);
    REQUIRE(parsed.log.has_value());
    REQUIRE(parsed.log->runs.size() == 1);
    CHECK_FALSE(parsed.log->runs.front().recording.has_value());
    for (const SectionResult& section : parsed.log->runs.front().sections) {
        CHECK_FALSE(section.voice.has_value());
    }
}

TEST_CASE("a recording that points outside the rehearsal directory makes the log damaged, not a path to follow")
{
    const Script script = chinese_talk();
    RehearsalLog log = new_rehearsal_log(script, "talk.txt");
    upsert_run(log, listened_run(script));
    nlohmann::json document = nlohmann::json::parse(to_json_text(log));
    document["runs"][0]["recording"]["file"] = "../../etc/passwd";
    const LogParseResult parsed = parse_rehearsal_log(document.dump());
    CHECK_FALSE(parsed.log.has_value());
    CHECK_FALSE(parsed.message.empty());
}

TEST_CASE("the report carries each run's voice measures and recording")
{
    const Script script = chinese_talk();
    const Timing timing = estimate_timing(script, PaceProfile{});
    RehearsalLog log = new_rehearsal_log(script, "talk.txt");
    upsert_run(log, listened_run(script));
    const std::vector<RehearsalLog> logs = {log};
    const RehearsalReport report = build_report(script, timing, "talk.txt", logs);
    REQUIRE(report.runs.size() == 1);
    REQUIRE(report.runs.front().recording.has_value());
    REQUIRE(report.sections[0].voice.size() == 1);
    REQUIRE(report.sections[0].voice.front().has_value());
    CHECK(report.sections[0].voice.front()->syllables == Approx(40.0));
    REQUIRE(report.total.voice.size() == 1);
    REQUIRE(report.total.voice.front().has_value());
    CHECK(report.total.voice.front()->speaking_seconds == Approx(13.0));
}
