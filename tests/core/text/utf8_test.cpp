// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/utf8.hpp"

#include <catch2/catch.hpp>

using namespace podium;

TEST_CASE("utf8::next decodes one to four byte sequences")
{
    const std::string text = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80";
    std::size_t offset = 0;
    CHECK(utf8::next(text, offset) == U'a');
    CHECK(utf8::next(text, offset) == U'é');
    CHECK(utf8::next(text, offset) == U'中');
    CHECK(utf8::next(text, offset) == U'😀');
    CHECK(offset == text.size());
}

TEST_CASE("utf8::next turns each invalid byte into U+FFFD and moves on")
{
    const std::string text = "\xFF\xC3";
    std::size_t offset = 0;
    CHECK(utf8::next(text, offset) == 0xFFFD);
    CHECK(offset == 1);
    CHECK(utf8::next(text, offset) == 0xFFFD);
    CHECK(offset == 2);
}

TEST_CASE("utf8::previous steps back over whole characters")
{
    const std::string text = "中a";
    std::size_t offset = text.size();
    CHECK(utf8::previous(text, offset) == U'a');
    CHECK(utf8::previous(text, offset) == U'中');
    CHECK(offset == 0);
}

TEST_CASE("utf8::first_invalid finds overlongs, surrogates and truncation")
{
    CHECK(utf8::first_invalid("plain 中文") == std::string_view::npos);
    CHECK(utf8::first_invalid("ab\xC0\xAF") == 2);        // overlong '/'
    CHECK(utf8::first_invalid("\xED\xA0\x80") == 0);      // surrogate
    CHECK(utf8::first_invalid("xyz\xE4\xB8") == 3);       // truncated
}

TEST_CASE("utf8::append round-trips through next")
{
    for (const char32_t c : {U'A', U'é', U'中', U'😀'}) {
        std::string out;
        utf8::append(out, c);
        std::size_t offset = 0;
        CHECK(utf8::next(out, offset) == c);
        CHECK(offset == out.size());
    }
}

TEST_CASE("character classes used by splitter, timing and layout")
{
    CHECK(utf8::is_han(U'中'));
    CHECK(utf8::is_han(U'〇'));
    CHECK_FALSE(utf8::is_han(U'，'));
    CHECK(utf8::is_white_space(U'\u3000'));
    CHECK(utf8::is_line_break(U'\u2029'));
    CHECK(utf8::count_code_points("中文ab") == 4);
}

TEST_CASE("utf8::valid_or_replaced keeps valid text and turns each invalid byte of a GBK name into U+FFFD")
{
    CHECK(podium::utf8::valid_or_replaced("中文 speech.txt") == "中文 speech.txt");
    CHECK(podium::utf8::valid_or_replaced("") == "");
    // 中文 in GBK is D6 D0 CE C4: no two of them make a UTF-8 sequence.
    const std::string gbk = "/tmp/\xD6\xD0\xCE\xC4.txt";
    CHECK(podium::utf8::valid_or_replaced(gbk) == "/tmp/\uFFFD\uFFFD\uFFFD\uFFFD.txt");
    CHECK(podium::utf8::first_invalid(podium::utf8::valid_or_replaced(gbk)) == std::string_view::npos);
    // 演讲 in GBK is D1 DD BD B2, and DD BD happens to be valid UTF-8 (U+077D): it stays.
    CHECK(podium::utf8::valid_or_replaced("\xD1\xDD\xBD\xB2") == "\uFFFD\u077D\uFFFD");
    // A truncated sequence at the end, and an overlong encoding of '/'.
    CHECK(podium::utf8::valid_or_replaced("a\xE6\xBC") == "a\uFFFD\uFFFD");
    CHECK(podium::utf8::valid_or_replaced("\xC0\xAF") == "\uFFFD\uFFFD");
}
