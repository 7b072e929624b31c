// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/chinese_numbers.hpp"
#include "core/text/english_numbers.hpp"
#include "core/text/spoken_text.hpp"
#include "normalise_whole.hpp"
#include "core/text/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace podium;
using podium::testing::normalise;

namespace {

struct Reading {
    std::string_view input;
    std::string_view reading;   // runs joined by " | "
    std::size_t han = 0;        // spoken Han syllables
    std::size_t words = 0;      // English words
};

} // namespace

TEST_CASE("Chinese numbers are read as they are spoken and counted in syllables")
{
    const std::vector<Reading> table{
        {"2023年", "二〇二三年", 5, 0},
        {"为91%", "为百分之九十一", 7, 0},
        {"达91%。", "达百分之九十一。", 7, 0},
        {"91％", "百分之九十一", 6, 0},
        {"3—5个", "三到五个", 4, 0},
        {"3~5个", "三到五个", 4, 0},
        {"3～5个", "三到五个", 4, 0},
        {"2021-2025年", "二〇二一到二〇二五年", 10, 0},
        {"为12.5%", "为百分之十二点五", 8, 0},
        {"提高了12.5%，", "提高了百分之十二点五，", 10, 0},
        {"约12.5", "约十二点五", 5, 0},
        {"0.05倍", "零点零五倍", 5, 0},
        {"11月25日", "十一月二十五日", 7, 0},
        {"2023年11月25日", "二〇二三年十一月二十五日", 12, 0},
        {"８%—１０%", "百分之八到百分之十", 9, 0},
        {"增长8%—10%", "增长百分之八到百分之十", 11, 0},
        {"增长3—5%", "增长百分之三到五", 8, 0},
        {"２０２３年", "二〇二三年", 5, 0},
        {"第10名", "第十名", 3, 0},
        {"100%满足", "百分之一百满足", 7, 0},
        {"1005人", "一千零五人", 5, 0},
        {"20000人", "两万人", 3, 0},
        {"2个", "两个", 2, 0},
        {"2月", "二月", 2, 0},
        {"10,000元", "一万元", 3, 0},
        {"9:30开会", "九点三十分开会", 7, 0},
        {"1/3的人", "三分之一的人", 6, 0},
        {"零下-5℃", "零下负五摄氏度", 7, 0},
        {"电话0571", "电话〇五七一", 6, 0},
        {"于2023-11-25召开", "于二〇二三年十一月二十五日召开", 15, 0},
    };
    for (const auto& row : table) {
        INFO(row.input);
        const SpokenSentence spoken = normalise(row.input);
        CHECK(spoken.reading() == row.reading);
        CHECK(spoken.han_syllables() == row.han);
        CHECK(spoken.english_words() == row.words);
    }
}

TEST_CASE("Latin words inside Chinese text form English runs counted in words")
{
    const std::vector<Reading> table{
        {"推进AI和5G建设", "推进 | AI | 和 | five G | 建设", 5, 3},
        {"他说Thank you。", "他说 | Thank you.", 2, 2},
        {"HTML页面", "HTML | 页面", 2, 3},
        {"用F11全屏", "用 | F eleven | 全屏", 3, 2},
    };
    for (const auto& row : table) {
        INFO(row.input);
        const SpokenSentence spoken = normalise(row.input);
        CHECK(spoken.reading() == row.reading);
        CHECK(spoken.han_syllables() == row.han);
        CHECK(spoken.english_words() == row.words);
    }
}

TEST_CASE("numbers in English text are read as English words")
{
    const std::vector<Reading> table{
        {"In 2025 we grew 91% in 3 markets.", "In twenty twenty-five we grew ninety-one percent in three markets.", 0, 12},
        {"Press a number from 1 to 9.", "Press a number from one to nine.", 0, 7},
        {"the 3rd time", "the third time", 0, 3},
        {"It costs 12.5 dollars", "It costs twelve point five dollars", 0, 6},
        {"Meet at 9:30 or 10:00", "Meet at nine thirty or ten o'clock", 0, 7},
        {"don't stop", "don't stop", 0, 2},
        {"e.g. COVID-19", "e.g. COVID-nineteen", 0, 4},
        {"1,000,000 people", "one million people", 0, 3},
        {"on 2023-11-25", "on November twenty-fifth, twenty twenty-three", 0, 7},
        {"In 2005, 1999 and 1905", "In two thousand five, nineteen ninety-nine and nineteen oh five", 0, 11},
    };
    for (const auto& row : table) {
        INFO(row.input);
        const SpokenSentence spoken = normalise(row.input);
        CHECK(spoken.reading() == row.reading);
        CHECK(spoken.han_syllables() == row.han);
        CHECK(spoken.english_words() == row.words);
    }
}

TEST_CASE("Chinese cardinals follow the 万 and 亿 grouping with one 零 per gap")
{
    const std::vector<std::pair<std::string_view, std::string_view>> table{
        {"0", "零"}, {"7", "七"}, {"10", "十"}, {"15", "十五"}, {"20", "二十"}, {"91", "九十一"},
        {"100", "一百"}, {"110", "一百一十"}, {"200", "两百"}, {"1005", "一千零五"}, {"1050", "一千零五十"},
        {"2000", "两千"}, {"10050", "一万零五十"}, {"20000", "两万"}, {"100000", "十万"}, {"120000", "十二万"},
        {"10001000", "一千万一千"}, {"100000000", "一亿"}, {"100010000", "一亿零一万"}, {"100001000", "一亿零一千"},
        {"123456789", "一亿二千三百四十五万六千七百八十九"}, {"1000000000000", "一万亿"}, {"007", "七"},
    };
    for (const auto& [digits, reading] : table) {
        INFO(digits);
        CHECK(chinese::cardinal(digits) == reading);
    }
    CHECK(chinese::cardinal("2", chinese::LoneTwo::Liang) == "两");
    CHECK(chinese::digit_by_digit("2008") == "二〇〇八");
    CHECK(chinese::decimal("3", "05") == "三点零五");
}

