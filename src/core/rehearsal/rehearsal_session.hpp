// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/rehearsal/rehearsal_log.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"
#include "core/rehearsal/rehearsal_store.hpp"

#include <optional>
#include <string>

namespace podium {

struct SessionOptions {
    double save_interval = 5.0; // seconds between saves while a run goes on
};

// One prompter run being recorded and saved: the prompter (or the app around it) feeds events,
// calls save_if_due(now) every frame, and finish(now) at the end. A crash loses at most
// `save_interval` seconds; the run then stays "in progress" in the log.
class RehearsalSession {
public:
    RehearsalSession(const Script& script, std::string script_name, RehearsalStore store, std::string run_id,
        std::string started_at, SessionOptions options = {});

    void on_event(const PrompterEvent& event) { m_recorder.on_event(event); }
    void on_voice(std::size_t section, const VoiceTotals& totals) { m_recorder.on_voice(section, totals); }
    void set_recording(RunRecording recording) { m_recorder.set_recording(std::move(recording)); }
    void set_delivery(DeliveryReport delivery) { m_recorder.set_delivery(std::move(delivery)); }

    // Saves when the last save is `save_interval` old and something happened since.
    // Returns a one-line message when a save failed (the run goes on; show it, don't stop).
    [[nodiscard]] std::string save_if_due(double now);

    // Records Finished at `now` (unless the model already sent it) and saves.
    [[nodiscard]] std::string finish(double now);

    // For a writer on another thread (RehearsalWriter): the same decisions as save_if_due and
    // finish, but they hand back the run to save instead of saving it.
    [[nodiscard]] std::optional<RehearsalRun> due_run(double now);
    [[nodiscard]] RehearsalRun finished_run(double now);
    [[nodiscard]] const RehearsalStore& store() const { return m_store; }

    [[nodiscard]] RehearsalRun run(double now) const { return m_recorder.run(now); }
    [[nodiscard]] const RehearsalLog& log() const { return m_log; }
    [[nodiscard]] std::size_t saves() const { return m_saves; }

private:
    [[nodiscard]] std::string write(const RehearsalRun& run) const;

    RehearsalRecorder m_recorder;
    RehearsalStore m_store;
    RehearsalLog m_log;   // without the current run
    SessionOptions m_options;
    std::optional<double> m_last_save;
    std::size_t m_saves = 0;
};

} // namespace podium
