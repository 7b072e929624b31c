// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/position_source.hpp"

#include <array>
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

namespace podium {

// What the live coach may say during a run (--coach): Off says nothing, Quiet only the time
// ("section over by 0:40"), On also how the speaker sounds.
enum class CoachMode { Off, Quiet, On };

// "off", "quiet", "on" (--coach and config.json's "coach"); nothing for anything else.
[[nodiscard]] std::optional<CoachMode> parse_coach_mode(std::string_view text);

enum class CueKind { SectionOver, Louder, Slower, Breathe };
inline constexpr std::size_t cue_kinds = 4;

// One cue on the prompter: shown from `shown_at` until `until` (the caller's clock).
struct Cue {
    CueKind kind = CueKind::Slower;
    double shown_at = 0.0;
    double until = 0.0;
    double over_seconds = 0.0; // SectionOver: by how much, rounded to 5 s
    friend bool operator==(const Cue&, const Cue&) = default;
};

// The words of a cue in the user's language ("slower", "section over by 0:40").
[[nodiscard]] std::string cue_text(const Cue& cue);
// Machine-readable name for the phone's state JSON ("slower", "section-over").
[[nodiscard]] const char* cue_name(CueKind kind);

// What the run looks like on one frame, as the app sees it cheaply: the model's view and the
// live voice's cumulative measurements.
struct LiveSample {
    double now = 0.0;             // the app's clock (wall seconds, pauses included): cue expiry
    bool running = false;         // the model is running (not counting down, paused or finished)
    double elapsed = 0.0;         // running time (pauses excluded): the evidence clock
    double position = 0.0;        // plan seconds at the reading line
    std::size_t section = 0;
    double section_actual = 0.0;  // running seconds spent in the section
    double section_planned = 0.0; // its planned length
    bool listening = false;       // the speaker's voice leads
    bool speaking = false;        // they are speaking now (the follower's voice activity)
    bool jumped = false;          // the speaker moved the reading line by hand this frame
    std::optional<VoiceTotals> voice; // cumulative measurements of the live voice
};

// Where the coach draws its lines, and how sparse it is. docs/coach.md says why each value.
struct LiveCoachSettings {
    double shown = 4.0;           // seconds a cue stays on screen
    double min_gap = 20.0;        // seconds between the end of one cue and the next (any kind)
    double cooldown = 90.0;       // seconds before the same kind may come again
    double sustain = 5.0;         // running seconds a condition holds before it is cued
    double window = 20.0;         // running seconds the pace and level are measured over
    double min_speech = 8.0;      // seconds of speech inside the window before pace/level count
    double fast_ratio = 1.3;      // plan seconds covered per running second over this: "slower"
    double quiet_db = -40.0;      // speech level (dB full scale, ≈ LUFS) under this: "louder"
    // Or syllable nuclei per second of speech over the window this much above the speaker's own
    // rate over their first `baseline_speech` seconds of speech: they have sped up. (Nuclei per
    // syllable differ from speaker to speaker, so the follower's count is only compared with
    // itself; and the follower falls behind a fast reader, so the reading line alone misses them.)
    double accelerate_ratio = 1.3;
    // A speaker fast from the first word sets their own rate fast, so it is also measured against
    // the plan: the reading line has covered more than `sustained_ratio` plan seconds per running
    // second over at least `sustained_window` running seconds since the run began (or the last
    // jump). Lower than `fast_ratio`, because the live follower falls behind a fast reader (on
    // LJSpeech sped up 1.4–1.6× from the start the line covers 1.14–1.20 plan seconds a second);
    // over a minute a natural reading on a calibrated plan stays within a few per cent of 1.
    double sustained_ratio = 1.12;
    double sustained_window = 60.0;
    double drop_db = 10.0;        // or this far under the speaker's own level when they began
    double baseline_speech = 20.0; // seconds of speech that set "their own" level and rate
    double breathless = 20.0;     // seconds of speech with no pause at all: "breathe"
    double over_min = 20.0;       // a section over by at least this many seconds …
    double over_fraction = 0.25;  // … and this fraction of its plan: "section over by …"
    // Plan seconds the reading line moved in one frame that count as a skip, not as pace (the
    // follower moving on to the next sentence moves it by up to a sentence's length at once).
    double jump = 15.0;
};

// The live coach: fed once a frame, it decides whether one cue shows. Pure (no clock of its
// own), so it is tested with synthetic runs. At most one cue at a time; a condition must hold
// for `sustain` seconds; after a cue, none for `min_gap`; the same kind waits `cooldown`; the
// time cue comes once per section. When several are due, the time cue wins, then "louder"
// (not heard is worst), then "slower", then "breathe".
class LiveCoach {
public:
    explicit LiveCoach(CoachMode mode, LiveCoachSettings settings = {});

    void observe(const LiveSample& sample);
    // The cue on screen at `now`, if any.
    [[nodiscard]] std::optional<Cue> cue(double now) const;
    // Every cue given so far (tests, the bench).
    [[nodiscard]] std::size_t cues_given() const { return m_given; }
    [[nodiscard]] CoachMode mode() const { return m_mode; }

private:
    struct Point {
        double elapsed = 0.0;
        double position = 0.0;
        double speech = 0.0;
        double energy = 0.0;
        double syllables = 0.0;
    };
    [[nodiscard]] bool fast();
    [[nodiscard]] bool quiet();
    [[nodiscard]] bool section_over(const LiveSample& sample) const;
    void hold(CueKind kind, bool condition, double elapsed);
    [[nodiscard]] bool may_show(CueKind kind, double now) const;
    void show(CueKind kind, const LiveSample& sample);
    void restart_window();

    CoachMode m_mode;
    LiveCoachSettings m_settings;
    std::deque<Point> m_window;               // the last `window` running seconds
    std::optional<double> m_baseline_db;      // the speaker's level over their first speech
    std::optional<double> m_baseline_rate;    // … and their syllable nuclei per second of speech
    std::optional<VoiceTotals> m_first_voice; // the totals when the coach first heard them
    double m_last_pause = 0.0;                // running seconds when they last paused
    double m_pace_since = 0.0;                // running seconds of the last jump of the reading line
    std::optional<Point> m_pace_origin;       // where the run was then: the plan's pace is measured from it
    bool m_was_running = false;
    std::array<std::optional<double>, cue_kinds> m_since{};  // running seconds a condition has held since
    std::array<std::optional<double>, cue_kinds> m_last_shown{}; // the app's clock at each kind's last cue
    std::optional<std::size_t> m_section_cued; // the section whose overrun was cued
    std::optional<Cue> m_cue;
    std::size_t m_given = 0;
};

} // namespace podium
