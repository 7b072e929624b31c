// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of installing Podium that the CLI owns: the generated bash completion and man-page
// help, and samples read from the data's samples folder.
#include "cli/cli_runner.hpp"
#include "cli/script_source.hpp"
#include "core/io/data_directories.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <random>

namespace {

using podium::testing::CliRun;
using podium::testing::run;

struct TempFolder {
    std::filesystem::path path;
    TempFolder()
    {
        std::random_device device;
        path = std::filesystem::temp_directory_path() / ("podium-install-test-" + std::to_string(device()));
        std::filesystem::create_directories(path);
    }
    ~TempFolder()
    {
        std::error_code error;
        std::filesystem::remove_all(path, error);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
};

// Every visible command (rehearse-simulate is a hidden demo).
const char* const commands[] = {"split", "outline", "estimate", "speak", "voices", "report", "render",
    "displays", "keys"};

} // namespace

TEST_CASE("the bash completion names every command and completes option choices from the parser")
{
    const CliRun result = run({"--bash-completion"});
    REQUIRE(result.status == 0);
    for (const char* command : commands) {
        INFO(command);
        CHECK(result.out.find(std::string("        ") + command + ")\n") != std::string::npos);
    }
    // --sample is checked by CLI::IsMember({"en", "zh"}); the completion offers exactly those.
    CHECK(result.out.find("--sample) COMPREPLY=($(compgen -W \"en zh\" -- \"$cur\"))") != std::string::npos);
    CHECK(result.out.find("--out) _filedir") != std::string::npos);
    // Flags take no value: nothing is completed after them but further options and files.
    CHECK(result.out.find("--json)") == std::string::npos);
    CHECK(result.out.find("complete -F _podium podium") != std::string::npos);
    // Hidden flags stay hidden.
    for (const std::string& line : podium::testing::lines_of(result.out)) {
        if (line.find("options=\"") != std::string::npos) {
            CHECK(line.find("--bash-completion") == std::string::npos);
        }
    }
}

TEST_CASE("the generated bash completion is valid bash")
{
    const TempFolder folder;
    const auto script = folder.path / "podium.bash";
    std::ofstream(script) << run({"--bash-completion"}).out;
    CHECK(std::system(("bash -n '" + script.string() + "'").c_str()) == 0);
}

TEST_CASE("the help of every command (--help-all, the man page source) shows their options")
{
    const CliRun result = run({"--help-all"});
    REQUIRE(result.status == 0);
    for (const char* command : commands) {
        INFO(command);
        CHECK(result.out.find(std::string(command)) != std::string::npos);
    }
    CHECK(result.out.find("--size") != std::string::npos);      // render
    CHECK(result.out.find("--compare-speech") != std::string::npos); // estimate
}

TEST_CASE("a sample is read from the first samples folder that has the language")
{
    const TempFolder first;
    const TempFolder second;
    std::ofstream(first.path / "welcome-zh.txt") << "中文";
    std::ofstream(second.path / "welcome-en.md") << "# English";
    std::ofstream(second.path / "welcome-zh.txt") << "中文";
    CHECK(podium::sample_file("en", {first.path, second.path}) == second.path / "welcome-en.md");
    CHECK(podium::sample_file("zh", {first.path, second.path}) == first.path / "welcome-zh.txt");
    CHECK_FALSE(podium::sample_file("fr", {first.path, second.path}));
    CHECK_FALSE(podium::sample_file("en", {first.path / "missing"}));
}

TEST_CASE("from the build tree the sample is the source tree's docs/samples file")
{
    const auto file = podium::sample_file("en", podium::podium_data_directories("samples"));
    REQUIRE(file);
    CHECK(std::filesystem::equivalent(*file, std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-en.md"));
}
