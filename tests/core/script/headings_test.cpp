// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/script/headings.hpp"

#include <catch2/catch.hpp>

using namespace podium;

namespace {

std::optional<HeadingStyle> style_of(std::string_view text, ScriptFormat format = ScriptFormat::PlainText)
{
    const auto marker = match_heading_marker(text, format);
    return marker ? std::optional<HeadingStyle>(marker->style) : std::nullopt;
}

int rank_of(std::string_view text, ScriptFormat format = ScriptFormat::PlainText)
{
    const auto marker = match_heading_marker(text, format);
    return marker ? marker->rank : 0;
}

} // namespace

TEST_CASE("Chinese numerals from 一 to 九十九 are read with their length")
{
    CHECK(parse_chinese_numeral("一、")->value == 1);
    CHECK(parse_chinese_numeral("一、")->length == 3);
    CHECK(parse_chinese_numeral("十、")->value == 10);
    CHECK(parse_chinese_numeral("十一、")->value == 11);
    CHECK(parse_chinese_numeral("二十、")->value == 20);
    CHECK(parse_chinese_numeral("二十一、")->value == 21);
    CHECK(parse_chinese_numeral("二十一、")->length == 9);
    CHECK(parse_chinese_numeral("九十九")->value == 99);
    CHECK_FALSE(parse_chinese_numeral("百"));
    CHECK_FALSE(parse_chinese_numeral(""));
}

TEST_CASE("一、 to 二十一、 are number headings, enclosed by 第一部分/第一章 and then 第一节")
{
    CHECK(style_of("一、坚持以学促干，在学思践悟中把牢方向。") == HeadingStyle::ChineseNumber);
    CHECK(rank_of("二十一、加强党的建设") == kRankNumber);
    CHECK(match_heading_marker("十二、深化改革", ScriptFormat::PlainText)->number == 12);
    CHECK(style_of("第一部分　2025年工作回顾") == HeadingStyle::ChineseOrdinal);
    CHECK(rank_of("第三章 总则") == kRankPart);
    CHECK(rank_of("第2节：市场分析") == kRankSubPart);
    CHECK(kRankPart < kRankSubPart);
    CHECK(kRankSubPart < kRankNumber);
    CHECK_FALSE(match_heading_marker("第一部分　回顾", ScriptFormat::PlainText)->runs_into_text);
}

TEST_CASE("第一节 running straight into text may be prose, so the marker says so")
{
    const auto marker = match_heading_marker("第一节课上，老师讲了一个故事。", ScriptFormat::PlainText);
    REQUIRE(marker);
    CHECK(marker->runs_into_text);
    CHECK_FALSE(match_heading_marker("第一，我们要加强学习。", ScriptFormat::PlainText));
}

TEST_CASE("（一） and (一) rank below 一、, 1. 1、 1． below them, then (1) （1）, then ①")
{
    CHECK(style_of("（一）持续深化改革创新") == HeadingStyle::ChineseParenthesised);
    CHECK(rank_of("(二)优化营商环境") == kRankBracketed);
    CHECK(kRankNumber < kRankBracketed);
    CHECK(kRankBracketed < kRankNumbered);
    CHECK(style_of("（1）完善内部管理制度。") == HeadingStyle::ArabicParenthesised);
    CHECK(rank_of("(12)优化客户服务流程。") == kRankParenthesisedNumber);
    CHECK(kRankNumbered < kRankParenthesisedNumber);
    CHECK(kRankParenthesisedNumber < kRankCircled);
    CHECK(style_of("1. 推进数字化转型") == HeadingStyle::ArabicNumber);
    CHECK(rank_of("3.推进数字化转型。") == kRankNumbered);
    CHECK(rank_of("2、降成本。") == kRankNumbered);
    CHECK(rank_of("４．强队伍。") == kRankNumbered);
    CHECK(style_of("①稳订单") == HeadingStyle::CircledNumber);
    CHECK(rank_of("①稳订单") == kRankCircled);
}

TEST_CASE("numbers, years and ordinary openings are not heading markers")
{
    CHECK_FALSE(style_of("1.5亿元的投资已经到位。"));
    CHECK_FALSE(style_of("2025.是关键的一年"));
    CHECK_FALSE(style_of("2025年是关键的一年。"));
    CHECK_FALSE(style_of("一是加强学习，二是狠抓落实。"));
    CHECK_FALSE(style_of("一、"));
    CHECK_FALSE(style_of("（一）  "));
    CHECK_FALSE(style_of("同志们："));
}

TEST_CASE("Markdown # headings count only in Markdown, where numbered lines are list items")
{
    CHECK(rank_of("# Welcome", ScriptFormat::Markdown) == kRankNumber);
    CHECK(rank_of("## Moving around", ScriptFormat::Markdown) == kRankBracketed);
    CHECK(rank_of("### Keys", ScriptFormat::Markdown) == kRankNumbered);
    CHECK_FALSE(style_of("# Welcome", ScriptFormat::PlainText));
    CHECK_FALSE(style_of("#hashtag", ScriptFormat::Markdown));
    CHECK_FALSE(style_of("## ##", ScriptFormat::Markdown));
    CHECK_FALSE(style_of("1. Open the file", ScriptFormat::Markdown));
    CHECK_FALSE(style_of("(1) Open the file", ScriptFormat::Markdown));
    CHECK(style_of("一、心中有稿", ScriptFormat::Markdown) == HeadingStyle::ChineseNumber);
}

TEST_CASE("a heading title drops the trailing full stop and the Markdown marks but keeps the enumerator")
{
    const std::string_view chinese = "一、坚持以学促干，在学思践悟中把牢方向。";
    CHECK(heading_title(chinese, *match_heading_marker(chinese, ScriptFormat::PlainText))
        == "一、坚持以学促干，在学思践悟中把牢方向");
    const std::string_view markdown = "##  Moving around ##";
    CHECK(heading_title(markdown, *match_heading_marker(markdown, ScriptFormat::Markdown)) == "Moving around");
    const std::string_view question = "# Why rehearse?";
    CHECK(heading_title(question, *match_heading_marker(question, ScriptFormat::Markdown)) == "Why rehearse?");
}

TEST_CASE("phrase weight counts Han characters once and Latin words twice")
{
    CHECK(phrase_weight("坚持以学促干") == 6);
    CHECK(phrase_weight("Stabilise orders.") == 4);
    CHECK(phrase_weight("XX区域增长12%") == 2 + 4 + 2);
    CHECK(phrase_weight("，。 ") == 0);
}

TEST_CASE("a heading line has no closing punctuation, closing quotes looked through")
{
    CHECK_FALSE(ends_with_punctuation("三、坚定信心，奋力开创新局面"));
    CHECK(ends_with_punctuation("稳订单。"));
    CHECK(ends_with_punctuation("他说：“好！”"));
    CHECK(ends_with_punctuation("各位同事："));
    CHECK_FALSE(ends_with_punctuation("《关于做好安全生产工作的通知》"));
}
