// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/pace_calibration.hpp"

#include "core/rehearsal/rehearsal_simulator.hpp"
#include "core/timing/estimate.hpp"
#include "event_helpers.hpp"
#include "test_scripts.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::testing;

namespace {

// Runs of `script` read at `pace`: noisy sentence times, a long pause in every run, one run
// that skips a section, one that stops early, optional stumbles (a sentence read 2.5× as long).
RehearsalLog rehearse(const Script& script, const PaceProfile& pace, std::size_t runs, double stumbles,
    std::uint64_t seed)
{
    RehearsalLog log = new_rehearsal_log(script, "rehearsed.txt");
    for (std::size_t i = 0; i < runs; ++i) {
        SimulationOptions options;
        options.seed = seed + i;
        options.noise = 0.10;
        options.pauses = 2;
        options.pause_seconds = 40.0;
        options.speed_changes = 2;
        options.stumble_probability = stumbles;
        if (i == 1) {
            options.skip_section = 2;
        }
        if (i == 2) {
            options.stop_after_sentence = script.sentences.size() / 2;
        }
        const std::string id = "run-" + std::to_string(i);
        const std::string started = "2026-11-2" + std::to_string(i) + "T09:00:00Z";
        upsert_run(log, record(script, simulate_rehearsal(script, pace, options), id.c_str(), started.c_str()));
    }
    return log;
}

void check_sections_within(const Script& other, const PaceProfile& truth, const PaceProfile& calibrated, double tolerance)
{
    const Timing expected = estimate_timing(other, truth);
    const Timing estimated = estimate_timing(other, calibrated);
    REQUIRE(expected.sections.size() == estimated.sections.size());
    for (std::size_t i = 0; i < expected.sections.size(); ++i) {
        const double error = estimated.sections[i].duration / expected.sections[i].duration - 1.0;
        INFO("section " << i << " (" << other.sections[i].title << "): true " << expected.sections[i].duration
                        << " s, calibrated " << estimated.sections[i].duration << " s, error " << error * 100.0 << "%");
        CHECK(std::abs(error) <= tolerance);
    }
    const double total_error = estimated.total_seconds / expected.total_seconds - 1.0;
    INFO("total error " << total_error * 100.0 << "%");
    CHECK(std::abs(total_error) <= tolerance);
}

} // namespace

TEST_CASE("a pace calibrated from Chinese runs estimates another Chinese script within 5% per section")
{
    PaceProfile truth;
    truth.han_per_minute = 168.0; // slower than the 200/min default: the estimate must move
    truth.sentence_pause = 0.8;
    truth.paragraph_pause = 1.3;
    truth.section_pause = 2.2;
    const Script rehearsed = longer_chinese_talk();
    for (const std::uint64_t seed : {1u, 77u, 4242u, 9001u, 31337u}) {
        const std::vector<RehearsalLog> logs = {rehearse(rehearsed, truth, 4, 0.0, seed)};
        const PaceCalibration calibration = calibrate_pace(logs, PaceProfile{});
        INFO("seed " << seed << ": " << describe(calibration));
        REQUIRE(calibration.calibrated());
        CHECK(calibration.fitted[0]);
        CHECK_FALSE(calibration.fitted[1]); // no English in these runs: the default wpm stays
        CHECK(calibration.profile.words_per_minute == PaceProfile{}.words_per_minute);
        CHECK(calibration.runs_used == 4);
        check_sections_within(another_chinese_talk(), truth, calibration.profile, 0.05);
        // The uncalibrated default would have missed by far more: the test has teeth.
        const double default_error = estimate_timing(another_chinese_talk(), PaceProfile{}).total_seconds
                / estimate_timing(another_chinese_talk(), truth).total_seconds
            - 1.0;
        CHECK(std::abs(default_error) > 0.10);
    }
}

TEST_CASE("stumbles and long pauses do not drag the calibrated pace")
{
    PaceProfile truth;
    truth.han_per_minute = 230.0;
    truth.sentence_pause = 0.4;
    truth.paragraph_pause = 0.9;
    truth.section_pause = 1.4;
    const std::vector<RehearsalLog> logs = {rehearse(longer_chinese_talk(), truth, 5, 0.08, 99)};
    const PaceCalibration calibration = calibrate_pace(logs, PaceProfile{});
    INFO(describe(calibration));
    REQUIRE(calibration.calibrated());
    check_sections_within(another_chinese_talk(), truth, calibration.profile, 0.05);
}

TEST_CASE("English runs calibrate the words per minute")
{
    PaceProfile truth;
    truth.words_per_minute = 158.0;
    truth.sentence_pause = 0.6;
    truth.paragraph_pause = 1.1;
    truth.section_pause = 1.8;
    const std::vector<RehearsalLog> logs = {rehearse(english_talk(), truth, 5, 0.0, 5)};
    const PaceCalibration calibration = calibrate_pace(logs, PaceProfile{});
    INFO(describe(calibration));
    REQUIRE(calibration.calibrated());
    CHECK(calibration.fitted[1]);
    CHECK_FALSE(calibration.fitted[0]);
    CHECK(calibration.profile.words_per_minute == Approx(158.0).epsilon(0.08));
}

