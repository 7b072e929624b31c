// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the sentence splitter: the rules of SPEC.md applied to one line of tokens.
// sentence_line.cpp holds the terminators and the decision, sentence_words.cpp what the words
// around a period say.
#include "core/text/sentence_marks.hpp"
#include "core/text/span.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace podium::sentence {

// How far back the splitter looks for the start of a word or clause.
inline constexpr std::size_t kLookBack = 64;

enum class Terminator { Hard, Bang, Ellipsis, Period };

// What the word before a period says about it.
enum class PeriodKind {
    NotTerminator, // decimal point, inside a token (URL, e-mail, U.S.A), title, enumerator, name initial
    Plain,         // an ordinary word: ends the sentence
    Abbreviation,  // ends the sentence only before a capitalised word
    SpelledOut,    // last letter of U. A. E.: like Abbreviation
    Dotted,        // U.S. a.m. B.C. Ph.D.
};

enum class ListStyle { None, DigitDotParen, DigitParen, DigitDot, BulletDigitDot, LetterDot };

struct Enumerator {
    ListStyle style = ListStyle::None;
    long value = 0;
};

// Splits one line: appends its sentences (trimmed byte spans into the whole text) to `out`.
class LineSplitter {
public:
    // `marks` is null when the line holds no quote or bracket: every token is then Plain.
    LineSplitter(std::string_view text, std::size_t base, const LineTokens& line, const MarkTable* marks,
        std::vector<Span>& out)
        : m_text(text), m_base(base), m_t(line.tokens), m_roles(marks != nullptr ? marks->roles.data() : nullptr),
          m_partner(marks != nullptr ? marks->partner.data() : nullptr), m_stops(line.stops),
          m_stop_count(line.stop_count), m_out(out), m_n(line.count)
    {
    }

    void run();

private:
    [[nodiscard]] char32_t at(std::size_t i) const { return i < m_n ? m_t[i].c : kEnd; }
    [[nodiscard]] char32_t before(std::size_t i) const { return i > 0 && i <= m_n ? m_t[i - 1].c : kEnd; }
    [[nodiscard]] Role role(std::size_t i) const { return m_roles != nullptr && i < m_n ? m_roles[i] : Role::Plain; }

    // One letter, not a run of them: "E" in "Jonas E. Smith", "p" in "p. 55".
    [[nodiscard]] bool is_single_letter(std::size_t from, std::size_t to) const;

    [[nodiscard]] std::size_t skip_spaces(std::size_t i) const;

    [[nodiscard]] std::string_view bytes(std::size_t from, std::size_t to) const;

    void emit(std::size_t from, std::size_t to);

    // Acts on token `i` (a mark opens or closes, a terminator may end the sentence, a list
    // item may start) and returns the next token to look at.
    std::size_t step(std::size_t i);

    // ---- lists: "1. The first item 2. The second item" ----------------------------------

    [[nodiscard]] Enumerator parse_enumerator(std::size_t i) const;

    void list_item(std::size_t i);

    // ---- words around a period ------------------------------------------------------------

    // The Latin word ending right before token `end`: letters, inner periods and °.
    [[nodiscard]] std::size_t word_start(std::size_t end) const;

    // Upper-case letter followed by lower-case letters and then a non-alphanumeric: "That".
    [[nodiscard]] bool capitalised_word_at(std::size_t i) const;

    // The first character of the next word, past opening quotes and brackets.
    [[nodiscard]] std::size_t next_word(std::size_t k) const;

    [[nodiscard]] std::string_view word_at(std::size_t i) const;

    // Does the token holding the period at `i` contain '@' or "://" (e-mail, URL)?
    [[nodiscard]] bool inside_address(std::size_t i) const;

    // "3. 推进…", "a. The first item", "• 9.": an enumerator at the start of the sentence.
    [[nodiscard]] bool is_enumerator(std::size_t period) const;

    // A chain of initials "J. R. R." or "U. A. E." ending with the letter at `letter`: is it
    // a name (no boundary) or a spelled-out abbreviation after a lower-case word?
    [[nodiscard]] bool is_name_initial(std::size_t letter) const;

    [[nodiscard]] PeriodKind classify_word(std::size_t from, std::size_t to) const;

    [[nodiscard]] bool next_is_initial(std::size_t k) const;

    [[nodiscard]] PeriodKind classify_period(std::size_t i) const;

    // ---- the run of marks that ends a sentence --------------------------------------------

    struct Run {
        std::size_t end = 0;
        Terminator last = Terminator::Hard;
        bool closer = false;     // a closing quote or bracket was absorbed
        bool title_mark = false; // 》 or 〉 closed: book titles never end a sentence (R4)
    };

    [[nodiscard]] bool is_spaced_ellipsis(std::size_t k) const;

    // (1) （一） 【1】: a bracketed enumerator starts the next sentence (R11 exception).
    [[nodiscard]] bool is_bracketed_enumerator(std::size_t open) const;

    // [1] [2–11] [7][8]: a citation right after a terminator belongs to the sentence before it.
    [[nodiscard]] bool is_citation(std::size_t open) const;

    [[nodiscard]] Run scan_run(std::size_t i, Terminator first, bool chinese);

    // ---- the decision -----------------------------------------------------------------------

    [[nodiscard]] bool clause_starts_with_time_preposition(std::size_t i) const;

    [[nodiscard]] bool ends_sentence(Terminator first, PeriodKind kind, const Run& run, std::size_t i, std::size_t k) const;

    std::size_t terminator(std::size_t i);

    std::string_view m_text;
    std::size_t m_base;
    const Token* m_t;
    const Role* m_roles;
    const std::uint32_t* m_partner;
    const std::uint32_t* m_stops;
    std::size_t m_stop_count;
    std::vector<Span>& m_out;
    std::size_t m_n;
    std::size_t m_start = 0;
    int m_depth = 0;
    ListStyle m_list = ListStyle::None;
    long m_list_next = 0;
};

// Small helpers used everywhere: inline so the hot loops need no calls.
inline std::size_t LineSplitter::skip_spaces(std::size_t i) const
{
    while (i < m_n && is_space(m_t[i].c)) {
        ++i;
    }
    return i;
}

inline std::string_view LineSplitter::bytes(std::size_t from, std::size_t to) const
{
    return m_text.substr(m_base + m_t[from].pos, m_t[to].pos - m_t[from].pos);
}

inline bool LineSplitter::is_single_letter(std::size_t from, std::size_t to) const
{
    return to - from == 1 && is_latin_letter(m_t[from].c) && m_t[from].c != kLowerRun;
}

} // namespace podium::sentence
