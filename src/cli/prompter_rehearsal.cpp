// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/prompter_rehearsal.hpp"

#include "audio/live_voice.hpp"
#include "cli/rehearsal_access.hpp"

namespace podium {

PrompterRehearsal::PrompterRehearsal(const LoadedScript& loaded, LiveVoice* voice)
    : m_loaded(loaded), m_voice(voice), m_store(user_rehearsal_store())
{
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
    // No microphone (it failed to open, or went away): no file of silence either.
    if (m_voice == nullptr || !m_voice->is_open() || m_voice->failure()) {
        return;
    }
    m_recording = true; // tried once per run: a failure is reported, not retried every frame
    const std::string file = m_run_id + ".wav";
    if (std::string problem = m_voice->start_recording(m_store.directory() / file); !problem.empty()) {
        m_problem = "rehearsal audio not recorded: " + problem;
        return;
    }
    m_session->set_recording(RunRecording{file, now});
}

void PrompterRehearsal::on_voice(std::size_t section, const VoiceTotals& totals)
{
    if (m_session) {
        m_session->on_voice(section, totals);
    }
}

std::string PrompterRehearsal::on_frame(double now)
{
    if (m_session) {
        if (std::string problem = m_session->save_if_due(now); !problem.empty()) {
            m_problem = problem;
        }
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
        m_voice->stop_recording(); // finalised before the log says it exists
    }
    m_recording = false;
    if (std::string problem = m_session->finish(now); !problem.empty()) {
        m_problem = "rehearsal not saved: " + problem;
    } else {
        ++m_runs_saved;
    }
    m_session.reset();
}

} // namespace podium
