// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"

#include <string_view>
#include <vector>

namespace podium {

// Unfilled draft placeholders the speaker must fill before speaking, in text order, with their
// 1-based line and column (Unicode characters; lines end at LF):
//   runs of * or ＊ (*, **, ***; in a Japanese text, one with kana, a lone ＊ is a note mark),
//   runs of × (not between digits: 3×4 is arithmetic; nor one × before a number: 部×４回),
//   XX / XXX / xx standing alone (not inside a Latin word or number: XXL is a size),
//   runs of two or more Ｘ or ○, runs of □,
//   bracketed notes [TBD] [TODO] [TBC] [TK] [FIXME] [INSERT …] and 【待定】 【待补充】 [待…] …,
//   template fields {{name}}.
// Not placeholders: a * bullet at a line start, a line of *** or * * * (a separator) and a
// backslash-escaped \*. In Markdown (parsed with md4c), * emphasis pairs (**bold**, *em*) and
// `code` are not placeholders either, but a lone ** (新增门店**家) is, and so is a pair around
// a clause (门店**家，覆盖**个). docs/sections.md has the details.
// Time linear in the text's length, whatever it holds.
[[nodiscard]] std::vector<Placeholder> find_placeholders(std::string_view text, ScriptFormat format);

// The plain-text placeholders of `text` less those that are document syntax (inside a
// `markup` span) or code (a kStyleCode run): what build_script reports for Markdown and
// imported documents. Both lists sorted, not overlapping.
[[nodiscard]] std::vector<Placeholder> find_placeholders(std::string_view text, const std::vector<Span>& markup,
    const std::vector<StyleRun>& styles);

} // namespace podium
