// SPDX-License-Identifier: GPL-3.0-or-later
// RunTracker: what happens around the prompter model each frame, driven here with a real model
// and fake voice/observer, no window.
#include "display/display_fixture.hpp"

#include "app/run_tracker.hpp"

#include <catch2/catch.hpp>

#include <deque>
#include <set>

using namespace podium;
using namespace podium::test;

namespace {

// A voice that says it is wherever the test puts it.
class ScriptedVoice final : public PositionSource {
public:
    void set_active(bool on, std::size_t sentence) override
    {
        calls.push_back({on, sentence});
        speaking = on;
    }
    [[nodiscard]] std::optional<SpeakerPosition> position() override
    {
        return speaking ? heard : std::nullopt;
    }
    [[nodiscard]] std::optional<std::string> failure() const override { return broken; }

    std::vector<std::pair<bool, std::size_t>> calls;
    std::optional<SpeakerPosition> heard;
    std::optional<std::string> broken;
    bool speaking = false;
};

class EventLog final : public RunObserver {
public:
    void on_event(const PrompterEvent& event, RehearsalRecorder& run) override
    {
        events.push_back(event);
        run_ids.insert(run.run().id);
        recorded_events = run.events_seen();
    }
    [[nodiscard]] std::string on_frame(double now, RehearsalRecorder* /*run*/) override
    {
        last_frame = now;
        return std::exchange(problem, {});
    }
    void on_end(double now, RehearsalRecorder* run) override
    {
        ended_at = now;
        if (run != nullptr) {
            last_run = run->run();
        }
    }

    std::vector<PrompterEvent> events;
    std::set<std::string> run_ids;       // the recorder each event came with
    std::size_t recorded_events = 0;     // what that recorder had seen when the event came
    std::optional<RehearsalRun> last_run; // the run as the window closed
    std::string problem;
    double last_frame = -1.0;
    std::optional<double> ended_at;
};

struct Run {
    SampleFrame sample{"welcome-en.md", 1280, 720};
    PrompterModel model{sample.script, sample.timing, sample.scene->layout(), sample.options};
    double now = 0.0;

    // As the sessions do: the model sees every command (S and L only cancel a quit question
    // there), the tracker decides who leads.
    void command(RunTracker& tracker, CommandKind kind)
    {
        model.apply(kind);
        tracker.lead_command(Command{kind, 0}, model);
    }

    void frames(RunTracker& tracker, int count, double dt = 1.0 / 60.0)
    {
        for (int i = 0; i < count; ++i) {
            now += dt;
            tracker.before_advance(model, now);
            model.advance(dt);
            tracker.after_frame(model, now);
        }
    }
};

std::vector<PrompterEventKind> kinds(const std::vector<PrompterEvent>& events)
{
    std::vector<PrompterEventKind> result;
    for (const PrompterEvent& event : events) {
        result.push_back(event.kind);
    }
    return result;
}

} // namespace

TEST_CASE("the tracker hands every event of a real run to the observer, in order, and ends it")
{
    Run run;
    EventLog log;
    RunTracker tracker(run.sample.script, run.sample.timing, {}, &log);
    run.frames(tracker, 4 * 60);            // countdown, then a second of reading
    run.model.apply(CommandKind::TogglePlay); // pause
    run.frames(tracker, 30);
    run.model.apply(CommandKind::TogglePlay);
    run.model.apply(Command{CommandKind::JumpToSection, 3});
    run.frames(tracker, 30);
    tracker.end(run.model, run.now);

    const std::vector<PrompterEventKind> seen = kinds(log.events);
    REQUIRE_FALSE(seen.empty());
    CHECK(seen.front() == PrompterEventKind::Started);
    CHECK(std::count(seen.begin(), seen.end(), PrompterEventKind::Paused) == 1);
    CHECK(std::count(seen.begin(), seen.end(), PrompterEventKind::Resumed) == 1);
    CHECK(std::count(seen.begin(), seen.end(), PrompterEventKind::Jumped) == 1);
    // Observer times are wall seconds since Started: the countdown is not part of the run.
    REQUIRE(log.ended_at.has_value());
    CHECK(*log.ended_at == Approx(run.now - 3.0).margin(0.05));
    CHECK(log.last_frame <= *log.ended_at);
    CHECK(run.model.take_events().empty()); // nothing left behind
    // One recorder for the whole run, which had every event before the observer heard of it;
    // the window closing ended the run it handed over.
    CHECK(log.run_ids.size() == 1);
    CHECK(log.recorded_events == log.events.size());
    REQUIRE(log.last_run.has_value());
    CHECK(log.last_run->state == RunState::Finished);
    CHECK(log.last_run->wall_seconds == Approx(*log.ended_at).margin(0.05));
}

