#pragma once
#include "cli/script_source.hpp"
#include "core/rehearsal/rehearsal_session.hpp"
#include "display/run_observer.hpp"

#include <optional>

namespace podium {

// Every prompter run is a rehearsal: records the model's events through a RehearsalSession,
// saving every few seconds and when the run ends, finishes or restarts (a restart begins a
// new run in the log).
class PrompterRehearsal final : public RunObserver {
public:
    explicit PrompterRehearsal(const LoadedScript& loaded);

    void on_event(const PrompterEvent& event) override;
    [[nodiscard]] std::string on_frame(double now) override;
    void on_end(double now) override;

    [[nodiscard]] std::size_t runs_saved() const { return m_runs_saved; }

private:
    const LoadedScript& m_loaded;
    std::optional<RehearsalSession> m_session;
    std::string m_problem;       // the latest save failure, shown once
    std::size_t m_runs_saved = 0;
};

} // namespace podium
