// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/script/placeholders.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace podium;

namespace {

// "line:column text" for each placeholder, for compact expectations.
std::vector<std::string> found(std::string_view text, ScriptFormat format = ScriptFormat::PlainText)
{
    std::vector<std::string> result;
    for (const Placeholder& placeholder : find_placeholders(text, format)) {
        result.push_back(std::to_string(placeholder.line) + ':' + std::to_string(placeholder.column) + ' '
            + placeholder.text);
    }
    return result;
}

using Found = std::vector<std::string>;

} // namespace

TEST_CASE("asterisk runs are placeholders, with line and column in characters")
{
    CHECK(found("今年新增门店*家，覆盖**个城市。\n表彰先进集体***个。") == Found{"1:7 *", "1:12 **", "2:7 ***"});
    CHECK(found("第一行\n\n在**代表团") == Found{"3:2 **"});
}

TEST_CASE("a placeholder's span points at its bytes in the text")
{
    const std::string text = "同志们：\n新增门店**家。";
    const std::vector<Placeholder> placeholders = find_placeholders(text, ScriptFormat::PlainText);
    REQUIRE(placeholders.size() == 1);
    CHECK(placeholders[0].span.of(text) == "**");
    CHECK(placeholders[0].span.begin == text.find("**"));
}

TEST_CASE("multiplication signs are placeholders except between digits")
{
    CHECK(found("××中学的×老师，屏幕是1920×1080的，3 × 4等于12。") == Found{"1:1 ××", "1:6 ×"});
}

TEST_CASE("XX stands alone or next to Chinese, never inside a Latin word")
{
    CHECK(found("XX区域销售额同比增长，请xx同志发言。") == Found{"1:1 XX", "1:14 xx"});
    CHECK(found("Size XXL, Mr. XX and XXX.") == Found{"1:15 XX", "1:22 XXX"});
    CHECK(found("An X-ray and a Xx pattern.").empty());
}

TEST_CASE("bracketed notes such as [TBD] and 【待定】 are placeholders")
{
    CHECK(found("日期[TBD]，地点【待定】，人数【待补充】。") == Found{"1:3 [TBD]", "1:11 【待定】", "1:18 【待补充】"});
    CHECK(found("Revenue grew by [TODO: add figure] and [tbc].") == Found{"1:17 [TODO: add figure]", "1:40 [tbc]"});
    CHECK(found("Dear {{name}}, see [1] and [Note] and 【解读】.") == Found{"1:6 {{name}}"});
}

TEST_CASE("other redaction marks: □, ○○ and ＸＸ runs")
{
    CHECK(found("□□公司的○○同志和ＸＸ单位，○ 是圆。") == Found{"1:1 □□", "1:6 ○○", "1:11 ＸＸ"});
}

TEST_CASE("bullets, separators and escaped asterisks are not placeholders")
{
    CHECK(found("* first point\n  * second point\n***\n* * *\nPrice \\* tax").empty());
}

TEST_CASE("in plain text ** around words is still a placeholder pair")
{
    CHECK(found("这是**重点**内容") == Found{"1:3 **", "1:7 **"});
}

TEST_CASE("in Markdown emphasis pairs are not placeholders but a lone ** is")
{
    CHECK(found("This is **bold** and *em* and ***both***.", ScriptFormat::Markdown).empty());
    CHECK(found("这是**重点**内容", ScriptFormat::Markdown).empty());
    CHECK(found("今年新增门店**家。", ScriptFormat::Markdown) == Found{"1:7 **"});
    CHECK(found("**Note:** new stores ** in total", ScriptFormat::Markdown) == Found{"1:22 **"});
}

TEST_CASE("in Markdown two ** separated by a clause are two placeholders, not emphasis")
{
    CHECK(found("新增门店**家，覆盖**个城市。", ScriptFormat::Markdown) == Found{"1:5 **", "1:11 **"});
}

TEST_CASE("in Markdown code spans are left alone")
{
    CHECK(found("Run `ls *` then `a ** b` and fill ** here", ScriptFormat::Markdown) == Found{"1:35 **"});
}

namespace {

// The text of each markup span, for compact expectations.
std::vector<std::string> markup_of(const Script& script)
{
    std::vector<std::string> result;
    for (const Span& span : script.markup) {
        result.emplace_back(script.view(span));
    }
    return result;
}

} // namespace

TEST_CASE("Markdown markup is found: heading marks, emphasis and code delimiters, bullets")
{
    const Script script = build_script("# Title\n\nSay **this** and *that* with `code`.\n\n## Next part\n\n- one item.\n+ two items.\n", ScriptFormat::Markdown);
    CHECK(markup_of(script) == std::vector<std::string>{"# ", "**", "**", "*", "*", "`", "`", "## ", "- ", "+ "});
    for (std::size_t i = 1; i < script.markup.size(); ++i) {
        CHECK(script.markup[i - 1].end <= script.markup[i].begin);
    }
}

TEST_CASE("plain text has no markup: what the speaker typed is shown")
{
    const Script script = build_script("# not a heading marker\n- a dash\nSay **this** now.\n", ScriptFormat::PlainText);
    CHECK(script.markup.empty());
}

TEST_CASE("a lone ** placeholder in Markdown is a placeholder, not markup")
{
    const Script script = build_script("新增门店**家，效果很好。\n", ScriptFormat::Markdown);
    CHECK(script.markup.empty());
    CHECK(script.placeholders.size() == 1);
}

TEST_CASE("a line of a million identical characters is one run, measured once")
{
    // Each run is measured once from the right: this finishes at once where measuring it
    // again at every position (as before) took minutes. bench/import prints the times.
    const std::string letters = "Before. " + std::string(1'000'000, 'A') + " After.";
    CHECK(found(letters).empty());
    std::string stars(1'000'000, '*');
    const std::vector<Placeholder> one_run = find_placeholders("x" + stars + "y", ScriptFormat::PlainText);
    REQUIRE(one_run.size() == 1);
    CHECK(one_run[0].text.size() == stars.size());
    std::string ampersands;
    for (int i = 0; i < 200'000; ++i) {
        ampersands += "&";
    }
    CHECK(found(ampersands).empty());
    std::string crosses;
    for (int i = 0; i < 100'000; ++i) {
        crosses += "×";
    }
    CHECK(found("第" + crosses + "期") == Found{"1:2 " + crosses});
}

TEST_CASE("in Japanese a lone ＊ is a note mark and × before a number multiplies")
{
    CHECK(found("＊詳細は別紙をご覧ください。\n売上高＊は前年比で増えました。").empty());
    CHECK(found("約9万部×４回の配布を予定しています。").empty());
    // A run of ＊ is still a blank to fill, and so is × with no number after it.
    CHECK(found("参加者は＊＊名です。") == Found{"1:5 ＊＊"});
    CHECK(found("担当は×さんです。") == Found{"1:4 ×"});
    // Chinese has no kana: a lone * is a placeholder there.
    CHECK(found("今年新增门店*家。") == Found{"1:7 *"});
}
