// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/command.hpp"
#include "core/script/script.hpp"
#include "display/key_map.hpp"

#include <SDL.h>

#include <optional>

namespace podium {

// What one SDL event means to the prompter: a command for the model, a size change the window
// must lay out again for, or a request to close. Kept apart from the loop so scripted events
// (SDL_PushEvent) drive it in tests exactly as the keyboard does.
enum class EventEffect { None, Command, Resized, CloseRequested };

struct EventMeaning {
    EventEffect effect = EventEffect::None;
    Command command{};
};

class InputController {
public:
    InputController(const Script& script, const KeyPreset& keys) : m_script(&script), m_keys(&keys) {}

    [[nodiscard]] EventMeaning interpret(const SDL_Event& event) const;
    [[nodiscard]] const KeyPreset& keys() const { return *m_keys; }

private:
    const Script* m_script;
    const KeyPreset* m_keys;
};

} // namespace podium
