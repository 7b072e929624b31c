#pragma once
#include "core/script/script.hpp"

#include <string_view>
#include <vector>

namespace podium {

// Unfilled draft placeholders the speaker must fill before speaking, in text order, with their
// 1-based line and column (Unicode characters; lines end at LF):
//   runs of * or ＊ (*, **, ***), runs of × (not between digits: 3×4 is arithmetic),
//   XX / XXX / xx standing alone (not inside a Latin word or number: XXL is a size),
//   runs of two or more Ｘ or ○, runs of □,
//   bracketed notes [TBD] [TODO] [TBC] [TK] [FIXME] [INSERT …] and 【待定】 【待补充】 [待…] …,
//   template fields {{name}}.
// Not placeholders: a * bullet at a line start, a line of *** or * * * (a separator) and a
// backslash-escaped \*. In Markdown, * emphasis pairs (**bold**, *em*) and `code` are not
// placeholders either, but a lone ** (新增门店**家) is. docs/sections.md has the details.
[[nodiscard]] std::vector<Placeholder> find_placeholders(std::string_view text, ScriptFormat format);

// Placeholders and, in Markdown, the inline markup found on the way: the delimiters of the
// emphasis pairs and code spans, and list bullets with the spaces after them (spans sorted by
// position, not overlapping). Heading #s are the section detector's business.
struct DraftMarks {
    std::vector<Placeholder> placeholders;
    std::vector<Span> markup;
};
[[nodiscard]] DraftMarks find_draft_marks(std::string_view text, ScriptFormat format);

} // namespace podium
