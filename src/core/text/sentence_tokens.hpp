// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the sentence splitter: decoding a line of UTF-8 into tokens.
#include "core/text/sentence_marks.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace podium::sentence {

// Lines longer than this are split in pieces, so working storage stays bounded on
// pathological input. Speech paragraphs are a few hundred bytes.
inline constexpr std::size_t kMaxPieceBytes = 1u << 20;

// Working storage reused from line to line, so decoding allocates nothing per character.
struct LineBuffer {
    std::vector<Token> tokens;
    // Indices of the tokens the rules act on: terminators, quotes and brackets. The splitter
    // and the pairer visit only these, not every token of the line.
    std::vector<std::uint32_t> stops;
};

struct DecodedLine {
    std::size_t count = 0;        // tokens; tokens[count] is the sentinel
    std::size_t stop_count = 0;   // entries of LineBuffer::stops
    std::size_t end = 0;          // where the line (or piece) ends in the text
    std::size_t break_length = 0; // length of the line break at `end` (0 at the end of the text or of a piece)
    bool marks = false;           // any quote or bracket: if not, pairing is skipped
};

// Decodes the line starting at `from` into `buffer`, up to its line break (LF, CR, CRLF,
// U+0085, U+2028, U+2029), in one pass over the bytes. A line longer than kMaxPieceBytes
// ends at the character boundary there (the rest is decoded as a line of its own). '' and
// `` become one token; so does each run of Han ideographs, and each run of ASCII words
// joined by single spaces (starting lower-case; later words lower-case or capitalised)
// except its last word. Invalid UTF-8 decodes as U+FFFD one byte at a time.
[[nodiscard]] DecodedLine decode_line(std::string_view text, std::size_t from, LineBuffer& buffer);

} // namespace podium::sentence
