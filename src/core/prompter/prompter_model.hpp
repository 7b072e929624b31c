#pragma once
// CONTRACT SKETCH for the prompter issue: the prompter-core work implements and may refine it;
// the display programs against it. The model never reads a clock: the app passes elapsed time.
#include "core/layout/layout.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

#include <cstddef>
#include <optional>
#include <variant>

namespace podium {

enum class PrompterState { Countdown, Running, Paused, Finished };
enum class ScrollMode { Paced, Manual };

// What a key (or a clicker, or the operator window) asks for. Input mapping (SDL key → Command)
// lives in the display; presets (default, logitech, kensington, arrows) map keys to these.
enum class CommandKind {
    TogglePlay, SpeedUp, SpeedDown, NextSentence, PreviousSentence, NextSection, PreviousSection,
    JumpToSection, Home, End, FontLarger, FontSmaller, ToggleMirror, ToggleFullscreen, ToggleBlank,
    Restart, ToggleSpeech, ToggleHelp, ToggleMode, Quit,
};
struct Command {
    CommandKind kind;
    std::size_t section = 0; // JumpToSection: index into Script::sections
};

struct PrompterOptions {
    double countdown_seconds = 3.0;
    double reading_line = 1.0 / 3.0; // fraction of the view height
    ScrollMode mode = ScrollMode::Paced;
    double speed_step = 0.05;        // Up/Down change the pace by 5%
};

// Everything a frame needs to draw, computed by the model: the display only draws it.
struct PrompterView {
    PrompterState state = PrompterState::Countdown;
    double countdown_remaining = 0.0;
    double scroll_y = 0.0;               // document y at the reading line
    std::size_t current_sentence = 0;
    std::size_t current_section = 0;
    double elapsed = 0.0;                // wall time spoken so far (pauses excluded)
    double planned_now = 0.0;            // where the plan says the speaker should be (timeline s)
    double remaining = 0.0;              // planned time left at the current pace
    double section_actual = 0.0;         // time spent in the current section
    double section_planned = 0.0;        // its planned duration
    double pace_factor = 1.0;            // 1.0 = the planned pace
    bool mirror = false;
    bool blank = false;
    bool help = false;
};

} // namespace podium
