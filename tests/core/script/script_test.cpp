// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/script/paragraphs.hpp"
#include "core/script/script.hpp"

#include <catch2/catch.hpp>

using namespace podium;

TEST_CASE("format_for_path treats .md and .markdown as Markdown")
{
    CHECK(format_for_path("talk.md") == ScriptFormat::Markdown);
    CHECK(format_for_path("talk.MARKDOWN") == ScriptFormat::Markdown);
    CHECK(format_for_path("talk.txt") == ScriptFormat::PlainText);
}

TEST_CASE("build_script keeps the text and points sentences into it")
{
    const Script script = build_script("第一句。第二句！\nSecond line", ScriptFormat::PlainText);
    REQUIRE(script.sentences.size() == 3);
    CHECK(script.sentence_text(0) == "第一句。");
    CHECK(script.sentence_text(1) == "第二句！");
    CHECK(script.sentence_text(2) == "Second line");
    REQUIRE_FALSE(script.sections.empty());
    CHECK(script.sections.front().end_sentence == 3);
}

TEST_CASE("every non-blank line is a paragraph, trimmed of indentation")
{
    const std::string text = "\n　　各位来宾：\n\n   \n大家好。今天开会。  \n最后一行";
    const std::vector<Span> paragraphs = find_paragraphs(text);
    REQUIRE(paragraphs.size() == 3);
    CHECK(paragraphs[0].of(text) == "各位来宾：");
    CHECK(paragraphs[1].of(text) == "大家好。今天开会。");
    CHECK(paragraphs[2].of(text) == "最后一行");
}

TEST_CASE("Unicode line and paragraph separators end a paragraph too")
{
    const std::string text = "第一段\u2028第二段\u2029第三段";
    CHECK(find_paragraphs(text).size() == 3);
}

TEST_CASE("sentences are assigned to the paragraph they are in")
{
    const Script script = build_script("标题\n\n大家好。今天开会。\n散会！", ScriptFormat::PlainText);
    REQUIRE(script.paragraphs.size() == 3);
    REQUIRE(script.sentences.size() == 4);
    CHECK(script.paragraphs[1].first_sentence == 1);
    CHECK(script.paragraphs[1].sentence_count == 2);
    CHECK(script.sentences[2].paragraph == 1);
    CHECK(script.sentences[3].paragraph == 2);
    CHECK(script.paragraphs[2].first_sentence == 3);
}

TEST_CASE("build_script finds placeholders with the script's format")
{
    CHECK(build_script("这是**重点**内容", ScriptFormat::Markdown).placeholders.empty());
    CHECK(build_script("这是**重点**内容", ScriptFormat::PlainText).placeholders.size() == 2);
}
