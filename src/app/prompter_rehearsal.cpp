// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/prompter_rehearsal.hpp"

#include "app/delivery_measure.hpp"
#include "app/rehearsal_access.hpp"
#include "audio/live_voice.hpp"
#include "core/i18n/translate.hpp"

#include <utility>

namespace podium {

PrompterRehearsal::PrompterRehearsal(const LoadedScript& loaded, LiveVoice* voice, SessionOptions options,
    RehearsalSaves saves, DeliveryMeasurer measurer)
    : m_loaded(loaded)
    , m_voice(voice)
    , m_measurer(std::move(measurer))
    , m_store(user_rehearsal_store())
    , m_options(options)
    , m_periodic_merge(saves == RehearsalSaves::FrameThread ? MergeWithDisk::Reread : MergeWithDisk::Cached)
    , m_disk(saves == RehearsalSaves::FrameThread ? DiskMode::Inline : DiskMode::Thread)
{
}

PrompterRehearsal::~PrompterRehearsal()
{
    m_disk.drain();
}

void PrompterRehearsal::on_event(const PrompterEvent& event, RehearsalRecorder& run)
{
    if (event.kind == PrompterEventKind::ListenChanged) {
        m_listening = event.value != 0.0;
    }
    if (event.kind == PrompterEventKind::Started && !m_in_run) {
        m_in_run = true;
        m_run_id = run.run().id;
        m_last_save.reset();
        m_writer = std::make_shared<RehearsalWriter>(m_store,
            new_rehearsal_log(m_loaded.script, rehearsal_script_name(m_loaded)));
        m_wav_failed = std::make_shared<std::atomic<bool>>(false);
    }
    if (!m_in_run) {
        return;
    }
    // The audio starts with the first moment the speaker's voice leads in this run and runs to
    // the run's end (silence while listening is off), so run times are file times.
    if (m_listening && !m_recording) {
        begin_recording(event.wall, run);
    }
    if (event.kind == PrompterEventKind::Finished || event.kind == PrompterEventKind::Restarted) {
        finish(event.wall, run);
    }
}

void PrompterRehearsal::begin_recording(double now, RehearsalRecorder& run)
{
    // No microphone (it failed to open, or went away): no file of silence either. One being
    // opened (the live voice's worker does that) is tried again on the next frame; the run
    // records when the file starts, so run times stay file times.
    if (m_voice == nullptr || !m_voice->is_open()) {
        return;
    }
    m_recording = true; // tried once per run: a failure is reported, not retried every frame
    const std::string file = m_run_id + ".wav";
    // The file opens on the disk thread; the log names it from now on, and forgets it again
    // (below, in post_save) if it did not open.
    m_disk.post([voice = m_voice, path = m_store.directory() / file, failed = m_wav_failed, this] {
        if (std::string problem = voice->start_recording(path); !problem.empty()) {
            failed->store(true);
            m_disk.report(fill_in(_("rehearsal audio not recorded: {}"), problem));
        }
    });
    run.set_recording(RunRecording{file, now});
}

void PrompterRehearsal::post_save(RehearsalRun run, MergeWithDisk merge, bool last, Measure measure)
{
    if (measure == Measure::Delivery) {
        ++m_measures_pending;
    }
    m_disk.post([writer = m_writer, run = std::move(run), merge, last, measure, failed = m_wav_failed, this]() mutable {
        // Measured (or not) and saved (or not), whatever throws: the count goes down.
        struct Settled {
            std::atomic<std::size_t>* pending;
            ~Settled()
            {
                if (pending != nullptr) {
                    --*pending;
                }
            }
        } const settled{measure == Measure::Delivery ? &m_measures_pending : nullptr};
        if (failed && failed->load()) {
            run.recording.reset(); // the WAV never opened: the log must not point at it
        }
        if (measure == Measure::Delivery && run.recording) {
            measure_run(run);
        }
        if (std::string problem = writer->save(run, merge); !problem.empty()) {
            m_disk.report(last ? fill_in(_("rehearsal not saved: {}"), problem) : problem);
        } else if (last) {
            ++m_runs_saved;
        }
    });
}

// On the disk thread: the run just recorded, re-timed by the offline alignment of its audio,
// and its delivery. A failure costs the run its delivery section, never the run itself.
void PrompterRehearsal::measure_run(RehearsalRun& run)
{
    try {
        m_measurer(run, m_loaded.script, m_store.directory() / run.recording->file,
            m_voice != nullptr ? m_voice->references() : ScriptReferences{});
        ++m_runs_measured;
    } catch (const std::exception& error) {
        m_disk.report(fill_in(_("delivery not measured: {}"), error.what()));
    }
}

std::string PrompterRehearsal::on_frame(double now, RehearsalRecorder* run)
{
    if (m_in_run && run != nullptr) {
        if (m_listening && !m_recording) {
            begin_recording(now, *run);
        }
        // While the run goes on the open sentence's time grows even without events, so a save
        // is worth it after the interval whether or not new events arrived.
        if (!run->finished() && (!m_last_save || now - *m_last_save >= m_options.save_interval)) {
            m_last_save = now;
            post_save(run->run(now), m_periodic_merge, false);
        }
    }
    for (std::string& problem : m_disk.take_problems()) {
        m_problem = std::move(problem);
    }
    if (m_voice != nullptr) {
        if (std::string problem = m_voice->take_recording_problem(); !problem.empty()) {
            m_problem = problem;
        }
    }
    return std::exchange(m_problem, {});
}

void PrompterRehearsal::on_end(double now, RehearsalRecorder* run)
{
    if (m_in_run && run != nullptr) {
        finish(now, *run);
    }
}

void PrompterRehearsal::finish(double now, const RehearsalRecorder& run)
{
    if (m_recording && m_voice != nullptr) {
        m_disk.post([voice = m_voice] { voice->stop_recording(); }); // finalised before the log says it exists
    }
    // The run's last save reads the file again, to keep runs another Podium saved meanwhile.
    // A run with audio is measured first (the coach's delivery section in podium report), on
    // the disk thread, after the WAV above is final.
    post_save(run.run(now), MergeWithDisk::Reread, true, m_recording ? Measure::Delivery : Measure::No);
    m_recording = false;
    m_in_run = false;
}

} // namespace podium
