// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/key_map.hpp"

#include "core/i18n/translate.hpp"
#include "display/key_presets.hpp"

#include <algorithm>

namespace podium {

namespace {

KeyPreset make_default_preset()
{
    using K = CommandKind;
    KeyPreset preset{"default", {}};
    auto add = [&preset](SDL_Keycode key, KeyModifier modifier, Command command, std::string_view label,
                   std::string_view help) { preset.bindings.push_back({key, modifier, command, label, help}); };
    // Clickers alternate F5 and Esc for "play": both toggle, neither ever quits.
    add(SDLK_SPACE, KeyModifier::None, {K::TogglePlay}, "Space", N_("play / pause"));
    add(SDLK_F5, KeyModifier::Any, {K::TogglePlay}, "F5", N_("play / pause"));
    add(SDLK_ESCAPE, KeyModifier::Any, {K::TogglePlay}, "Esc", N_("play / pause"));
    // Ctrl+PageDown/Up come before plain PageDown/Up so the more specific binding wins.
    add(SDLK_PAGEDOWN, KeyModifier::Ctrl, {K::NextSection}, "Ctrl+PageDown", N_("next section"));
    add(SDLK_PAGEUP, KeyModifier::Ctrl, {K::PreviousSection}, "Ctrl+PageUp", N_("previous section"));
    add(SDLK_PAGEDOWN, KeyModifier::None, {K::NextSentence}, "PageDown", N_("next sentence"));
    add(SDLK_RIGHT, KeyModifier::None, {K::NextSentence}, "Right", N_("next sentence"));
    add(SDLK_PAGEUP, KeyModifier::None, {K::PreviousSentence}, "PageUp", N_("previous sentence"));
    add(SDLK_LEFT, KeyModifier::None, {K::PreviousSentence}, "Left", N_("previous sentence"));
    add(SDLK_UP, KeyModifier::Ctrl, {K::ReadingLineUp}, "Ctrl+Up", N_("reading line up"));
    add(SDLK_DOWN, KeyModifier::Ctrl, {K::ReadingLineDown}, "Ctrl+Down", N_("reading line down"));
    for (int digit = 1; digit <= 9; ++digit) {
        add(SDLK_0 + digit, KeyModifier::None, {K::JumpToSection, static_cast<std::size_t>(digit - 1)},
            digit == 1 ? "1–9" : "", N_("jump to section 1–9"));
    }
    add(SDLK_HOME, KeyModifier::None, {K::Home}, "Home", N_("start of the speech"));
    add(SDLK_END, KeyModifier::None, {K::End}, "End", N_("end of the speech"));
    add(SDLK_UP, KeyModifier::None, {K::SpeedUp}, "Up", N_("faster"));
    add(SDLK_DOWN, KeyModifier::None, {K::SpeedDown}, "Down", N_("slower"));
    add(SDLK_PLUS, KeyModifier::Any, {K::FontLarger}, "+", N_("larger text"));
    add(SDLK_EQUALS, KeyModifier::Any, {K::FontLarger}, "=", N_("larger text"));
    add(SDLK_KP_PLUS, KeyModifier::Any, {K::FontLarger}, "", N_("larger text"));
    add(SDLK_MINUS, KeyModifier::None, {K::FontSmaller}, "-", N_("smaller text"));
    add(SDLK_KP_MINUS, KeyModifier::Any, {K::FontSmaller}, "", N_("smaller text"));
    add(SDLK_m, KeyModifier::None, {K::ToggleMirror}, "M", N_("mirror (for prompter glass)"));
    add(SDLK_f, KeyModifier::None, {K::ToggleFullscreen}, "F", N_("fullscreen"));
    add(SDLK_F11, KeyModifier::Any, {K::ToggleFullscreen}, "F11", N_("fullscreen"));
    add(SDLK_b, KeyModifier::None, {K::ToggleBlank}, "B", N_("blank screen"));
    add(SDLK_PERIOD, KeyModifier::None, {K::ToggleBlank}, ".", N_("blank screen"));
    add(SDLK_r, KeyModifier::None, {K::Restart}, "R", N_("restart (countdown)"));
    add(SDLK_s, KeyModifier::None, {K::ToggleSpeech}, "S", N_("speech on / off"));
    add(SDLK_l, KeyModifier::None, {K::ToggleListen}, "L", N_("listen: your voice leads (microphone on / off)"));
    add(SDLK_p, KeyModifier::None, {K::ToggleMode}, "P", N_("paced / manual scrolling"));
    add(SDLK_QUESTION, KeyModifier::Any, {K::ToggleHelp}, "?", N_("this help"));
    add(SDLK_SLASH, KeyModifier::Any, {K::ToggleHelp}, "", N_("this help")); // '?' is Shift+/ on most layouts
    add(SDLK_F1, KeyModifier::Any, {K::ToggleHelp}, "F1", N_("this help"));
    add(SDLK_q, KeyModifier::Ctrl, {K::Quit}, "Ctrl+Q", N_("quit (asks first while running)"));
    // Only meaningful while a quit is pending; the model ignores them otherwise.
    add(SDLK_RETURN, KeyModifier::None, {K::ConfirmQuit}, "", "");
    add(SDLK_KP_ENTER, KeyModifier::None, {K::ConfirmQuit}, "", "");
    add(SDLK_y, KeyModifier::None, {K::ConfirmQuit}, "", "");
    add(SDLK_n, KeyModifier::None, {K::CancelQuit}, "", "");
    return preset;
}

bool modifier_matches(KeyModifier wanted, Uint16 modifiers)
{
    const bool ctrl = (modifiers & KMOD_CTRL) != 0;
    switch (wanted) {
    case KeyModifier::None: return !ctrl;
    case KeyModifier::Ctrl: return ctrl;
    case KeyModifier::Any: return true;
    }
    return false;
}

} // namespace

const KeyPreset& default_key_preset()
{
    static const KeyPreset preset = make_default_preset();
    return preset;
}

const KeyPreset* find_key_preset(std::string_view name)
{
    if (name == default_key_preset().name) {
        return &default_key_preset();
    }
    return find_clicker_preset(name); // logitech, kensington, arrows (key_presets.cpp)
}

std::optional<Command> map_key(const KeyPreset& preset, SDL_Keycode key, Uint16 modifiers)
{
    for (const KeyBinding& binding : preset.bindings) {
        if (binding.key == key && modifier_matches(binding.modifier, modifiers)) {
            return binding.command;
        }
    }
    return std::nullopt;
}

std::vector<HelpLine> help_lines(const KeyPreset& preset)
{
    std::vector<HelpLine> lines;
    for (const KeyBinding& binding : preset.bindings) {
        if (binding.help.empty()) {
            continue;
        }
        auto same = std::find_if(lines.begin(), lines.end(),
            [&binding](const HelpLine& line) { return line.help == translated(binding.help); });
        if (same == lines.end()) {
            lines.push_back({std::string(binding.label), translated(binding.help)});
        } else if (!binding.label.empty()) {
            same->keys += (same->keys.empty() ? "" : ", ");
            same->keys += binding.label;
        }
    }
    return lines;
}

std::vector<HelpLine> prompter_help_lines(const KeyPreset& preset)
{
    std::vector<HelpLine> lines = help_lines(preset);
    lines.push_back({"Ctrl+Shift+R", _("revoke every phone (--remote): a new link and QR code")});
    return lines;
}

} // namespace podium
