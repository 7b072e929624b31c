// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_app.hpp"
#include "cli/terminal_width.hpp"

#include "cli/cli_runner.hpp"
#include "cli/config_home.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <vector>

namespace {

using podium::testing::CliRun;
using podium::testing::ConfigHome;
using podium::testing::run;
using podium::testing::lines_of;

nlohmann::ordered_json estimate_json(std::vector<const char*> arguments)
{
    arguments.insert(arguments.begin(), "estimate");
    arguments.push_back("--json");
    const CliRun result = run(arguments);
    REQUIRE(result.status == 0);
    return nlohmann::ordered_json::parse(result.out);
}

} // namespace

TEST_CASE("estimate prints a table of sections, the total and the placeholder warning")
{
    const ConfigHome home;
    const CliRun result = run({"estimate", "--sample", "zh"});
    REQUIRE(result.status == 0);
    CHECK(result.out.find("Section") != std::string::npos);
    CHECK(result.out.find("一、心中有稿") != std::string::npos);
    CHECK(result.out.find("\nTotal") != std::string::npos);
    CHECK(result.out.find("Estimate excludes 1 unfilled placeholder:") != std::string::npos);
}

TEST_CASE("the estimate table lines up columns by display width, CJK titles included")
{
    const ConfigHome home;
    const CliRun result = run({"estimate", "--sample", "zh"});
    REQUIRE(result.status == 0);
    const auto lines = lines_of(result.out);
    // The Share column is right-aligned and ends in %: it must end in the same column on every
    // section row and on the total row, whatever the titles' scripts.
    std::vector<std::size_t> share_columns;
    for (const auto& line : lines) {
        const std::size_t percent = line.find('%');
        if (percent != std::string::npos && line.find("Estimate") == std::string::npos) {
            share_columns.push_back(podium::display_width(std::string_view(line).substr(0, percent)));
        }
    }
    REQUIRE(share_columns.size() >= 3);
    for (const std::size_t column : share_columns) {
        CHECK(column == share_columns.front());
    }
}

TEST_CASE("estimate --json prints the documented shape")
{
    const ConfigHome home;
    const nlohmann::ordered_json json = estimate_json({"--sample", "zh"});
    std::vector<std::string> keys;
    for (const auto& [key, value] : json.items()) {
        keys.push_back(key);
    }
    CHECK(keys == std::vector<std::string>{"total_seconds", "profile", "sections", "placeholders"});
    REQUIRE(json["sections"].size() >= 2);
    std::vector<std::string> section_keys;
    for (const auto& [key, value] : json["sections"][0].items()) {
        section_keys.push_back(key);
    }
    CHECK(section_keys == std::vector<std::string>{"title", "level", "start_seconds", "duration_seconds", "sentences",
                              "han_chars", "words", "placeholders"});
    double top_level = 0.0;
    for (const auto& section : json["sections"]) {
        top_level += section["level"] == 1 ? section["duration_seconds"].get<double>() : 0.0;
    }
    CHECK(top_level == Approx(json["total_seconds"].get<double>()).margin(0.05));
    REQUIRE(json["placeholders"].size() == 1);
    CHECK(json["placeholders"][0]["text"] == "**");
    CHECK(json["placeholders"][0]["line"].get<int>() > 1);
    CHECK(json["profile"]["han_per_minute"] == 200.0);
}

TEST_CASE("a faster --rate shortens a Chinese estimate and --wpm an English one")
{
    const ConfigHome home;
    const double normal = estimate_json({"--sample", "zh"})["total_seconds"].get<double>();
    const double fast = estimate_json({"--sample", "zh", "--rate", "400"})["total_seconds"].get<double>();
    CHECK(fast < normal * 0.75);
    const double english = estimate_json({"--sample", "en"})["total_seconds"].get<double>();
    const double english_fast = estimate_json({"--sample", "en", "--wpm", "280"})["total_seconds"].get<double>();
    CHECK(english_fast < english * 0.75);
    const nlohmann::ordered_json pauses = estimate_json({"--sample", "en", "--pause-sentence", "0", "--pause-paragraph", "0",
        "--pause-section", "0"});
    CHECK(pauses["total_seconds"].get<double>() < english);
    CHECK(pauses["profile"]["section_pause"] == 0.0);
}

TEST_CASE("estimate --pause-comma and --pause-colon price the pauses inside sentences")
{
    const ConfigHome home;
    const double none = estimate_json({"--sample", "zh", "--pause-comma", "0", "--pause-colon", "0"})["total_seconds"].get<double>();
    const nlohmann::ordered_json commas = estimate_json({"--sample", "zh", "--pause-comma", "1", "--pause-colon", "0"});
    CHECK(commas["profile"]["comma_pause"] == 1.0);
    // The Chinese sample has dozens of commas inside its sentences: a second each.
    CHECK(commas["total_seconds"].get<double>() > none + 20.0);
    const double colons = estimate_json({"--sample", "zh", "--pause-comma", "0", "--pause-colon", "1"})["total_seconds"].get<double>();
    CHECK(colons >= none); // its few colons mostly end a sentence (同志们：), which the sentence pause prices
    CHECK(colons < commas["total_seconds"].get<double>());
    const CliRun bad = run({"estimate", "--sample", "zh", "--pause-comma", "9"});
    CHECK(bad.status != 0);
    CHECK(bad.err.find("--pause-comma must be between 0 and 5 seconds (got 9)") != std::string::npos);
}

