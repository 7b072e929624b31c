// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompter/settings.hpp"

#include "core/io/atomic_file.hpp"
#include "core/text/content_hash.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

using namespace podium;

namespace {

// A fresh directory under the system temp dir, removed at the end of the test.
struct TempDir {
    TempDir()
    {
        std::random_device device;
        path = std::filesystem::temp_directory_path() / ("podium-settings-" + std::to_string(device()));
        std::filesystem::create_directories(path);
    }
    ~TempDir()
    {
        std::error_code error;
        std::filesystem::remove_all(path, error);
    }
    std::filesystem::path path;
};

PrompterSettings sample_settings()
{
    PrompterSettings settings;
    settings.font_size = 72;
    settings.pace_factor = 1.15;
    settings.mirror = true;
    settings.reading_line = 0.4;
    settings.mode = ScrollMode::Manual;
    remember_position(settings, content_hash_hex("script one"), 12);
    remember_position(settings, content_hash_hex("script two"), 3);
    return settings;
}

} // namespace

TEST_CASE("settings survive a save and a load")
{
    const TempDir dir;
    const auto path = settings_path(dir.path / "podium");
    const PrompterSettings settings = sample_settings();
    REQUIRE(save_settings(path, settings).empty());
    const SettingsLoad loaded = load_settings(path);
    CHECK(loaded.message.empty());
    CHECK(loaded.settings == settings);
    CHECK(last_position(loaded.settings, content_hash_hex("script one")) == std::optional<std::size_t>(12));
    CHECK_FALSE(last_position(loaded.settings, content_hash_hex("script three")).has_value());
}

TEST_CASE("no settings file gives the defaults and no message")
{
    const TempDir dir;
    const SettingsLoad loaded = load_settings(settings_path(dir.path));
    CHECK(loaded.message.empty());
    CHECK(loaded.settings == PrompterSettings{});
}

TEST_CASE("a damaged settings file is reported and the defaults are used")
{
    const TempDir dir;
    const auto path = settings_path(dir.path);
    for (const char* damaged : {"{\"font_size\": 72,", "\x01\x02garbage", "[1, 2, 3]", "{\"font_size\": \"big\"}",
             "{\"last_positions\": [{\"script\": 5}]}"}) {
        REQUIRE(write_file_atomically(path, damaged).empty());
        const SettingsLoad loaded = load_settings(path);
        INFO(damaged);
        CHECK_FALSE(loaded.message.empty());
        CHECK(loaded.message.find(path.string()) != std::string::npos);
        CHECK(loaded.settings == PrompterSettings{});
    }
}

TEST_CASE("out-of-range settings are clamped and unknown keys ignored")
{
    const SettingsLoad loaded = settings_from_json(
        R"({"font_size": 5000, "pace_factor": 0.01, "reading_line": 3, "future_key": true})");
    CHECK(loaded.message.empty());
    CHECK(loaded.settings.font_size == PrompterOptions{}.max_font_size);
    CHECK(loaded.settings.pace_factor == Approx(PrompterOptions{}.min_pace_factor));
    CHECK(loaded.settings.reading_line == Approx(0.9));
}

TEST_CASE("remembered positions keep the most recent first and are bounded")
{
    PrompterSettings settings;
    for (std::size_t i = 0; i < max_last_positions + 20; ++i) {
        remember_position(settings, content_hash_hex(std::to_string(i)), i);
    }
    CHECK(settings.last_positions.size() == max_last_positions);
    remember_position(settings, content_hash_hex("50"), 7);
    CHECK(settings.last_positions.front().sentence == 7);
    CHECK(settings.last_positions.size() == max_last_positions);
    CHECK(last_position(settings, content_hash_hex("50")) == std::optional<std::size_t>(7));
}

TEST_CASE("settings become prompter options and the view's choices become settings")
{
    const PrompterSettings settings = sample_settings();
    PrompterOptions base;
    base.countdown_seconds = 5.0;
    const PrompterOptions options = apply_settings(base, settings);
    CHECK(options.countdown_seconds == 5.0);
    CHECK(options.font_size == 72);
    CHECK(options.mode == ScrollMode::Manual);
    PrompterView view;
    view.font_size = 80;
    view.pace_factor = 0.9;
    view.mirror = false;
    view.reading_line = 0.25;
    view.mode = ScrollMode::Paced;
    PrompterSettings remembered = settings;
    remember_view(remembered, view);
    CHECK(remembered.font_size == 80);
    CHECK(remembered.pace_factor == 0.9);
    CHECK_FALSE(remembered.mirror);
    CHECK(remembered.reading_line == 0.25);
    CHECK(remembered.mode == ScrollMode::Paced);
    CHECK(remembered.last_positions == settings.last_positions);
}
