// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The clicker presets (logitech, kensington, arrows) and key remapping from config.json. A
// clicker preset is its clicker's buttons on top of the default keyboard keys (the laptop
// keyboard keeps working for the operator); a key the clicker uses for something else drops
// its default meaning. docs/projection.md holds the tables `podium keys --markdown` prints.
#include "display/key_map.hpp"

#include <nlohmann/json_fwd.hpp> // the full header only where JSON is built or read

#include <filesystem>
#include <list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

// A button on the clicker and the key it sends, for the documentation tables.
struct ClickerButton {
    std::string_view button;   // "▶ Next"
    std::string_view sends;    // "PageDown"
};

struct PresetInfo {
    std::string_view name;
    std::string_view clickers; // which clickers it is for
    std::vector<ClickerButton> buttons;
};

// default, logitech, kensington, arrows — in that order.
[[nodiscard]] std::span<const PresetInfo> key_preset_infos();
// The clicker preset called `name` (logitech, kensington, arrows), or nothing. find_key_preset
// (key_map.hpp) falls back to this, so every preset is found through one function.
[[nodiscard]] const KeyPreset* find_clicker_preset(std::string_view name);
// The preset called `name`; throws podium::Error naming it and listing the presets.
[[nodiscard]] const KeyPreset& key_preset_named(std::string_view name);
[[nodiscard]] std::string key_preset_list(); // "default, logitech, kensington or arrows"

// A preset after remapping: the bindings' labels live in `storage`, which moves with it.
struct KeySetup {
    KeyPreset preset;
    std::shared_ptr<std::list<std::string>> storage = std::make_shared<std::list<std::string>>();
};

// "next-sentence", "jump-to-section-3" (top-level section 3, as the number keys), or nothing.
// "none" is handled by remap_keys (it unbinds the key).
[[nodiscard]] std::optional<Command> command_from_name(std::string_view name);
[[nodiscard]] std::string command_name(const Command& command);
// A key as written in config.json: an SDL key name (SDL_GetKeyFromName: "PageDown", "F5", "B",
// ".", "Escape"), optionally after "Ctrl+". Throws podium::Error naming it.
struct KeyChord {
    SDL_Keycode key = SDLK_UNKNOWN;
    KeyModifier modifier = KeyModifier::None;
};
[[nodiscard]] KeyChord key_chord_from_name(std::string_view name, std::string_view source);

// `base` with each (key name → command name) binding applied in order: the key's old meaning is
// dropped and the new one wins; "none" just drops it. Throws podium::Error for an unknown key or
// command name, naming it and listing the valid ones.
[[nodiscard]] KeySetup remap_keys(const KeyPreset& base,
    const std::vector<std::pair<std::string, std::string>>& bindings, std::string_view source);

// The "keys" object of config.json ({"preset": "...", "bindings": {"PageDown": "next-sentence"}})
// over `preset_override` (--keys) when given. A missing file or object gives the preset as is.
[[nodiscard]] KeySetup key_setup_from_json(const nlohmann::json& config, std::optional<std::string> preset_override,
    std::string_view source);
[[nodiscard]] KeySetup load_key_setup(const std::filesystem::path& config_file, std::optional<std::string> preset_override);

// One row per command of the preset: its keys and what it does, as the help overlay lists them.
[[nodiscard]] std::string preset_markdown(const KeyPreset& preset);
// Every built-in preset's section of docs/projection.md.
[[nodiscard]] std::string all_presets_markdown();

} // namespace podium