TEST_CASE("estimate --target adds budgets in proportion and a summary")
{
    const ConfigHome home;
    const nlohmann::ordered_json json = estimate_json({"--sample", "zh", "--target", "1m"});
    REQUIRE(json.contains("target"));
    const auto& target = json["target"];
    CHECK(target["target_seconds"] == 60.0);
    CHECK(target["difference_seconds"].get<double>() > 0.0);
    CHECK(target["required_han_per_minute"].get<double>() > 200.0);
    CHECK(target["summary"].get<std::string>().rfind("over by ", 0) == 0);
    REQUIRE(target["section_budgets_seconds"].size() == json["sections"].size());
    const double ratio = 60.0 / json["total_seconds"].get<double>();
    CHECK(target["section_budgets_seconds"][1].get<double>()
        == Approx(json["sections"][1]["duration_seconds"].get<double>() * ratio).margin(0.02));

    const CliRun table = run({"estimate", "--sample", "zh", "--target", "12:00"});
    REQUIRE(table.status == 0);
    CHECK(table.out.find("Target 12:00: under by ") != std::string::npos);
    CHECK(table.out.find("Budget") != std::string::npos);
}

TEST_CASE("estimate --csv quotes titles as RFC 4180 says")
{
    const ConfigHome home;
    const std::string speech = home.write_speech("quoted.md",
        "# Hello, \"world\"\n\nThis is the first part of the speech.\n\n# Second\n\nAnd this is the end.\n");
    const CliRun result = run({"estimate", speech.c_str(), "--csv"});
    REQUIRE(result.status == 0);
    CHECK(result.out.rfind("section,level,start,duration,start_seconds,duration_seconds,share_percent,sentences,"
                           "han_chars,words,placeholders\r\n",
              0)
        == 0);
    CHECK(result.out.find("\r\n\"Hello, \"\"world\"\"\",1,0:00,") != std::string::npos);
    CHECK(result.out.find("\r\nTotal,0,") != std::string::npos);
}

TEST_CASE("bad pace options and targets are one clear error line")
{
    const ConfigHome home;
    const CliRun rate = run({"estimate", "--sample", "zh", "--rate", "5"});
    CHECK(rate.status == 1);
    CHECK(rate.err == "podium: --rate must be between 30 and 600 Han characters per minute (got 5)\n");
    const CliRun target = run({"estimate", "--sample", "zh", "--target", "soon"});
    CHECK(target.status == 1);
    CHECK(target.err.rfind("podium: --target soon is not a length of time", 0) == 0);
    const CliRun both = run({"estimate", "--sample", "zh", "--json", "--csv"});
    CHECK(both.status == 2);
}

TEST_CASE("the config file's pace applies, and the command line overrides it")
{
    const ConfigHome home;
    home.write_config(R"({"pace": {"han_per_minute": 300, "section_pause": 3}})");
    const nlohmann::ordered_json configured = estimate_json({"--sample", "zh"});
    CHECK(configured["profile"]["han_per_minute"] == 300.0);
    CHECK(configured["profile"]["section_pause"] == 3.0);
    const nlohmann::ordered_json overridden = estimate_json({"--sample", "zh", "--rate", "250"});
    CHECK(overridden["profile"]["han_per_minute"] == 250.0);
    CHECK(overridden["profile"]["section_pause"] == 3.0);
}

TEST_CASE("a config file with an unknown pace key stops the estimate with a message naming it")
{
    const ConfigHome home;
    home.write_config(R"({"pace": {"rate": 300}})");
    const CliRun result = run({"estimate", "--sample", "zh"});
    CHECK(result.status == 1);
    CHECK(result.err.find("config.json: unknown pace setting \"rate\"") != std::string::npos);
    CHECK(result.out.empty());
}

TEST_CASE("estimate of the real speech reports every section and its placeholders")
{
    const std::filesystem::path speech = std::filesystem::path(PODIUM_SHARED_DIR) / "speeches" / "zh-party-seminar.txt";
    if (!std::filesystem::exists(speech)) {
        PODIUM_SKIP(speech << " is absent");
    }
    const ConfigHome home;
    const nlohmann::ordered_json json = estimate_json({speech.c_str()});
    REQUIRE(json["sections"].size() >= 4);
    std::size_t placeholders = 0;
    std::size_t han = 0;
    for (const auto& section : json["sections"]) {
        placeholders += section["level"] == 1 ? section["placeholders"].get<std::size_t>() : 0;
        han += section["level"] == 1 ? section["han_chars"].get<std::size_t>() : 0;
        CHECK(section["duration_seconds"].get<double>() > 0.0);
    }
    CHECK(placeholders == json["placeholders"].size());
    CHECK(han > 2000);
    // 2023年 is read 二〇二三年 and counted: the spoken count exceeds the Han characters written.
    CHECK(json["total_seconds"].get<double>() > 600.0);
}
