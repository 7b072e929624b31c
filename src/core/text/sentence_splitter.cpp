// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/sentence_splitter.hpp"

#include "core/text/sentence_line.hpp"
#include "core/text/sentence_marks.hpp"
#include "core/text/sentence_tokens.hpp"

namespace podium {

// Every line break ends a sentence (R6), so each line is split on its own: decode it into
// tokens, pair its quotes and brackets when it has any, then apply the rules.
std::vector<Span> split_sentences(std::string_view text)
{
    using namespace sentence;
    std::vector<Span> sentences;
    sentences.reserve(text.size() / 32 + 4); // speech sentences are longer than 32 bytes on average
    LineBuffer buffer;
    MarkTable marks;
    std::size_t from = 0;
    while (from < text.size()) {
        if (text[from] == '\n') { // an empty line (between paragraphs) holds no sentence
            ++from;
            continue;
        }
        const DecodedLine decoded = decode_line(text, from, buffer);
        const LineTokens line{buffer.tokens.data(), decoded.count, text.substr(from, decoded.end - from),
            buffer.stops.data(), decoded.stop_count};
        if (decoded.marks) {
            pair_marks(line, marks);
        }
        LineSplitter(text, from, line, decoded.marks ? &marks : nullptr, sentences).run();
        from = decoded.end + decoded.break_length;
    }
    return sentences;
}

} // namespace podium
