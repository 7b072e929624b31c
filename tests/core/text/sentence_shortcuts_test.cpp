// SPDX-License-Identifier: GPL-3.0-or-later
// The splitter's speed shortcuts (words joined into one token, the fast path for "word.
// Next", the token buffer that grows, pieces of very long lines) must give the answers of
// the rules themselves. Each example puts a rule right next to a shortcut.
#include "core/text/sentence_splitter.hpp"
#include "split_text.hpp"
#include "core/text/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace podium;
using podium::testing::Sentences;
using podium::testing::split;

namespace {

std::string repeat(std::string_view piece, std::size_t times)
{
    std::string out;
    for (std::size_t i = 0; i < times; ++i) {
        out += piece;
    }
    return out;
}

} // namespace

TEST_CASE("the word before a period is read alone inside a run of words")
{
    CHECK(split("we bought two and a half lb. of apples and some ft. of rope") // units, lower-case after
        == Sentences{"we bought two and a half lb. of apples and some ft. of rope"});
    CHECK(split("we went there with the Co. Then we left.") == Sentences{"we went there with the Co.", "Then we left."});
    CHECK(split("see the notes on the march etc. and the rest") == Sentences{"see the notes on the march etc. and the rest"});
    CHECK(split("see the notes on the march etc . The rest") == Sentences{"see the notes on the march etc .", "The rest"});
}

TEST_CASE("capitalised words inside a run of words keep initials and names apart")
{
    CHECK(split("we read it with Professor J. R. R. Tolkien in Oxford.")
        == Sentences{"we read it with Professor J. R. R. Tolkien in Oxford."});
    CHECK(split("the book was written by T. S. Eliot") == Sentences{"the book was written by T. S.", "Eliot"}); // a known limit
    CHECK(split("we read it with Professor Smith and Albert I. Jones today.")
        == Sentences{"we read it with Professor Smith and Albert I. Jones today."});
    CHECK(split("they met the king of Spain at Madrid. Then they left.")
        == Sentences{"they met the king of Spain at Madrid.", "Then they left."});
    CHECK(split("the meeting starts at 9 a.m. Then lunch.") == Sentences{"the meeting starts at 9 a.m.", "Then lunch."});
}

TEST_CASE("apostrophes before a run of words still see the clitic alone")
{
    CHECK(split("he said 'tis the season and the '80s were fun. Then he left.")
        == Sentences{"he said 'tis the season and the '80s were fun.", "Then he left."});
}

TEST_CASE("the usual sentence end and its neighbours give the rules' answers")
{
    CHECK(split("it was late. Then we went home.\nwe stayed.") == Sentences{"it was late.", "Then we went home.", "we stayed."});
    CHECK(split("it was late? Then we went home! Or not.") == Sentences{"it was late?", "Then we went home!", "Or not."});
    CHECK(split("it was late. then we went home.") == Sentences{"it was late.", "then we went home."});
    CHECK(split("(it was late. Then we went home.) Next.") == Sentences{"(it was late. Then we went home.)", "Next."});
    CHECK(split("visit the site at example.com. Then leave.") == Sentences{"visit the site at example.com.", "Then leave."});
}

TEST_CASE("a line with more tokens than the first buffer splits like a short one")
{
    const std::string line = repeat("Go on. ", 3000); // about 12,000 tokens in one line
    const Sentences sentences = split(line);
    REQUIRE(sentences.size() == 3000);
    CHECK(sentences.front() == "Go on.");
    CHECK(sentences.back() == "Go on.");
}

TEST_CASE("a line longer than a piece is cut at a character boundary")
{
    const std::string text = repeat("中", 400000) + "。"; // 1.2 MB in one line
    const std::vector<Span> spans = split_sentences(text);
    REQUIRE(spans.size() == 2);
    CHECK(spans[0].begin == 0);
    CHECK(spans[0].end == spans[1].begin);
    CHECK(spans[1].end == text.size());
    CHECK(utf8::first_invalid(spans[0].of(text)) == std::string_view::npos);
    CHECK(utf8::first_invalid(spans[1].of(text)) == std::string_view::npos);
}
