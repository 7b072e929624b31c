// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/key_presets.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace podium;

namespace {

CommandKind kind_in(const KeyPreset& preset, SDL_Keycode key, Uint16 modifiers = KMOD_NONE)
{
    const auto command = map_key(preset, key, modifiers);
    REQUIRE(command.has_value());
    return command->kind;
}

std::string error_of(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("every preset is found by name and an unknown one is reported with the list")
{
    for (const PresetInfo& info : key_preset_infos()) {
        const KeyPreset* preset = find_key_preset(info.name);
        REQUIRE(preset != nullptr);
        CHECK(preset->name == info.name);
    }
    CHECK(key_preset_infos().size() == 4);
    const std::string message = error_of([] { (void)key_preset_named("logitec"); });
    CHECK(message.find("\"logitec\"") != std::string::npos);
    CHECK(message.find("default, logitech, kensington or arrows") != std::string::npos);
}

TEST_CASE("the logitech preset steps on PageUp/PageDown and toggles on F5 and Esc and blanks on the period key")
{
    const KeyPreset& logitech = key_preset_named("logitech");
    CHECK(kind_in(logitech, SDLK_PAGEDOWN) == CommandKind::NextSentence);
    CHECK(kind_in(logitech, SDLK_PAGEUP) == CommandKind::PreviousSentence);
    CHECK(kind_in(logitech, SDLK_F5) == CommandKind::TogglePlay);
    CHECK(kind_in(logitech, SDLK_F5, KMOD_LSHIFT) == CommandKind::TogglePlay);
    CHECK(kind_in(logitech, SDLK_ESCAPE) == CommandKind::TogglePlay);
    CHECK(kind_in(logitech, SDLK_PERIOD) == CommandKind::ToggleBlank);
    // The laptop keyboard keeps the default keys.
    CHECK(kind_in(logitech, SDLK_PAGEDOWN, KMOD_LCTRL) == CommandKind::NextSection);
    CHECK(kind_in(logitech, SDLK_q, KMOD_LCTRL) == CommandKind::Quit);
}

TEST_CASE("the kensington preset steps on PageUp/PageDown and toggles on F5 and Esc and blanks on B")
{
    const KeyPreset& kensington = key_preset_named("kensington");
    CHECK(kind_in(kensington, SDLK_PAGEDOWN) == CommandKind::NextSentence);
    CHECK(kind_in(kensington, SDLK_PAGEUP) == CommandKind::PreviousSentence);
    CHECK(kind_in(kensington, SDLK_F5) == CommandKind::TogglePlay);
    CHECK(kind_in(kensington, SDLK_ESCAPE) == CommandKind::TogglePlay);
    CHECK(kind_in(kensington, SDLK_b) == CommandKind::ToggleBlank);
    CHECK(kind_in(kensington, SDLK_b, KMOD_LSHIFT) == CommandKind::ToggleBlank);
}

TEST_CASE("the arrows preset steps forward on Right/Down and back on Left/Up and moves speed to the bracket keys")
{
    const KeyPreset& arrows = key_preset_named("arrows");
    CHECK(kind_in(arrows, SDLK_RIGHT) == CommandKind::NextSentence);
    CHECK(kind_in(arrows, SDLK_DOWN) == CommandKind::NextSentence);
    CHECK(kind_in(arrows, SDLK_LEFT) == CommandKind::PreviousSentence);
    CHECK(kind_in(arrows, SDLK_UP) == CommandKind::PreviousSentence);
    CHECK(kind_in(arrows, SDLK_RIGHTBRACKET) == CommandKind::SpeedUp);
    CHECK(kind_in(arrows, SDLK_LEFTBRACKET) == CommandKind::SpeedDown);
    CHECK(kind_in(arrows, SDLK_UP, KMOD_LCTRL) == CommandKind::ReadingLineUp); // Ctrl+Up is still the line
    // The help lists Up under "previous sentence", not under "faster".
    for (const HelpLine& line : help_lines(arrows)) {
        if (line.help == "faster") {
            CHECK(line.keys.find("Up") == std::string::npos);
        }
    }
}

TEST_CASE("each clicker button in the documentation sends a key its preset maps")
{
    for (const PresetInfo& info : key_preset_infos()) {
        const KeyPreset& preset = key_preset_named(info.name);
        for (const ClickerButton& button : info.buttons) {
            std::string sends(button.sends);
            std::size_t start = 0;
            while (start < sends.size()) {
                std::size_t slash = sends.find(" / ", start);
                const std::string key = sends.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
                INFO(info.name << ": " << button.button << " sends " << key);
                CHECK(map_key(preset, key_chord_from_name(key, "test").key, KMOD_NONE).has_value());
                start = slash == std::string::npos ? sends.size() : slash + 3;
            }
        }
    }
}

TEST_CASE("config bindings remap keys over the chosen preset")
{
    const nlohmann::json config = nlohmann::json::parse(R"({"keys": {"preset": "kensington",
        "bindings": {"PageDown": "next-section", "Ctrl+B": "toggle-mirror", "X": "jump-to-section-3", "Period": "none"}}})");
    KeySetup setup = key_setup_from_json(config, std::nullopt, "config.json");
    CHECK(setup.preset.name == "kensington");
    CHECK(kind_in(setup.preset, SDLK_PAGEDOWN) == CommandKind::NextSection);
    CHECK(kind_in(setup.preset, SDLK_b, KMOD_LCTRL) == CommandKind::ToggleMirror);
    const auto x = map_key(setup.preset, SDLK_x, KMOD_NONE);
    REQUIRE(x);
    CHECK(x->kind == CommandKind::JumpToSection);
    CHECK(x->section == 2);
    CHECK_FALSE(map_key(setup.preset, SDLK_PERIOD, KMOD_NONE).has_value());
    // --keys wins over the config's preset; the config's bindings still apply.
    const KeySetup overridden = key_setup_from_json(config, std::string("arrows"), "config.json");
    CHECK(overridden.preset.name == "arrows");
    CHECK(kind_in(overridden.preset, SDLK_PAGEDOWN) == CommandKind::NextSection);
    // The remapped key's label survives moving the setup around.
    const KeySetup moved = std::move(setup);
    bool labelled = false;
    for (const HelpLine& line : help_lines(moved.preset)) {
        labelled = labelled || line.keys.find("Ctrl+B") != std::string::npos;
    }
    CHECK(labelled);
}

