// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/prompter_event.hpp"
#include "core/rehearsal/rehearsal_recorder.hpp"
#include "core/rehearsal/rehearsal_simulator.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace podium::testing {

inline PrompterEvent event(PrompterEventKind kind, double wall, std::size_t sentence = 0, double value = 0.0)
{
    PrompterEvent e;
    e.kind = kind;
    e.wall = wall;
    e.elapsed = wall;
    e.sentence = sentence;
    e.value = value;
    return e;
}

// Reaches sentences [first, end) one after another, `seconds` apart, starting at `t`; returns
// the time after the last one's reading.
inline double read_through(RehearsalRecorder& recorder, std::size_t first, std::size_t end, double t, double seconds)
{
    for (std::size_t i = first; i < end; ++i) {
        recorder.on_event(event(PrompterEventKind::SentenceReached, t, i));
        t += seconds;
    }
    return t;
}

inline RehearsalRun record(const Script& script, const std::vector<PrompterEvent>& events, const char* id = "run-1",
    const char* started_at = "2026-11-25T10:00:00Z")
{
    RehearsalRecorder recorder(script, id, started_at);
    for (const auto& e : events) {
        recorder.on_event(e);
    }
    return recorder.run();
}

// Run number `n` of a simulated rehearsal at the default pace: its own seed, id "run-n" and a
// start time n minutes after 00:00, so runs sort in the order they were made.
inline RehearsalRun simulated_run(const Script& script, std::size_t n)
{
    SimulationOptions options;
    options.seed = n + 100;
    const std::string id = "run-" + std::to_string(n);
    char started[32];
    std::snprintf(started, sizeof started, "2026-11-25T%02zu:%02zu:00Z", n / 60 % 24, n % 60);
    return record(script, simulate_rehearsal(script, PaceProfile{}, options), id.c_str(), started);
}

} // namespace podium::testing
