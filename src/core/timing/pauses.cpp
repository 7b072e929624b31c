// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timing/pauses.hpp"

#include "core/text/spoken_chars.hpp"
#include "core/text/utf8.hpp"

namespace podium {

SentenceBreak break_after(const Script& script, std::size_t index)
{
    if (index + 1 >= script.sentences.size()) {
        return SentenceBreak::None;
    }
    const Sentence& sentence = script.sentences[index];
    const Sentence& next = script.sentences[index + 1];
    if (next.section != sentence.section) {
        return SentenceBreak::Section;
    }
    if (next.paragraph != sentence.paragraph || sentence.is_heading) {
        return SentenceBreak::Paragraph;
    }
    return SentenceBreak::Sentence;
}

ClauseMarks clause_marks(const SpokenSentence& reading, std::string_view text)
{
    ClauseMarks marks;
    // The last piece of the sentence, when it is a pause mark, is the sentence's end.
    const SpokenPiece* last = nullptr;
    for (const auto& run : reading.runs) {
        if (!run.pieces.empty() && !run.is_placeholder) {
            last = &run.pieces.back();
        }
    }
    for (const auto& run : reading.runs) {
        if (run.is_placeholder) {
            continue;
        }
        for (const auto& piece : run.pieces) {
            if (piece.verbatim || &piece == last || piece.source.begin >= text.size()) {
                continue;
            }
            const std::string_view read = piece.text.of(run.text);
            if (read != "，" && read != ",") {
                continue; // a reading (number) or a sentence mark
            }
            std::size_t offset = piece.source.begin;
            const char32_t mark = utf8::next(text, offset);
            if (mark == U'；' || mark == U'：' || mark == ';' || mark == ':') {
                ++marks.colons;
            } else {
                ++marks.commas;
            }
        }
    }
    return marks;
}

} // namespace podium
