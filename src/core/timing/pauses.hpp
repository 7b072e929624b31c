#pragma once
#include "core/script/script.hpp"

#include <cstddef>

namespace podium {

// Which silence follows a sentence. One rule for the timing model and the speech plan, so an
// estimate and a synthesis of the same speech pause in the same places.
enum class PauseKind { None, Sentence, Paragraph, Section };

// None after the last sentence (the speech ends with its last word); Section when the next
// sentence is in another section; Paragraph when it is in another paragraph, or after a
// heading (a heading followed by body text on its own line is still read as a heading);
// Sentence otherwise.
[[nodiscard]] PauseKind pause_kind_after(const Script& script, std::size_t index);

} // namespace podium
