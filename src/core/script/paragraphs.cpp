// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/script/paragraphs.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>

namespace podium {

namespace {

Span trimmed(std::string_view text, std::size_t begin, std::size_t end)
{
    const auto range = utf8::trim_white_space(text, begin, end);
    return {range.begin, range.end};
}

} // namespace

std::vector<Span> find_paragraphs(std::string_view text)
{
    std::vector<Span> paragraphs;
    std::size_t line_start = 0;
    std::size_t offset = 0;
    while (offset <= text.size()) {
        std::size_t line_end = offset;
        bool at_break = offset == text.size();
        if (!at_break) {
            at_break = utf8::is_line_break(utf8::next(text, offset));
        } else {
            ++offset; // past the end: stops the loop after this last line
        }
        if (at_break) {
            const Span line = trimmed(text, line_start, line_end);
            if (!line.empty()) {
                paragraphs.push_back(line);
            }
            line_start = std::min(offset, text.size());
        }
    }
    return paragraphs;
}

std::vector<Paragraph> assign_paragraphs(const std::vector<Span>& paragraph_spans, std::vector<Sentence>& sentences)
{
    std::vector<Paragraph> paragraphs;
    paragraphs.reserve(paragraph_spans.size());
    for (const Span& span : paragraph_spans) {
        paragraphs.push_back({span, 0, 0});
    }
    if (paragraphs.empty()) {
        if (sentences.empty()) {
            return paragraphs;
        }
        // The splitter found text the line scan did not: keep every sentence somewhere.
        paragraphs.push_back({{sentences.front().span.begin, sentences.back().span.end}, 0, 0});
    }
    // A sentence belongs to the last paragraph starting at or before it. The splitter ends a
    // sentence at every line break, so in practice it lies wholly inside that paragraph.
    std::size_t current = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        while (current + 1 < paragraphs.size() && paragraphs[current + 1].span.begin <= sentences[i].span.begin) {
            ++current;
        }
        Paragraph& paragraph = paragraphs[current];
        if (paragraph.sentence_count == 0) {
            paragraph.first_sentence = i;
        }
        ++paragraph.sentence_count;
        sentences[i].paragraph = current;
    }
    // Give sentence-less paragraphs (only possible if the splitter skipped text) an empty
    // range at the right place so ranges stay ordered.
    std::size_t next_sentence = 0;
    for (Paragraph& paragraph : paragraphs) {
        if (paragraph.sentence_count == 0) {
            paragraph.first_sentence = next_sentence;
        }
        next_sentence = paragraph.first_sentence + paragraph.sentence_count;
    }
    return paragraphs;
}

} // namespace podium
