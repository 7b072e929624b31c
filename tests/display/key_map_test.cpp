// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/key_map.hpp"

#include <catch2/catch.hpp>

using namespace podium;

namespace {

CommandKind kind_of(SDL_Keycode key, Uint16 modifiers = KMOD_NONE)
{
    const auto command = map_key(default_key_preset(), key, modifiers);
    REQUIRE(command.has_value());
    return command->kind;
}

} // namespace

TEST_CASE("F5 and Esc toggle play like Space and never quit")
{
    CHECK(kind_of(SDLK_SPACE) == CommandKind::TogglePlay);
    CHECK(kind_of(SDLK_F5) == CommandKind::TogglePlay);
    CHECK(kind_of(SDLK_ESCAPE) == CommandKind::TogglePlay);
    CHECK(kind_of(SDLK_ESCAPE, KMOD_LCTRL) == CommandKind::TogglePlay);
    for (const KeyBinding& binding : default_key_preset().bindings) {
        if (binding.command.kind == CommandKind::Quit) {
            CHECK(binding.key == SDLK_q);
            CHECK(binding.modifier == KeyModifier::Ctrl);
        }
    }
    CHECK_FALSE(map_key(default_key_preset(), SDLK_q, KMOD_NONE).has_value());
}

TEST_CASE("the default preset maps the documented keys")
{
    CHECK(kind_of(SDLK_PAGEDOWN) == CommandKind::NextSentence);
    CHECK(kind_of(SDLK_RIGHT) == CommandKind::NextSentence);
    CHECK(kind_of(SDLK_PAGEUP) == CommandKind::PreviousSentence);
    CHECK(kind_of(SDLK_LEFT) == CommandKind::PreviousSentence);
    CHECK(kind_of(SDLK_PAGEDOWN, KMOD_RCTRL) == CommandKind::NextSection);
    CHECK(kind_of(SDLK_PAGEUP, KMOD_LCTRL) == CommandKind::PreviousSection);
    CHECK(kind_of(SDLK_HOME) == CommandKind::Home);
    CHECK(kind_of(SDLK_END) == CommandKind::End);
    CHECK(kind_of(SDLK_UP) == CommandKind::SpeedUp);
    CHECK(kind_of(SDLK_DOWN) == CommandKind::SpeedDown);
    CHECK(kind_of(SDLK_PLUS) == CommandKind::FontLarger);
    CHECK(kind_of(SDLK_EQUALS, KMOD_LSHIFT) == CommandKind::FontLarger);
    CHECK(kind_of(SDLK_MINUS) == CommandKind::FontSmaller);
    CHECK(kind_of(SDLK_m) == CommandKind::ToggleMirror);
    CHECK(kind_of(SDLK_f) == CommandKind::ToggleFullscreen);
    CHECK(kind_of(SDLK_F11) == CommandKind::ToggleFullscreen);
    CHECK(kind_of(SDLK_b) == CommandKind::ToggleBlank);
    CHECK(kind_of(SDLK_PERIOD) == CommandKind::ToggleBlank);
    CHECK(kind_of(SDLK_r) == CommandKind::Restart);
    CHECK(kind_of(SDLK_s) == CommandKind::ToggleSpeech);
    CHECK(kind_of(SDLK_SLASH, KMOD_LSHIFT) == CommandKind::ToggleHelp);
    CHECK(kind_of(SDLK_F1) == CommandKind::ToggleHelp);
    CHECK(kind_of(SDLK_q, KMOD_LCTRL) == CommandKind::Quit);
}

TEST_CASE("number keys 1 to 9 ask for sections 1 to 9")
{
    for (int digit = 1; digit <= 9; ++digit) {
        const auto command = map_key(default_key_preset(), SDLK_0 + digit, KMOD_NONE);
        REQUIRE(command.has_value());
        CHECK(command->kind == CommandKind::JumpToSection);
        CHECK(command->section == static_cast<std::size_t>(digit - 1));
    }
    CHECK_FALSE(map_key(default_key_preset(), SDLK_0, KMOD_NONE).has_value());
}

TEST_CASE("the help overlay lists every command of the preset once, with all its keys")
{
    const std::vector<HelpLine> lines = help_lines(default_key_preset());
    auto line_for = [&lines](std::string_view help) {
        const auto found = std::find_if(lines.begin(), lines.end(), [help](const HelpLine& l) { return l.help == help; });
        REQUIRE(found != lines.end());
        return *found;
    };
    CHECK(line_for("play / pause").keys == "Space, F5, Esc");
    CHECK(line_for("next sentence").keys == "PageDown, Right");
    CHECK(line_for("blank screen").keys == "B, .");
    CHECK(line_for("jump to section 1–9").keys == "1–9");
    CHECK(find_key_preset("default") == &default_key_preset());
    CHECK(find_key_preset("no-such-preset") == nullptr);
}

TEST_CASE("the keys overlay and podium keys add Ctrl+Shift+R, revoking every phone, after every preset's own keys")
{
    for (const char* name : {"default", "logitech", "kensington", "arrows"}) {
        INFO(name);
        const KeyPreset* preset = find_key_preset(name);
        REQUIRE(preset != nullptr);
        const std::vector<HelpLine> own = help_lines(*preset);
        const std::vector<HelpLine> shown = prompter_help_lines(*preset);
        REQUIRE(shown.size() == own.size() + 1);
        CHECK(shown.back().keys == "Ctrl+Shift+R");
        CHECK(shown.back().help == "revoke every phone (--remote): a new link and QR code");
        // No preset binds R with Ctrl: the chord cannot also be a prompter command.
        CHECK_FALSE(map_key(*preset, SDLK_r, KMOD_LCTRL | KMOD_LSHIFT).has_value());
    }
}
