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