TEST_CASE("the tracker keeps the summary of a finished run while the prompter stays at the end")
{
    Run run;
    RunTracker tracker(run.sample.script, run.sample.timing, {}, nullptr);
    run.frames(tracker, 4 * 60);
    CHECK(tracker.summary(run.model.view()) == nullptr);
    run.model.apply(CommandKind::End);      // the last line …
    run.frames(tracker, 30 * 60, 0.1);      // … read to the end
    REQUIRE(run.model.view().state == PrompterState::Finished);
    const RehearsalReport* summary = tracker.summary(run.model.view());
    REQUIRE(summary != nullptr);
    REQUIRE(summary->sections.size() == run.sample.script.sections.size());
    // A second into the first section, then a jump to the end: the first section was left
    // part-read, the ones between skipped, the last one read.
    REQUIRE(summary->sections.size() >= 3);
    REQUIRE_FALSE(summary->sections.front().runs.empty());
    CHECK(summary->sections.front().runs.front().state == CellState::Partial);
    CHECK(summary->sections[1].runs.front().state == CellState::Skipped);
    CHECK(summary->sections.back().runs.front().state != CellState::Skipped);
    run.model.apply(CommandKind::Restart);
    run.frames(tracker, 1);
    CHECK(tracker.summary(run.model.view()) == nullptr);
}

TEST_CASE("with speak-at-start the voice starts when the countdown ends and the model follows it")
{
    Run run;
    ScriptedVoice voice;
    RunTracker tracker(run.sample.script, run.sample.timing, RunSources{&voice, nullptr, Lead::Voice}, nullptr);
    run.frames(tracker, 60); // inside the countdown: silent
    CHECK(voice.calls.empty());
    run.frames(tracker, 3 * 60);
    REQUIRE(voice.calls.size() == 1);
    CHECK(voice.calls.front().first);
    CHECK(run.model.view().speech);
    // The voice is half-way through sentence 5: the reading line goes there, well ahead of the
    // paced timeline a second into the run.
    voice.heard = SpeakerPosition{5, 0.5, true, std::nullopt};
    run.frames(tracker, 2);
    CHECK(run.model.current_sentence() == 5);
    // S switches the voice off again.
    run.command(tracker, CommandKind::ToggleSpeech);
    run.frames(tracker, 1);
    REQUIRE(voice.calls.size() == 2);
    CHECK_FALSE(voice.calls.back().first);
}

TEST_CASE("a voice that cannot play switches speech off and says why")
{
    Run run;
    ScriptedVoice voice;
    voice.broken = "no audio device";
    RunTracker tracker(run.sample.script, run.sample.timing, RunSources{&voice}, nullptr);
    run.command(tracker, CommandKind::ToggleSpeech);
    run.frames(tracker, 1);
    CHECK_FALSE(run.model.view().speech);
    CHECK(tracker.take_notice() == std::optional<std::string>("no audio device"));
    CHECK_FALSE(tracker.take_notice().has_value());
}

TEST_CASE("a voice that fails after speech started: the notice shows and the plan leads again, the line moves on")
{
    Run run;
    ScriptedVoice voice;
    RunTracker tracker(run.sample.script, run.sample.timing, RunSources{&voice, nullptr, Lead::Voice}, nullptr);
    run.frames(tracker, 4 * 60); // the countdown, then the voice leads
    REQUIRE(run.model.view().speech);
    voice.heard = SpeakerPosition{2, 0.5, true, std::nullopt};
    run.frames(tracker, 2);
    REQUIRE(run.model.current_sentence() == 2);
    // The engine fails (a voice it could not load): the words stop coming.
    voice.broken = "speech unavailable: eSpeak NG voice 'cmn-latn-pinyin' could not be loaded";
    run.frames(tracker, 1);
    CHECK(tracker.take_notice() == voice.broken);
    CHECK_FALSE(run.model.view().speech); // the plan leads
    REQUIRE_FALSE(voice.calls.empty());
    CHECK_FALSE(voice.calls.back().first); // the voice was switched off
    const double before = run.model.view().position;
    run.frames(tracker, 5 * 60);
    CHECK(run.model.view().position > before); // the line did not freeze at the last word
    // S again: the voice is asked again, and a failure that is gone shows nothing.
    voice.broken.reset();
    run.command(tracker, CommandKind::ToggleSpeech);
    run.frames(tracker, 1);
    CHECK(voice.calls.back().first);
    CHECK(run.model.view().speech);
    CHECK_FALSE(tracker.take_notice().has_value());
}

