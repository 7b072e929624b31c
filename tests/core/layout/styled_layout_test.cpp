// SPDX-License-Identifier: GPL-3.0-or-later
// Bold and italic text: layout measures it in its own style and never mixes styles in a run.
#include "core/layout/layout.hpp"

#include "core/fake_measurer.hpp"
#include "core/script/script.hpp"

#include <catch2/catch.hpp>

using namespace podium;

namespace {

// Bold text is 2 px wider a character than the fake measurer's plain text.
class BoldWiderMeasurer : public testing::FakeMeasurer {
public:
    using FakeMeasurer::width;
    [[nodiscard]] int width(std::string_view utf8, unsigned char style) const override
    {
        const int plain = FakeMeasurer::width(utf8);
        if ((style & kStyleBold) == 0) {
            return plain;
        }
        std::size_t characters = 0;
        for (const char c : utf8) {
            characters += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u ? 1 : 0;
        }
        return plain + 2 * static_cast<int>(characters);
    }
};

} // namespace

TEST_CASE("a bold Markdown word is its own run, measured bold, without its asterisks")
{
    const Script script = build_script("这是**重点**内容。\n", ScriptFormat::Markdown);
    const BoldWiderMeasurer measurer;
    const Layout layout = layout_script(script, measurer, LayoutOptions{1000, 0.0, 1.4, 0.6});
    REQUIRE(layout.lines.size() == 1);
    const std::vector<LineRun>& runs = layout.lines[0].runs;
    REQUIRE(runs.size() == 3);
    CHECK(script.view(runs[0].span) == "这是");
    CHECK(runs[0].style == kStylePlain);
    CHECK(script.view(runs[1].span) == "重点");
    CHECK(runs[1].style == kStyleBold);
    CHECK(runs[1].x == 20);
    CHECK(runs[1].width == 24); // two characters at 12 px
    CHECK(script.view(runs[2].span) == "内容。");
    CHECK(runs[2].x == 44);
    CHECK(runs[2].style == kStylePlain);
}

TEST_CASE("style runs of an imported document split the sentence's runs where the style changes")
{
    ScriptSource source;
    source.text = "Keep it short and clear.\n";
    source.styles = {{Span{8, 13}, kStyleBold}, {Span{18, 23}, kStyleItalic}};
    const Script script = build_script(std::move(source));
    const BoldWiderMeasurer measurer;
    const Layout layout = layout_script(script, measurer, LayoutOptions{1000, 0.0, 1.4, 0.6});
    REQUIRE(layout.lines.size() == 1);
    std::vector<std::pair<std::string, int>> runs;
    for (const LineRun& run : layout.lines[0].runs) {
        runs.emplace_back(script.view(run.span), run.style);
    }
    CHECK(runs
        == std::vector<std::pair<std::string, int>>{{"Keep it", kStylePlain}, {"short", kStyleBold},
            {"and", kStylePlain}, {"clear", kStyleItalic}, {".", kStylePlain}});
}
