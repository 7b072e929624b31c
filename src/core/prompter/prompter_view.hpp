// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <ostream>

namespace podium {

enum class PrompterState { Countdown, Running, Paused, Finished };
enum class ScrollMode { Paced, Manual };
enum class QuitState { None, Pending, Confirmed };
// How the current section stands against its plan. Amber when it has run over by ≥10% of its
// planned duration, red by ≥25% (compared with the plan up to the current position, so the
// colour warns while the section is still going, and equals "over by 10%/25%" at its end).
enum class TimeStatus { OnTime, Amber, Red };
enum class PaceUnit { HanPerMinute, WordsPerMinute };

// Everything a frame needs to draw, computed by the model: the display only draws it.
// Times are seconds. "Timeline" seconds are positions in the planned speech (Timing).
struct PrompterView {
    PrompterState state = PrompterState::Countdown;
    ScrollMode mode = ScrollMode::Paced;
    double countdown_remaining = 0.0;
    double position = 0.0;               // timeline seconds at the reading line
    double scroll_y = 0.0;               // document y at the reading line (see ScrollTrack)
    double reading_line = 1.0 / 3.0;     // fraction of the view height where the reading line is
    std::size_t current_sentence = 0;
    std::size_t current_section = 0;     // the deepest section holding current_sentence
    double sentence_progress = 0.0;      // 0..1 through the current sentence's speaking time
    double elapsed = 0.0;                // running time since the countdown (pauses excluded)
    double planned_now = 0.0;            // timeline seconds where the plan says the speaker should be
    double total_planned = 0.0;          // the whole speech, timeline seconds
    double remaining = 0.0;              // planned time left from `position` at the current pace
    double section_actual = 0.0;         // running time spent in the current section (its subtree)
    double section_planned = 0.0;        // its planned duration (subtree)
    double section_planned_so_far = 0.0; // planned time from the section's start to `position`
    TimeStatus section_status = TimeStatus::OnTime;
    double pace_factor = 1.0;            // 1.0 = the planned pace
    double pace = 0.0;                   // pace_factor × the profile's rate, in pace_unit
    PaceUnit pace_unit = PaceUnit::HanPerMinute;
    double manual_speed = 0.0;           // pixels per second in manual mode
    int font_size = 64;                  // requested font size (px); the display re-lays out
    QuitState quit = QuitState::None;
    // The window toggles (WindowToggles): false in the model's own view; the session that owns
    // them stamps them on (WindowToggles::shown) for its windows, the phone and the settings.
    bool mirror = false;
    bool blank = false;
    bool help = false;
    bool fullscreen = false;
    bool speech = false;                 // the voice is on and drives the scroll
    bool listening = false;              // the microphone is on: the speaker's voice drives the scroll
    friend bool operator==(const PrompterView&, const PrompterView&) = default;
};

[[nodiscard]] const char* to_string(PrompterState state);
[[nodiscard]] const char* to_string(ScrollMode mode);
[[nodiscard]] const char* to_string(TimeStatus status);
std::ostream& operator<<(std::ostream& out, PrompterState state);
std::ostream& operator<<(std::ostream& out, ScrollMode mode);
std::ostream& operator<<(std::ostream& out, TimeStatus status);
std::ostream& operator<<(std::ostream& out, const PrompterView& view);

} // namespace podium
