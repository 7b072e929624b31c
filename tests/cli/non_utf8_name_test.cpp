// SPDX-License-Identifier: GPL-3.0-or-later
// File names are bytes. A speech saved on a Chinese Windows share arrives with a GBK name
// (中文 = D6 D0 CE C4), which is not UTF-8; every command that names the file in JSON, in the
// rehearsal log or in a window title must show it with U+FFFD, never throw.
#include "cli/cli_runner.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

using podium::testing::run;

namespace {

// A private folder for the speech and the XDG data/config homes of one test case.
class Scratch {
public:
    explicit Scratch(const std::string& name)
        : m_dir(std::filesystem::temp_directory_path() / ("podium-gbk-" + std::to_string(::getpid()) + "-" + name))
    {
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir / "data");
        std::filesystem::create_directories(m_dir / "config");
        ::setenv("XDG_DATA_HOME", (m_dir / "data").c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (m_dir / "config").c_str(), 1);
    }
    ~Scratch() { std::filesystem::remove_all(m_dir); }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    // The bundled English sample under a GBK file name.
    [[nodiscard]] std::string gbk_speech() const
    {
        const std::filesystem::path path = m_dir / std::string("\xD6\xD0\xCE\xC4.md");
        std::ifstream in(PODIUM_SOURCE_DIR "/docs/samples/welcome-en.md", std::ios::binary);
        std::ofstream(path, std::ios::binary) << in.rdbuf();
        return path.string();
    }
    [[nodiscard]] const std::filesystem::path& dir() const { return m_dir; }

private:
    std::filesystem::path m_dir;
};

std::string slurp(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

const std::string replaced_name = "\uFFFD\uFFFD\uFFFD\uFFFD.md";

} // namespace

TEST_CASE("split --json reads a GBK-named speech and prints valid JSON")
{
    const Scratch scratch("split");
    const std::string speech = scratch.gbk_speech();
    const auto result = run({"split", speech.c_str(), "--json"});
    INFO(result.err);
    REQUIRE(result.status == 0);
    const auto json = nlohmann::json::parse(result.out); // strict: throws on invalid UTF-8
    CHECK(json.at("sentences").size() > 5);
    CHECK(json.at("format") == "markdown");
}

TEST_CASE("rehearsals of a GBK-named speech are saved and report --json shows them")
{
    const Scratch scratch("report");
    const std::string speech = scratch.gbk_speech();
    const auto simulated = run({"rehearse-simulate", speech.c_str(), "--runs", "2"});
    INFO(simulated.err);
    REQUIRE(simulated.status == 0);

    const auto result = run({"report", speech.c_str(), "--json"});
    INFO(result.err);
    REQUIRE(result.status == 0);
    const auto json = nlohmann::json::parse(result.out);
    CHECK(json.at("script").get<std::string>().find(replaced_name) != std::string::npos);
    CHECK(json.at("runs").size() == 2);
    // The text report prints the same runs.
    const auto text = run({"report", speech.c_str()});
    CHECK(text.status == 0);
}

TEST_CASE("the prompter on a GBK-named speech runs past the countdown and its first save, and exits 0")
{
    const Scratch scratch("prompter");
    const std::string speech = scratch.gbk_speech();
    const auto log = scratch.dir() / "out.txt";
    // The countdown is 3 s; the first save follows the run's first frame. --quit-after closes
    // the window at 5 s of its life (a program input, not a bound on how long this takes).
    const std::string command = "SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy '"
        PODIUM_EXECUTABLE "' '" + speech + "' --quit-after 5 > '" + log.string() + "' 2>&1";
    const int status = std::system(command.c_str());
    INFO(slurp(log));
    REQUIRE(status == 0);

    const auto rehearsals = scratch.dir() / "data" / "podium" / "rehearsals";
    REQUIRE(std::filesystem::is_directory(rehearsals));
    std::size_t logs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(rehearsals)) {
        if (entry.path().extension() != ".json") {
            continue;
        }
        ++logs;
        const auto json = nlohmann::json::parse(slurp(entry.path()));
        CHECK(json.at("script_name").get<std::string>().find(replaced_name) != std::string::npos);
        CHECK(json.at("runs").size() == 1);
    }
    CHECK(logs == 1);
}
