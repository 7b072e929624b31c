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

std::string RehearsalSession::save(double now)
{
    RehearsalLog snapshot = m_log;
    upsert_run(snapshot, m_recorder.run(now));
    m_last_save = now;
    ++m_saves;
    return m_store.save(snapshot);
}

std::string RehearsalSession::save_if_due(double now)
{
    if (m_recorder.events_seen() == 0 || m_recorder.finished()) {
        return {};
    }
    const bool due = !m_last_save || now - *m_last_save >= m_options.save_interval;
    // While the run goes on the open sentence's time grows even without events, so a save is
    // worth it after the interval whether or not new events arrived.
    if (!due) {
        return {};
    }
    return save(now);
}

std::string RehearsalSession::finish(double now)
{
    if (!m_recorder.finished()) {
        PrompterEvent finished;
        finished.kind = PrompterEventKind::Finished;
        finished.wall = now;
        m_recorder.on_event(finished);
    }
    return save(now);
}

} // namespace podium
