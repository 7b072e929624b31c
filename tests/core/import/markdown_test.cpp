// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown through md4c: the source stays the Script's text; syntax becomes markup.
#include "core/script/script.hpp"

#include <catch2/catch.hpp>

using namespace podium;

namespace {

std::vector<std::string> shown(const Script& script)
{
    std::vector<std::string> out;
    for (const Sentence& sentence : script.sentences) {
        out.push_back(script.visible_text(sentence.span));
    }
    return out;
}

std::vector<std::string> styled(const Script& script, unsigned char style)
{
    std::vector<std::string> out;
    for (const StyleRun& run : script.styles) {
        if (run.style == style) {
            out.emplace_back(script.view(run.span));
        }
    }
    return out;
}

std::vector<std::string> placeholder_texts(const Script& script)
{
    std::vector<std::string> out;
    for (const Placeholder& placeholder : script.placeholders) {
        out.push_back(placeholder.text);
    }
    return out;
}

Script markdown(std::string text) { return build_script(std::move(text), ScriptFormat::Markdown); }

} // namespace

TEST_CASE("Markdown headings, ATX and setext, become sections titled without their syntax")
{
    const Script script = markdown("# Talk\n\nHello there.\n\n## First part ##\n\nText one.\n\nSecond part\n-----------\n\nText two.\n");
    REQUIRE(script.sections.size() == 3);
    CHECK(script.sections[0].title == "Talk"); // the outranking # names the preamble
    CHECK(script.sections[1].title == "First part");
    CHECK(script.sections[2].title == "Second part");
    // The underline is syntax, not a sentence.
    CHECK(shown(script) == std::vector<std::string>{"Talk", "Hello there.", "First part", "Text one.", "Second part", "Text two."});
}

TEST_CASE("bold is drawn bold and italic italic; their delimiters are not shown")
{
    const Script script = markdown("这是**重点**内容，也是*关键*。Also __strong__ and _soft_ and ***both***.\n");
    CHECK(shown(script).front() == "这是重点内容，也是关键。");
    CHECK(styled(script, kStyleBold) == std::vector<std::string>{"重点", "strong"});
    CHECK(styled(script, kStyleItalic) == std::vector<std::string>{"关键", "soft"});
    CHECK(styled(script, kStyleBold | kStyleItalic) == std::vector<std::string>{"both"});
    CHECK(script.placeholders.empty());
}

TEST_CASE("bullets are hidden, list numbers shown, links shown as their text, code and quotes without marks")
{
    const Script script = markdown("- 稳订单\n* 降成本\n1. Plan the talk.\n2) Time it.\n\n"
                                   "See [the guide](https://example.com/guide \"Guide\") now.\n\n"
                                   "Run `podium outline` first.\n\n> 引用的话。\n");
    CHECK(shown(script)
        == std::vector<std::string>{"稳订单", "降成本", "1. Plan the talk.", "2) Time it.", "See the guide now.",
            "Run podium outline first.", "引用的话。"});
    CHECK(styled(script, kStyleCode) == std::vector<std::string>{"podium outline"});
}

TEST_CASE("Markdown placeholders are still found: a lone **, *所, and two blanks around a clause")
{
    const Script script = markdown("今年新增门店**家。\n\n在*所学校。\n\n新增门店**家，覆盖**个城市。\n\n`**` in code is not one.\n");
    CHECK(placeholder_texts(script) == std::vector<std::string>{"**", "*", "**", "**"});
    REQUIRE(script.placeholders.size() == 4);
    CHECK(script.placeholders[2].line == 5); // line:column of the source file
    CHECK(script.placeholders[2].column == 5);
    CHECK(styled(script, kStyleBold).empty()); // 家，覆盖 is not bold
    CHECK(shown(script)[2] == "新增门店**家，覆盖**个城市。");
}

TEST_CASE("rules, fences and table delimiter rows are not sentences; table rows keep their cells apart")
{
    const Script script = markdown("Before.\n\n---\n\n```\ncode line\n```\n\n| When | What |\n|------|------|\n| Nine | Welcome |\n");
    CHECK(shown(script) == std::vector<std::string>{"Before.", "code line", "When  What", "Nine  Welcome"});
}

TEST_CASE("in Markdown a numbered line is a list item, and 一、 is still a heading")
{
    const Script script = markdown("一、推进数字化转型\n\n1. 推进数字化转型\n2. 加强人才队伍建设\n");
    REQUIRE(script.sections.size() == 1);
    CHECK(script.sections[0].title == "一、推进数字化转型");
}
