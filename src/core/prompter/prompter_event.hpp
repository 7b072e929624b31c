// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <ostream>

namespace podium {

// What happened during a run, for the rehearsal recorder (issue 6). The model appends events as
// they happen; the app drains them each frame with PrompterModel::take_events().
enum class PrompterEventKind {
    Started,        // the countdown ended (or was skipped): the run begins at `sentence`
    SentenceReached,// `sentence` reached the reading line
    SectionEntered, // the deepest section changed to `section` (by scrolling or a jump)
    Paused,
    Resumed,
    Jumped,         // a navigation command moved from `from_sentence` to `sentence`
    SpeedChanged,   // `value` = the new pace factor
    ModeChanged,    // `value` = 0 paced, 1 manual
    SpeechChanged,  // `value` = 1 on, 0 off
    ListenChanged,  // the microphone leads: `value` = 1 on, 0 off
    Restarted,      // back to the countdown; a new run begins at the next Started
    Finished,       // the end of the speech reached the reading line
};

struct PrompterEvent {
    PrompterEventKind kind = PrompterEventKind::Started;
    double elapsed = 0.0;        // running time since Started (pauses excluded), as the view shows
    double wall = 0.0;           // time since Started including pauses
    double position = 0.0;       // timeline seconds at the reading line
    std::size_t sentence = 0;    // the current sentence after the event
    std::size_t section = 0;     // the current (deepest) section after the event
    std::size_t from_sentence = 0; // Jumped: where it came from
    double value = 0.0;
    friend bool operator==(const PrompterEvent&, const PrompterEvent&) = default;
};

[[nodiscard]] const char* to_string(PrompterEventKind kind);
std::ostream& operator<<(std::ostream& out, PrompterEventKind kind);
std::ostream& operator<<(std::ostream& out, const PrompterEvent& event);

} // namespace podium
