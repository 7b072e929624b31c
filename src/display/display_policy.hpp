// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which display the projector window goes on, and what to do when displays come and go. Pure
// functions over lists of display descriptions (no SDL here), so every multi-display case is
// tested without the hardware; display_list.hpp turns SDL's view of the displays into these.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace podium {

struct DisplayDescription {
    int index = 0;          // SDL's display index (renumbered by SDL when a display goes away)
    std::string name;       // SDL_GetDisplayName, may be empty
    int x = 0;              // bounds on the virtual desktop
    int y = 0;
    int width = 0;
    int height = 0;
    bool primary = false;   // where the laptop's desktop (and the operator window) lives
    friend bool operator==(const DisplayDescription&, const DisplayDescription&) = default;
};
std::ostream& operator<<(std::ostream& out, const DisplayDescription& display);

// The primary display: the one at the desktop origin, else the first one. Sets `primary` on it.
void mark_primary(std::vector<DisplayDescription>& displays);

enum class ProjectorPlacement { Fullscreen, Windowed };

struct DisplayChoice {
    std::optional<int> index;                 // the display for the projector window
    ProjectorPlacement placement = ProjectorPlacement::Fullscreen;
    std::string error;                        // a bad --display: what to do instead
    std::string notice;                       // a note for the operator (one display only)
    friend bool operator==(const DisplayChoice&, const DisplayChoice&) = default;
};

// `requested` (--display N) when it exists; otherwise the first display that is not the
// primary. With one display the projector shares it, windowed, so the operator window stays
// reachable. No displays: no index and an error.
[[nodiscard]] DisplayChoice choose_projector_display(const std::vector<DisplayDescription>& displays,
    std::optional<int> requested);

// Displays are recognised across unplugging by name and size: SDL renumbers indices.
[[nodiscard]] bool same_display(const DisplayDescription& a, const DisplayDescription& b);

// What happened to the displays, as the hot-plug policy sees it. Each event carries the list of
// displays as it is after the event (re-read from SDL by the app, or scripted in tests).
enum class DisplayChange {
    Added,          // SDL_DISPLAYEVENT_CONNECTED
    Removed,        // SDL_DISPLAYEVENT_DISCONNECTED
    ProjectorMoved, // SDL_WINDOWEVENT_DISPLAY_CHANGED on the projector window (`display`)
    AcceptReturn,   // the operator accepted the offer to go back
    DeclineReturn,  // the operator declined it
};
[[nodiscard]] const char* to_string(DisplayChange change);

struct DisplayEvent {
    DisplayChange change = DisplayChange::Added;
    int display = 0;                         // ProjectorMoved: the display it is now on
    std::vector<DisplayDescription> displays; // after the event
};

// The hot-plug state: where the projector belongs (`home`, chosen at start), where it is now,
// and whether the operator is being offered to move it back.
struct HotplugState {
    std::optional<DisplayDescription> home;     // the projector display chosen at start
    std::optional<DisplayDescription> current;  // where the projector window is now
    ProjectorPlacement placement = ProjectorPlacement::Fullscreen;
    std::optional<DisplayDescription> offer;    // a display the operator may move it (back) to
    friend bool operator==(const HotplugState&, const HotplugState&) = default;
};

// What the app must do after an event.
struct HotplugAction {
    std::optional<DisplayDescription> move_to;  // move the projector window there
    ProjectorPlacement placement = ProjectorPlacement::Fullscreen;
    std::string notice;                         // for the operator window; empty: none
    friend bool operator==(const HotplugAction&, const HotplugAction&) = default;
};

struct HotplugStep {
    HotplugState state;
    HotplugAction action;
};

[[nodiscard]] HotplugState initial_hotplug_state(const std::vector<DisplayDescription>& displays,
    const DisplayChoice& choice);

// The policy. Losing the projector's display moves the window to a remaining one (windowed when
// it must share the operator's display); its display (or another one, while the window is
// displaced) coming back is offered, never forced; accepting moves it there fullscreen. Never
// moves to a display that is not in the event's list; with no displays left it does nothing.
[[nodiscard]] HotplugStep next_hotplug_step(const HotplugState& state, const DisplayEvent& event);

} // namespace podium
