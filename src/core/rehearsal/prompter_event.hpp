#pragma once
#include <cstddef>

namespace podium {

// What the prompter model reports while a run goes on. The recorder consumes these; the model
// (core/prompter) or an adapter translates its own events into them.
// INTERIM: prompter-core had not committed its event type when this was written; when it does,
// a one-function translation (its event → PrompterEvent) keeps this recorder unchanged.
enum class PrompterEventKind {
    SentenceReached, // `sentence` reached the reading line (scrolling, a key, or a jump target)
    SectionEntered,  // informational: the recorder derives sections from sentences itself
    Paused,
    Resumed,
    Jumped,          // the reading line jumped to `sentence` (Home/End, section keys, PageUp…)
    SpeedChanged,    // the speaker changed the pace; `pace_factor` is the new one (1.0 = planned)
    Finished,        // the run ended (reached the end, or the speaker quit)
};

struct PrompterEvent {
    PrompterEventKind kind = PrompterEventKind::SentenceReached;
    // Wall-clock seconds since the run started (after the countdown), pauses INCLUDED: the
    // recorder subtracts pauses itself, so the clock must keep running while paused.
    double time = 0.0;
    std::size_t sentence = 0;   // SentenceReached, Jumped (the target)
    std::size_t section = 0;    // SectionEntered
    double pace_factor = 1.0;   // SpeedChanged
    friend bool operator==(const PrompterEvent&, const PrompterEvent&) = default;
};

} // namespace podium
