// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The splitter's sentences as strings, for compact expectations in the splitter tests.
#include "core/text/sentence_splitter.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace podium::testing {

using Sentences = std::vector<std::string>;

inline Sentences split(std::string_view text)
{
    Sentences out;
    for (const Span span : split_sentences(text)) {
        out.emplace_back(span.of(text));
    }
    return out;
}

} // namespace podium::testing
