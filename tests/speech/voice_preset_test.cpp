// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/voice_directories.hpp"
#include "speech/voice_preset.hpp"
#include "speech_test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace podium;

TEST_CASE("a preset file gives its voice, rate, pitch, volume and pauses")
{
    const auto result = parse_voice_preset(R"({"language": "en", "espeak_voice": "en-gb", "rate": 160, "pitch": 40,
        "volume": 80, "pauses": {"sentence": 0.4, "paragraph": 1.0, "section": 2.0, "placeholder": 0.25}})",
        "british");
    REQUIRE(result.preset);
    CHECK(result.preset->name == "british");
    CHECK(result.preset->language == SpokenLanguage::English);
    CHECK(result.preset->espeak_voice == "en-gb");
    CHECK(result.preset->rate == 160);
    CHECK(result.preset->pitch == 40);
    CHECK(result.preset->volume == 80);
    CHECK(result.preset->pauses == VoicePauses{0.4, 1.0, 2.0, 0.25});
}

TEST_CASE("a preset with a misspelt key, a bad language or a rate out of range is rejected with the file named")
{
    const auto typo = parse_voice_preset(R"({"language": "zh", "espeak_voice": "cmn", "rtae": 100})", "x", "/v/x.json");
    CHECK_FALSE(typo.preset);
    CHECK(typo.error.find("/v/x.json") == 0);
    CHECK(typo.error.find("rtae") != std::string::npos);
    CHECK_FALSE(parse_voice_preset(R"({"language": "fr", "espeak_voice": "fr"})", "x").preset);
    CHECK_FALSE(parse_voice_preset(R"({"language": "zh", "espeak_voice": "cmn", "rate": 1000})", "x").preset);
    CHECK_FALSE(parse_voice_preset("not json", "x").preset);
}

TEST_CASE("the bundled presets all load and cover Chinese and English")
{
    const VoiceCatalog catalog = test::bundled_catalog();
    CHECK(catalog.errors.empty());
    REQUIRE(catalog.find("zh-mandarin") != nullptr);
    CHECK(catalog.find("zh-mandarin")->espeak_voice == "cmn-latn-pinyin");
    CHECK(catalog.default_for(SpokenLanguage::Chinese)->name == "zh-mandarin");
    CHECK(catalog.default_for(SpokenLanguage::English)->name == "en-us");
    for (const VoicePreset& preset : catalog.presets) {
        CHECK(preset.volume <= 100); // above 100 eSpeak NG distorts
    }
}

TEST_CASE("a user's preset with a bundled name overrides the bundled one")
{
    test::TempDirectory user;
    std::ofstream(user.path() / "zh-mandarin.json") << R"({"language": "zh", "espeak_voice": "cmn-latn-pinyin", "rate": 120})";
    std::ofstream(user.path() / "broken.json") << "{";
    const VoiceCatalog catalog = load_voice_catalog({std::filesystem::path(PODIUM_SOURCE_DIR) / "voices", user.path()});
    REQUIRE(catalog.find("zh-mandarin") != nullptr);
    CHECK(catalog.find("zh-mandarin")->rate == 120);
    CHECK(catalog.find("en-us") != nullptr);
    REQUIRE(catalog.errors.size() == 1);
    CHECK(catalog.errors[0].find("broken.json") != std::string::npos);
}

TEST_CASE("user presets are looked for in the XDG config directory")
{
    const EnvironmentLookup environment = [](const char* name) -> std::optional<std::string> {
        if (std::string_view(name) == "XDG_CONFIG_HOME") {
            return "/tmp/config-home";
        }
        return std::nullopt;
    };
    CHECK(user_voices_directory(environment) == std::filesystem::path("/tmp/config-home/podium/voices"));
    const auto search = voice_search_path(environment);
    REQUIRE_FALSE(search.empty());
    CHECK(search.back() == std::filesystem::path("/tmp/config-home/podium/voices"));
}

TEST_CASE("the bundled voices directory is found from the build tree")
{
    const auto directory = bundled_voices_directory();
    REQUIRE(directory);
    CHECK(std::filesystem::exists(*directory / "zh-mandarin.json"));
}