TEST_CASE("an unknown key name or command name is reported naming it and the valid names")
{
    const std::string bad_key = error_of([] {
        (void)key_setup_from_json(nlohmann::json::parse(R"({"keys": {"bindings": {"PgDn": "next-sentence"}}})"),
            std::nullopt, "config.json");
    });
    CHECK(bad_key.find("unknown key name \"PgDn\"") != std::string::npos);
    CHECK(bad_key.find("PageDown") != std::string::npos);
    const std::string bad_command = error_of([] {
        (void)key_setup_from_json(nlohmann::json::parse(R"({"keys": {"bindings": {"PageDown": "next"}}})"),
            std::nullopt, "config.json");
    });
    CHECK(bad_command.find("unknown command \"next\"") != std::string::npos);
    CHECK(bad_command.find("next-sentence") != std::string::npos);
    CHECK(bad_command.find("toggle-blank") != std::string::npos);
    const std::string bad_preset = error_of([] {
        (void)key_setup_from_json(nlohmann::json::parse(R"({"keys": {"preset": "microsoft"}})"), std::nullopt, "config.json");
    });
    CHECK(bad_preset.find("\"microsoft\"") != std::string::npos);
    const std::string bad_setting = error_of([] {
        (void)key_setup_from_json(nlohmann::json::parse(R"({"keys": {"bindigs": {}}})"), std::nullopt, "config.json");
    });
    CHECK(bad_setting.find("\"bindigs\"") != std::string::npos);
}

TEST_CASE("a config file without a keys object gives the preset as it is")
{
    const auto path = std::filesystem::temp_directory_path() / "podium-keys-test-config.json";
    {
        std::ofstream out(path);
        out << R"({"pace": {"han_per_minute": 220}})";
    }
    const KeySetup setup = load_key_setup(path, std::nullopt);
    CHECK(setup.preset.name == "default");
    CHECK(setup.preset.bindings.size() == default_key_preset().bindings.size());
    std::filesystem::remove(path);
    CHECK(load_key_setup(path, std::string("logitech")).preset.name == "logitech");
}

TEST_CASE("docs/projection.md holds the preset tables exactly as the presets generate them")
{
    std::ifstream in(std::filesystem::path(PODIUM_SOURCE_DIR) / "docs" / "projection.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    for (const PresetInfo& info : key_preset_infos()) {
        INFO("regenerate with: podium keys --all (preset " << info.name << ")");
        CHECK(text.str().find(preset_markdown(key_preset_named(info.name))) != std::string::npos);
    }
}
