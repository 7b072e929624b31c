// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/key_presets.hpp"

#include "core/error.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace podium {

namespace {

using K = CommandKind;

bool modifiers_overlap(KeyModifier a, KeyModifier b)
{
    return a == KeyModifier::Any || b == KeyModifier::Any || a == b;
}

// The clicker's bindings first, then every default binding whose key the clicker does not take.
KeyPreset compose(std::string_view name, std::vector<KeyBinding> clicker)
{
    KeyPreset preset{name, std::move(clicker)};
    for (const KeyBinding& binding : default_key_preset().bindings) {
        const bool taken = std::any_of(preset.bindings.begin(), preset.bindings.end(), [&binding](const KeyBinding& c) {
            return c.key == binding.key && modifiers_overlap(c.modifier, binding.modifier);
        });
        if (!taken) {
            preset.bindings.push_back(binding);
        }
    }
    return preset;
}

// Logitech R400 / R500 / R800 / Spotlight (presentation mode): ◀ PageUp, ▶ PageDown, the
// slideshow button alternates F5 and Esc (Shift+F5 on some), the blank button sends '.'.
KeyPreset make_logitech()
{
    return compose("logitech",
        {{SDLK_PAGEDOWN, KeyModifier::None, {K::NextSentence}, "PageDown", "next sentence"},
            {SDLK_PAGEUP, KeyModifier::None, {K::PreviousSentence}, "PageUp", "previous sentence"},
            {SDLK_F5, KeyModifier::Any, {K::TogglePlay}, "F5", "play / pause"},
            {SDLK_ESCAPE, KeyModifier::Any, {K::TogglePlay}, "Esc", "play / pause"},
            {SDLK_PERIOD, KeyModifier::Any, {K::ToggleBlank}, ".", "blank screen"}});
}

// Kensington presenters: PageUp / PageDown, F5 (and Esc) for the slideshow, B for blank.
KeyPreset make_kensington()
{
    return compose("kensington",
        {{SDLK_PAGEDOWN, KeyModifier::None, {K::NextSentence}, "PageDown", "next sentence"},
            {SDLK_PAGEUP, KeyModifier::None, {K::PreviousSentence}, "PageUp", "previous sentence"},
            {SDLK_F5, KeyModifier::Any, {K::TogglePlay}, "F5", "play / pause"},
            {SDLK_ESCAPE, KeyModifier::Any, {K::TogglePlay}, "Esc", "play / pause"},
            {SDLK_b, KeyModifier::Any, {K::ToggleBlank}, "B", "blank screen"}});
}

// Clickers that send arrow keys (many no-name and "keynote" modes): Right/Down forward,
// Left/Up back. Up/Down lose their default speed meaning, so speed moves to ] and [.
KeyPreset make_arrows()
{
    return compose("arrows",
        {{SDLK_RIGHT, KeyModifier::None, {K::NextSentence}, "Right", "next sentence"},
            {SDLK_DOWN, KeyModifier::None, {K::NextSentence}, "Down", "next sentence"},
            {SDLK_LEFT, KeyModifier::None, {K::PreviousSentence}, "Left", "previous sentence"},
            {SDLK_UP, KeyModifier::None, {K::PreviousSentence}, "Up", "previous sentence"},
            {SDLK_RIGHTBRACKET, KeyModifier::Any, {K::SpeedUp}, "]", "faster"},
            {SDLK_LEFTBRACKET, KeyModifier::Any, {K::SpeedDown}, "[", "slower"}});
}

const std::vector<PresetInfo>& infos()
{
    static const std::vector<PresetInfo> list{
        {"default", "the laptop keyboard", {}},
        {"logitech", "Logitech R400, R500, R800, Spotlight (presentation mode)",
            {{"◀ Back", "PageUp"}, {"▶ Next", "PageDown"}, {"▷ Slideshow (alternates)", "F5 / Esc"},
                {"▭ Blank screen", "."}}},
        {"kensington", "Kensington presenters (Expert, Wireless Presenter)",
            {{"◀ Back", "PageUp"}, {"▶ Next", "PageDown"}, {"▷ Slideshow (alternates)", "F5 / Esc"},
                {"Blank screen", "B"}}},
        {"arrows", "clickers that send arrow keys",
            {{"◀ / ▲ Back", "Left / Up"}, {"▶ / ▼ Next", "Right / Down"}}},
    };
    return list;
}

const std::vector<std::pair<std::string_view, K>>& command_names()
{
    static const std::vector<std::pair<std::string_view, K>> names = [] {
        std::vector<std::pair<std::string_view, K>> list;
        for (int k = 0; k <= static_cast<int>(K::CancelQuit); ++k) {
            const auto kind = static_cast<K>(k);
            if (kind != K::JumpToSection) {
                list.emplace_back(to_string(kind), kind);
            }
        }
        return list;
    }();
    return names;
}

std::string valid_command_names()
{
    std::string text;
    for (const auto& [name, kind] : command_names()) {
        text += std::string(name) + ", ";
    }
    return text + "jump-to-section-1 … jump-to-section-9, none";
}

// The help text a command has in the default preset (for remapped keys).
std::string_view help_for(const Command& command)
{
    for (const KeyBinding& binding : default_key_preset().bindings) {
        if (binding.command.kind == command.kind && !binding.help.empty()) {
            return binding.help;
        }
    }
    return to_string(command.kind);
}

std::string escape_cell(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == '|') {
            out += "\\|";
        } else {
            out += c;
        }
    }
    return out;
}

