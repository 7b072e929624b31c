// SPDX-License-Identifier: GPL-3.0-or-later
// `podium estimate --by speech` and `--compare-speech`, with eSpeak NG for real: the speech is
// synthesised into memory, so no audio device is involved.
#include "cli/speech_estimate.hpp"

#include "cli/cli_runner.hpp"
#include "cli/config_home.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace {

using podium::testing::CliRun;
using podium::testing::ConfigHome;
using podium::testing::run;

podium::LoadedScript load_speech(const std::filesystem::path& path)
{
    return podium::load_script({path.string(), ""});
}

// Every section long enough to check (100 Han syllables or 60 words) lies within ±5% of the
// synthesis; and a speech of this size has at least one such section.
void require_model_matches_synthesis(const std::filesystem::path& path)
{
    constexpr double tolerance = 0.05;
    const ConfigHome home; // the bundled voice presets only
    std::ostringstream warnings;
    const podium::SpeechComparison result = podium::compare_with_speech(load_speech(path), {}, warnings);
    std::ostringstream table;
    podium::print_speech_comparison(table, result);
    INFO(table.str());
    const podium::TimingComparison& comparison = result.comparison;
    REQUIRE(comparison.checked >= 1);
    for (std::size_t i = 0; i < comparison.sections.size(); ++i) {
        const podium::SectionComparison& section = comparison.sections[i];
        INFO(path.filename().string() << ": section " << result.model.sections[i].label << " model "
                                      << section.model_seconds << " s, measured " << section.measured_seconds
                                      << " s, error " << section.error * 100.0 << "%");
        CHECK(section.measured_seconds > 0.0);
        if (section.checked) {
            CHECK(std::abs(section.error) <= tolerance);
        }
    }
    CHECK(comparison.passed());
}

std::filesystem::path sample(const char* name)
{
    return std::filesystem::path(PODIUM_SOURCE_DIR) / "docs" / "samples" / name;
}

nlohmann::json json_of(const CliRun& result)
{
    INFO(result.err);
    REQUIRE(result.status == 0);
    return nlohmann::json::parse(result.out);
}

} // namespace

TEST_CASE("the model matched to the voices is within 5% of the synthesis for every long section of the Chinese sample")
{
    require_model_matches_synthesis(sample("welcome-zh.txt"));
}

TEST_CASE("the model matched to the voices is within 5% of the synthesis for every long section of the English sample")
{
    require_model_matches_synthesis(sample("welcome-en.md"));
}

TEST_CASE("the model matched to the voices is within 5% of the synthesis for every long section of the shared speeches")
{
    const std::filesystem::path directory = std::filesystem::path(PODIUM_SHARED_DIR) / "speeches";
    if (!std::filesystem::is_directory(directory)) {
        PODIUM_SKIP(directory << " is absent");
    }
    std::vector<std::filesystem::path> speeches;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        const std::string extension = entry.path().extension().string();
        if (entry.is_regular_file() && (extension == ".txt" || extension == ".md")) {
            speeches.push_back(entry.path());
        }
    }
    if (speeches.empty()) {
        PODIUM_SKIP("no .txt or .md speech in " << directory);
    }
    for (const auto& speech : speeches) {
        require_model_matches_synthesis(speech);
    }
}

TEST_CASE("the model matched to the voices is within 5% of the synthesis for every long section of the benchmark speeches")
{
    // Ten speeches of different kinds written for bench/timing_accuracy (toast, talk, eulogy,
    // kick-off, commencement, product launch, farewell, medical briefing; Chinese lecture and
    // report): each synthesises in well under a second.
    const std::filesystem::path directory = std::filesystem::path(PODIUM_SOURCE_DIR) / "bench/timing_accuracy/speeches";
    std::vector<std::filesystem::path> speeches;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        speeches.push_back(entry.path());
    }
    std::sort(speeches.begin(), speeches.end());
    REQUIRE(speeches.size() >= 10);
    for (const auto& speech : speeches) {
        require_model_matches_synthesis(speech);
    }
}

