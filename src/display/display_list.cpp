// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/display_list.hpp"

namespace podium {

std::vector<DisplayDescription> list_displays()
{
    std::vector<DisplayDescription> displays;
    const int count = SDL_GetNumVideoDisplays();
    for (int i = 0; i < count; ++i) {
        DisplayDescription display;
        display.index = i;
        if (const char* name = SDL_GetDisplayName(i)) {
            display.name = name;
        }
        SDL_Rect bounds{0, 0, 0, 0};
        if (SDL_GetDisplayBounds(i, &bounds) == 0) {
            display.x = bounds.x;
            display.y = bounds.y;
            display.width = bounds.w;
            display.height = bounds.h;
        }
        displays.push_back(std::move(display));
    }
    mark_primary(displays);
    return displays;
}

std::optional<DisplayEvent> display_event_of(const SDL_Event& event, Uint32 projector_window_id)
{
    if (event.type == SDL_DISPLAYEVENT) {
        if (event.display.event == SDL_DISPLAYEVENT_CONNECTED) {
            return DisplayEvent{DisplayChange::Added, static_cast<int>(event.display.display), {}};
        }
        if (event.display.event == SDL_DISPLAYEVENT_DISCONNECTED) {
            return DisplayEvent{DisplayChange::Removed, static_cast<int>(event.display.display), {}};
        }
        return std::nullopt;
    }
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED
        && event.window.windowID == projector_window_id) {
        return DisplayEvent{DisplayChange::ProjectorMoved, event.window.data1, {}};
    }
    return std::nullopt;
}

} // namespace podium
