// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/live_coach.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <functional>
#include <utility>
#include <vector>

using namespace podium;

namespace {

// A synthetic speaker, observed ten times a second: pace is plan seconds covered per running
// second; they speak for `speak_for` seconds, then pause for `pause_for`, at `level_db`.
struct Speaker {
    double pace = 1.0;
    double level_db = -22.0;
    double speak_for = 5.0;
    double pause_for = 0.6;
    double section_planned = 600.0;
    double syllables_per_second = 4.0; // syllable nuclei per second of speech
};

struct Shown {
    double at = 0.0;
    Cue cue;
};

class Run {
public:
    explicit Run(CoachMode mode, LiveCoachSettings settings = {}) : coach(mode, settings) {}

    // Runs for `seconds`; `speaker` may change with the running time.
    Run& go(double seconds, const std::function<Speaker(double)>& speaker)
    {
        const double end = m_sample.elapsed + seconds;
        while (m_sample.elapsed < end - 1e-9) {
            const Speaker now = speaker(m_sample.elapsed);
            const double cycle = std::fmod(m_sample.elapsed - m_cycle_start, now.speak_for + now.pause_for);
            m_sample.speaking = now.pause_for <= 0.0 || cycle < now.speak_for;
            m_sample.now += kStep;
            m_sample.elapsed += kStep;
            m_sample.running = true;
            m_sample.listening = true;
            m_sample.position += now.pace * kStep;
            m_sample.section_actual += kStep;
            m_sample.section_planned = now.section_planned;
            if (m_sample.speaking) {
                m_voice.speech_seconds += kStep;
                m_voice.speech_energy += std::pow(10.0, now.level_db / 10.0) * kStep;
                m_voice.syllables += now.syllables_per_second * kStep;
            }
            m_voice.heard_seconds += kStep;
            m_sample.voice = m_voice;
            m_sample.jumped = std::exchange(m_jump_pending, false);
            observe();
        }
        return *this;
    }
    Run& go(double seconds, const Speaker& speaker)
    {
        return go(seconds, [speaker](double) { return speaker; });
    }
    // The speaker pauses the prompter for `seconds` (wall time passes, running time does not).
    Run& pause(double seconds)
    {
        m_sample.running = false;
        for (double t = 0.0; t < seconds; t += kStep) {
            m_sample.now += kStep;
            observe();
        }
        m_sample.running = true;
        return *this;
    }
    Run& jump(double plan_seconds)
    {
        m_sample.position += plan_seconds;
        m_jump_pending = true;
        return *this;
    }
    Run& new_section()
    {
        ++m_sample.section;
        m_sample.section_actual = 0.0;
        return *this;
    }

    [[nodiscard]] std::vector<CueKind> kinds() const
    {
        std::vector<CueKind> out;
        for (const Shown& shown : shown_cues) {
            out.push_back(shown.cue.kind);
        }
        return out;
    }

    LiveCoach coach;
    std::vector<Shown> shown_cues;  // each cue once, when it first showed
    int frames_with_cue = 0;

private:
    static constexpr double kStep = 0.1;
    void observe()
    {
        coach.observe(m_sample);
        if (auto cue = coach.cue(m_sample.now)) {
            ++frames_with_cue;
            if (shown_cues.empty() || !(shown_cues.back().cue == *cue)) {
                shown_cues.push_back({m_sample.now, *cue});
            }
        }
    }
    LiveSample m_sample;
    VoiceTotals m_voice;
    double m_cycle_start = 0.0;
    bool m_jump_pending = false;
};

} // namespace

TEST_CASE("a speaker on the plan's pace, heard well and pausing between sentences, gets no cue", "[coach][live]")
{
    Run run(CoachMode::On);
    run.go(600.0, Speaker{});
    CHECK(run.shown_cues.empty());
}

TEST_CASE("reading a third faster than the plan, sustained, brings one 'slower' for a few seconds", "[coach][live]")
{
    Run run(CoachMode::On);
    run.go(30.0, Speaker{}).go(60.0, Speaker{.pace = 1.5});
    REQUIRE(run.kinds() == std::vector{CueKind::Slower});
    const Shown& shown = run.shown_cues.front();
    // Not before the window has filled with fast reading and the evidence has held.
    CHECK(shown.at > 30.0 + 5.0);
    CHECK(shown.cue.until - shown.cue.shown_at == Approx(4.0));
    CHECK(run.frames_with_cue == 40); // shown 4 s at ten observations a second, then gone
    CHECK(cue_text(shown.cue) == "slower");
}