TEST_CASE("the voice rates are measured, not assumed: a faster eSpeak rate reads the calibration faster")
{
    const ConfigHome home;
    std::ostringstream warnings;
    const auto loaded = load_speech(sample("welcome-zh.txt"));
    const podium::SpeechComparison normal = podium::compare_with_speech(loaded, {}, warnings);
    const podium::SpeechComparison fast = podium::compare_with_speech(loaded, {{}, 250}, warnings);
    CHECK(fast.pace.chinese.units_per_minute > normal.pace.chinese.units_per_minute * 1.2);
    CHECK(fast.pace.english.units_per_minute > normal.pace.english.units_per_minute * 1.2);
    CHECK(fast.measured.total_seconds < normal.measured.total_seconds);
    CHECK(fast.profile.han_per_minute > normal.profile.han_per_minute);
    // Each calibration passage is long enough to separate the rate from the silence per text.
    CHECK(normal.pace.chinese.units >= 200);
    CHECK(normal.pace.english.units >= 150);
}

TEST_CASE("estimate --by speech reports the synthesis in the estimate's JSON, sections and placeholders included")
{
    const ConfigHome home;
    const nlohmann::json model = json_of(run({"estimate", "--sample", "zh", "--json"}));
    const nlohmann::json measured = json_of(run({"estimate", "--by", "speech", "--sample", "zh", "--json"}));
    REQUIRE(measured["sections"].size() == model["sections"].size());
    CHECK(measured["placeholders"] == model["placeholders"]);
    CHECK(measured["total_seconds"].get<double>() != model["total_seconds"].get<double>());
    double top_level = 0.0;
    for (std::size_t i = 0; i < measured["sections"].size(); ++i) {
        const auto& section = measured["sections"][i];
        CHECK(section["han_chars"] == model["sections"][i]["han_chars"]);
        CHECK(section["duration_seconds"].get<double>() > 0.0);
        top_level += section["level"] == 1 ? section["duration_seconds"].get<double>() : 0.0;
    }
    CHECK(top_level == Approx(measured["total_seconds"].get<double>()).margin(0.05));
    // The profile reported is the voices' own: the voice's rate, not the 200 chars/min default.
    CHECK(measured["profile"]["han_per_minute"].get<double>() != 200.0);
}

TEST_CASE("estimate --by speech prints the table and CSV, with no progress bar when stderr is not a terminal")
{
    const ConfigHome home;
    const CliRun table = run({"estimate", "--by", "speech", "--sample", "en"});
    INFO(table.err);
    REQUIRE(table.status == 0);
    CHECK(table.out.find("(eSpeak NG synthesis: ") != std::string::npos);
    CHECK(table.out.find("Total") != std::string::npos);
    CHECK(table.err.empty());
    const CliRun csv = run({"estimate", "--by", "speech", "--sample", "en", "--csv"});
    REQUIRE(csv.status == 0);
    CHECK(csv.out.rfind("section,level,start,duration", 0) == 0);
}

TEST_CASE("estimate --compare-speech prints model, measured, error and a verdict for each section")
{
    const ConfigHome home;
    const CliRun result = run({"estimate", "--compare-speech", "--sample", "zh"});
    INFO(result.out << result.err);
    REQUIRE(result.status == 0);
    CHECK(result.out.find("Model against eSpeak NG synthesis") != std::string::npos);
    CHECK(result.out.find("Measured") != std::string::npos);
    CHECK(result.out.find("一、心中有稿") != std::string::npos);
    CHECK(result.out.find("\nPASS: ") != std::string::npos);
    CHECK(result.out.find("checked sections within ±5%") != std::string::npos);
}

TEST_CASE("estimate --by speech refuses the pace settings it would ignore")
{
    const CliRun rate = run({"estimate", "--by", "speech", "--rate", "220", "--sample", "zh"});
    CHECK(rate.status == 1);
    CHECK(rate.err.find("--rate does not apply to --by speech") != std::string::npos);
    const CliRun compare = run({"estimate", "--compare-speech", "--json", "--sample", "zh"});
    CHECK(compare.status != 0);
    const CliRun unknown = run({"estimate", "--by", "guess", "--sample", "zh"});
    CHECK(unknown.status != 0);
}
