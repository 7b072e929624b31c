#include "cli/prompter_rehearsal.hpp"

#include "cli/rehearsal_access.hpp"

namespace podium {

PrompterRehearsal::PrompterRehearsal(const LoadedScript& loaded) : m_loaded(loaded) {}

void PrompterRehearsal::on_event(const PrompterEvent& event)
{
    if (event.kind == PrompterEventKind::Started && !m_session) {
        const std::string started = utc_timestamp_now();
        m_session.emplace(m_loaded.script, rehearsal_script_name(m_loaded), user_rehearsal_store(),
            new_run_id(started), started);
    }
    if (!m_session) {
        return;
    }
    m_session->on_event(event);
    if (event.kind == PrompterEventKind::Finished || event.kind == PrompterEventKind::Restarted) {
        on_end(event.wall);
    }
}

std::string PrompterRehearsal::on_frame(double now)
{
    if (m_session) {
        if (std::string problem = m_session->save_if_due(now); !problem.empty()) {
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
    if (std::string problem = m_session->finish(now); !problem.empty()) {
        m_problem = "rehearsal not saved: " + problem;
    } else {
        ++m_runs_saved;
    }
    m_session.reset();
}

} // namespace podium