TEST_CASE("the same cue waits for its cooldown however long the reason lasts", "[coach][live]")
{
    Run run(CoachMode::On);
    run.go(300.0, Speaker{.pace = 1.5});
    const std::vector<CueKind> kinds = run.kinds();
    // 300 s of fast reading, a 90 s cooldown: at most four reminders, not one a frame.
    CHECK(kinds.size() >= 2);
    CHECK(kinds.size() <= 4);
    for (std::size_t i = 1; i < run.shown_cues.size(); ++i) {
        CHECK(run.shown_cues[i].at - run.shown_cues[i - 1].at >= 90.0);
    }
}

TEST_CASE("a brief burst of speed is not cued: the evidence must be sustained", "[coach][live]")
{
    Run run(CoachMode::On);
    run.go(40.0, Speaker{}).go(6.0, Speaker{.pace = 1.8}).go(60.0, Speaker{});
    CHECK(run.shown_cues.empty());
}

TEST_CASE("a pause of the prompter restarts the evidence", "[coach][live]")
{
    Run run(CoachMode::On);
    run.go(15.0, Speaker{.pace = 1.5}).pause(30.0).go(15.0, Speaker{.pace = 1.5});
    CHECK(run.shown_cues.empty());
}

TEST_CASE("a jump along the script is not read as speed", "[coach][live]")
{
    SECTION("by hand, however short")
    {
        Run run(CoachMode::On);
        run.go(20.0, Speaker{});
        for (int i = 0; i < 8; ++i) {
            run.jump(8.0).go(6.0, Speaker{});
        }
        CHECK(run.shown_cues.empty());
    }
    SECTION("a skip the follower found")
    {
        Run run(CoachMode::On);
        run.jump(0.0).go(20.0, Speaker{});
        for (int i = 0; i < 4; ++i) {
            run.go(0.1, Speaker{.pace = 200.0}).go(10.0, Speaker{}); // 20 plan-seconds in one frame
        }
        CHECK(run.shown_cues.empty());
    }
}

TEST_CASE("the reading line stepping a sentence at a time is pace, not a jump", "[coach][live]")
{
    // The follower moves on to the next sentence at once: 6 plan-seconds in one frame, every 4 s.
    Run run(CoachMode::On);
    run.go(30.0, Speaker{});
    for (int i = 0; i < 15; ++i) {
        run.go(0.1, Speaker{.pace = 60.0}).go(3.9, Speaker{.pace = 0.05});
    }
    REQUIRE_FALSE(run.shown_cues.empty());
    CHECK(run.kinds().front() == CueKind::Slower);
}

TEST_CASE("speech too quiet for a room brings 'louder'", "[coach][live]")
{
    Run run(CoachMode::On);
    run.go(60.0, Speaker{.level_db = -48.0});
    REQUIRE(run.kinds() == std::vector{CueKind::Louder});
    CHECK(cue_text(run.shown_cues.front().cue) == "louder");
}

TEST_CASE("a speaker whose voice drops far below how they began is told 'louder'; a small drop is not cued",
    "[coach][live]")
{
    SECTION("a 14 dB drop")
    {
        Run run(CoachMode::On);
        run.go(40.0, Speaker{.level_db = -18.0}).go(40.0, Speaker{.level_db = -32.0});
        CHECK(run.kinds() == std::vector{CueKind::Louder});
    }
    SECTION("a 5 dB drop")
    {
        Run run(CoachMode::On);
        run.go(40.0, Speaker{.level_db = -18.0}).go(40.0, Speaker{.level_db = -23.0});
        CHECK(run.shown_cues.empty());
    }
}

TEST_CASE("speaking on and on without a pause brings 'breathe'", "[coach][live]")
{
    Run run(CoachMode::On);
    run.go(10.0, Speaker{}).go(40.0, Speaker{.pause_for = 0.0});
    REQUIRE(run.kinds() == std::vector{CueKind::Breathe});
    // Their last pause ended at 5.6 s: twenty seconds of speech after it.
    CHECK(run.shown_cues.front().at == Approx(25.6).margin(0.15));
}

TEST_CASE("a section over its plan gets one time cue that says by how much", "[coach][live]")
{
    Run run(CoachMode::On);
    // 160 s planned: the cue comes when over by a quarter (40 s), once, however long it runs on.
    run.go(260.0, Speaker{.section_planned = 160.0});
    REQUIRE(run.kinds() == std::vector{CueKind::SectionOver});
    CHECK(run.shown_cues.front().at == Approx(200.0).margin(0.2));
    CHECK(cue_text(run.shown_cues.front().cue) == "section over by 0:40");
    CHECK(std::string(cue_name(CueKind::SectionOver)) == "section-over");
    SECTION("the next section has its own")
    {
        run.new_section().go(100.0, Speaker{.section_planned = 60.0});
        CHECK(run.kinds() == std::vector{CueKind::SectionOver, CueKind::SectionOver});
        CHECK(cue_text(run.shown_cues.back().cue) == "section over by 0:20");
    }
}