TEST_CASE("runs from several scripts pool into one pace")
{
    PaceProfile truth;
    truth.han_per_minute = 185.0;
    truth.words_per_minute = 150.0;
    const std::vector<RehearsalLog> logs = {
        rehearse(chinese_talk(), truth, 3, 0.0, 11), rehearse(english_talk(), truth, 3, 0.0, 12)};
    const PaceCalibration calibration = calibrate_pace(logs, PaceProfile{});
    INFO(describe(calibration));
    CHECK(calibration.fitted[0]);
    CHECK(calibration.fitted[1]);
    CHECK(calibration.runs_used == 6);
    check_sections_within(another_chinese_talk(), truth, calibration.profile, 0.05);
}

TEST_CASE("runs from a log counted by an older timing model are used and reported")
{
    PaceProfile truth;
    truth.han_per_minute = 185.0;
    RehearsalLog current = rehearse(chinese_talk(), truth, 3, 0.0, 21);
    RehearsalLog older = rehearse(another_chinese_talk(), truth, 2, 0.0, 22);
    older.features_model = 1;
    const std::vector<RehearsalLog> logs = {current, older};
    const PaceCalibration calibration = calibrate_pace(logs, PaceProfile{});
    REQUIRE(calibration.calibrated());
    CHECK(calibration.runs_used == 5);
    CHECK(calibration.older_model_runs == 2);
    CHECK(describe(calibration).find("2 of the runs counted by an older timing model") != std::string::npos);
    const std::vector<RehearsalLog> only_current = {current};
    CHECK(calibrate_pace(only_current, PaceProfile{}).older_model_runs == 0);
    CHECK(describe(calibrate_pace(only_current, PaceProfile{})).find("older") == std::string::npos);
}

TEST_CASE("with too few clean readings the base pace is returned unchanged")
{
    const Script script = chinese_talk();
    RehearsalLog log = new_rehearsal_log(script, "t.txt");
    // Three sentences, then a pause at every one: nothing clean to learn from.
    RehearsalRecorder recorder(script, "r", "2026-11-25T10:00:00Z");
    recorder.on_event(event(PrompterEventKind::Started, 0.0, 0));
    recorder.on_event(event(PrompterEventKind::SentenceReached, 3.0, 1));
    recorder.on_event(event(PrompterEventKind::Paused, 4.0, 1));
    recorder.on_event(event(PrompterEventKind::Resumed, 9.0, 1));
    recorder.on_event(event(PrompterEventKind::SentenceReached, 12.0, 2));
    recorder.on_event(event(PrompterEventKind::Finished, 14.0));
    upsert_run(log, recorder.run());
    PaceProfile base;
    base.han_per_minute = 210.0;
    const std::vector<RehearsalLog> logs = {log};
    const PaceCalibration calibration = calibrate_pace(logs, base);
    CHECK_FALSE(calibration.calibrated());
    CHECK(calibration.profile == base);
    CHECK(describe(calibration).find("not enough") != std::string::npos);
    CHECK_FALSE(calibrate_pace({}, base).calibrated());
}

TEST_CASE("the held-out check predicts the last run from the earlier ones, section by section")
{
    PaceProfile truth;
    truth.han_per_minute = 172.0;
    truth.sentence_pause = 0.7;
    truth.comma_pause = 0.35;
    const Script rehearsed = longer_chinese_talk();
    RehearsalLog log = rehearse(rehearsed, truth, 4, 0.0, 5);
    const std::vector<RehearsalLog> logs = {log};
    const auto check = held_out_check(logs, 0, PaceProfile{});
    REQUIRE(check);
    CHECK(check->run_id == log.runs.back().id);
    CHECK(check->calibration.runs_used == 3); // the last run is not in its own prediction
    REQUIRE(!check->sections.empty());
    for (const auto& section : check->sections) {
        INFO(section.title << ": predicted " << section.predicted << " s, took " << section.actual << " s");
        CHECK(section.error == Approx((section.predicted - section.actual) / section.actual));
        // The simulator's earlier runs are slower (up to 12%) than the last: the check must
        // show that drift, within reason.
        CHECK(std::abs(section.error) < 0.15);
    }
    CHECK(check->max_abs_error >= check->median_abs_error);

    // One run: nothing to hold out.
    RehearsalLog single = rehearse(rehearsed, truth, 1, 0.0, 5);
    const std::vector<RehearsalLog> one = {single};
    CHECK_FALSE(held_out_check(one, 0, PaceProfile{}));
    CHECK_FALSE(held_out_check(one, 3, PaceProfile{}));
}

