// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/layout.hpp"

#include "core/layout/break_opportunities.hpp"
#include "core/text/load.hpp"
#include "core/text/utf8.hpp"
#include "core/fake_measurer.hpp"
#include "core/script_by_lines.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace podium;
using podium::testing::FakeMeasurer;
using podium::testing::script_by_lines;

namespace {

std::string read_sample(const char* name)
{
    std::ifstream in(std::string(PODIUM_SOURCE_DIR) + "/docs/samples/" + name, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

Script sample(const char* name, ScriptFormat format)
{
    return script_by_lines(read_sample(name), format);
}

// A view whose text column is exactly `column` px wide.
LayoutOptions column_of(int column)
{
    LayoutOptions options;
    options.margin_fraction = 0.0;
    options.width = column;
    return options;
}

char32_t first_char(std::string_view text, std::size_t at)
{
    return utf8::next(text, at);
}

char32_t last_char(std::string_view text, std::size_t end)
{
    return utf8::previous(text, end);
}

} // namespace

TEST_CASE("no line starts with a closing mark or ends with an opening one, at any width")
{
    const Script script = build_script(
        "第一段文字，写得比较长。“引号里的话”，还有《书名号》和（括号）；问号？感叹号！「直角引号」『双引号』、顿号：冒号。",
        ScriptFormat::PlainText);
    FakeMeasurer measurer;
    for (int column = 20; column <= 300; column += 10) {
        const Layout layout = layout_script(script, measurer, column_of(column));
        REQUIRE((layout.lines.size() > 1 || column > 200));
        for (const LayoutLine& line : layout.lines) {
            INFO("column " << column << " line " << line);
            CHECK_FALSE(is_forbidden_line_start(first_char(script.text, line.span.begin)));
            CHECK_FALSE(is_forbidden_line_end(last_char(script.text, line.span.end)));
        }
    }
}

TEST_CASE("the Chinese sample never puts a forbidden mark at a line start")
{
    const Script script = sample("welcome-zh.txt", ScriptFormat::PlainText);
    FakeMeasurer measurer;
    for (int column = 100; column <= 400; column += 30) {
        const Layout layout = layout_script(script, measurer, column_of(column));
        for (const LayoutLine& line : layout.lines) {
            INFO("column " << column << " line " << line);
            CHECK_FALSE(is_forbidden_line_start(first_char(script.text, line.span.begin)));
            CHECK_FALSE(is_forbidden_line_end(last_char(script.text, line.span.end)));
            CHECK(line.width <= layout.column_width);
        }
    }
}

TEST_CASE("Latin words are never split across lines")
{
    const Script script = sample("welcome-en.md", ScriptFormat::Markdown);
    const Script mixed = build_script("我们今天用Podium软件排练，再用rehearsal功能记录时间。", ScriptFormat::PlainText);
    FakeMeasurer measurer;
    for (const Script* s : {&script, &mixed}) {
        for (int column = 60; column <= 400; column += 20) {
            const Layout layout = layout_script(*s, measurer, column_of(column));
            for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i) {
                const LayoutLine& line = layout.lines[i];
                const LayoutLine& next = layout.lines[i + 1];
                if (line.paragraph != next.paragraph || line.span.end != next.span.begin) {
                    continue; // a space or a paragraph break separates them
                }
                INFO("column " << column << ' ' << line << " | " << next);
                CHECK_FALSE((utf8::is_ascii_alnum(last_char(s->text, line.span.end))
                    && utf8::is_ascii_alnum(first_char(s->text, next.span.begin))));
            }
        }
    }
}

TEST_CASE("a word wider than the column is cut to fit")
{
    const Script script = build_script("Antidisestablishmentarianism is long.", ScriptFormat::PlainText);
    FakeMeasurer measurer;
    const Layout layout = layout_script(script, measurer, column_of(50)); // 10 Latin letters
    REQUIRE(layout.lines.size() >= 3);
    for (const LayoutLine& line : layout.lines) {
        CHECK(line.width <= 50);
        CHECK(line.width > 0);
    }
}

TEST_CASE("runs map back to their sentences and cover every character in order")
{
    const Script script = sample("welcome-zh.txt", ScriptFormat::PlainText);
    FakeMeasurer measurer;
    const Layout layout = layout_script(script, measurer, column_of(173));
    std::vector<std::string> rebuilt(script.sentences.size());
    std::size_t last_end = 0;
    for (const LayoutLine& line : layout.lines) {
        int last_x = -1;
        for (const LineRun& run : line.runs) {
            REQUIRE(run.sentence < script.sentences.size());
            const Span sentence = script.sentences[run.sentence].span;
            CHECK(run.span.begin >= sentence.begin);
            CHECK(run.span.end <= sentence.end);
            CHECK(run.span.begin >= last_end);
            CHECK(run.x > last_x);
            CHECK(run.width == measurer.width(script.view(run.span)));
            CHECK(script.sentences[run.sentence].paragraph == line.paragraph);
            last_end = run.span.end;
            last_x = run.x;
            rebuilt[run.sentence] += script.view(run.span);
        }
    }
    for (std::size_t s = 0; s < script.sentences.size(); ++s) {
        INFO("sentence " << s);
        CHECK(rebuilt[s] == script.sentence_text(s));
    }
}

TEST_CASE("Markdown markup is neither drawn nor measured, and runs still map to their sentences")
{
    const Script script = script_by_lines("## Part two\nSay **this** and `that` now.\n- a list item.\n", ScriptFormat::Markdown);
    FakeMeasurer measurer;
    const Layout layout = layout_script(script, measurer, column_of(1000));
    REQUIRE(layout.lines.size() == 3);
    std::vector<std::vector<std::string>> shown;
    for (const LayoutLine& line : layout.lines) {
        std::vector<std::string> runs;
        for (const LineRun& run : line.runs) {
            CHECK(run.width == measurer.width(script.view(run.span)));
            for (const Span& markup : script.markup) {
                CHECK((run.span.end <= markup.begin || run.span.begin >= markup.end));
            }
            runs.emplace_back(script.view(run.span));
        }
        shown.push_back(runs);
    }
    using Runs = std::vector<std::string>;
    CHECK(shown == std::vector<Runs>{Runs{"Part two"}, Runs{"Say", "this", "and", "that", "now."}, Runs{"a list item."}});
    // No indent where a marker was: the heading and the list item start at the column's edge.
    CHECK(layout.lines[0].runs.front().x == 0);
    CHECK(layout.lines[2].runs.front().x == 0);
    // The emphasised word is its own run, placed after "Say " as if the stars were not there.
    const LayoutLine& middle = layout.lines[1];
    REQUIRE(middle.runs.size() >= 2);
    CHECK(script.view(middle.runs[1].span) == "this");
    CHECK(middle.runs[1].x == measurer.width("Say "));
    CHECK(middle.runs[2].x == measurer.width("Say this "));
}

TEST_CASE("each paragraph starts a new line, separated by the paragraph gap")
{
    const Script script = sample("welcome-en.md", ScriptFormat::Markdown);
    FakeMeasurer measurer;
    const Layout layout = layout_script(script, measurer, column_of(300));
    REQUIRE(layout.lines.size() > 2);
    for (std::size_t i = 1; i < layout.lines.size(); ++i) {
        const LayoutLine& line = layout.lines[i];
        const LayoutLine& previous = layout.lines[i - 1];
        CHECK(line.paragraph >= previous.paragraph);
        if (line.paragraph != previous.paragraph) {
            CHECK(line.runs.front().x == 0);
            // The line shows its first sentence from the start, less a heading's "## ".
            std::size_t shown_from = script.sentences[line.runs.front().sentence].span.begin;
            for (const Span& markup : script.markup) {
                shown_from = markup.begin == shown_from ? markup.end : shown_from;
            }
            CHECK(line.runs.front().span.begin == shown_from);
            CHECK(line.y == Approx(previous.y + layout.line_advance + layout.options.paragraph_gap * layout.line_height));
        } else {
            CHECK(line.y == Approx(previous.y + layout.line_advance));
        }
    }
}

TEST_CASE("re-laying out at another width keeps every sentence findable")
{
    const Script script = sample("welcome-zh.txt", ScriptFormat::PlainText);
    FakeMeasurer measurer;
    for (const int column : {120, 250, 600}) {
        const Layout layout = layout_script(script, measurer, column_of(column));
        REQUIRE(layout.first_line_of_sentence.size() == script.sentences.size());
        for (std::size_t s = 0; s < script.sentences.size(); ++s) {
            const std::size_t line = layout.first_line_of_sentence[s];
            REQUIRE(line < layout.lines.size());
            CHECK(layout.sentence_y(s) == layout.lines[line].y);
            CHECK(layout.line_at(layout.sentence_y(s)) == line);
            bool holds_start = false;
            for (const LineRun& run : layout.lines[line].runs) {
                holds_start = holds_start || (run.sentence == s && run.span.begin == script.sentences[s].span.begin);
            }
            CHECK(holds_start);
            CHECK(layout.last_line_of_sentence[s] >= line);
        }
    }
}

TEST_CASE("layout measures short pieces, not whole paragraphs, and reuses repeated ones")
{
    const Script script = sample("welcome-zh.txt", ScriptFormat::PlainText);
    FakeMeasurer measurer;
    const Layout layout = layout_script(script, measurer, column_of(400));
    CHECK(measurer.longest <= 32);
    CHECK(measurer.calls < utf8::count_code_points(script.text));
    CHECK_FALSE(layout.lines.empty());
}

TEST_CASE("margins, line advance and height follow the options")
{
    const Script script = script_by_lines("一句话。\n第二段。");
    FakeMeasurer measurer;
    LayoutOptions options;
    options.width = 1000;
    options.margin_fraction = 0.1;
    options.line_spacing = 1.5;
    options.paragraph_gap = 1.0;
    const Layout layout = layout_script(script, measurer, options);
    CHECK(layout.column_x == 100);
    CHECK(layout.column_width == 800);
    CHECK(layout.line_advance == Approx(30.0));
    REQUIRE(layout.lines.size() == 2);
    CHECK(layout.lines[1].y == Approx(30.0 + 20.0));
    CHECK(layout.height == Approx(2 * 30.0 + 20.0));
    CHECK(layout.line_at(-5.0) == 0);
    CHECK(layout.line_at(35.0) == 0);
    CHECK(layout.line_at(55.0) == 1);
    CHECK(layout.line_at(1e9) == 1);
    CHECK(layout.sentence_at(layout.lines[1].y + 1.0) == 1);
}

TEST_CASE("an empty script lays out to no lines")
{
    const Script script = build_script("", ScriptFormat::PlainText);
    FakeMeasurer measurer;
    const Layout layout = layout_script(script, measurer, LayoutOptions{});
    CHECK(layout.lines.empty());
    CHECK(layout.sentence_y(0) == 0.0);
    CHECK(layout.line_at(10.0) == 0);
}

TEST_CASE("a line break inside one paragraph still starts a new line")
{
    const Script script = build_script("一句话。\n第二句。", ScriptFormat::PlainText);
    FakeMeasurer measurer;
    const Layout layout = layout_script(script, measurer, column_of(500));
    REQUIRE(layout.lines.size() == 2);
    CHECK(script.view(layout.lines[1].span) == "第二句。");
}

TEST_CASE("the lines a frame draws are exactly those overlapping its band")
{
    const Script script = sample("welcome-zh.txt", ScriptFormat::PlainText);
    FakeMeasurer measurer;
    const Layout layout = layout_script(script, measurer, column_of(200));
    REQUIRE(layout.lines.size() > 10);
    for (double top = -50.0; top < layout.height; top += 37.0) {
        const double bottom = top + 300.0;
        const Layout::LineRange range = layout.lines_between(top, bottom);
        for (std::size_t i = 0; i < layout.lines.size(); ++i) {
            const bool overlaps = layout.lines[i].y < bottom && layout.lines[i].y + layout.line_height > top;
            INFO("top " << top << " line " << i);
            CHECK(overlaps == (i >= range.first && i < range.end));
        }
    }
    CHECK(layout.lines_between(10.0, 10.0) == Layout::LineRange{});
}
