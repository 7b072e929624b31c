// SPDX-License-Identifier: GPL-3.0-or-later
// The display choice and the hot-plug policy are pure functions over display descriptions, so
// every multi-display case runs here without the hardware (the offscreen driver has one display).
#include "display/display_policy.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace podium;

namespace {

DisplayDescription display(int index, std::string name, int x, int width, int height)
{
    DisplayDescription d;
    d.index = index;
    d.name = std::move(name);
    d.x = x;
    d.width = width;
    d.height = height;
    return d;
}

std::vector<DisplayDescription> listed(std::vector<DisplayDescription> displays)
{
    for (std::size_t i = 0; i < displays.size(); ++i) {
        displays[i].index = static_cast<int>(i); // SDL numbers what is connected, from 0
    }
    mark_primary(displays);
    return displays;
}

const DisplayDescription laptop = display(0, "Built-in Retina Display", 0, 1440, 900);
const DisplayDescription projector = display(1, "EPSON PJ", 1440, 1920, 1080);
const DisplayDescription tv = display(2, "LG TV", 3360, 3840, 2160);

bool in_list(const std::vector<DisplayDescription>& displays, const DisplayDescription& d)
{
    return std::find(displays.begin(), displays.end(), d) != displays.end();
}

} // namespace

TEST_CASE("the projector goes on the first display that is not the primary")
{
    const auto displays = listed({laptop, projector, tv});
    const DisplayChoice choice = choose_projector_display(displays, std::nullopt);
    REQUIRE(choice.index);
    CHECK(*choice.index == 1);
    CHECK(choice.placement == ProjectorPlacement::Fullscreen);
    CHECK(choice.error.empty());

    // The primary is the display at the desktop origin, wherever SDL lists it.
    auto swapped = listed({projector, laptop});
    swapped[0].x = 1440;
    swapped[1].x = 0;
    mark_primary(swapped);
    CHECK(swapped[1].primary);
    CHECK(*choose_projector_display(swapped, std::nullopt).index == 0);
}

TEST_CASE("a requested display is used and a missing one is reported with the valid range")
{
    const auto displays = listed({laptop, projector, tv});
    CHECK(*choose_projector_display(displays, 2).index == 2);
    const DisplayChoice on_laptop = choose_projector_display(displays, 0);
    CHECK(*on_laptop.index == 0);
    CHECK(on_laptop.placement == ProjectorPlacement::Windowed); // the operator window lives there
    const DisplayChoice missing = choose_projector_display(displays, 5);
    CHECK_FALSE(missing.index);
    CHECK(missing.error.find("no display 5") != std::string::npos);
    CHECK(missing.error.find("0–2") != std::string::npos);
    CHECK(missing.error.find("podium displays") != std::string::npos);
}

TEST_CASE("with one display the projector shares it in a window and with none there is an error")
{
    const DisplayChoice one = choose_projector_display(listed({laptop}), std::nullopt);
    REQUIRE(one.index);
    CHECK(*one.index == 0);
    CHECK(one.placement == ProjectorPlacement::Windowed);
    CHECK_FALSE(one.notice.empty());
    const DisplayChoice none = choose_projector_display({}, std::nullopt);
    CHECK_FALSE(none.index);
    CHECK_FALSE(none.error.empty());
}

TEST_CASE("unplugging the projector moves the prompter to the laptop and plugging it back offers to return")
{
    const auto both = listed({laptop, projector});
    HotplugState state = initial_hotplug_state(both, choose_projector_display(both, std::nullopt));
    REQUIRE(state.current);
    CHECK(state.current->name == projector.name);

    HotplugStep step = next_hotplug_step(state, {DisplayChange::Removed, 1, listed({laptop})});
    REQUIRE(step.action.move_to);
    CHECK(step.action.move_to->name == laptop.name);
    CHECK(step.action.placement == ProjectorPlacement::Windowed);
    CHECK(step.state.current->name == laptop.name);
    CHECK_FALSE(step.state.offer);
    CHECK(step.action.notice.find("disconnected") != std::string::npos);
    state = step.state;

    // Back: offered, not forced.
    step = next_hotplug_step(state, {DisplayChange::Added, 1, both});
    CHECK_FALSE(step.action.move_to);
    REQUIRE(step.state.offer);
    CHECK(step.state.offer->name == projector.name);
    CHECK(step.action.notice.find("is back") != std::string::npos);
    state = step.state;

    step = next_hotplug_step(state, {DisplayChange::AcceptReturn, 0, both});
    REQUIRE(step.action.move_to);
    CHECK(step.action.move_to->name == projector.name);
    CHECK(step.action.placement == ProjectorPlacement::Fullscreen);
    CHECK(step.state.current->name == projector.name);
    CHECK_FALSE(step.state.offer);
}

