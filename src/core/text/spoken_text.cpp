#include "core/text/spoken_text.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>

namespace podium {

std::size_t SpokenSentence::han_syllables() const
{
    std::size_t total = 0;
    for (const auto& run : runs) {
        total += (!run.is_placeholder && run.language == SpokenLanguage::Chinese) ? run.units : 0;
    }
    return total;
}

std::size_t SpokenSentence::english_words() const
{
    std::size_t total = 0;
    for (const auto& run : runs) {
        total += (!run.is_placeholder && run.language == SpokenLanguage::English) ? run.units : 0;
    }
    return total;
}

std::size_t SpokenSentence::placeholder_count() const
{
    return static_cast<std::size_t>(std::count_if(runs.begin(), runs.end(), [](const SpokenRun& run) {
        return run.is_placeholder;
    }));
}

// Interim implementation: Han vs Latin runs, no number reading. The timing issue replaces it.
SpokenSentence normalise_for_speech(std::string_view text, Span sentence, std::span<const Span> placeholders)
{
    SpokenSentence result;
    std::size_t offset = sentence.begin;
    while (offset < sentence.end) {
        const auto placeholder = std::find_if(placeholders.begin(), placeholders.end(),
            [&](const Span& span) { return span.begin == offset; });
        if (placeholder != placeholders.end()) {
            result.runs.push_back({SpokenLanguage::Chinese, {}, *placeholder, 0, true});
            offset = placeholder->end;
            continue;
        }
        const std::size_t start = offset;
        const char32_t c = utf8::next(text, offset);
        const bool han = utf8::is_han(c);
        const bool latin = utf8::is_ascii_alnum(c);
        if (!han && !latin) {
            continue;
        }
        const SpokenLanguage language = han ? SpokenLanguage::Chinese : SpokenLanguage::English;
        if (result.runs.empty() || result.runs.back().language != language || result.runs.back().is_placeholder
            || result.runs.back().source.end != start) {
            result.runs.push_back({language, {}, {start, start}, 0, false});
        }
        auto& run = result.runs.back();
        run.text.append(text.substr(start, offset - start));
        if (han || run.source.end == run.source.begin) {
            ++run.units;
        } else if (!utf8::is_ascii_alnum(static_cast<unsigned char>(text[start - 1]))) {
            ++run.units;
        }
        run.source.end = offset;
    }
    return result;
}

} // namespace podium
