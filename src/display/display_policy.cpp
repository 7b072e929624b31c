// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/display_policy.hpp"

#include <algorithm>

namespace podium {

namespace {

const DisplayDescription* find_same(const std::vector<DisplayDescription>& displays, const DisplayDescription& wanted)
{
    const auto found = std::find_if(displays.begin(), displays.end(),
        [&wanted](const DisplayDescription& d) { return same_display(d, wanted); });
    return found == displays.end() ? nullptr : &*found;
}

std::optional<DisplayDescription> refreshed(const std::vector<DisplayDescription>& displays,
    const std::optional<DisplayDescription>& old)
{
    if (!old) {
        return std::nullopt;
    }
    const DisplayDescription* now = find_same(displays, *old);
    return now != nullptr ? std::optional<DisplayDescription>(*now) : std::nullopt;
}

// The operator window lives on the primary display: the projector covers a display fullscreen
// only when it has one of its own.
ProjectorPlacement placement_on(const DisplayDescription& display)
{
    return display.primary ? ProjectorPlacement::Windowed : ProjectorPlacement::Fullscreen;
}

const DisplayDescription* best_for_projector(const std::vector<DisplayDescription>& displays)
{
    const auto other = std::find_if(displays.begin(), displays.end(), [](const DisplayDescription& d) { return !d.primary; });
    if (other != displays.end()) {
        return &*other;
    }
    return displays.empty() ? nullptr : &displays.front();
}

std::string display_label(const DisplayDescription& display)
{
    std::string label = "display " + std::to_string(display.index);
    if (!display.name.empty()) {
        label += " (" + display.name + ")";
    }
    return label;
}

} // namespace

std::ostream& operator<<(std::ostream& out, const DisplayDescription& display)
{
    return out << '{' << display.index << " \"" << display.name << "\" " << display.width << 'x' << display.height
               << '@' << display.x << ',' << display.y << (display.primary ? " primary" : "") << '}';
}

void mark_primary(std::vector<DisplayDescription>& displays)
{
    for (DisplayDescription& d : displays) {
        d.primary = false;
    }
    const auto origin = std::find_if(displays.begin(), displays.end(),
        [](const DisplayDescription& d) { return d.x == 0 && d.y == 0; });
    if (origin != displays.end()) {
        origin->primary = true;
    } else if (!displays.empty()) {
        displays.front().primary = true;
    }
}

bool same_display(const DisplayDescription& a, const DisplayDescription& b)
{
    return a.name == b.name && a.width == b.width && a.height == b.height;
}

const char* to_string(DisplayChange change)
{
    switch (change) {
    case DisplayChange::Added: return "added";
    case DisplayChange::Removed: return "removed";
    case DisplayChange::ProjectorMoved: return "projector-moved";
    case DisplayChange::AcceptReturn: return "accept-return";
    case DisplayChange::DeclineReturn: return "decline-return";
    }
    return "?";
}

DisplayChoice choose_projector_display(const std::vector<DisplayDescription>& displays, std::optional<int> requested)
{
    DisplayChoice choice;
    if (displays.empty()) {
        choice.error = "no display found to project on";
        return choice;
    }
    if (requested) {
        const auto found = std::find_if(displays.begin(), displays.end(),
            [&requested](const DisplayDescription& d) { return d.index == *requested; });
        if (found == displays.end()) {
            choice.error = "there is no display " + std::to_string(*requested) + ": this computer has "
                + (displays.size() == 1 ? std::string("only display 0")
                                        : "displays 0–" + std::to_string(displays.back().index))
                + " (see `podium displays`)";
            return choice;
        }
        choice.index = found->index;
        choice.placement = placement_on(*found);
    } else {
        const DisplayDescription* best = best_for_projector(displays);
        choice.index = best->index;
        choice.placement = placement_on(*best);
    }
    if (choice.placement == ProjectorPlacement::Windowed) {
        choice.notice = "the projector shares the operator's display: the prompter opens in a window";
    }
    return choice;
}

HotplugState initial_hotplug_state(const std::vector<DisplayDescription>& displays, const DisplayChoice& choice)
{
    HotplugState state;
    if (!choice.index) {
        return state;
    }
    const auto found = std::find_if(displays.begin(), displays.end(),
        [&choice](const DisplayDescription& d) { return d.index == *choice.index; });
    if (found != displays.end()) {
        state.home = *found;
        state.current = *found;
        state.placement = choice.placement;
    }
    return state;
}

HotplugStep next_hotplug_step(const HotplugState& state, const DisplayEvent& event)
{
    const std::vector<DisplayDescription>& displays = event.displays;
    HotplugStep step;
    HotplugState& next = step.state;
    HotplugAction& action = step.action;
    next.home = state.home; // remembered even while it is unplugged
    next.placement = state.placement;
    next.current = refreshed(displays, state.current);
    next.offer = refreshed(displays, state.offer);

    auto move_to = [&](const DisplayDescription& target) {
        action.move_to = target;
        action.placement = placement_on(target);
        next.current = target;
        next.placement = action.placement;
        if (next.offer && same_display(*next.offer, target)) {
            next.offer.reset();
        }
    };

    switch (event.change) {
    case DisplayChange::Removed:
    case DisplayChange::Added:
        if (!next.current) {
            // The projector's display is gone (or there was none): go where there is room.
            if (const DisplayDescription* target = best_for_projector(displays)) {
                move_to(*target);
                action.notice = (event.change == DisplayChange::Removed ? "projector display disconnected: "
                                                                         : "")
                    + std::string("the prompter is now on ") + display_label(*target);
            } else if (state.current) {
                action.notice = "no display left: the run goes on";
            }
        }
        if (event.change == DisplayChange::Added && next.current && !next.offer) {
            // Offer, never force: the speaker may be reading from the window where it is now.
            const DisplayDescription* home = next.home ? find_same(displays, *next.home) : nullptr;
            if (home != nullptr && !same_display(*home, *next.current)) {
                next.offer = *home;
            } else if (next.current->primary) {
                const DisplayDescription* other = best_for_projector(displays);
                if (other != nullptr && !other->primary) {
                    next.offer = *other;
                }
            }
            if (next.offer) {
                action.notice = display_label(*next.offer) + " is back: Enter or click to put the prompter there, N to stay";
            }
        }
        break;
    case DisplayChange::ProjectorMoved: {
        const auto found = std::find_if(displays.begin(), displays.end(),
            [&event](const DisplayDescription& d) { return d.index == event.display; });
        if (found != displays.end()) {
            next.current = *found;
            if (next.offer && same_display(*next.offer, *found)) {
                next.offer.reset();
            }
        }
        break;
    }
    case DisplayChange::AcceptReturn:
        if (next.offer) {
            const DisplayDescription target = *next.offer;
            next.home = target;
            move_to(target);
            action.notice = "the prompter is back on " + display_label(target);
        } else if (state.offer) {
            action.notice = "that display is gone again: the prompter stays where it is";
        }
        next.offer.reset();
        break;
    case DisplayChange::DeclineReturn:
        next.offer.reset();
        break;
    }
    return step;
}

} // namespace podium
