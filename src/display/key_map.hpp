// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/command.hpp"

#include <SDL.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

enum class KeyModifier { None, Ctrl, Any };

// One key of a preset. `label` and `help` feed the help overlay and the documentation, so the
// table is the single source of truth for what a key does.
struct KeyBinding {
    SDL_Keycode key = SDLK_UNKNOWN;
    KeyModifier modifier = KeyModifier::None;
    Command command{CommandKind::TogglePlay};
    std::string_view label;
    std::string_view help;
};

// A named table of bindings. Presets for clickers (issue 7: logitech, kensington, arrows) are
// further tables; the app only ever looks keys up through one.
struct KeyPreset {
    std::string_view name;
    std::vector<KeyBinding> bindings;
};

[[nodiscard]] const KeyPreset& default_key_preset();
// The preset called `name`, or nothing.
[[nodiscard]] const KeyPreset* find_key_preset(std::string_view name);

// The command for a key press, or nothing. Digits 1–9 come back as JumpToSection with
// `section` = the digit − 1; the app maps the digit through section_for_number (top-level
// sections), which needs the script.
[[nodiscard]] std::optional<Command> map_key(const KeyPreset& preset, SDL_Keycode key, Uint16 modifiers);

// One help line per command, in table order: "Space, F5, Esc" → "play / pause".
struct HelpLine {
    std::string keys;
    std::string help;
};
[[nodiscard]] std::vector<HelpLine> help_lines(const KeyPreset& preset);
// What the keys overlay (? / F1) and `podium keys` list: the preset's lines, then the keys every
// preset shares that are no preset's binding — Ctrl+Shift+R, which revokes every phone of the
// remote (display/remote_keys.hpp; no clicker sends it, so no preset may rebind it).
[[nodiscard]] std::vector<HelpLine> prompter_help_lines(const KeyPreset& preset);

} // namespace podium
