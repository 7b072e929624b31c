// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/font_locator.hpp"
#include "display/sdl_handles.hpp"
#include "display/text_font.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace podium;

namespace {

std::filesystem::path fresh_folder(const std::string& name)
{
    const auto folder = std::filesystem::temp_directory_path() / ("podium-display-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

} // namespace

TEST_CASE("a font file in a fonts folder is chosen before fontconfig, first by name")
{
    const auto folder = fresh_folder("fonts");
    std::ofstream(folder / "notes.txt") << "not a font";
    CHECK_FALSE(font_in_folder(folder).has_value());
    std::ofstream(folder / "b-face.OTF") << "x";
    std::ofstream(folder / "a-face.ttf") << "x";
    const auto choice = font_in_folder(folder);
    REQUIRE(choice.has_value());
    CHECK(choice->file.filename() == "a-face.ttf");
    CHECK(locate_font({fresh_folder("empty"), folder}).file.filename() == "a-face.ttf");
    std::filesystem::remove_all(folder);
}

TEST_CASE("a missing fonts folder is skipped quietly")
{
    CHECK_FALSE(font_in_folder("/nonexistent/podium/fonts").has_value());
}

TEST_CASE("fontconfig finds a Chinese face that renders the sample's characters")
{
    const auto choice = cjk_font_from_fontconfig();
    if (!choice) {
        PODIUM_SKIP("no CJK font installed (fonts-noto-cjk)");
    }
    CHECK(std::filesystem::exists(choice->file));
    const TtfLibrary ttf;
    const TextFont font(*choice, 64);
    for (const char* text : {"讲好每一次发言", "12.5%", "Podium"}) {
        INFO(text);
        CHECK(font.width(text) > 0);
    }
    // Han characters are about one em wide: the face really covers them (no tofu boxes of 0.5 em).
    CHECK(font.width("讲好") >= 120);
    CHECK(font.width("讲好") <= 136);
}