TEST_CASE("quiet mode gives only the time cue; off gives nothing", "[coach][live]")
{
    const auto everything = [](double t) {
        return Speaker{.pace = 1.6, .level_db = -50.0, .pause_for = t < 5.0 ? 0.6 : 0.0, .section_planned = 60.0};
    };
    Run quiet(CoachMode::Quiet);
    quiet.go(200.0, everything);
    CHECK(quiet.kinds() == std::vector{CueKind::SectionOver});
    Run off(CoachMode::Off);
    off.go(200.0, everything);
    CHECK(off.shown_cues.empty());
}

TEST_CASE("one cue at a time: when several are due the most urgent shows, the next only after a quiet gap",
    "[coach][live]")
{
    Run run(CoachMode::On);
    run.go(90.0, Speaker{.pace = 1.6, .level_db = -50.0});
    REQUIRE(run.shown_cues.size() >= 2);
    CHECK(run.kinds()[0] == CueKind::Louder);
    CHECK(run.kinds()[1] == CueKind::Slower);
    // The second waits for the first to go and for 20 s more.
    CHECK(run.shown_cues[1].at - run.shown_cues[0].cue.until >= 20.0 - 1e-6);
    CHECK(run.frames_with_cue == 40 * static_cast<int>(run.shown_cues.size()));
}

TEST_CASE("a speaker who speeds up well past their own starting rate is told 'slower', even when the reading line lags",
    "[coach][live]")
{
    SECTION("a third faster syllables than in their first minute")
    {
        Run run(CoachMode::On);
        run.go(60.0, Speaker{}).go(60.0, Speaker{.syllables_per_second = 5.6});
        CHECK(run.kinds() == std::vector{CueKind::Slower});
    }
    SECTION("many syllables from the start, on the plan's pace: their own rate, no cue")
    {
        Run run(CoachMode::On);
        run.go(120.0, Speaker{.syllables_per_second = 6.0});
        CHECK(run.shown_cues.empty());
    }
    SECTION("a fifth faster: within a reader's drift")
    {
        Run run(CoachMode::On);
        run.go(60.0, Speaker{}).go(60.0, Speaker{.syllables_per_second = 4.8});
        CHECK(run.shown_cues.empty());
    }
}

TEST_CASE("a speaker fast from the first word is told 'slower' against the plan's pace, though their own rate never changes",
    "[coach][live]")
{
    SECTION("the reading line 15 % ahead of the plan from the start (what the follower shows of a reader 1.4x fast)")
    {
        Run run(CoachMode::On);
        run.go(300.0, Speaker{.pace = 1.15, .syllables_per_second = 5.6});
        const std::vector<CueKind> kinds = run.kinds();
        REQUIRE_FALSE(kinds.empty());
        CHECK(kinds.front() == CueKind::Slower);
        // Not before a minute of the run has shown it, and then only every cooldown.
        CHECK(run.shown_cues.front().at >= 60.0 + 5.0);
        CHECK(run.shown_cues.front().at <= 60.0 + 5.0 + 1.0);
        CHECK(kinds.size() <= 3);
    }
    SECTION("8 % ahead, a reader's drift, gets nothing in ten minutes")
    {
        Run run(CoachMode::On);
        run.go(600.0, Speaker{.pace = 1.08});
        CHECK(run.shown_cues.empty());
    }
    SECTION("a pause of the prompter starts the run's pace afresh")
    {
        Run run(CoachMode::On);
        run.go(50.0, Speaker{.pace = 1.15}).pause(10.0).go(50.0, Speaker{.pace = 1.15});
        CHECK(run.shown_cues.empty());
    }
}

TEST_CASE("the follower taking back a few tenths of speech at a pause does not restart the evidence", "[coach][live]")
{
    // What LiveVoice reports: speech seconds counted through the hangover, then 0.17 s taken back
    // when the pause is confirmed, at every pause.
    LiveCoach coach(CoachMode::On);
    LiveSample sample;
    sample.running = true;
    sample.listening = true;
    VoiceTotals voice;
    int cues = 0;
    for (int frame = 0; frame < 600; ++frame) { // 60 s at 10 observations a second
        const double t = frame * 0.1;
        const bool speaking = std::fmod(t, 5.0) < 4.4;
        if (speaking) {
            voice.speech_seconds += 0.1;
            voice.speech_energy += 1e-5 * 0.1; // -50 dBFS: too quiet
        } else if (std::fmod(t, 5.0) < 4.45) {
            voice.speech_seconds -= 0.17;
        }
        sample.now = sample.elapsed = t;
        sample.position = t;
        sample.speaking = speaking;
        sample.voice = voice;
        coach.observe(sample);
        cues += coach.cue(t).has_value() && coach.cue(t)->shown_at == t ? 1 : 0;
    }
    CHECK(cues == 1);
    CHECK(coach.cues_given() == 1);
}
