// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "core/text/spoken_text.hpp"

#include <cstddef>

namespace podium {

// Which silence follows a sentence. One rule for the timing model and the speech plan, so an
// estimate and a synthesis of the same speech pause in the same places. (The coach's PauseKind,
// core/coach/pauses.hpp, is something else: where a measured pause fell in the script.)
enum class SentenceBreak { None, Sentence, Paragraph, Section };

// None after the last sentence (the speech ends with its last word); Section when the next
// sentence is in another section; Paragraph when it is in another paragraph, or after a
// heading (a heading followed by body text on its own line is still read as a heading);
// Sentence otherwise.
[[nodiscard]] SentenceBreak break_after(const Script& script, std::size_t index);

// The pauses inside a sentence, by punctuation class: what the voice reads as a pause (the
// normaliser's pause marks, one per run of marks), not counting a mark that ends the sentence
// (the pause after the sentence takes its place).
struct ClauseMarks {
    std::size_t commas = 0;  // ，、, and dashes or ellipses (—, –, …)
    std::size_t colons = 0;  // ；：;:
    friend bool operator==(const ClauseMarks&, const ClauseMarks&) = default;
};

// `text` is the one `reading` was normalised from.
[[nodiscard]] ClauseMarks clause_marks(const SpokenSentence& reading, std::string_view text);

} // namespace podium
