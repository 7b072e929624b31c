// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/markup_escape.hpp"

#include <catch2/catch.hpp>

using podium::escape_markup;

TEST_CASE("markup escaping turns the four markup characters into entities and keeps everything else")
{
    CHECK(escape_markup(R"(<script>alert("x")</script> & more)")
        == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more");
    CHECK(escape_markup("同志们：它以 ?t=… 结尾") == "同志们：它以 ?t=… 结尾");
    CHECK(escape_markup("&amp;") == "&amp;amp;"); // text, not markup: escaped again
    CHECK(escape_markup("").empty());
}
