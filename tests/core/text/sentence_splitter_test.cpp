// SPDX-License-Identifier: GPL-3.0-or-later
// The splitter's rules, each shown by our own examples (SPEC.md R1–R16 and the English
// conventions). The shared data is scored separately in sentence_corpus_test.cpp.
#include "core/text/sentence_splitter.hpp"
#include "split_text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace podium;
using podium::testing::Sentences;
using podium::testing::split;

// ---- Chinese ---------------------------------------------------------------------------------

TEST_CASE("R1: 。！？ end a sentence and a run of them counts as one")
{
    CHECK(split("会议到此结束。请大家有序离场！还有问题吗？") == Sentences{"会议到此结束。", "请大家有序离场！", "还有问题吗？"});
    CHECK(split("真的吗？！我不敢相信。") == Sentences{"真的吗？！", "我不敢相信。"});
    CHECK(split("太好了!!我们开始吧?") == Sentences{"太好了!!", "我们开始吧?"});
}

TEST_CASE("R2: closing quotes after a terminator belong to the sentence")
{
    CHECK(split("他大声说：“我们赢了！”全场沸腾。") == Sentences{"他大声说：“我们赢了！”", "全场沸腾。"});
    CHECK(split("老师问：“你们听过‘熟能生巧。’吗？”大家都笑了。")
        == Sentences{"老师问：“你们听过‘熟能生巧。’吗？”", "大家都笑了。"});
    CHECK(split("【提示：请保持安静。】现在开始答题。") == Sentences{"【提示：请保持安静。】", "现在开始答题。"});
}

TEST_CASE("R3: a comma or enumeration comma after the closing quote continues the sentence")
{
    CHECK(split("“加油！”、“坚持！”，是我们的口号。") == Sentences{"“加油！”、“坚持！”，是我们的口号。"});
}

TEST_CASE("R4: quotations, brackets and book titles are atomic")
{
    CHECK(split("我最喜欢的书是《你好，世界！》，推荐给大家。") == Sentences{"我最喜欢的书是《你好，世界！》，推荐给大家。"});
    CHECK(split("厂长常说：“安全第一。质量第二。”这是老规矩。") == Sentences{"厂长常说：“安全第一。质量第二。”", "这是老规矩。"});
    CHECK(split("我们提倡“少说多做”。这很重要。") == Sentences{"我们提倡“少说多做”。", "这很重要。"});
}

TEST_CASE("R5: an opening mark never closed in its paragraph is plain text")
{
    CHECK(split("会议共三天（含周末。大家辛苦了。") == Sentences{"会议共三天（含周末。", "大家辛苦了。"});
    CHECK(split("请阅读《员工守则\n“准时”是第一条。大家记住。") == Sentences{"请阅读《员工守则", "“准时”是第一条。", "大家记住。"});
}

TEST_CASE("R6: every line break ends a sentence and blank lines give none")
{
    CHECK(split("二、加强队伍建设\n\n各位代表：\r\n下面我讲三点") == Sentences{"二、加强队伍建设", "各位代表：", "下面我讲三点"});
    CHECK(split("第一段\r第二段\u2028第三段\u2029第四段") == Sentences{"第一段", "第二段", "第三段", "第四段"});
}

TEST_CASE("R7: a colon never ends a sentence inside a line")
{
    CHECK(split("各位领导：上午好！") == Sentences{"各位领导：上午好！"});
    CHECK(split("主要任务:一是稳增长；二是促改革。") == Sentences{"主要任务:一是稳增长；二是促改革。"});
}

TEST_CASE("R8: semicolons, dashes, tildes and ranges never end a sentence")
{
    CHECK(split("今后2～3年——这是关键期；增速要保持在5%—6%。") == Sentences{"今后2～3年——这是关键期；增速要保持在5%—6%。"});
}

TEST_CASE("R9: an ellipsis ends a sentence only when a new sentence follows")
{
    CHECK(split("我们走过了风风雨雨……\n明天会更好⋯⋯") == Sentences{"我们走过了风风雨雨……", "明天会更好⋯⋯"});
    CHECK(split("苹果、香蕉、橘子……等水果都有。") == Sentences{"苹果、香蕉、橘子……等水果都有。"});
    CHECK(split("条件不够……；时间不够……；这不是理由。") == Sentences{"条件不够……；时间不够……；这不是理由。"});
    CHECK(split("你还记得吗……？那是十年前。") == Sentences{"你还记得吗……？", "那是十年前。"});
    CHECK(split("他只说：“再见了……”从此再没回来。") == Sentences{"他只说：“再见了……”", "从此再没回来。"});
}

TEST_CASE("R10: an opening quote or title mark after a terminator starts the next sentence")
{
    CHECK(split("我们做到了。“不可能”三个字被打破了。") == Sentences{"我们做到了。", "“不可能”三个字被打破了。"});
    CHECK(split("这本书很好。《平凡的世界》值得一读。") == Sentences{"这本书很好。", "《平凡的世界》值得一读。"});
}

