// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timing/duration.hpp"
#include "core/timing/pace_config.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <random>

using namespace podium;

namespace {

// A config file in a fresh temporary directory, removed afterwards.
class TempConfig {
public:
    explicit TempConfig(const std::string& contents)
    {
        std::random_device random;
        m_dir = std::filesystem::temp_directory_path() / ("podium-pace-test-" + std::to_string(random()));
        std::filesystem::create_directories(m_dir);
        std::ofstream(m_dir / "config.json") << contents;
    }
    ~TempConfig() { std::filesystem::remove_all(m_dir); }
    TempConfig(const TempConfig&) = delete;
    TempConfig& operator=(const TempConfig&) = delete;
    [[nodiscard]] std::filesystem::path file() const { return m_dir / "config.json"; }

private:
    std::filesystem::path m_dir;
};

} // namespace

TEST_CASE("durations parse in the forms people write")
{
    const std::vector<std::pair<std::string, double>> table{
        {"12m", 720}, {"12:00", 720}, {"720s", 720}, {"1h5m", 3900}, {"1:05:00", 3900}, {"1m30s", 90},
        {"12.5m", 750}, {"90sec", 90}, {"2min", 120}, {"12", 720}, {"1h", 3600}, {" 10m ", 600}, {"0:45", 45},
    };
    for (const auto& [text, seconds] : table) {
        INFO(text);
        const auto parsed = parse_duration(text);
        REQUIRE(parsed);
        CHECK(*parsed == Approx(seconds));
    }
}

TEST_CASE("malformed or non-positive durations are rejected")
{
    for (const std::string text : {"", "abc", "12x", "-5m", "0", "1:75", "1:2", "5s3m", "1m1m", "1:00:00:00", "m"}) {
        INFO(text);
        CHECK_FALSE(parse_duration(text));
    }
}

TEST_CASE("durations print as m:ss, or h:mm:ss past an hour")
{
    CHECK(format_duration(0) == "0:00");
    CHECK(format_duration(59.4) == "0:59");
    CHECK(format_duration(59.6) == "1:00");
    CHECK(format_duration(95) == "1:35");
    CHECK(format_duration(3900) == "1:05:00");
    CHECK(format_duration(-95) == "-1:35");
}

TEST_CASE("a pace object overrides only the settings it names")
{
    const auto result = apply_pace_json(nlohmann::json::parse(R"({"han_per_minute": 220, "section_pause": 2})"),
        PaceProfile{}, "config.json");
    REQUIRE(result.ok());
    PaceProfile expected;
    expected.han_per_minute = 220;
    expected.section_pause = 2;
    CHECK(result.profile == expected);
}

TEST_CASE("unknown pace keys and bad values are clear errors")
{
    const auto unknown = apply_pace_json(nlohmann::json::parse(R"({"speed": 3})"), PaceProfile{}, "c.json");
    CHECK(unknown.error == "c.json: unknown pace setting \"speed\" (known: han_per_minute, words_per_minute, "
                           "sentence_pause, paragraph_pause, section_pause, placeholder_pause, comma_pause, colon_pause)");
    const auto text = apply_pace_json(nlohmann::json::parse(R"({"words_per_minute": "fast"})"), PaceProfile{}, "c.json");
    CHECK(text.error == "c.json: pace.words_per_minute must be a number (got \"fast\")");
    const auto range = apply_pace_json(nlohmann::json::parse(R"({"han_per_minute": 5})"), PaceProfile{}, "c.json");
    CHECK(range.error == "c.json: pace.han_per_minute must be between 30 and 600 Han characters per minute (got 5)");
    const auto not_object = apply_pace_json(nlohmann::json::parse("3"), PaceProfile{}, "c.json");
    CHECK_FALSE(not_object.ok());
}

TEST_CASE("the config file's pace object is applied and other keys are left alone")
{
    const TempConfig config(R"({"prompter": {"font_size": 64}, "pace": {"words_per_minute": 150}})");
    const auto result = load_pace_config(config.file(), PaceProfile{});
    REQUIRE(result.ok());
    CHECK(result.profile.words_per_minute == 150);
    CHECK(result.profile.han_per_minute == PaceProfile{}.han_per_minute);
}

TEST_CASE("a missing config file gives the base profile and invalid JSON an error naming the file")
{
    const auto missing = load_pace_config("/nonexistent/podium/config.json", PaceProfile{});
    CHECK(missing.ok());
    CHECK(missing.profile == PaceProfile{});
    const TempConfig broken("{\"pace\": ");
    const auto result = load_pace_config(broken.file(), PaceProfile{});
    CHECK(result.error == broken.file().string() + ": not valid JSON; fix the file or remove it");
}

TEST_CASE("the profile prints in the keys the config file accepts, and reads back")
{
    PaceProfile profile;
    profile.han_per_minute = 230;
    const nlohmann::ordered_json json = to_json(profile);
    CHECK(json.begin().key() == "han_per_minute");
    const auto back = apply_pace_json(nlohmann::json::parse(json.dump()), PaceProfile{}, "x");
    REQUIRE(back.ok());
    CHECK(back.profile == profile);
}
