// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/coach_option.hpp"
#include "cli_runner.hpp"
#include "config_home.hpp"
#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace podium;

TEST_CASE("the option --coach wins over config.json's coach, which wins over the default of on while listening", "[coach]")
{
    const auto folder = std::filesystem::temp_directory_path() / "podium-coach-option-test";
    std::filesystem::create_directories(folder);
    const auto file = folder / "config.json";
    CHECK(resolve_coach_mode("", folder / "absent.json", true) == CoachMode::On);
    CHECK(resolve_coach_mode("", folder / "absent.json", false) == CoachMode::Off);
    std::ofstream(file) << R"({"pace": {"han_per_minute": 210}, "coach": "quiet"})";
    CHECK(resolve_coach_mode("", file, true) == CoachMode::Quiet);
    CHECK(resolve_coach_mode("off", file, true) == CoachMode::Off);
    CHECK(resolve_coach_mode("on", file, false) == CoachMode::On);
    std::ofstream(file) << "{not json";
    CHECK(resolve_coach_mode("", file, true) == CoachMode::On); // the pace reader reports a broken file
    std::filesystem::remove_all(folder);
}

TEST_CASE("an unknown coach mode is one line that says the three there are", "[coach]")
{
    const auto folder = std::filesystem::temp_directory_path() / "podium-coach-option-bad";
    std::filesystem::create_directories(folder);
    const auto file = folder / "config.json";
    CHECK_THROWS_WITH(resolve_coach_mode("loud", file, true), "--coach loud: say off, quiet (time cues only) or on");
    std::ofstream(file) << R"({"coach": true})";
    CHECK_THROWS_WITH(resolve_coach_mode("", file, true), file.string() + ": \"coach\": true is not off, quiet or on");
    std::filesystem::remove_all(folder);
}

TEST_CASE("podium --coach with a bad value stops before any window opens, with one line", "[coach]")
{
    const testing::ConfigHome home;
    const testing::CliRun result = testing::run({"--coach", "sometimes", "--quit-after", "0.1"});
    CHECK(result.status != 0);
    CHECK(result.err.find("--coach sometimes: say off, quiet (time cues only) or on") != std::string::npos);
    CHECK(result.out.empty());
}
