// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/text/span.hpp"

#include <string_view>
#include <vector>

namespace podium {

// Splits text into sentences following ../shared/testdata/sentences/SPEC.md (Chinese rules
// R1–R16 and the English conventions). Returns byte spans into `text`, trimmed of Unicode
// White_Space, in order, never empty. Any line break ends a sentence.
[[nodiscard]] std::vector<Span> split_sentences(std::string_view text);

} // namespace podium
