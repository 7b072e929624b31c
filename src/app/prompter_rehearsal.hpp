// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "app/delivery_measure.hpp"
#include "app/disk_thread.hpp"
#include "app/loaded_script.hpp"
#include "app/run_observer.hpp"
#include "core/rehearsal/rehearsal_session.hpp"
#include "core/rehearsal/rehearsal_store.hpp"
#include "core/rehearsal/rehearsal_writer.hpp"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace podium {

class LiveVoice;

// How a finished run's delivery is measured from its recording (measure_run_delivery; a test
// may hold it back to see that nothing waits for it).
using DeliveryMeasurer = std::function<DeliveryReport(const Script& script, const std::filesystem::path& audio,
    const ScriptReferences& references, const std::vector<SentenceSpan>& fallback)>;

// Every prompter run is a rehearsal: records the model's events through a RehearsalSession,
// saving every few seconds and when the run ends, finishes or restarts (a restart begins a
// new run in the log). With a live voice (--listen), the run's audio is recorded beside the
// log while the speaker's voice leads, and what the voice measured is kept per section.
//
// Nothing here touches the disk on the frame thread: saves hand a snapshot of the current run
// to the run's DiskThread, which also opens and finalises the WAV, in order (the WAV is final
// before the log that names it is written).
class PrompterRehearsal final : public RunObserver {
public:
    explicit PrompterRehearsal(
        const LoadedScript& loaded, LiveVoice* voice = nullptr, DeliveryMeasurer measurer = measure_run_delivery);
    // Waits for the last saves (the window has closed by then).
    ~PrompterRehearsal() override;

    void on_event(const PrompterEvent& event) override;
    [[nodiscard]] std::string on_frame(double now) override;
    void on_end(double now) override;
    void on_voice(std::size_t section, const VoiceTotals& totals) override;

    // Runs whose last save has been written (waits for nothing: see flush()).
    [[nodiscard]] std::size_t runs_saved() const { return m_runs_saved.load(); }
    // Runs whose delivery was measured from their audio (--listen runs).
    [[nodiscard]] std::size_t runs_measured() const { return m_runs_measured.load(); }
    // Finished runs whose delivery is still being measured (or waits to be) on the disk thread:
    // after the window closes, the caller says so and waits (flush) before the process ends.
    [[nodiscard]] std::size_t measures_pending() const { return m_measures_pending.load(); }
    // Waits until everything handed to the disk thread has been written.
    void flush() { m_disk.drain(); }

private:
    enum class Measure { No, Delivery };
    void begin_recording(double now);
    void post_save(RehearsalRun run, MergeWithDisk merge, bool last, Measure measure = Measure::No);
    void measure_run(RehearsalRun& run); // on the disk thread

    const LoadedScript& m_loaded;
    LiveVoice* m_voice;
    DeliveryMeasurer m_measurer;
    RehearsalStore m_store;
    std::optional<RehearsalSession> m_session;
    std::shared_ptr<RehearsalWriter> m_writer; // this run's, used on the disk thread only
    std::string m_run_id;
    bool m_listening = false;    // the speaker's voice leads (ListenChanged)
    bool m_recording = false;    // this run's audio is being written
    std::shared_ptr<std::atomic<bool>> m_wav_failed; // set on the disk thread when the WAV did not open
    std::string m_problem;       // the latest failure, shown once
    std::atomic<std::size_t> m_runs_saved{0};
    std::atomic<std::size_t> m_runs_measured{0};
    std::atomic<std::size_t> m_measures_pending{0};
    DiskThread m_disk;           // last: joined first, while everything its jobs use still exists
};

} // namespace podium
