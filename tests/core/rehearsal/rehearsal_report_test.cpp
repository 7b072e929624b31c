// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/coaching.hpp"
#include "core/rehearsal/rehearsal_report.hpp"

#include "event_helpers.hpp"
#include "test_scripts.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::testing;
using Kind = PrompterEventKind;

namespace {

// A run of chinese_talk() (sections [0,4) [4,9) [9,14) [14,19)) where every sentence takes
// `seconds[section]`, optionally jumping over one section.
RehearsalRun run_with(const Script& script, const std::vector<double>& seconds, std::optional<std::size_t> skip,
    const char* id, const char* started)
{
    RehearsalRecorder recorder(script, id, started);
    double t = 0.0;
    bool first = true;
    for (std::size_t s = 0; s < script.sections.size(); ++s) {
        if (skip == s) {
            recorder.on_event(event(Kind::Jumped, t, script.sections[s].end_sentence));
            first = true;
            continue;
        }
        for (std::size_t i = script.sections[s].first_sentence; i < script.sections[s].end_sentence; ++i) {
            recorder.on_event(event(first ? Kind::Started : Kind::SentenceReached, t, i));
            first = false;
            t += seconds[s];
        }
    }
    recorder.on_event(event(Kind::Finished, t));
    return recorder.run();
}

} // namespace

TEST_CASE("the report has one row per section with planned time, recent runs and the latest against the plan")
{
    const Script script = chinese_talk();
    const Timing planned = estimate_timing(script, PaceProfile{});
    RehearsalLog log = new_rehearsal_log(script, "talk.txt");
    upsert_run(log, run_with(script, {3, 4, 5, 6}, std::nullopt, "a", "2026-11-20T09:00:00Z"));
    upsert_run(log, run_with(script, {2, 4, 5, 6}, 2, "b", "2026-11-21T09:00:00Z"));
    upsert_run(log, run_with(script, {2, 3, 5, 5}, std::nullopt, "c", "2026-11-22T09:00:00Z"));
    const std::vector<RehearsalLog> logs = {log};
    const RehearsalReport report = build_report(script, planned, "talk.txt", logs, {2});

    REQUIRE(report.runs.size() == 2); // the two most recent
    CHECK(report.runs[0].id == "b");
    CHECK(report.runs[1].id == "c");
    REQUIRE(report.sections.size() == 4);
    const ReportRow& second = report.sections[2];
    CHECK(second.planned == Approx(planned.sections[2].duration));
    CHECK(second.runs[0].state == CellState::Skipped);
    CHECK(second.runs[1] == ReportCell{CellState::Completed, 25.0});
    CHECK(second.latest == Approx(25.0));
    CHECK(*second.delta == Approx(25.0 - second.planned));
    CHECK(*second.delta_ratio == Approx((25.0 - second.planned) / second.planned));
    // A run with a skipped section is not a complete total.
    CHECK(report.total.runs[0].state == CellState::Partial);
    CHECK(report.total.runs[1].state == CellState::Completed);
    CHECK(report.total.latest == Approx(4 * 2.0 + 5 * 3.0 + 5 * 5.0 + 5 * 5.0));
}

TEST_CASE("the latest reading skips runs where the section was skipped")
{
    const Script script = chinese_talk();
    RehearsalLog log = new_rehearsal_log(script, "talk.txt");
    upsert_run(log, run_with(script, {3, 4, 5, 6}, std::nullopt, "a", "2026-11-20T09:00:00Z"));
    upsert_run(log, run_with(script, {3, 4, 5, 6}, 2, "b", "2026-11-21T09:00:00Z"));
    const std::vector<RehearsalLog> logs = {log};
    const RehearsalReport report = build_report(script, estimate_timing(script, {}), "talk.txt", logs);
    CHECK(report.sections[2].latest == Approx(25.0));
}

