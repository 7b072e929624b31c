#include "core/follow/script_alignment.hpp"

#include <ostream>

namespace podium {

std::ostream& operator<<(std::ostream& out, const SentenceSpan& span)
{
    return out << "{sentence " << span.sentence << ", " << span.start << "–" << span.end << " s}";
}

std::optional<std::size_t> ScriptAlignment::sentence_at(double seconds) const
{
    std::optional<std::size_t> found;
    for (const SentenceSpan& span : spans) {
        if (span.start > seconds) {
            break;
        }
        found = span.sentence;
    }
    return found;
}

std::optional<SentenceSpan> ScriptAlignment::first_span(std::size_t sentence) const
{
    for (const SentenceSpan& span : spans) {
        if (span.sentence == sentence) {
            return span;
        }
    }
    return std::nullopt;
}

} // namespace podium
