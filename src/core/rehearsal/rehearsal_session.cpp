// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_session.hpp"

namespace podium {

RehearsalSession::RehearsalSession(const Script& script, std::string script_name, RehearsalStore store,
    std::string run_id, std::string started_at, SessionOptions options)
    : m_recorder(script, std::move(run_id), std::move(started_at))
    , m_store(std::move(store))
    , m_log(new_rehearsal_log(script, std::move(script_name)))
    , m_options(options)
{
}

std::string RehearsalSession::write(const RehearsalRun& run) const
{
    RehearsalLog snapshot = m_log;
    upsert_run(snapshot, run);
    return m_store.save(snapshot);
}

std::optional<RehearsalRun> RehearsalSession::due_run(double now)
{
    if (m_recorder.events_seen() == 0 || m_recorder.finished()) {
        return std::nullopt;
    }
    const bool due = !m_last_save || now - *m_last_save >= m_options.save_interval;
    // While the run goes on the open sentence's time grows even without events, so a save is
    // worth it after the interval whether or not new events arrived.
    if (!due) {
        return std::nullopt;
    }
    m_last_save = now;
    ++m_saves;
    return m_recorder.run(now);
}

std::string RehearsalSession::save_if_due(double now)
{
    const std::optional<RehearsalRun> run = due_run(now);
    return run ? write(*run) : std::string();
}

RehearsalRun RehearsalSession::finished_run(double now)
{
    if (!m_recorder.finished()) {
        PrompterEvent finished;
        finished.kind = PrompterEventKind::Finished;
        finished.wall = now;
        m_recorder.on_event(finished);
    }
    m_last_save = now;
    ++m_saves;
    return m_recorder.run(now);
}

std::string RehearsalSession::finish(double now)
{
    return write(finished_run(now));
}

} // namespace podium
