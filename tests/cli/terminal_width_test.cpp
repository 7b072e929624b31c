// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/terminal_width.hpp"

#include <catch2/catch.hpp>

using namespace podium;

TEST_CASE("Han and full-width characters take two columns, Latin one, combining marks none")
{
    CHECK(display_width("abc") == 3);
    CHECK(display_width("心中有稿") == 8);
    CHECK(display_width("一、二") == 6);
    CHECK(display_width("ＡＢ") == 4);
    CHECK(display_width("e\xCC\x81") == 1); // e + combining acute
    CHECK(display_width("") == 0);
}

TEST_CASE("fitting to a width cuts whole characters and marks the cut")
{
    CHECK(fit_to_width("心中有稿", 8) == "心中有稿");
    CHECK(fit_to_width("心中有稿", 7) == "心中有…");
    CHECK(fit_to_width("心中有稿", 6) == "心中…");
    CHECK(fit_to_width("abcdef", 4) == "abc…");
}

TEST_CASE("padding counts display columns")
{
    CHECK(pad_to_width("心中", 6, ColumnAlign::Left) == "心中  ");
    CHECK(pad_to_width("ab", 4, ColumnAlign::Right) == "  ab");
    CHECK(pad_to_width("toolong", 3, ColumnAlign::Left) == "toolong");
}
