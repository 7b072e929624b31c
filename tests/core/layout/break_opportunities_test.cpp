// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/break_opportunities.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace podium;

namespace {

std::vector<std::size_t> breaks_in(const std::string& text)
{
    BreakFinder finder;
    return finder.find(text, Span{0, text.size()});
}

bool has_break(const std::string& text, const std::string& before)
{
    const auto breaks = breaks_in(text);
    return std::find(breaks.begin(), breaks.end(), before.size()) != breaks.end();
}

} // namespace

TEST_CASE("a line may break between two Han characters")
{
    CHECK(has_break("你好世界", "你好"));
}

TEST_CASE("no break before a full-width comma or full stop")
{
    CHECK_FALSE(has_break("你好，世界。再见", "你好"));
    CHECK_FALSE(has_break("你好，世界。再见", "你好，世界"));
    CHECK(has_break("你好，世界。再见", "你好，"));
}

TEST_CASE("no break after an opening quote or bracket, none before a closing one")
{
    const std::string text = "他说“你好”，又读《论语》和「书」。";
    CHECK_FALSE(has_break(text, "他说“"));
    CHECK_FALSE(has_break(text, "他说“你好"));
    CHECK_FALSE(has_break(text, "他说“你好”，又读《"));
    CHECK_FALSE(has_break(text, "他说“你好”，又读《论语"));
    CHECK_FALSE(has_break(text, "他说“你好”，又读《论语》和「"));
}

TEST_CASE("Latin words break only at spaces")
{
    const std::string text = "hello brave world";
    const auto breaks = breaks_in(text);
    CHECK(breaks == std::vector<std::size_t>{6, 12, text.size()});
}

TEST_CASE("every mark the CJK rules name is classified")
{
    for (const char32_t c : std::u32string(U"，。、；：？！”）》」』")) {
        CHECK(is_forbidden_line_start(c));
    }
    for (const char32_t c : std::u32string(U"“（《「『")) {
        CHECK(is_forbidden_line_end(c));
    }
    CHECK_FALSE(is_forbidden_line_start(U'字'));
    CHECK_FALSE(is_forbidden_line_end(U'字'));
}

TEST_CASE("breaks inside a range are absolute offsets ending at the range end")
{
    const std::string text = "前言。你好世界";
    BreakFinder finder;
    const Span range{std::string("前言。").size(), text.size()};
    const auto breaks = finder.find(text, range);
    REQUIRE_FALSE(breaks.empty());
    CHECK(breaks.front() > range.begin);
    CHECK(breaks.back() == range.end);
    CHECK(std::is_sorted(breaks.begin(), breaks.end()));
}