TEST_CASE("declining the offer keeps the prompter where it is")
{
    const auto both = listed({laptop, projector});
    HotplugState state = initial_hotplug_state(both, choose_projector_display(both, std::nullopt));
    state = next_hotplug_step(state, {DisplayChange::Removed, 1, listed({laptop})}).state;
    state = next_hotplug_step(state, {DisplayChange::Added, 1, both}).state;
    const HotplugStep step = next_hotplug_step(state, {DisplayChange::DeclineReturn, 0, both});
    CHECK_FALSE(step.action.move_to);
    CHECK_FALSE(step.state.offer);
    CHECK(step.state.current->name == laptop.name);
}

TEST_CASE("an offered display that goes away again is not moved to")
{
    const auto both = listed({laptop, projector});
    HotplugState state = initial_hotplug_state(both, choose_projector_display(both, std::nullopt));
    state = next_hotplug_step(state, {DisplayChange::Removed, 1, listed({laptop})}).state;
    state = next_hotplug_step(state, {DisplayChange::Added, 1, both}).state;
    REQUIRE(state.offer);
    state = next_hotplug_step(state, {DisplayChange::Removed, 1, listed({laptop})}).state;
    CHECK_FALSE(state.offer);
    const HotplugStep step = next_hotplug_step(state, {DisplayChange::AcceptReturn, 0, listed({laptop})});
    CHECK_FALSE(step.action.move_to);
    CHECK(step.state.current->name == laptop.name);
}

TEST_CASE("another display's removal renumbers the projector's without moving it")
{
    const auto three = listed({laptop, tv, projector}); // projector is index 2
    HotplugState state = initial_hotplug_state(three, choose_projector_display(three, 2));
    const HotplugStep step = next_hotplug_step(state, {DisplayChange::Removed, 1, listed({laptop, projector})});
    CHECK_FALSE(step.action.move_to);
    REQUIRE(step.state.current);
    CHECK(step.state.current->name == projector.name);
    CHECK(step.state.current->index == 1);
}

TEST_CASE("losing every display keeps the run going and the next display takes the prompter")
{
    const auto both = listed({laptop, projector});
    HotplugState state = initial_hotplug_state(both, choose_projector_display(both, std::nullopt));
    HotplugStep step = next_hotplug_step(state, {DisplayChange::Removed, 0, {}});
    CHECK_FALSE(step.action.move_to);
    CHECK_FALSE(step.state.current);
    step = next_hotplug_step(step.state, {DisplayChange::Added, 0, listed({projector})});
    REQUIRE(step.action.move_to);
    CHECK(step.action.move_to->name == projector.name);
}

TEST_CASE("the window moved by the window manager is followed")
{
    const auto both = listed({laptop, projector});
    HotplugState state = initial_hotplug_state(both, choose_projector_display(both, std::nullopt));
    const HotplugStep step = next_hotplug_step(state, {DisplayChange::ProjectorMoved, 0, both});
    CHECK_FALSE(step.action.move_to);
    CHECK(step.state.current->name == laptop.name);
}

TEST_CASE("any order of display events keeps the policy's promises")
{
    // Random plug/unplug/move/accept/decline sequences over three displays. After every step:
    // a move goes to a display that is there; the current display and the offer are connected;
    // the offer is never where the prompter already is; with displays left, the prompter has one.
    std::mt19937 random(20261125);
    const std::vector<DisplayDescription> all{laptop, projector, tv};
    for (int run = 0; run < 300; ++run) {
        std::vector<bool> connected{true, true, random() % 2 == 0};
        auto current_list = [&] {
            std::vector<DisplayDescription> list;
            for (std::size_t i = 0; i < all.size(); ++i) {
                if (connected[i]) {
                    list.push_back(all[i]);
                }
            }
            return listed(list);
        };
        HotplugState state = initial_hotplug_state(current_list(), choose_projector_display(current_list(), std::nullopt));
        for (int step_number = 0; step_number < 40; ++step_number) {
            const int choice = static_cast<int>(random() % 5);
            DisplayEvent event;
            const std::size_t which = random() % all.size();
            switch (choice) {
            case 0: connected[which] = true; event.change = DisplayChange::Added; break;
            case 1: connected[which] = false; event.change = DisplayChange::Removed; break;
            case 2: event.change = DisplayChange::ProjectorMoved; event.display = static_cast<int>(random() % 4); break;
            case 3: event.change = DisplayChange::AcceptReturn; break;
            default: event.change = DisplayChange::DeclineReturn; break;
            }
            event.displays = current_list();
            const HotplugStep step = next_hotplug_step(state, event);
            INFO("run " << run << " step " << step_number << " " << to_string(event.change));
            if (step.action.move_to) {
                CHECK(in_list(event.displays, *step.action.move_to));
            }
            if (step.state.current) {
                CHECK(in_list(event.displays, *step.state.current));
            } else if (choice != 2) {
                CHECK(event.displays.empty());
            }
            if (step.state.offer) {
                CHECK(in_list(event.displays, *step.state.offer));
                REQUIRE(step.state.current);
                CHECK_FALSE(same_display(*step.state.offer, *step.state.current));
            }
            state = step.state;
        }
    }
}