std::string code(std::string_view keys)
{
    // "Space, F5, Esc" → "`Space`, `F5`, `Esc`"
    std::string out;
    std::size_t start = 0;
    while (start <= keys.size()) {
        const std::size_t comma = keys.find(", ", start);
        const std::string_view key = keys.substr(start, comma == std::string_view::npos ? keys.npos : comma - start);
        if (!key.empty()) {
            out += (out.empty() ? "`" : ", `") + escape_cell(key) + "`";
        }
        if (comma == std::string_view::npos) {
            break;
        }
        start = comma + 2;
    }
    return out;
}

} // namespace

std::span<const PresetInfo> key_preset_infos()
{
    return infos();
}

const KeyPreset* find_clicker_preset(std::string_view name)
{
    static const KeyPreset logitech = make_logitech();
    static const KeyPreset kensington = make_kensington();
    static const KeyPreset arrows = make_arrows();
    for (const KeyPreset* preset : {&logitech, &kensington, &arrows}) {
        if (preset->name == name) {
            return preset;
        }
    }
    return nullptr;
}

std::string key_preset_list()
{
    std::string text;
    const auto& list = infos();
    for (std::size_t i = 0; i < list.size(); ++i) {
        text += std::string(list[i].name) + (i + 2 < list.size() ? ", " : i + 1 < list.size() ? " or " : "");
    }
    return text;
}

const KeyPreset& key_preset_named(std::string_view name)
{
    const KeyPreset* preset = name == default_key_preset().name ? &default_key_preset() : find_clicker_preset(name);
    if (preset == nullptr) {
        throw Error("unknown key preset \"" + std::string(name) + "\": choose " + key_preset_list());
    }
    return *preset;
}

std::optional<Command> command_from_name(std::string_view name)
{
    for (const auto& [known, kind] : command_names()) {
        if (known == name) {
            return Command{kind, 0};
        }
    }
    constexpr std::string_view jump = "jump-to-section-";
    if (name.size() == jump.size() + 1 && name.substr(0, jump.size()) == jump && name.back() >= '1' && name.back() <= '9') {
        return Command{K::JumpToSection, static_cast<std::size_t>(name.back() - '1')};
    }
    return std::nullopt;
}

std::string command_name(const Command& command)
{
    if (command.kind == K::JumpToSection) {
        return "jump-to-section-" + std::to_string(command.section + 1);
    }
    return to_string(command.kind);
}

KeyChord key_chord_from_name(std::string_view name, std::string_view source)
{
    KeyChord chord;
    std::string key(name);
    for (std::string_view prefix : {"Ctrl+", "ctrl+", "CTRL+", "Control+"}) {
        if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0) {
            chord.modifier = KeyModifier::Ctrl;
            key.erase(0, prefix.size());
            break;
        }
    }
    // Names people write that SDL spells differently.
    if (key == "Period" || key == "period") {
        key = ".";
    } else if (key == "Esc" || key == "esc") {
        key = "Escape";
    }
    chord.key = SDL_GetKeyFromName(key.c_str());
    if (chord.key == SDLK_UNKNOWN) {
        throw Error("unknown key name \"" + std::string(name) + "\" in " + std::string(source)
            + ": use SDL key names such as PageDown, PageUp, Right, Left, Up, Down, Space, Return, Escape, F5, B, "
              "Period (or .), optionally after Ctrl+");
    }
    return chord;
}

