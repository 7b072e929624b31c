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

// Where a run's saves are written. DiskThread: the app's way. FrameThread: as Podium did before
// the disk thread, for bench/frame's "before" figure only — every save re-reads, re-parses,
// merges and rewrites (fsync, rename) the whole log, and the WAV is opened and finalised, on the
// thread that draws the frames.
enum class RehearsalSaves { DiskThread, FrameThread };

// How a finished run is measured from its recording, on the disk thread: re-timed by the offline
// alignment and its delivery measured (measure_recorded_run; a test may hold it back to see that
// closing the window does not wait for it).
using DeliveryMeasurer = std::function<void(RehearsalRun& run, const Script& script, const std::filesystem::path& audio,
    const ScriptReferences& references)>;

// Every prompter run is a rehearsal: saves the run RunTracker records (the same recorder the
// end-of-run summary is made from) every few seconds and when the run ends, finishes or
// restarts (a restart begins a new run in the log). With a live voice (--listen), the run's
// audio is recorded beside the log while the speaker's voice leads.
//
// Nothing here touches the disk on the frame thread: saves hand a snapshot of the current run
// to the run's DiskThread, which also opens and finalises the WAV, in order (the WAV is final
// before the log that names it is written).
class PrompterRehearsal final : public RunObserver {
public:
    explicit PrompterRehearsal(const LoadedScript& loaded, LiveVoice* voice = nullptr, SessionOptions options = {},
        RehearsalSaves saves = RehearsalSaves::DiskThread, DeliveryMeasurer measurer = measure_recorded_run);
    // Waits for the last saves (the window has closed by then).
    ~PrompterRehearsal() override;

    void on_event(const PrompterEvent& event, RehearsalRecorder& run) override;
    [[nodiscard]] std::string on_frame(double now, RehearsalRecorder* run) override;
    void on_end(double now, RehearsalRecorder* run) override;

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
    void begin_recording(double now, RehearsalRecorder& run);
    void finish(double now, const RehearsalRecorder& run);
    void post_save(RehearsalRun run, MergeWithDisk merge, bool last, Measure measure = Measure::No);
    void measure_run(RehearsalRun& run); // on the disk thread

    const LoadedScript& m_loaded;
    LiveVoice* m_voice;
    DeliveryMeasurer m_measurer;
    RehearsalStore m_store;
    SessionOptions m_options;
    MergeWithDisk m_periodic_merge;   // Cached, or Reread as before the disk thread
    bool m_in_run = false;       // between Started and the run's end
    std::optional<double> m_last_save; // run time of the last save posted
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
