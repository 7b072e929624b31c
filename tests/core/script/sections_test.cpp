// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/script/script.hpp"
#include "section_titles.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace podium;
using podium::testing::section_titles;

namespace {

std::vector<int> levels(const Script& script)
{
    std::vector<int> result;
    for (const Section& section : script.sections) {
        result.push_back(section.level);
    }
    return result;
}

// The index of the sentence whose text is `text`.
std::size_t sentence_index(const Script& script, std::string_view text)
{
    for (std::size_t i = 0; i < script.sentences.size(); ++i) {
        if (script.sentence_text(i) == text) {
            return i;
        }
    }
    FAIL("no sentence " << text);
    return 0;
}

Script plain(std::string text) { return build_script(std::move(text), ScriptFormat::PlainText); }

} // namespace

TEST_CASE("a heading that is the first sentence of a paragraph starts a section there")
{
    const Script script = plain("在年度工作会议上的讲话\n\n同志们：\n今天我们召开会议。\n"
                                "一、坚持以学促干，在学思践悟中把牢方向。习近平总书记指出，要加强学习。我们要落实。\n"
                                "二、坚持埋头苦干。要干字当头。\n"
                                "谢谢大家！\n");
    REQUIRE(section_titles(script) == std::vector<std::string>{"在年度工作会议上的讲话", "一、坚持以学促干，在学思践悟中把牢方向",
                                  "二、坚持埋头苦干", "Closing"});
    CHECK(script.sections[0].kind == SectionKind::Preamble);
    CHECK(script.sections[1].kind == SectionKind::Heading);
    CHECK(script.sections[3].kind == SectionKind::Closing);

    const std::size_t first_heading = sentence_index(script, "一、坚持以学促干，在学思践悟中把牢方向。");
    CHECK(script.sentences[first_heading].is_heading);
    CHECK_FALSE(script.sentences[first_heading + 1].is_heading);
    CHECK(script.sections[0].first_sentence == 0);
    CHECK(script.sections[0].end_sentence == first_heading);
    CHECK(script.sections[1].first_sentence == first_heading);
    CHECK(script.sections[1].end_sentence == sentence_index(script, "二、坚持埋头苦干。"));
    CHECK(script.sections[3].first_sentence == sentence_index(script, "谢谢大家！"));
    CHECK(script.sections[3].end_sentence == script.sentences.size());
    CHECK(script.sentences[sentence_index(script, "同志们：")].section == 0);
    CHECK(script.sentences[sentence_index(script, "我们要落实。")].section == 1);
    CHECK(script.sentences[sentence_index(script, "要干字当头。")].section == 2);
    // The title line is the preamble's heading sentence.
    CHECK(script.sentences[0].is_heading);
}

TEST_CASE("sub-headings nest by rank and a section covers its whole subtree")
{
    const Script script = plain("一、总体要求\n总的来说很好。\n（一）稳订单\n订单要稳。\n"
                                "1. 巩固老客户。老客户是根本。\n2. 开拓新市场。新市场是增量。\n"
                                "（二）降成本\n成本要降。\n二、工作安排\n安排如下。\n");
    REQUIRE(section_titles(script) == std::vector<std::string>{"一、总体要求", "（一）稳订单", "1. 巩固老客户", "2. 开拓新市场",
                                  "（二）降成本", "二、工作安排"});
    CHECK(levels(script) == std::vector<int>{1, 2, 3, 3, 2, 1});
    CHECK_FALSE(script.sections[0].parent);
    CHECK(script.sections[1].parent == 0u);
    CHECK(script.sections[2].parent == 1u);
    CHECK(script.sections[3].parent == 1u);
    CHECK(script.sections[4].parent == 0u);
    CHECK_FALSE(script.sections[5].parent);
    const std::size_t second_part = sentence_index(script, "二、工作安排");
    CHECK(script.sections[0].end_sentence == second_part);
    CHECK(script.sections[1].end_sentence == sentence_index(script, "（二）降成本"));
    CHECK(script.sections[3].end_sentence == sentence_index(script, "（二）降成本"));
    CHECK(script.sentences[sentence_index(script, "老客户是根本。")].section == 2);
    CHECK(script.sentences[sentence_index(script, "总的来说很好。")].section == 0);
    CHECK(script.sections[5].end_sentence == script.sentences.size());
}

