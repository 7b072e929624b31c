// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the sentence splitter: a line as code points, and which quotes and brackets
// pair up in it (R4, R5).
#include "core/text/sentence_chars.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace podium::sentence {

struct Token {
    char32_t c = kEnd;
    std::uint32_t pos = 0; // byte offset from the start of the line
};

enum class Role : unsigned char {
    Plain,
    Open,       // an opening mark with a matching closing mark later in the line
    Close,      // the closing mark of such a pair
    CloseLike,  // a closing mark with no opening mark (a quotation that began before this text)
    Apostrophe, // ' ’ ` inside or at the edge of a word: it's, '80s, 'Tis, Jr.'s
};

// Working storage reused from line to line, so splitting allocates nothing per character.
struct MarkTable {
    std::vector<Role> roles;
    std::vector<std::uint32_t> partner; // for Open: index of its Close
    struct Opening {
        std::uint32_t index;
        PairKind kind;
        bool provisional; // a floating quote right after a terminator: closes an earlier quotation unless paired
    };
    std::vector<Opening> stack;
};

// One line (paragraph) as tokens: `tokens[count]` is a kEnd sentinel whose pos is the line's
// length; `bytes` is the line's text. `stops` lists, in order, the indices of every
// terminator, quote and bracket token: the only tokens where the rules can act.
struct LineTokens {
    const Token* tokens = nullptr;
    std::size_t count = 0;
    std::string_view bytes;
    const std::uint32_t* stops = nullptr;
    std::size_t stop_count = 0;
};

// Pairs the quotes and brackets of one line. An opening mark left without its closing mark
// at the end of the line stays Plain (R5), so it cannot swallow the rest of the paragraph.
void pair_marks(const LineTokens& line, MarkTable& table);

} // namespace podium::sentence
