// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/position_source.hpp"
#include "core/prompter/prompter_event.hpp"
#include "core/rehearsal/rehearsal_run.hpp"
#include "core/script/script.hpp"

#include <optional>
#include <string>
#include <vector>

namespace podium {

// Turns the prompter model's events (PrompterModel::take_events) into a RehearsalRun. Feed it
// every event of one run in order, from Started to Finished (or Restarted, which ends the run);
// `run()` is a consistent snapshot at any moment, so a run in progress can be saved every few
// seconds. Times come from PrompterEvent::wall; pauses are taken out here.
class RehearsalRecorder {
public:
    RehearsalRecorder(const Script& script, std::string run_id, std::string started_at);

    void on_event(const PrompterEvent& event);
    // While the speaker's own voice leads: the voice's measurements so far (cumulative) with the
    // deepest section the reading line is in. What changed since the previous call is credited
    // to that section (and its enclosing ones), except while the run is paused.
    void on_voice(std::size_t section, const VoiceTotals& totals);
    // The run's audio is being recorded (see RunRecording).
    void set_recording(RunRecording recording) { m_run.recording = std::move(recording); }
    // How the run sounded, measured from its recording afterwards (core/coach).
    void set_delivery(DeliveryReport delivery) { m_run.delivery = std::move(delivery); }

    // The run so far. `now` (wall seconds) closes the open visit's time for the snapshot;
    // pass the time of the last event when there is no clock.
    [[nodiscard]] RehearsalRun run(double now) const;
    [[nodiscard]] RehearsalRun run() const { return run(m_last_time); }

    [[nodiscard]] bool finished() const { return m_finished; }
    [[nodiscard]] std::size_t events_seen() const { return m_events_seen; }

private:
    struct SectionShape {
        std::string title;
        int level = 1;
        std::size_t first = 0;
        std::size_t end = 0;
    };

    void advance_clock(double time);
    void close_visit(VisitEnd end);
    void open_visit(std::size_t sentence, double time);
    void reach(std::size_t sentence, double time);
    void end_run(double time);

    std::vector<SectionShape> m_sections;
    std::size_t m_sentence_count = 0;
    RehearsalRun m_run;
    std::vector<double> m_dwell;          // per sentence, pauses excluded
    std::vector<std::optional<double>> m_first_reached;
    std::optional<std::size_t> m_open;    // index into m_run.visits
    std::optional<double> m_paused_since;
    double m_last_time = 0.0;             // last event time
    double m_spoken = 0.0;                // running time, pauses excluded
    bool m_finished = false;
    bool m_speech = false;                // speech-follow on: visits are voiced
    std::size_t m_events_seen = 0;
    std::vector<std::optional<SectionVoiceMeasure>> m_voice; // per deepest section
    std::optional<VoiceTotals> m_last_voice;
};

} // namespace podium
