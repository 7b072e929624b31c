#include "core/timing/pauses.hpp"

namespace podium {

PauseKind pause_kind_after(const Script& script, std::size_t index)
{
    if (index + 1 >= script.sentences.size()) {
        return PauseKind::None;
    }
    const Sentence& sentence = script.sentences[index];
    const Sentence& next = script.sentences[index + 1];
    if (next.section != sentence.section) {
        return PauseKind::Section;
    }
    if (next.paragraph != sentence.paragraph || sentence.is_heading) {
        return PauseKind::Paragraph;
    }
    return PauseKind::Sentence;
}

} // namespace podium