KeySetup remap_keys(const KeyPreset& base, const std::vector<std::pair<std::string, std::string>>& bindings,
    std::string_view source)
{
    KeySetup setup;
    setup.preset = base;
    std::vector<KeyBinding> added;
    for (const auto& [key_name, command_text] : bindings) {
        const KeyChord chord = key_chord_from_name(key_name, source);
        std::optional<Command> command;
        if (command_text != "none") {
            command = command_from_name(command_text);
            if (!command) {
                throw Error("unknown command \"" + command_text + "\" for key " + key_name + " in "
                    + std::string(source) + ": commands are " + valid_command_names());
            }
        }
        auto drop = [&chord](const KeyBinding& b) {
            return b.key == chord.key && modifiers_overlap(b.modifier, chord.modifier);
        };
        std::erase_if(setup.preset.bindings, drop);
        std::erase_if(added, drop);
        if (command) {
            const std::string& label = setup.storage->emplace_back(key_name);
            added.push_back({chord.key, chord.modifier, *command, label, help_for(*command)});
        }
    }
    // Remapped keys come first so they win over anything left in the preset.
    setup.preset.bindings.insert(setup.preset.bindings.begin(), added.begin(), added.end());
    return setup;
}

KeySetup key_setup_from_json(const nlohmann::json& config, std::optional<std::string> preset_override,
    std::string_view source)
{
    std::string preset_name = preset_override.value_or("default");
    std::vector<std::pair<std::string, std::string>> bindings;
    const std::string where = std::string(source) + " \"keys\"";
    if (config.is_object() && config.contains("keys")) {
        const nlohmann::json& keys = config["keys"];
        if (!keys.is_object()) {
            throw Error(where + " must be an object such as {\"preset\": \"logitech\", \"bindings\": {\"B\": \"toggle-blank\"}}");
        }
        for (const auto& [name, value] : keys.items()) {
            if (name == "preset") {
                if (!value.is_string()) {
                    throw Error(where + ".\"preset\" must be a name: " + key_preset_list());
                }
                if (!preset_override) {
                    preset_name = value.get<std::string>();
                }
            } else if (name == "bindings") {
                if (!value.is_object()) {
                    throw Error(where + ".\"bindings\" must map key names to commands, e.g. {\"PageDown\": \"next-sentence\"}");
                }
                for (const auto& [key_name, command] : value.items()) {
                    if (!command.is_string()) {
                        throw Error(where + ".\"bindings\": the command for " + key_name + " must be a string");
                    }
                    bindings.emplace_back(key_name, command.get<std::string>());
                }
            } else {
                throw Error("unknown setting \"" + name + "\" in " + where + ": use \"preset\" and \"bindings\"");
            }
        }
    }
    const KeyPreset* preset = preset_name == default_key_preset().name ? &default_key_preset() : find_clicker_preset(preset_name);
    if (preset == nullptr) {
        throw Error("unknown key preset \"" + preset_name + "\"" + (preset_override ? "" : " in " + where)
            + ": choose " + key_preset_list());
    }
    return remap_keys(*preset, bindings, where + ".\"bindings\"");
}

KeySetup load_key_setup(const std::filesystem::path& config_file, std::optional<std::string> preset_override)
{
    std::ifstream in(config_file);
    if (!in) {
        return key_setup_from_json(nlohmann::json::object(), std::move(preset_override), config_file.string());
    }
    nlohmann::json config;
    try {
        config = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw Error(config_file.string() + " is not valid JSON (" + e.what() + "): fix or remove it");
    }
    return key_setup_from_json(config, std::move(preset_override), config_file.string());
}

std::string preset_markdown(const KeyPreset& preset)
{
    std::ostringstream out;
    const auto info = std::find_if(infos().begin(), infos().end(), [&preset](const PresetInfo& i) { return i.name == preset.name; });
    out << "### `" << preset.name << "`";
    if (info != infos().end()) {
        out << " — " << info->clickers;
    }
    out << "\n\n";
    if (info != infos().end() && !info->buttons.empty()) {
        out << "| Clicker button | Sends |\n|---|---|\n";
        for (const ClickerButton& button : info->buttons) {
            out << "| " << escape_cell(button.button) << " | " << code(button.sends) << " |\n";
        }
        out << '\n';
    }
    out << "| Keys | Does | Command |\n|---|---|---|\n";
    for (const HelpLine& line : help_lines(preset)) {
        const auto binding = std::find_if(preset.bindings.begin(), preset.bindings.end(),
            [&line](const KeyBinding& b) { return b.help == line.help; });
        std::string command = binding == preset.bindings.end() ? "" : command_name(binding->command);
        if (binding != preset.bindings.end() && binding->command.kind == K::JumpToSection) {
            command = "jump-to-section-N";
        }
        out << "| " << code(line.keys) << " | " << escape_cell(line.help) << " | `" << command << "` |\n";
    }
    return out.str();
}

std::string all_presets_markdown()
{
    std::string text;
    for (const PresetInfo& info : infos()) {
        text += preset_markdown(key_preset_named(info.name)) + "\n";
    }
    return text;
}

} // namespace podium