TEST_CASE("an observer's save problem becomes a notice")
{
    Run run;
    EventLog log;
    RunTracker tracker(run.sample.script, run.sample.timing, {}, &log);
    run.frames(tracker, 4 * 60);
    log.problem = "rehearsal not saved: disk full";
    run.frames(tracker, 1);
    CHECK(tracker.take_notice() == std::optional<std::string>("rehearsal not saved: disk full"));
}

namespace {

// A live voice the test steers: where the speaker is, whether they speak, what was measured.
class ScriptedSpeaker final : public PositionSource {
public:
    void set_active(bool on, std::size_t sentence) override
    {
        calls.push_back({on, sentence});
        active = on && !cannot_open;
    }
    [[nodiscard]] std::optional<SpeakerPosition> position() override { return active ? heard : std::nullopt; }
    void anchor(std::size_t sentence) override { anchors.push_back(sentence); }
    [[nodiscard]] std::optional<std::string> failure() const override
    {
        return cannot_open ? std::optional<std::string>("listening is off: no microphone") : went_away;
    }

    std::vector<std::pair<bool, std::size_t>> calls;
    std::vector<std::size_t> anchors;
    std::optional<SpeakerPosition> heard;
    std::optional<std::string> went_away;
    bool cannot_open = false;
    bool active = false;
};


} // namespace

TEST_CASE("with listen-at-start the microphone leads once the countdown ends, and the speaker's jumps re-anchor it")
{
    Run run;
    ScriptedSpeaker speaker;
    RunTracker tracker(run.sample.script, run.sample.timing, RunSources{nullptr, &speaker, Lead::Speaker}, nullptr);
    run.frames(tracker, 60);
    CHECK(speaker.calls.empty()); // silent through the countdown
    run.frames(tracker, 3 * 60);
    REQUIRE(speaker.calls.size() == 1);
    CHECK(speaker.calls.front().first);
    CHECK(run.model.view().listening);
    speaker.heard = SpeakerPosition{4, 0.5, true, VoiceTotals{2.0, 1.5, 6.0}};
    run.frames(tracker, 2);
    CHECK(run.model.current_sentence() == 4);
    // What the microphone measured goes into the run's one recording, in the reading line's
    // section: 4.5 more syllables in 1.5 s more speech since the last report.
    speaker.heard->measured = VoiceTotals{4.0, 3.0, 10.5};
    run.frames(tracker, 1);
    REQUIRE(tracker.recording() != nullptr);
    const RehearsalRun recorded = tracker.recording()->run();
    const std::size_t section = run.model.view().current_section;
    REQUIRE(recorded.sections.at(section).voice.has_value());
    CHECK(recorded.sections[section].voice->syllables == Approx(4.5));
    CHECK(recorded.sections[section].voice->speaking_seconds == Approx(1.5));
    // The speaker presses "next sentence": the voice is told where they are.
    run.model.apply(CommandKind::NextSentence);
    speaker.heard->sentence = 5; // what a re-anchored tracker reports
    speaker.heard->fraction = 0.0;
    run.frames(tracker, 1);
    CHECK(speaker.anchors == std::vector<std::size_t>{5});
    CHECK(run.model.current_sentence() == 5);
}

TEST_CASE("no microphone: L says why and the prompter keeps its paced mode")
{
    Run run;
    ScriptedSpeaker speaker;
    speaker.cannot_open = true;
    RunTracker tracker(run.sample.script, run.sample.timing, RunSources{nullptr, &speaker}, nullptr);
    run.frames(tracker, 4 * 60);
    run.command(tracker, CommandKind::ToggleListen);
    run.frames(tracker, 1);
    CHECK_FALSE(run.model.view().listening);
    CHECK(tracker.take_notice() == std::optional<std::string>("listening is off: no microphone"));
    const double before = run.model.view().position;
    run.frames(tracker, 60);
    CHECK(run.model.view().position > before); // paced: it scrolls on
}

