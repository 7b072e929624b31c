// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "cli/script_source.hpp"
#include "core/rehearsal/rehearsal_session.hpp"
#include "core/rehearsal/rehearsal_store.hpp"
#include "display/run_observer.hpp"

#include <optional>

namespace podium {

class LiveVoice;

// Every prompter run is a rehearsal: records the model's events through a RehearsalSession,
// saving every few seconds and when the run ends, finishes or restarts (a restart begins a
// new run in the log). With a live voice (--listen), the run's audio is recorded beside the
// log while the speaker's voice leads, and what the voice measured is kept per section.
class PrompterRehearsal final : public RunObserver {
public:
    explicit PrompterRehearsal(const LoadedScript& loaded, LiveVoice* voice = nullptr);

    void on_event(const PrompterEvent& event) override;
    [[nodiscard]] std::string on_frame(double now) override;
    void on_end(double now) override;
    void on_voice(std::size_t section, const VoiceTotals& totals) override;

    [[nodiscard]] std::size_t runs_saved() const { return m_runs_saved; }

private:
    void begin_recording(double now);

    const LoadedScript& m_loaded;
    LiveVoice* m_voice;
    RehearsalStore m_store;
    std::optional<RehearsalSession> m_session;
    std::string m_run_id;
    bool m_listening = false;    // the speaker's voice leads (ListenChanged)
    bool m_recording = false;    // this run's audio is being written
    std::string m_problem;       // the latest save failure, shown once
    std::size_t m_runs_saved = 0;
};

} // namespace podium