TEST_CASE("第一章 holds 第一节, which holds 一、 and （一）")
{
    const Script script = plain("第一章 总则\n第一节 目的\n一、为什么\n因为重要。\n（一）细节\n细节很多。\n"
                                "第二节 范围\n范围很广。\n第二章 实施\n马上实施。\n");
    CHECK(section_titles(script) == std::vector<std::string>{"第一章 总则", "第一节 目的", "一、为什么", "（一）细节", "第二节 范围",
                                "第二章 实施"});
    CHECK(levels(script) == std::vector<int>{1, 2, 3, 4, 2, 1});
    CHECK(script.sections[4].parent == 0u);
}

TEST_CASE("levels are depths: a speech whose highest headings are （一） has level-1 sections")
{
    const Script script = plain("（一）稳订单\n订单要稳。\n（二）降成本\n成本要降。\n");
    CHECK(levels(script) == std::vector<int>{1, 1});
}

TEST_CASE("a numbered list of one-sentence items inside a section makes no sections")
{
    const Script script = plain("一、工作安排\n今年重点抓好三件事：\n1. 稳订单。\n2. 降成本。\n3. 强队伍。\n"
                                "1、推进数字化转型\n2、加强人才队伍建设\n这些都要落实。\n");
    CHECK(section_titles(script) == std::vector<std::string>{"一、工作安排"});
}

TEST_CASE("a short numbered line followed by body text is a sub-heading")
{
    const Script script = plain("一、工作安排\n1. 推进数字化转型\n要加快上云。\n2. 加强人才队伍建设\n要引进人才。\n");
    CHECK(section_titles(script) == std::vector<std::string>{"一、工作安排", "1. 推进数字化转型", "2. 加强人才队伍建设"});
    CHECK(levels(script) == std::vector<int>{1, 2, 2});
}

TEST_CASE("a numbered paragraph whose first sentence is long prose is not a heading")
{
    const Script script = plain("一、工作回顾\n"
                                "1. 今年公司全面完成了年初确定的各项目标任务，营业收入同比增长百分之十二，利润总额创历史新高。"
                                "这是大家共同努力的结果。\n"
                                "2. 一个人的一小步。\n");
    CHECK(section_titles(script) == std::vector<std::string>{"一、工作回顾"});
}

TEST_CASE("第一部分 headings start sections, 第一节课 prose does not")
{
    const Script script = plain("第一部分　2025年工作回顾\n第一节课上，老师讲了一个故事。\n第二部分：明年安排\n要继续努力。\n");
    CHECK(section_titles(script) == std::vector<std::string>{"第一部分　2025年工作回顾", "第二部分：明年安排"});
}

TEST_CASE("without a title line the preamble is labelled Opening and holds the greeting")
{
    const Script script = plain("各位同事：\n大家上午好！\n一、回顾\n去年很好。\n");
    REQUIRE(section_titles(script) == std::vector<std::string>{"Opening", "一、回顾"});
    CHECK(script.sections[0].end_sentence == 2);
    CHECK_FALSE(script.sentences[0].is_heading);
}

TEST_CASE("with no heading at all one section covers everything and there is no closing")
{
    const Script untitled = plain("同志们：\n今天开会。\n谢谢大家！\n");
    REQUIRE(untitled.sections.size() == 1);
    CHECK(untitled.sections[0].title == "Speech");
    CHECK(untitled.sections[0].kind == SectionKind::Preamble);
    CHECK(untitled.sections[0].end_sentence == untitled.sentences.size());

    const Script titled = plain("新年致辞\n今天是新年。\n");
    REQUIRE(titled.sections.size() == 1);
    CHECK(titled.sections[0].title == "新年致辞");
}