TEST_CASE("English cardinals, years and ordinals are written out")
{
    CHECK(english::cardinal("0") == "zero");
    CHECK(english::cardinal("13") == "thirteen");
    CHECK(english::cardinal("105") == "one hundred five");
    CHECK(english::cardinal("1234567") == "one million two hundred thirty-four thousand five hundred sixty-seven");
    CHECK(english::year("2025") == "twenty twenty-five");
    CHECK(english::year("2000") == "two thousand");
    CHECK(english::year("1900") == "nineteen hundred");
    CHECK(english::year("2010") == "twenty ten");
    CHECK(english::ordinal("1") == "first");
    CHECK(english::ordinal("12") == "twelfth");
    CHECK(english::ordinal("20") == "twentieth");
    CHECK(english::ordinal("23") == "twenty-third");
    CHECK(english::ordinal("100") == "one hundredth");
}

TEST_CASE("placeholders become silent placeholder runs and are never read")
{
    const std::string text = "医院**所，人均";
    const std::vector<Span> placeholders{{6, 8}};
    const SpokenSentence spoken = normalise(text, placeholders);
    REQUIRE(spoken.runs.size() == 3);
    CHECK(spoken.runs[1].is_placeholder);
    CHECK(spoken.runs[1].text.empty());
    CHECK(spoken.runs[1].source == Span{6, 8});
    CHECK(spoken.placeholder_count() == 1);
    CHECK(spoken.han_syllables() == 5);
    CHECK(spoken.reading() == "医院 | […] | 所，人均");
}

TEST_CASE("a placeholder that starts before the sentence still counts inside it")
{
    const std::string text = "XX 和 YY";
    const std::vector<Span> placeholders{{0, 2}, {7, 9}};
    const SpokenSentence spoken = normalise_for_speech(text, {1, text.size()}, placeholders);
    CHECK(spoken.placeholder_count() == 2);
    CHECK(spoken.han_syllables() == 1);
}

TEST_CASE("punctuation and symbols are not spoken")
{
    const SpokenSentence spoken = normalise("“一、二、三”要让人一听就懂。**");
    CHECK(spoken.reading() == "一，二，三要让人一听就懂。");
    CHECK(spoken.han_syllables() == 10);
    const SpokenSentence markdown = normalise("# Welcome to Podium");
    CHECK(markdown.reading() == "Welcome to Podium");
    CHECK(markdown.english_words() == 3);
}

TEST_CASE("pieces map the spoken text back to the source")
{
    const std::string text = "去年2023年提高";
    const SpokenSentence spoken = normalise(text);
    REQUIRE(spoken.runs.size() == 1);
    const auto& pieces = spoken.runs[0].pieces;
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0] == SpokenPiece{{0, 6}, {0, 6}, true});
    CHECK(pieces[1] == SpokenPiece{{6, 18}, {6, 10}, false});
    CHECK(pieces[2] == SpokenPiece{{18, 27}, {10, 19}, true});
    CHECK(spoken.runs[0].source == Span{0, text.size()});
}

TEST_CASE("odd number-like and invalid input reads without crashing and yields valid UTF-8")
{
    const std::vector<std::string> inputs{"-", "1,", "1.", "9:", "—5", "1——", "%", "1/", "12:7", "1,00", "5 - 3",
        "99999999999999999999", "0.", "x-1", "A.", "'s", "\xff\xfe""12", "年2", "1\xe5\xb9", "２０２３—", "1 ~ ",
        "3—５％", "１/３", "-", "--5", "1-2-3", "2023-11-25"};
    for (const auto& input : inputs) {
        INFO(input);
        const SpokenSentence spoken = normalise(input);
        for (const auto& run : spoken.runs) {
            CHECK(utf8::first_invalid(run.text) == std::string_view::npos);
            CHECK(run.source.end <= input.size());
            for (const auto& piece : run.pieces) {
                CHECK(piece.text.end <= run.text.size());
                CHECK(piece.source.end <= input.size());
            }
        }
    }
}

TEST_CASE("silent spans are skipped: neither read nor counted, and they part words")
{
    const std::string text = "Read [our guide](https://example.com) now.";
    const std::size_t open = text.find('[');
    const std::size_t close = text.find("](");
    const std::size_t end = text.find(") now");
    const std::vector<Span> silent = {{open, open + 1}, {close, end + 1}};
    const SpokenSentence s = normalise_for_speech(text, {0, text.size()}, {}, silent);
    CHECK(s.english_words() == 4); // Read our guide now
    CHECK(s.reading().find("example") == std::string::npos);
    CHECK(normalise_for_speech(text, {0, text.size()}).english_words() > 4); // without them, the address is read
    // A silent span reaching past the sentence, or starting before it, is clipped.
    CHECK(normalise_for_speech(text, {close, text.size()}, {}, silent).english_words() == 1);
    CHECK(normalise_for_speech(text, {0, text.size()}, {}, std::vector<Span>{{0, text.size() + 5}}).runs.empty());
}