TEST_CASE("measured voice figures per section calibrate rates and pauses without prompter readings")
{
    // What a voice tracker would report: each section's speaking and pause seconds, exactly as
    // the true pace would produce them.
    PaceProfile truth;
    truth.han_per_minute = 160.0;
    truth.sentence_pause = 0.9;
    truth.paragraph_pause = 1.4;
    truth.section_pause = 2.5;
    const Script script = longer_chinese_talk();
    const RehearsalLog log = new_rehearsal_log(script, "voice.txt");
    const PaceParameters parameters = parameters_of(truth);
    std::vector<MeasuredSectionVoice> measured;
    for (std::size_t s = 0; s < log.sections.size(); ++s) {
        // Leaf sections only, so the figures do not count a sub-section twice.
        if (s + 1 < log.sections.size() && log.sections[s + 1].first_sentence < log.sections[s].end_sentence
            && log.sections[s + 1].first_sentence > log.sections[s].first_sentence) {
            continue;
        }
        MeasuredSectionVoice voice;
        voice.section = s;
        for (std::size_t i = log.sections[s].first_sentence; i < log.sections[s].end_sentence; ++i) {
            const auto& f = log.sentence_features[i];
            for (std::size_t k = 0; k < pace_parameter_count; ++k) {
                const bool between = k >= 2 && k <= 4;
                (between ? voice.pause_seconds : voice.speaking_seconds) += f[k] * parameters[k];
            }
        }
        measured.push_back(voice);
    }
    measured.push_back({999, 10.0, 1.0, 5}); // out of range: ignored
    const auto observations = voice_observations(log, measured);
    CHECK(observations.size() == 2 * (measured.size() - 1));
    const PaceCalibration calibration = calibrate_pace({}, PaceProfile{}, observations);
    REQUIRE(calibration.fitted[0]);
    CHECK(calibration.profile.han_per_minute == Approx(160.0).epsilon(0.02));
}

TEST_CASE("runs recorded with the microphone calibrate from their deepest sections, parents not counted twice")
{
    PaceProfile truth;
    truth.han_per_minute = 170.0;
    const Script script = build_script(
        "一、心中有稿\n"
        "（一）标题要短\n一篇好的发言，先要让听众知道你讲几件事。标题要短，层次要清。每一部分开头，先用一句话亮出观点。\n"
        "（二）事例要实\n再用事例和数据来支撑。去年我们部门的满意度明显提高了，这个变化本身就很有说服力。\n"
        "二、心中有数\n正式发言的语速，一般是每分钟两百字左右。稿子越长，越要提前算好时间。如果会议只给十分钟，就要提前删减。\n"
        "三、心中有人\n发言不是念稿子，而是和听众交流。眼睛要看着大家，语气要有起伏。关键的地方要停一停。\n",
        ScriptFormat::PlainText);
    RehearsalLog log = new_rehearsal_log(script, "listened.txt");
    const PaceParameters parameters = parameters_of(truth);
    RehearsalRun run;
    run.id = "listened";
    run.sections.resize(log.sections.size());
    // Every section carries the measure of its whole subtree, as RehearsalRecorder stores it.
    for (std::size_t s = 0; s < log.sections.size(); ++s) {
        SectionVoiceMeasure voice;
        for (std::size_t i = log.sections[s].first_sentence; i < log.sections[s].end_sentence; ++i) {
            for (std::size_t k = 0; k < pace_parameter_count; ++k) {
                const bool between = k >= 2 && k <= 4;
                (between ? voice.pause_seconds : voice.speaking_seconds) += log.sentence_features[i][k] * parameters[k];
            }
        }
        run.sections[s].voice = voice;
    }
    log.runs.push_back(run);
    run.id = "listened-again"; // two rehearsals: enough sections for the fit to trust
    log.runs.push_back(run);
    const std::vector<RehearsalLog> logs = {log};

    std::size_t deepest = 0;
    for (std::size_t s = 0; s < log.sections.size(); ++s) {
        bool has_child = false;
        for (std::size_t t = 0; t < log.sections.size(); ++t) {
            has_child = has_child
                || (t != s && log.sections[t].level > log.sections[s].level
                    && log.sections[t].first_sentence >= log.sections[s].first_sentence
                    && log.sections[t].end_sentence <= log.sections[s].end_sentence);
        }
        deepest += has_child ? 0 : 1;
    }
    REQUIRE(deepest < log.sections.size()); // the talk has sub-sections, so parents are left out
    const auto observations = recorded_voice_observations(logs);
    CHECK(observations.size() == 2 * 2 * deepest); // speaking and pauses, per section, per run
    const PaceCalibration calibration = calibrate_pace({}, PaceProfile{}, observations);
    REQUIRE(calibration.fitted[0]);
    CHECK(calibration.profile.han_per_minute == Approx(170.0).epsilon(0.02));

    // A run without microphone figures adds nothing.
    RehearsalLog quiet = new_rehearsal_log(longer_chinese_talk(), "quiet.txt");
    quiet.runs.push_back(RehearsalRun{});
    const std::vector<RehearsalLog> quiet_logs = {quiet};
    CHECK(recorded_voice_observations(quiet_logs).empty());
}