TEST_CASE("empty text still has one empty section")
{
    const Script script = plain("");
    REQUIRE(script.sections.size() == 1);
    CHECK(script.sections[0].first_sentence == 0);
    CHECK(script.sections[0].end_sentence == 0);
    CHECK(script.paragraphs.empty());
}

TEST_CASE("a closing must be short, final and say goodbye")
{
    SECTION("a one-line thank-you becomes the closing")
    {
        const Script script = plain("一、回顾\n去年很好。\n发言完毕，不当之处，请批评指正，谢谢！\n");
        CHECK(script.sections.back().kind == SectionKind::Closing);
    }
    SECTION("English Thank you works as well")
    {
        const Script script = plain("一、回顾\n去年很好。\nThank you\n");
        CHECK(script.sections.back().kind == SectionKind::Closing);
    }
    SECTION("a long final paragraph that thanks people stays in its section")
    {
        const Script script = plain("一、回顾\n去年很好。\n"
                                    "最后，我要感谢各位同事一年来的辛勤付出，感谢各位家属的理解和支持，感谢合作伙伴的信任，"
                                    "也感谢每一位客户，谢谢大家！\n");
        CHECK(script.sections.back().kind == SectionKind::Heading);
        CHECK(script.sections.size() == 1);
    }
    SECTION("a final paragraph without a closing formula stays in its section")
    {
        const Script script = plain("一、回顾\n去年很好。\n让我们一起努力！\n");
        CHECK(script.sections.size() == 1);
    }
    SECTION("thanks inside a word is no closing formula")
    {
        const Script script = plain("一、回顾\n去年很好。\nThanksgiving is near\n");
        CHECK(script.sections.size() == 1);
    }
}

TEST_CASE("in Markdown a lone top # heading is the title and ## headings are the sections")
{
    const Script script = build_script("# My Talk\n\nGood morning\n\n## First part\nText\n\n### Detail\nMore\n\n"
                                       "## Second part\nText\nThank you\n",
        ScriptFormat::Markdown);
    REQUIRE(section_titles(script) == std::vector<std::string>{"My Talk", "First part", "Detail", "Second part", "Closing"});
    CHECK(levels(script) == std::vector<int>{1, 1, 2, 1, 1});
    CHECK(script.sections[0].kind == SectionKind::Preamble);
    CHECK(script.sentences[0].is_heading);
    CHECK(script.sections[2].parent == 1u);
}

TEST_CASE("in Markdown several # headings are sections, and plain text ignores #")
{
    const std::string text = "# Part one\nText\n# Part two\nText\n";
    CHECK(section_titles(build_script(text, ScriptFormat::Markdown)) == std::vector<std::string>{"Part one", "Part two"});
    CHECK(section_titles(build_script(text, ScriptFormat::PlainText)) == std::vector<std::string>{"# Part one"});
}

TEST_CASE("in Markdown numbered lines are list items, not sections")
{
    const Script script = build_script("## Steps\n1. 推进数字化转型\n正文。\n", ScriptFormat::Markdown);
    CHECK(section_titles(script) == std::vector<std::string>{"Steps"});
}

TEST_CASE("section_at finds the deepest section holding a byte offset")
{
    const Script script = plain("一、回顾\n去年很好。\n（一）细节\n细节很多。\n");
    const std::size_t detail = script.text.find("细节很多");
    CHECK(script.section_at(detail) == 1);
    CHECK(script.section_at(0) == 0);
}

