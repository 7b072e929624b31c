// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_app.hpp"
#include "cli/duration_text.hpp"
#include "app/rehearsal_access.hpp"
#include "cli/terminal_width.hpp"
#include "core/io/atomic_file.hpp"

#include "cli/cli_runner.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <unistd.h>
#include <vector>

using namespace podium;

namespace {

using podium::testing::CliRun;
using podium::testing::run;
using podium::testing::lines_of;

// A private XDG data directory for the test, so the user's real rehearsals are never touched.
std::filesystem::path private_data_home(const std::string& name)
{
    const auto directory = std::filesystem::temp_directory_path()
        / ("podium-cli-report-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(directory);
    std::filesystem::create_directories(directory);
    ::setenv("XDG_DATA_HOME", directory.c_str(), 1);
    return directory;
}

const std::string sample_zh = PODIUM_SOURCE_DIR "/docs/samples/welcome-zh.txt";

} // namespace

TEST_CASE("display width counts Han and fullwidth punctuation as two columns")
{
    CHECK(display_width("abc") == 3);
    CHECK(display_width("一、心中有稿") == 12);
    CHECK(display_width("2:05 总计") == 9);
    CHECK(display_width("e\xCC\x81") == 1); // e + combining acute
    CHECK(pad_to_width("一", 4, ColumnAlign::Right) == "  一");
    CHECK(pad_to_width("abc", 2, ColumnAlign::Left) == "abc");
}

TEST_CASE("a difference to the plan reads as signed time and percentage")
{
    CHECK(format_delta(42.0, 0.18) == "+0:42 (+18%)");
    CHECK(format_delta(-65.0, -0.09) == "-1:05 (-9%)");
    CHECK(format_delta(3.0, std::nullopt) == "+0:03");
}

TEST_CASE("report without any rehearsal says how runs get recorded")
{
    const auto home = private_data_home("empty");
    const CliRun result = run({"report", sample_zh.c_str()});
    CHECK(result.status == 0);
    CHECK(result.out.find("none recorded yet") != std::string::npos);
    std::filesystem::remove_all(home);
}

TEST_CASE("report prints one aligned row per section with the recent runs and the trend")
{
    const auto home = private_data_home("table");
    REQUIRE(run({"rehearse-simulate", sample_zh.c_str(), "--runs", "3", "--skip-section", "2"}).status == 0);
    const CliRun result = run({"report", sample_zh.c_str()});
    INFO(result.out << result.err);
    REQUIRE(result.status == 0);
    CHECK(result.err.empty());
    const CliRun json_run = run({"report", sample_zh.c_str(), "--json"});
    const auto document = nlohmann::json::parse(json_run.out);
    const std::size_t sections = document.at("sections").size();
    REQUIRE(sections >= 2);
    CHECK(document.at("runs").size() == 3);
    CHECK(document.at("sections").at(2).at("runs").at(1).at("state") == "skipped");
    CHECK(document.at("pace").at("calibrated") == true);

    // Header, one row per section, a rule, the total: the columns before the trend line up
    // in display columns even with Chinese titles.
    const auto lines = lines_of(result.out);
    std::size_t header = 0;
    while (header < lines.size() && lines[header].rfind("Section", 0) != 0) {
        ++header;
    }
    REQUIRE(header + sections + 2 < lines.size());
    std::optional<std::size_t> trend_column;
    for (std::size_t i = header; i <= header + sections + 2; ++i) {
        if (i == header + sections + 1) {
            CHECK(lines[i].find_first_not_of('-') == std::string::npos); // the rule
            continue;
        }
        const std::string& line = lines[i];
        const std::size_t before_trend = display_width(line.substr(0, line.rfind("  ") + 2));
        if (!trend_column) {
            trend_column = before_trend;
        }
        INFO(line);
        CHECK(before_trend == *trend_column);
    }
    CHECK(lines[header + sections + 2].rfind("Total", 0) == 0);
    CHECK(result.out.find("skipped") != std::string::npos);
    std::filesystem::remove_all(home);
}

TEST_CASE("report with a target names the sections to cut and how many characters")
{
    const auto home = private_data_home("target");
    REQUIRE(run({"rehearse-simulate", sample_zh.c_str(), "--runs", "2", "--han-per-minute", "150"}).status == 0);
    const CliRun result = run({"report", sample_zh.c_str(), "--target", "2:00"});
    INFO(result.out);
    CHECK(result.status == 0);
    CHECK(result.out.find("Cut first") != std::string::npos);
    CHECK(result.out.find("characters at") != std::string::npos);
    const auto document = nlohmann::json::parse(run({"report", sample_zh.c_str(), "--target", "2:00", "--json"}).out);
    CHECK(document.at("coaching").at("target_seconds") == 120.0);
    CHECK_FALSE(document.at("coaching").at("cuts").empty());
    CHECK(run({"report", sample_zh.c_str(), "--target", "soon"}).status == 1);
    std::filesystem::remove_all(home);
}

TEST_CASE("report draws the chart as PNG and as SVG")
{
    const auto home = private_data_home("chart");
    REQUIRE(run({"rehearse-simulate", sample_zh.c_str(), "--runs", "3"}).status == 0);
    const std::string png = (home / "chart.png").string();
    const std::string svg = (home / "chart.svg").string();
    CHECK(run({"report", sample_zh.c_str(), "--chart", svg.c_str()}).status == 0);
    std::string text;
    REQUIRE(read_whole_file(svg, text));
    CHECK(text.find("<svg") != std::string::npos);
    CHECK(text.find("Noto Sans CJK SC") != std::string::npos);
    CHECK(text.find("Planned") != std::string::npos);
    const CliRun png_run = run({"report", sample_zh.c_str(), "--chart", png.c_str()});
    if (png_run.status != 0 && png_run.err.find("no CJK font") != std::string::npos) {
        PODIUM_SKIP(png_run.err);
    }
    REQUIRE(png_run.status == 0);
    std::string bytes;
    REQUIRE(read_whole_file(png, bytes));
    CHECK(bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
    CHECK(bytes.size() > 10000);
    const CliRun gif = run({"report", sample_zh.c_str(), "--chart", (home / "chart.gif").c_str()});
    CHECK(gif.status == 1);
    CHECK(gif.err.find(".png or .svg") != std::string::npos);
    std::filesystem::remove_all(home);
}

TEST_CASE("a damaged rehearsal log is one warning line and the report goes on")
{
    const auto home = private_data_home("damaged");
    REQUIRE(run({"rehearse-simulate", sample_zh.c_str(), "--runs", "1"}).status == 0);
    REQUIRE(write_file_atomically(home / "podium" / "rehearsals" / "00000000deadbeef.json", "{\"runs\": [").empty());
    const CliRun result = run({"report", sample_zh.c_str()});
    CHECK(result.status == 0);
    CHECK(result.err.find("warning") != std::string::npos);
    CHECK(result.err.find("00000000deadbeef.json") != std::string::npos);
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(result.out.find("Total") != std::string::npos);
    std::filesystem::remove_all(home);
}

TEST_CASE("the calibrated pace comes from the runs in the user's store")
{
    const auto home = private_data_home("pace");
    std::ostringstream warnings;
    CHECK_FALSE(calibrated_pace(PaceProfile{}, warnings).calibrated());
    REQUIRE(run({"rehearse-simulate", sample_zh.c_str(), "--runs", "4", "--han-per-minute", "160", "--noise", "0.05"})
                .status == 0);
    const PaceCalibration pace = calibrated_pace(PaceProfile{}, warnings);
    INFO(describe(pace));
    CHECK(pace.calibrated());
    // The simulator's runs get faster towards 160 (earlier ones up to 12% slower).
    CHECK(pace.profile.han_per_minute < 165.0);
    CHECK(pace.profile.han_per_minute > 135.0);
    CHECK(warnings.str().empty());
    std::filesystem::remove_all(home);
}

TEST_CASE("report prints the held-out check: the latest run predicted from the earlier ones")
{
    const auto home = private_data_home("held-out");
    REQUIRE(run({"rehearse-simulate", sample_zh.c_str(), "--runs", "4", "--han-per-minute", "170", "--noise", "0.05"})
                .status == 0);
    const CliRun result = run({"report", sample_zh.c_str()});
    INFO(result.out << result.err);
    REQUIRE(result.status == 0);
    CHECK(result.out.find("Held-out check: the latest run predicted from the earlier ones") != std::string::npos);
    CHECK(result.out.find("predicted ") != std::string::npos);
    CHECK(result.out.find("median error") != std::string::npos);
    std::filesystem::remove_all(home);
}

TEST_CASE("run ids are timestamped and unique")
{
    const std::string now = utc_timestamp_now();
    CHECK(now.size() == 20);
    CHECK(now[10] == 'T');
    CHECK(now.back() == 'Z');
    const std::string a = new_run_id(now);
    const std::string b = new_run_id(now);
    CHECK(a != b);
    CHECK(a.rfind(now.substr(0, 4), 0) == 0);
}

TEST_CASE("estimate --calibrated uses the pace learnt from the rehearsals")
{
    const auto home = private_data_home("estimate");
    const CliRun plain = run({"estimate", sample_zh.c_str(), "--json"});
    REQUIRE(plain.status == 0);
    REQUIRE(run({"rehearse-simulate", sample_zh.c_str(), "--runs", "4", "--han-per-minute", "150", "--noise", "0.05"})
                .status == 0);
    const CliRun calibrated = run({"estimate", sample_zh.c_str(), "--json", "--calibrated"});
    INFO(calibrated.err);
    REQUIRE(calibrated.status == 0);
    CHECK(calibrated.err.find("calibrated pace") != std::string::npos);
    const auto before = nlohmann::json::parse(plain.out);
    const auto after = nlohmann::json::parse(calibrated.out);
    CHECK(after.dump().find("\"han_per_minute\":") != std::string::npos);
    // A speaker at ~150 chars/min (the simulated runs) takes longer than the 200/min default.
    CHECK(after.dump() != before.dump());
    std::filesystem::remove_all(home);
}