TEST_CASE("runs of an earlier version of the script still show where section titles match")
{
    const Script old_script = chinese_talk();
    RehearsalLog old_log = new_rehearsal_log(old_script, "talk.txt");
    upsert_run(old_log, run_with(old_script, {3, 4, 5, 6}, std::nullopt, "old", "2026-11-20T09:00:00Z"));
    // The speaker edits the text: section 二 is renamed, a new section is added, the rest stay.
    Script edited = make_script({
        {"开场", {{"各位同事，大家好！"}}},
        {"一、心中有稿", {{"一篇好的发言，先要让听众知道你讲几件事。"}}},
        {"二、把时间算明白", {{"正式发言的语速，一般是每分钟两百字左右。"}}},
        {"三、心中有人", {{"发言不是念稿子，而是和听众交流。"}}},
        {"四、新加的一部分", {{"这是新写的内容。"}}},
    });
    const std::vector<RehearsalLog> logs = {old_log};
    // Related by name, and even under another name by the titles in common.
    for (const std::string name : {"talk.txt", "renamed.txt"}) {
        const RehearsalReport report = build_report(edited, estimate_timing(edited, {}), name, logs);
        REQUIRE(report.runs.size() == 1);
        CHECK(report.runs[0].earlier_version);
        CHECK(report.sections[0].runs[0] == ReportCell{CellState::Completed, 12.0});
        CHECK(report.sections[1].runs[0] == ReportCell{CellState::Completed, 20.0});
        CHECK(report.sections[2].runs[0].state == CellState::Missing);
        CHECK(report.sections[3].runs[0] == ReportCell{CellState::Completed, 30.0});
        CHECK(report.sections[4].runs[0].state == CellState::Missing);
    }
    // A different speech shares nothing and shows no runs.
    const Script unrelated = make_script({{"Opening", {{"Hello."}}}, {"Closing", {{"Bye."}}}});
    CHECK(build_report(unrelated, estimate_timing(unrelated, {}), "other.md", logs).runs.empty());
}

TEST_CASE("the post-run summary is the same table for that one run")
{
    const Script script = chinese_talk();
    const RehearsalRun run = run_with(script, {3, 4, 5, 6}, 1, "a", "2026-11-20T09:00:00Z");
    const RehearsalReport summary = summarize_run(script, estimate_timing(script, {}), run);
    REQUIRE(summary.runs.size() == 1);
    CHECK(summary.sections[1].runs[0].state == CellState::Skipped);
    CHECK(summary.sections[3].runs[0] == ReportCell{CellState::Completed, 30.0});
}

TEST_CASE("coaching names the sections furthest over their share of the target and what to cut")
{
    const Script script = chinese_talk();
    const Timing planned = estimate_timing(script, PaceProfile{});
    RehearsalLog log = new_rehearsal_log(script, "talk.txt");
    // Section 3 runs far long, section 1 a little, section 0 short.
    upsert_run(log, run_with(script, {1, 10, 4, 16}, std::nullopt, "a", "2026-11-20T09:00:00Z"));
    const std::vector<RehearsalLog> logs = {log};
    const RehearsalReport report = build_report(script, planned, "talk.txt", logs);
    PaceProfile pace;
    pace.han_per_minute = 180.0;
    const double target = planned.total_seconds; // the plan is the target: every overrun is a cut
    const Coaching coaching = coach_to_target(report, target, pace, 2);
    REQUIRE(coaching.cuts.size() == 2);
    CHECK(coaching.cuts[0].section == 3);
    CHECK(coaching.cuts[0].over > coaching.cuts[1].over);
    const auto& top = coaching.cuts[0];
    CHECK(top.budget == Approx(report.sections[3].planned));
    CHECK(top.actual == Approx(80.0));
    CHECK(top.over == Approx(80.0 - top.budget));
    CHECK(top.han_to_cut == static_cast<std::size_t>(std::ceil(top.over * 3.0)));
    CHECK(top.words_to_cut == 0);
    CHECK(coaching.expected == Approx(4 * 1.0 + 5 * 10.0 + 5 * 4.0 + 5 * 16.0));
    for (const auto& cut : coaching.cuts) {
        CHECK(cut.over > 0.0);
    }
}