TEST_CASE("without a listener, L says listening is not available")
{
    Run run;
    RunTracker tracker(run.sample.script, run.sample.timing, {}, nullptr);
    run.frames(tracker, 4 * 60);
    run.command(tracker, CommandKind::ToggleListen);
    run.frames(tracker, 1);
    CHECK_FALSE(run.model.view().listening);
    const auto notice = tracker.take_notice();
    REQUIRE(notice.has_value());
    CHECK(notice->find("--listen") != std::string::npos);
}

TEST_CASE("a microphone that goes away mid-run says so once and the reading line holds still")
{
    Run run;
    ScriptedSpeaker speaker;
    RunTracker tracker(run.sample.script, run.sample.timing, RunSources{nullptr, &speaker, Lead::Speaker}, nullptr);
    run.frames(tracker, 4 * 60);
    speaker.heard = SpeakerPosition{3, 0.2, true, VoiceTotals{}};
    run.frames(tracker, 2);
    speaker.went_away = "the microphone (USB) went away";
    speaker.heard->speaking = false;
    run.frames(tracker, 2);
    const double held = run.model.view().position;
    run.frames(tracker, 3 * 60);
    CHECK(run.model.view().position == held);
    CHECK(run.model.view().listening); // still the speaker's: nothing scrolls away from them
    CHECK(tracker.take_notice() == std::optional<std::string>("the microphone (USB) went away"));
    CHECK_FALSE(tracker.take_notice().has_value());
}

TEST_CASE("the live coach cues 'louder' for a speaker the microphone hardly hears, one cue at a time", "[coach]")
{
    Run run;
    ScriptedSpeaker speaker;
    RunTracker tracker(run.sample.script, run.sample.timing, RunSources{nullptr, &speaker, Lead::Speaker}, nullptr);
    LiveCoachSettings settings;
    settings.window = 4.0;
    settings.min_speech = 2.0;
    settings.sustain = 1.0;
    tracker.set_coach(CoachMode::On, settings);
    run.frames(tracker, 4 * 60); // the countdown
    VoiceTotals totals;
    std::optional<Cue> first;
    for (int i = 0; i < 12 * 60 && !first; ++i) {
        totals.heard_seconds += 1.0 / 60.0;
        totals.speech_seconds += 1.0 / 60.0;
        totals.speech_energy += 1e-6 / 60.0; // -60 dB full scale: a whisper far from the microphone
        speaker.heard = SpeakerPosition{3, std::min(1.0, i / 600.0), true, totals};
        run.frames(tracker, 1);
        first = tracker.cue(run.now);
    }
    REQUIRE(first.has_value());
    CHECK(first->kind == CueKind::Louder);
    CHECK(tracker.coach().cues_given() == 1);
    // It goes after its few seconds.
    run.frames(tracker, 5 * 60);
    CHECK_FALSE(tracker.cue(run.now).has_value());
}

TEST_CASE("in quiet mode the coach keeps time: a section run over its plan is cued",
    "[coach]")
{
    Run run;
    RunTracker tracker(run.sample.script, run.sample.timing, {}, nullptr);
    LiveCoachSettings settings;
    settings.over_min = 1.0; // the sample's sections are a few seconds long
    tracker.set_coach(CoachMode::Quiet, settings);
    run.frames(tracker, 4 * 60);
    for (int i = 0; i < 6; ++i) {
        run.model.apply(CommandKind::SpeedDown); // the plan's clock, slowed: every section runs long
    }
    std::optional<Cue> cue;
    for (int i = 0; i < 3000 && !cue; ++i) {
        run.frames(tracker, 1, 0.1);
        cue = tracker.cue(run.now);
    }
    INFO("section " << run.model.view().current_section << ": " << run.model.view().section_actual << " s of "
                     << run.model.view().section_planned << ", pace " << run.model.view().pace_factor);
    REQUIRE(cue.has_value());
    CHECK(cue->kind == CueKind::SectionOver);
    CHECK(cue_text(*cue).starts_with("section over by "));
    const PrompterView view = run.model.view();
    CHECK(view.section_actual - view.section_planned >= 1.0 - 0.1);
}
