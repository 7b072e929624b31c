// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/prompter_rehearsal.hpp"

#include "app/delivery_measure.hpp"
#include "app/rehearsal_access.hpp"
#include "audio/live_voice.hpp"
#include "core/i18n/translate.hpp"

#include <utility>

namespace podium {

PrompterRehearsal::PrompterRehearsal(const LoadedScript& loaded, LiveVoice* voice, DeliveryMeasurer measurer)
    : m_loaded(loaded), m_voice(voice), m_measurer(std::move(measurer)), m_store(user_rehearsal_store())
{
}

PrompterRehearsal::~PrompterRehearsal()
{
    m_disk.drain();
}

void PrompterRehearsal::on_event(const PrompterEvent& event)
{
    if (event.kind == PrompterEventKind::ListenChanged) {
        m_listening = event.value != 0.0;
    }
    if (event.kind == PrompterEventKind::Started && !m_session) {
        const std::string started = utc_timestamp_now();
        m_run_id = new_run_id(started);
        m_session.emplace(m_loaded.script, rehearsal_script_name(m_loaded), m_store, m_run_id, started);
        m_writer = std::make_shared<RehearsalWriter>(m_store, m_session->log());
        m_wav_failed = std::make_shared<std::atomic<bool>>(false);
    }
    if (!m_session) {
        return;
    }
    m_session->on_event(event);
    // The audio starts with the first moment the speaker's voice leads in this run and runs to
    // the run's end (silence while listening is off), so run times are file times.
    if (m_listening && !m_recording) {
        begin_recording(event.wall);
    }
    if (event.kind == PrompterEventKind::Finished || event.kind == PrompterEventKind::Restarted) {
        on_end(event.wall);
    }
}

void PrompterRehearsal::begin_recording(double now)
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
    m_session->set_recording(RunRecording{file, now});
}

void PrompterRehearsal::on_voice(std::size_t section, const VoiceTotals& totals)
{
    if (m_session) {
        m_session->on_voice(section, totals);
    }
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

// On the disk thread: the delivery of the run just recorded. A failure costs the run its
// delivery section, never the run itself.
void PrompterRehearsal::measure_run(RehearsalRun& run)
{
    try {
        run.delivery = m_measurer(m_loaded.script, m_store.directory() / run.recording->file,
            m_voice != nullptr ? m_voice->references() : ScriptReferences{}, spans_from_visits(run));
        ++m_runs_measured;
    } catch (const std::exception& error) {
        m_disk.report(fill_in(_("delivery not measured: {}"), error.what()));
    }
}

std::string PrompterRehearsal::on_frame(double now)
{
    if (m_session && m_listening && !m_recording) {
        begin_recording(now);
    }
    if (m_session) {
        if (std::optional<RehearsalRun> run = m_session->due_run(now)) {
            post_save(std::move(*run), MergeWithDisk::Cached, false);
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

void PrompterRehearsal::on_end(double now)
{
    if (!m_session) {
        return;
    }
    if (m_recording && m_voice != nullptr) {
        m_disk.post([voice = m_voice] { voice->stop_recording(); }); // finalised before the log says it exists
    }
    // The run's last save reads the file again, to keep runs another Podium saved meanwhile.
    // A run with audio is measured first (the coach's delivery section in podium report), on
    // the disk thread, after the WAV above is final.
    post_save(m_session->finished_run(now), MergeWithDisk::Reread, true, m_recording ? Measure::Delivery : Measure::No);
    m_recording = false;
    m_session.reset();
}

} // namespace podium
