// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"

#include <string>

namespace podium {

// Parses Markdown (CommonMark with tables and strikethrough, through md4c) and keeps the
// source as the Script's text, so placeholders keep their line:column in the file. What md4c
// does not hand back as text (heading #s, emphasis and code delimiters, bullets, quote marks,
// link targets, fences, raw HTML) becomes markup: neither shown nor read. Bold, italic and
// code become style runs; # and setext headings become explicit headings. Ordered-list
// numbers (1.) stay visible: the speaker reads them. An emphasis whose content holds Chinese
// clause punctuation (新增门店**家，覆盖**个城市) is two blanks, not bold text: its delimiters
// stay visible, so they are reported as placeholders.
[[nodiscard]] ScriptSource parse_markdown(std::string text);

} // namespace podium