TEST_CASE("every sentence lies in its section's range and in none of that section's children")
{
    const std::vector<std::pair<std::string, ScriptFormat>> texts{
        {"标题\n同志们：\n一、甲。乙。\n（一）丙\n1. 丁。戊。\n2. 己。庚。\n（二）辛\n二、壬\n谢谢！\n", ScriptFormat::PlainText},
        {"# T\n\nHi\n\n## A\nx\n### B\ny\n## C\nz\nThanks\n", ScriptFormat::Markdown},
        {"（二）先出现\n正文。\n一、后出现\n正文。\n（一）再下一级\n正文。\n", ScriptFormat::PlainText},
    };
    for (const auto& [text, format] : texts) {
        const Script script = build_script(text, format);
        for (std::size_t i = 0; i < script.sentences.size(); ++i) {
            const std::size_t owner = script.sentences[i].section;
            REQUIRE(owner < script.sections.size());
            CHECK(script.sections[owner].first_sentence <= i);
            CHECK(i < script.sections[owner].end_sentence);
            for (std::size_t child = 0; child < script.sections.size(); ++child) {
                if (script.sections[child].parent == owner) {
                    const bool inside = script.sections[child].first_sentence <= i && i < script.sections[child].end_sentence;
                    CHECK_FALSE(inside);
                }
            }
        }
        for (const Section& section : script.sections) {
            if (section.parent) {
                const Section& parent = script.sections[*section.parent];
                CHECK(parent.first_sentence <= section.first_sentence);
                CHECK(section.end_sentence <= parent.end_sentence);
                CHECK(section.level == parent.level + 1);
            }
        }
    }
}

TEST_CASE("（1） nests under the 6、 before it, and 7、 closes it")
{
    const Script script = plain("一、主要任务\n6、完善制度\n制度要完善。\n（1）修订章程\n章程要改。\n（2）健全流程\n流程要全。\n"
                                "7、强化考核\n考核要严。\n");
    REQUIRE(section_titles(script) == std::vector<std::string>{"一、主要任务", "6、完善制度", "（1）修订章程", "（2）健全流程",
                                  "7、强化考核"});
    CHECK(levels(script) == std::vector<int>{1, 2, 3, 3, 2});
    CHECK(script.sections[2].parent == 1u);
    CHECK(script.sections[4].parent == 0u);
}

TEST_CASE("a heading line right after a list item of the part before, or a long one, is still a heading")
{
    // 2、降成本。 is an item of a list in 一、's body; 3、 and 4、 are headings with body text,
    // 4、 a heading line longer than a numbered heading sentence may be (weight 30).
    const std::string long_heading = "4、深入推进制度创新，全面提升基层社会治理能力和公共服务水平，切实增强群众获得感";
    const Script script = plain("一、主要工作\n重点有两项：\n1、稳订单。\n2、降成本。\n3、加强队伍建设\n队伍要强。\n"
        + long_heading + "\n制度要新。\n5、完善考核办法\n考核要严。\n");
    CHECK(section_titles(script) == std::vector<std::string>{"一、主要工作", "3、加强队伍建设", long_heading, "5、完善考核办法"});
    CHECK(levels(script) == std::vector<int>{1, 2, 2, 2});
}

TEST_CASE("a title and author styled as headings before numbered headings are the preamble's")
{
    // A 公文 template: 标题 and 作者 based on 标题 1 (explicit headings), then 一、 headings.
    ScriptSource source;
    source.text = "在年度工作会议上的讲话\n张三\n同志们：\n今天开会。\n一、回顾\n去年很好。\n二、展望\n明年更好。\n";
    source.format = ScriptFormat::Markdown;
    source.headings = {{0, 1}, {source.text.find("张三"), 1}, {source.text.find("一、"), 2}, {source.text.find("二、"), 2}};
    const Script script = build_script(std::move(source));
    REQUIRE(section_titles(script) == std::vector<std::string>{"在年度工作会议上的讲话", "一、回顾", "二、展望"});
    CHECK(script.sections[0].kind == SectionKind::Preamble);
    CHECK(levels(script) == std::vector<int>{1, 1, 1});
    CHECK(script.sentences[sentence_index(script, "张三")].section == 0);
}