TEST_CASE("R11: a bracket right after a terminator annotates the sentence before it")
{
    CHECK(split("感谢大家！（热烈鼓掌）接下来请李总发言。") == Sentences{"感谢大家！（热烈鼓掌）", "接下来请李总发言。"});
    CHECK(split("利润增长一成。【数据来自财务部。】下面讲成本。") == Sentences{"利润增长一成。【数据来自财务部。】", "下面讲成本。"});
}

TEST_CASE("R11: a bracketed enumerator starts the next sentence")
{
    CHECK(split("我讲两点。（一）抓落实。(2)重实效。") == Sentences{"我讲两点。", "（一）抓落实。", "(2)重实效。"});
}

TEST_CASE("R12: an ASCII full stop ends a Chinese sentence only as a terminator")
{
    CHECK(split("增长了3.5个百分点. 下面看成本.") == Sentences{"增长了3.5个百分点.", "下面看成本."});
    CHECK(split("我们邀请了Dr. Wang和Mrs. Li来讲课。") == Sentences{"我们邀请了Dr. Wang和Mrs. Li来讲课。"});
    CHECK(split("访问www.example.com或写信给hr@example.com了解详情。") == Sentences{"访问www.example.com或写信给hr@example.com了解详情。"});
    CHECK(split("2. 提升服务质量\n4.做好安全工作。") == Sentences{"2. 提升服务质量", "4.做好安全工作。"});
    CHECK(split("我们在U.K.市场增长很快。") == Sentences{"我们在U.K.市场增长很快。"});
    CHECK(split("We will win.大家加油！") == Sentences{"We will win.", "大家加油！"});
}

TEST_CASE("R13: a quotation ending in a comma goes on into its attribution")
{
    CHECK(split("“谢谢你，”她轻声说。我们都沉默了。") == Sentences{"“谢谢你，”她轻声说。", "我们都沉默了。"});
}

TEST_CASE("R14: redaction placeholders are ordinary word characters")
{
    CHECK(split("本季度新增客户**家，同比增长×%。XX部门表现突出。") == Sentences{"本季度新增客户**家，同比增长×%。", "XX部门表现突出。"});
    CHECK(split("××同志发言。***个项目完成。") == Sentences{"××同志发言。", "***个项目完成。"});
}

TEST_CASE("R15: sentences are trimmed of white space, inner spaces are kept")
{
    CHECK(split("　　同志们：\n　　今天开会。 明天放假。 ") == Sentences{"同志们：", "今天开会。", "明天放假。"});
    CHECK(split("口号是：安全 高效 创新。") == Sentences{"口号是：安全 高效 创新。"});
}

TEST_CASE("R16: digits, full-width numbers and English words are ordinary text")
{
    CHECK(split("全年营收１２．５亿元，ERP系统上线，增长8.8%。") == Sentences{"全年营收１２．５亿元，ERP系统上线，增长8.8%。"});
    CHECK(split("这是我们的目标。We will get there. 谢谢！") == Sentences{"这是我们的目标。", "We will get there.", "谢谢！"});
}

// ---- English ---------------------------------------------------------------------------------

TEST_CASE("English terminators end sentences, runs count once, no space is needed")
{
    CHECK(split("It rained. We stayed in! Did you?") == Sentences{"It rained.", "We stayed in!", "Did you?"});
    CHECK(split("Wow?! Really.") == Sentences{"Wow?!", "Really."});
    CHECK(split("Stop here.Go there.") == Sentences{"Stop here.", "Go there."});
}

TEST_CASE("titles before a name never end a sentence")
{
    CHECK(split("Mrs. Lee met Prof. Chan at St. Mary's.") == Sentences{"Mrs. Lee met Prof. Chan at St. Mary's."});
}

TEST_CASE("other abbreviations end a sentence only before a capitalised word")
{
    CHECK(split("We met the team of Acme Inc. They were late.") == Sentences{"We met the team of Acme Inc.", "They were late."});
    CHECK(split("Apples, pears, etc. are sold here.") == Sentences{"Apples, pears, etc. are sold here."});
    CHECK(split("The box weighs 4 lb. and costs less.") == Sentences{"The box weighs 4 lb. and costs less."});
    CHECK(split("We opened in Mar. 2019 with two staff.") == Sentences{"We opened in Mar. 2019 with two staff."});
    CHECK(split("He moved to the U.K. last spring.") == Sentences{"He moved to the U.K. last spring."});
    CHECK(split("She studied in the U.K. Then she came home.") == Sentences{"She studied in the U.K.", "Then she came home."});
    CHECK(split("We start at 9 a.m. The doors open early.") == Sentences{"We start at 9 a.m.", "The doors open early."});
    CHECK(split("At 9 a.m. Dr. Ruiz will open the session.") == Sentences{"At 9 a.m. Dr. Ruiz will open the session."});
}

