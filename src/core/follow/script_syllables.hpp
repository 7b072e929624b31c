// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"

#include <cstddef>
#include <vector>

namespace podium {

// Where a speaker is expected to pause: the end of a clause (，、；： , ; :), a sentence, a
// paragraph or a section. Stronger boundaries expect longer pauses.
enum class FollowBoundary { None, Clause, Sentence, Paragraph, Section };

// A clause of the script as the aligner sees it: spoken syllables and what ends it.
struct FollowClause {
    std::size_t sentence = 0;
    std::size_t syllables = 0;     // at least 1, so every sentence takes up room
    FollowBoundary end = FollowBoundary::Clause;
    friend bool operator==(const FollowClause&, const FollowClause&) = default;
};

// The script on a grid of spoken syllables: position p is "p syllables read". Clause ends are
// the places where pauses are expected.
class ScriptSyllables {
public:
    explicit ScriptSyllables(const Script& script);

    [[nodiscard]] const std::vector<FollowClause>& clauses() const { return m_clauses; }
    [[nodiscard]] std::size_t total() const { return m_total; }
    [[nodiscard]] std::size_t sentence_count() const { return m_sentence_start.size(); }
    // Grid position where sentence `index` starts; total() past the last one.
    [[nodiscard]] std::size_t sentence_start(std::size_t index) const;
    [[nodiscard]] std::size_t sentence_end(std::size_t index) const { return sentence_start(index + 1); }
    // The boundary at grid position `position` (None inside a clause).
    [[nodiscard]] FollowBoundary boundary_at(std::size_t position) const { return m_boundary.at(position); }
    // The sentence being read at `position`, a position on a sentence end belongs to the
    // sentence it ends (during the pause after it, that sentence is still on the reading line).
    [[nodiscard]] std::size_t sentence_at(double position) const;
    // How far through that sentence `position` is, 0–1.
    [[nodiscard]] double fraction_at(double position) const;

private:
    std::vector<FollowClause> m_clauses;
    std::vector<std::size_t> m_sentence_start;
    std::vector<FollowBoundary> m_boundary; // per grid position 0..total
    std::size_t m_total = 0;
};

// Spoken syllables of a clause (a span of `script.text` inside one sentence), as the timing
// model counts them.
[[nodiscard]] std::size_t spoken_syllables(const Script& script, Span clause);

// The clause spans of sentence `index`: split after ，、；：,;: (ASCII ones only before a space,
// so 1,000 stays whole). Every span is non-empty; together they cover the sentence.
[[nodiscard]] std::vector<Span> clause_spans(const Script& script, std::size_t index);

} // namespace podium
