// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SDL's view of the displays, as DisplayDescriptions for the pure policy in display_policy.hpp.
#include "display/display_policy.hpp"

#include <SDL.h>

#include <optional>
#include <vector>

namespace podium {

// Every display SDL knows, with its name and bounds; the primary one marked. Needs the video
// subsystem.
[[nodiscard]] std::vector<DisplayDescription> list_displays();

// What an SDL event means for the displays, if anything: SDL_DISPLAYEVENT_CONNECTED /
// DISCONNECTED, and SDL_WINDOWEVENT_DISPLAY_CHANGED on the projector window. `displays` is left
// empty: the caller fills it with the list as it is now.
[[nodiscard]] std::optional<DisplayEvent> display_event_of(const SDL_Event& event, Uint32 projector_window_id);

} // namespace podium