TEST_CASE("initials inside a name are not boundaries, the pronoun I at the end is")
{
    CHECK(split("T. S. Eliot wrote it. Young Thomas S. Eliot read it.")
        == Sentences{"T. S. Eliot wrote it.", "Young Thomas S. Eliot read it."});
    CHECK(split("It was you and I. Then we left.") == Sentences{"It was you and I.", "Then we left."});
    CHECK(split("We toured the U. S. A. Next year we stay home.")
        == Sentences{"We toured the U. S. A.", "Next year we stay home."});
}

TEST_CASE("decimal points are not boundaries but a number can end a sentence")
{
    CHECK(split("Pi is about 3.14 and e is 2.72.") == Sentences{"Pi is about 3.14 and e is 2.72."});
    CHECK(split("The price is $5.99. Buy now.") == Sentences{"The price is $5.99.", "Buy now."});
}

TEST_CASE("an ellipsis before a lower-case word or I continues, before a capital it ends")
{
    CHECK(split("Well... maybe later.") == Sentences{"Well... maybe later."});
    CHECK(split("I waited… Nobody came.") == Sentences{"I waited…", "Nobody came."});
    CHECK(split("And then . . . I woke up.") == Sentences{"And then . . . I woke up."});
    CHECK(split("We will see [...] what happens.") == Sentences{"We will see [...] what happens."});
}

TEST_CASE("a terminator inside a closing quote ends the sentence only before a capital")
{
    CHECK(split("He shouted, \"Run!\" Then he ran.") == Sentences{"He shouted, \"Run!\"", "Then he ran."});
    CHECK(split("'Wait here.' he whispered.") == Sentences{"'Wait here.' he whispered."});
    CHECK(split("“Is it late? I think so.” He nodded.") == Sentences{"“Is it late? I think so.”", "He nodded."});
}

TEST_CASE("apostrophes are not quotes")
{
    CHECK(split("'Twas a cold night. It's late in the '90s style.") == Sentences{"'Twas a cold night.", "It's late in the '90s style."});
}

TEST_CASE("parentheses are atomic, citations stay, a stage cue between sentences stands alone")
{
    CHECK(split("The plan (approved in May. Finally.) is final.") == Sentences{"The plan (approved in May. Finally.) is final."});
    CHECK(split("Water boils at 100 degrees.[3] It freezes at zero.") == Sentences{"Water boils at 100 degrees.[3]", "It freezes at zero."});
    CHECK(split("We made it. (Applause.) Thank you.") == Sentences{"We made it.", "(Applause.)", "Thank you."});
}

TEST_CASE("list enumerators start a new sentence and stay in their item")
{
    CHECK(split("1) Buy milk 2) Buy eggs 3) Go home") == Sentences{"1) Buy milk", "2) Buy eggs", "3) Go home"});
    CHECK(split("a. First point b. Second point") == Sentences{"a. First point", "b. Second point"});
}

TEST_CASE("dots inside e-mail addresses and URLs are not boundaries")
{
    CHECK(split("Write to team.Lead@example.org. We reply fast.") == Sentences{"Write to team.Lead@example.org.", "We reply fast."});
    CHECK(split("See https://example.org/a.b.html for more.") == Sentences{"See https://example.org/a.b.html for more."});
}

TEST_CASE("heading lines are one sentence with their marker kept")
{
    CHECK(split("## Part two\nWe begin. Then we end.\n# A Toast\n1. Why we are here")
        == Sentences{"## Part two", "We begin.", "Then we end.", "# A Toast", "1. Why we are here"});
}

TEST_CASE("Markdown emphasis after a terminator stays with the sentence")
{
    CHECK(split("**Thank you.** See you soon.") == Sentences{"**Thank you.**", "See you soon."});
}

// ---- spans and robustness ----------------------------------------------------------------------

TEST_CASE("sentences are byte spans into the text, in order")
{
    const std::string text = "　你好。 再见！\n";
    const auto spans = split_sentences(text);
    REQUIRE(spans.size() == 2);
    CHECK(spans[0] == Span{3, 12});
    CHECK(spans[1] == Span{13, 22});
}

TEST_CASE("the splitter survives invalid UTF-8 and pathological nesting")
{
    const std::string garbage = "\xFF\xFE\xE3\x80" "。\xC3(((\"'''``" "\xF0\x9F";
    std::size_t previous_end = 0;
    for (const Span span : split_sentences(garbage)) {
        CHECK(span.begin >= previous_end);
        CHECK(span.end <= garbage.size());
        CHECK_FALSE(span.empty());
        previous_end = span.end;
    }
    const std::string nested = std::string(20000, '(') + "a. B." + std::string(20000, ')');
    const auto spans = split_sentences(nested);
    REQUIRE_FALSE(spans.empty());
    CHECK(spans.back().end == nested.size());
    CHECK(split_sentences("").empty());
    CHECK(split_sentences(" \n\u3000\n").empty());
}
