// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/script_syllables.hpp"

#include "core/text/spoken_text.hpp"
#include "core/text/utf8.hpp"
#include "core/timing/pauses.hpp"

#include <algorithm>

namespace podium {

namespace {

bool is_clause_mark(char32_t c)
{
    return c == U'，' || c == U'、' || c == U'；' || c == U'：';
}

bool is_ascii_clause_mark(char32_t c)
{
    return c == U',' || c == U';' || c == U':';
}

FollowBoundary boundary_after_sentence(const Script& script, std::size_t index)
{
    switch (break_after(script, index)) {
    case SentenceBreak::Section: return FollowBoundary::Section;
    case SentenceBreak::Paragraph: return FollowBoundary::Paragraph;
    case SentenceBreak::Sentence:
    case SentenceBreak::None: return FollowBoundary::Sentence;
    }
    return FollowBoundary::Sentence;
}

} // namespace

std::vector<Span> clause_spans(const Script& script, std::size_t index)
{
    const Span sentence = script.sentences.at(index).span;
    const std::string_view text = script.text;
    std::vector<Span> out;
    std::size_t begin = sentence.begin;
    std::size_t offset = sentence.begin;
    while (offset < sentence.end) {
        const char32_t c = utf8::next(text, offset);
        const bool ascii_end = is_ascii_clause_mark(c) && (offset >= sentence.end || text[offset] == ' ');
        if ((is_clause_mark(c) || ascii_end) && offset < sentence.end) {
            out.push_back(Span{begin, offset});
            begin = offset;
        }
    }
    if (begin < sentence.end || out.empty()) {
        out.push_back(Span{begin, sentence.end});
    }
    return out;
}

std::size_t spoken_syllables(const Script& script, Span clause)
{
    const std::vector<Span> placeholders = script.placeholder_spans();
    // The timing model's count: Han syllables as read (numbers written out) plus English words'
    // syllables by the one English syllable counter; placeholders are not read.
    return normalise_for_speech(script.text, clause, placeholders, script.markup).syllables();
}

ScriptSyllables::ScriptSyllables(const Script& script)
{
    const std::vector<Span> placeholders = script.placeholder_spans();
    for (std::size_t index = 0; index < script.sentences.size(); ++index) {
        m_sentence_start.push_back(m_total);
        const std::vector<Span> spans = clause_spans(script, index);
        std::vector<FollowClause> clauses;
        for (const Span span : spans) {
            const std::size_t syllables = spoken_syllables(script, span);
            if (syllables == 0 && !clauses.empty()) {
                continue; // a trailing mark or placeholder: part of the previous clause
            }
            clauses.push_back(FollowClause{index, std::max<std::size_t>(1, syllables), FollowBoundary::Clause});
        }
        clauses.back().end = boundary_after_sentence(script, index);
        for (const FollowClause& clause : clauses) {
            m_total += clause.syllables;
            m_clauses.push_back(clause);
        }
    }
    m_boundary.assign(m_total + 1, FollowBoundary::None);
    std::size_t position = 0;
    for (const FollowClause& clause : m_clauses) {
        position += clause.syllables;
        m_boundary[position] = clause.end;
    }
}

std::size_t ScriptSyllables::sentence_start(std::size_t index) const
{
    return index < m_sentence_start.size() ? m_sentence_start[index] : m_total;
}

std::size_t ScriptSyllables::sentence_at(double position) const
{
    if (m_sentence_start.empty()) {
        return 0;
    }
    // The last sentence whose start is strictly before `position` (a sentence end belongs to
    // the sentence it ends); sentence 0 at the very start.
    const auto after = std::lower_bound(m_sentence_start.begin(), m_sentence_start.end(), position,
        [](std::size_t start, double value) { return static_cast<double>(start) < value; });
    const auto index = static_cast<std::size_t>(after - m_sentence_start.begin());
    return index == 0 ? 0 : index - 1;
}

double ScriptSyllables::fraction_at(double position) const
{
    const std::size_t index = sentence_at(position);
    const double start = static_cast<double>(sentence_start(index));
    const double length = static_cast<double>(sentence_end(index)) - start;
    return length > 0.0 ? std::clamp((position - start) / length, 0.0, 1.0) : 0.0;
}

} // namespace podium
