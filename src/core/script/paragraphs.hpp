// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "core/text/span.hpp"

#include <string_view>
#include <vector>

namespace podium {

// One paragraph per non-blank line (speech text has one paragraph per line), trimmed of
// Unicode White_Space such as U+3000 indentation. Any line break (LF, CR, U+0085, U+2028,
// U+2029) ends a line, as it ends a sentence in the splitter. Blank lines give nothing.
[[nodiscard]] std::vector<Span> find_paragraphs(std::string_view text);

// Paragraphs for `paragraph_spans` with each sentence assigned to the paragraph it starts in,
// and `Sentence::paragraph` set. Sentences come in text order.
[[nodiscard]] std::vector<Paragraph> assign_paragraphs(const std::vector<Span>& paragraph_spans,
    std::vector<Sentence>& sentences);

} // namespace podium
