// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/live_coach.hpp"
#include "core/prompter/prompter_model.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"
#include "core/rehearsal/rehearsal_report.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"
#include "core/prompter/position_source.hpp"
#include "app/run_observer.hpp"

#include <optional>
#include <string>
#include <vector>

namespace podium {

enum class SpeakAtStart { No, Yes };
enum class ListenAtStart { No, Yes };

// What happens around the prompter model each frame, the same for the single window and the
// projector + operator pair: following (the eSpeak voice or the speaker's own voice, each a
// PositionSource, drives the model when it leads), the rehearsal
// observer (every run is recorded), and the summary of the run just finished. Holds no SDL
// state, so it is tested with a real model and fake clocks, without a window.
class RunTracker {
public:
    RunTracker(const Script& script, const Timing& timing, PositionSource* voice, RunObserver* observer,
        SpeakAtStart speak_at_start = SpeakAtStart::No);

    // The speaker's own voice (the microphone), which leads while the model listens (L).
    // Null: listening says it is not available.
    void set_listener(PositionSource* speaker, ListenAtStart listen_at_start = ListenAtStart::No);

    // Before the model advances by a frame: switches the voice on or off with the model, and
    // moves the model to where the voice is. `now` is the app's lifetime clock, in seconds.
    void before_advance(PrompterModel& model, double now);
    // After the frame is drawn: hands the model's events to the observer and keeps the run's
    // summary when it finishes.
    void after_frame(PrompterModel& model, double now);
    // The window closes: the observer's run ends, the voice stops.
    void end(PrompterModel& model, double now);

    // The live coach (--coach): what it may say, from the next frame on. Off until set.
    void set_coach(CoachMode mode, const LiveCoachSettings& settings = {});
    // The cue to show at `now` (the lifetime clock after_frame was given), if any.
    [[nodiscard]] std::optional<Cue> cue(double now) const { return m_coach.cue(now); }
    [[nodiscard]] const LiveCoach& coach() const { return m_coach; }

    // A message for the screen (the voice failed, a save failed), once.
    [[nodiscard]] std::optional<std::string> take_notice();
    // The table of the run that just reached the end; kept until the model leaves Finished
    // (restart, a jump back) and only while it is in that state.
    [[nodiscard]] const RehearsalReport* summary(const PrompterView& view) const;

private:
    void on_event(const PrompterEvent& event, double now);
    [[nodiscard]] PositionSource* source_for(Lead lead) const;
    void switch_lead(PrompterModel& model);
    void report_voice(PrompterModel& model, const SpeakerPosition& heard);
    void coach(const PrompterModel& model, double now);

    const Script* m_script;
    const Timing* m_timing;
    PositionSource* m_voice;
    PositionSource* m_speaker = nullptr;
    RunObserver* m_observer;
    SpeakAtStart m_speak_at_start;
    ListenAtStart m_listen_at_start = ListenAtStart::No;
    Lead m_lead = Lead::Plan;                     // whose source is active
    bool m_spoke_at_start = false;
    std::size_t m_seen_jumps = 0;                 // the model's manual jumps already anchored
    std::optional<std::string> m_shown_failure;   // a source's failure already shown
    bool m_source_reported = false;               // the leading source has reported a position
    std::optional<double> m_started_at;           // lifetime at the model's Started event
    std::optional<RehearsalRecorder> m_recorder;  // this run, for the summary (the observer saves)
    std::optional<RehearsalReport> m_summary;
    std::vector<std::string> m_notices;
    LiveCoach m_coach{CoachMode::Off};
    std::optional<SpeakerPosition> m_heard;       // the speaker's latest position, this frame
    std::size_t m_coached_jumps = 0;              // the model's manual jumps the coach has seen
};

} // namespace podium
