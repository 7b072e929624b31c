// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "app/lead_switch.hpp"
#include "app/run_observer.hpp"
#include "core/coach/live_coach.hpp"
#include "core/i18n/translate.hpp"
#include "core/prompter/command.hpp"
#include "core/prompter/position_source.hpp"
#include "core/prompter/prompter_model.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"
#include "core/rehearsal/rehearsal_report.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

#include <optional>
#include <string>
#include <vector>

namespace podium {

// The position sources a run may plug in besides the plan clock (see LeadSwitch).
struct RunSources {
    PositionSource* voice = nullptr;   // the eSpeak voice (S, --speak); null: none
    PositionSource* speaker = nullptr; // the speaker's own voice, the microphone (L, --listen); null: none
    Lead at_start = Lead::Plan;        // --speak / --listen: leads from the first run's start
    std::string voice_unavailable = kNoSpeechInBuild; // what S says when `voice` is null (English)
};

// What happens around the prompter model each frame, the same for the single window and the
// projector + operator pair: who leads the reading line (LeadSwitch, the one owner of that
// choice), the run's one recording (a RehearsalRecorder from Started to the run's end, which
// the end-of-run summary is made from and the observer saves), the live coach. Holds no SDL
// state, so it is tested with a real model and fake sources, without a window.
class RunTracker {
public:
    RunTracker(const Script& script, const Timing& timing, RunSources sources, RunObserver* observer);

    // S and L (keys, operator buttons, the phone): the lead changes here, not in the model.
    // True when `command` was one of them (the caller has applied it to the model already, which
    // only cancels a pending quit question).
    bool lead_command(const Command& command, PrompterModel& model);
    [[nodiscard]] Lead lead() const { return m_leads.lead(); }

    // Before the model advances by a frame: the leading source moves the model to where the
    // speaker is. `now` is the app's lifetime clock, in seconds.
    void before_advance(PrompterModel& model, double now);
    // After the frame is drawn: records the model's events, hands them to the observer and
    // keeps the run's summary when it finishes.
    void after_frame(PrompterModel& model, double now);
    // The window closes: the run ends (the observer saves it), the leading source stops.
    void end(PrompterModel& model, double now);

    // The live coach (--coach): what it may say, from the next frame on. Off until set.
    void set_coach(CoachMode mode, const LiveCoachSettings& settings = {});
    // The cue to show at `now` (the lifetime clock after_frame was given), if any.
    [[nodiscard]] std::optional<Cue> cue(double now) const { return m_coach.cue(now); }
    [[nodiscard]] const LiveCoach& coach() const { return m_coach; }

    // A message for the screen (a source failed, a save failed), once.
    [[nodiscard]] std::optional<std::string> take_notice();
    // The table of the run that just reached the end; kept until the model leaves Finished
    // (restart, a jump back) and only while it is in that state.
    [[nodiscard]] const RehearsalReport* summary(const PrompterView& view) const;
    // The run being recorded (Started until Finished, Restarted or the window closing).
    [[nodiscard]] const RehearsalRecorder* recording() const { return m_recorder ? &*m_recorder : nullptr; }

private:
    void on_event(const PrompterEvent& event, double now);
    void record_voice(const PrompterModel& model, const SpeakerPosition& heard);
    void coach(const PrompterModel& model, double now);

    const Script* m_script;
    const Timing* m_timing;
    LeadSwitch m_leads;
    Lead m_at_start;
    RunObserver* m_observer;
    bool m_led_at_start = false;
    std::optional<double> m_started_at;           // lifetime at the model's Started event
    std::optional<RehearsalRecorder> m_recorder;  // this run: the summary's and the observer's
    std::optional<RehearsalReport> m_summary;
    std::vector<std::string> m_notices;
    LiveCoach m_coach{CoachMode::Off};
    std::optional<SpeakerPosition> m_heard;       // the speaker's latest position, this frame
    std::size_t m_coached_jumps = 0;              // the model's manual jumps the coach has seen
};

} // namespace podium
