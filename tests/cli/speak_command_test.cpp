// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_app.hpp"

#include <catch2/catch.hpp>
#include <sndfile.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

namespace {

struct SpeakRun {
    int status = 0;
    std::string out;
    std::string err;
};

SpeakRun run_podium(std::vector<const char*> arguments)
{
    arguments.insert(arguments.begin(), "podium");
    std::ostringstream out;
    std::ostringstream err;
    const int status = podium::run_cli(static_cast<int>(arguments.size()), arguments.data(), out, err);
    return {status, out.str(), err.str()};
}

struct TempDirectory {
    std::filesystem::path path;
    TempDirectory()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "podium-speak-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~TempDirectory() { std::filesystem::remove_all(path); }
};

} // namespace

TEST_CASE("speak --out writes a WAV and --srt/--vtt the subtitles of the Chinese sample")
{
    TempDirectory directory;
    const std::string wav = (directory.path / "speech.wav").string();
    const std::string srt = (directory.path / "speech.srt").string();
    const std::string vtt = (directory.path / "speech.vtt").string();
    const std::string sample = std::string(PODIUM_SOURCE_DIR) + "/docs/samples/welcome-zh.txt";
    const SpeakRun result = run_podium({"speak", sample.c_str(), "--out", wav.c_str(), "--srt", srt.c_str(), "--vtt", vtt.c_str()});
    INFO(result.err);
    REQUIRE(result.status == 0);
    CHECK(result.out.find("wrote " + wav) != std::string::npos);
    SF_INFO info{};
    std::unique_ptr<SNDFILE, int (*)(SNDFILE*)> file(sf_open(wav.c_str(), SFM_READ, &info), sf_close);
    REQUIRE(file);
    CHECK(info.samplerate == 22050);
    CHECK(info.channels == 1);
    CHECK(info.frames > 22050 * 60);
    std::ifstream subtitles(srt);
    std::string first;
    std::getline(subtitles, first);
    CHECK(first == "1");
    std::ifstream web(vtt);
    std::getline(web, first);
    CHECK(first == "WEBVTT");
    // Only the three outputs: no temporary files left behind.
    CHECK(std::distance(std::filesystem::directory_iterator(directory.path), {}) == 3);
}

TEST_CASE("speak with an unknown voice or section is one line and status 1")
{
    TempDirectory directory;
    const std::string wav = (directory.path / "speech.wav").string();
    const SpeakRun voice = run_podium({"speak", "--sample", "zh", "--voice", "no-such-preset", "--out", wav.c_str()});
    CHECK(voice.status == 1);
    CHECK(voice.err == "podium: no voice preset named 'no-such-preset': see `podium voices`\n");
    const SpeakRun section = run_podium({"speak", "--sample", "zh", "--section", "99", "--out", wav.c_str()});
    CHECK(section.status == 1);
    CHECK(section.err.rfind("podium: there is no section 99", 0) == 0);
    CHECK_FALSE(std::filesystem::exists(wav));
}

TEST_CASE("voices lists the bundled presets and whether eSpeak NG has them")
{
    const SpeakRun result = run_podium({"voices"});
    CHECK(result.status == 0);
    CHECK(result.out.find("zh-mandarin") != std::string::npos);
    CHECK(result.out.find("cmn-latn-pinyin") != std::string::npos);
    CHECK(result.out.find("yes") != std::string::npos);
}
