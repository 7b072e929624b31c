// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the remote control (phone page, Companion, curl) sees of the prompter: a plain value the
// frame loop builds from the model's view and hands to the server thread, which only reads it.
// `podium split --json` numbers sentences and sections the same way.
#include "core/prompter/prompter_view.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace podium {

struct RemoteSection {
    std::string title;
    int level = 1;
    std::size_t first_sentence = 0;
    std::size_t end_sentence = 0;
    double planned = 0.0;               // seconds (the section's subtree)
    double elapsed = 0.0;               // running seconds spent in it so far
    TimeStatus status = TimeStatus::OnTime;
    friend bool operator==(const RemoteSection&, const RemoteSection&) = default;
};

struct RemoteState {
    std::uint64_t version = 0;          // increases with every published state
    PrompterState state = PrompterState::Countdown;
    ScrollMode mode = ScrollMode::Paced;
    double countdown = 0.0;             // seconds left while counting down
    std::size_t section = 0;            // the deepest section holding `sentence`
    std::size_t sentence = 0;
    std::size_t sentence_count = 0;
    std::string sentence_text;
    double elapsed = 0.0;               // running seconds (pauses excluded)
    double planned_now = 0.0;           // where the plan says the speaker should be
    double position = 0.0;              // where the reading line is (timeline seconds)
    double total_planned = 0.0;
    double remaining = 0.0;
    double section_elapsed = 0.0;
    double section_planned = 0.0;
    double section_planned_so_far = 0.0;
    TimeStatus section_status = TimeStatus::OnTime;
    double pace_factor = 1.0;
    bool blank = false;                 // what the audience sees is black
    bool mirror = false;
    bool speech = false;
    bool quit_pending = false;
    std::string cue;                    // the live coach's cue on the prompter ("slower"; empty: none)
    std::string cue_text;               // its words as the prompter shows them
    std::vector<RemoteSection> sections;
    friend bool operator==(const RemoteState&, const RemoteState&) = default;
};

// The verdict colour of a section's time in the section list: the operator window's rule (over
// its plan by 10% amber, by 25% red).
[[nodiscard]] TimeStatus section_verdict(double elapsed, double planned);

// The state for one frame. `blank` is passed in because with --project it is the projector
// window's flag, not the model's. `version` is left 0: the publisher numbers states.
[[nodiscard]] RemoteState remote_state_of(const Script& script, const Timing& timing, const PrompterView& view,
    const std::vector<double>& section_actual, bool blank);

// Whether a new frame's state must reach the clients now: anything a person acts on (state,
// sentence, section, blank, pace, a verdict colour…), and the clocks when their whole second
// (what the page shows) changes. The clocks move every frame; pushing every frame to every
// phone would cost the server thread far more than the page can show.
[[nodiscard]] bool remote_state_changed(const RemoteState& published, const RemoteState& next);

// {"version":…,"state":"running","section":2,"sentence":14,"elapsed":63.2,…} — docs/remote.md.
[[nodiscard]] std::string remote_state_json(const RemoteState& state);

} // namespace podium
